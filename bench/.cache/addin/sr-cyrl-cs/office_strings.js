Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_ActivityLimitReached = 'Достигнуто је ограничење активности.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Несуседни избори нису подржани.';
Strings.OfficeOM.L_InternalErrorDescription = 'Дошло је до унутрашње грешке.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Захтевани скуп података је превелик.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Наведени тип повезивања {0} није подржан.';
Strings.OfficeOM.L_InvalidDataObject = 'Неважећи објекат са подацима';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Наведене вредности за почетни ред или почетну колону нису важеће.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Није могуће користити објекат у више различитих контекста захтева.';
Strings.OfficeOM.L_DialogNavigateError = 'Грешка приликом навигације у дијалогу';
Strings.OfficeOM.L_FormattingReminder = 'Подсетник за обликовање';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Тип OsfControl није подржан.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Дати објекат података није компатибилан са обликом или димензијама тренутног избора.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Вредност објекта резултата још није учитана. Пре читања својства вредности, позовите „context.sync()“ на повезаном контексту захтева.';
Strings.OfficeOM.L_InvalidSetRows = 'Наведени редови су неважећи.';
Strings.OfficeOM.L_SettingsAreStale = 'Није могуће сачувати поставке јер нису актуелне.';
Strings.OfficeOM.L_InvalidCoercion = 'Неважећи тип промене';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Тренутни избор није подржан.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Аргументи прослеђени у функцију не функционишу у овој ситуацији, недостају или нису у одговарајућем формату.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Дошло је до неочекиване грешке у клијенту.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Путања објекта „{0}“ не функционише за оно што покушавате да урадите. Ако објекат користите у више „context.sync“ позива и изван секвенцијалног извршавања групе „.run“, користите методе „context.trackedObjects.add()“ и „context.trackedObjects.remove()“ да бисте управљали трајањем објекта.';
Strings.OfficeOM.L_DataWriteError = 'Грешка при писању података';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Наведени тип промене није компатибилан са овим типом повезивања.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Вредност је изван дозвољеног опсега.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Операција није успела јер је документ који садржи овај програмски додатак неактиван.';
Strings.OfficeOM.L_RequestTimeout = 'Извршавање позива је предуго трајало.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Функција за добијање контекста потврде идентитета недостаје';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Достигнуто је ограничење избора';
Strings.OfficeOM.L_CallbackNotAFunction = 'Повратни позив мора да буде типа функције, био је типа {0}.';
Strings.OfficeOM.L_NavOutOfBound = 'Операција није успела јер је индекс изван опсега.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Име функције мора да садржи простор за име који није празан и кратко име које није празно.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Корисник је отказао операцију.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Напомена: Предложено је да број ћелија у табели буде испод 20.000.';
Strings.OfficeOM.L_SSOServerError = 'Дошло је до грешке у добављачу услуге потврде идентитета.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Занемари';
Strings.OfficeOM.L_InvalidArgument =
  'Аргумент „{0}“ не функционише у овој ситуацији, недостаје или није у одговарајућем формату.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Операција није успела јер овај програмски додатак већ има активан модални дијалог.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Да бисте наставили, уклоните програмски додатак и поново га додајте или освежите страницу.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Наведени објекат података је превелик.';
Strings.OfficeOM.L_UserAbortedMessage = 'Корисник није прихватио дозволе за програмски додатак.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Дошло је до неочекиване грешке на серверу.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Наведени објекат података не одговара величини тренутног избора.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Модул није учитан пре преузимања токена';
Strings.OfficeOM.L_IndexOutOfRange = 'Индекс је ван опсега.';
Strings.OfficeOM.L_MissingRequiredArguments = 'недостају неки захтевани аргументи';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Наведена рутина за руковање догађајем није пронађена за ово повезивање.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath ограничава избор на 1024 ставке.';
Strings.OfficeOM.L_DialogOK = 'У реду';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Величина корисног терета захтева је премашила ограничење. Погледајте документацију: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Обезбеђена је неважећа URL адреса ресурса апликације.';
Strings.OfficeOM.L_ConfirmDialog =
  'Домен {0} ради као Microsoft Office и може да покрене Office програмске додатке, који могу да приступе вашим личним подацима. Ако верујете да ће домен радити као Office и приступити подацима, кликните на дугме „У реду“ да бисте наставили.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API захтев није успео зато што је радна свеска скривена. Откријте радну свеску и покушајте поново.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Веза је прекинута током процеса пријављивања.';
Strings.OfficeOM.L_DataStale = 'Подаци нису актуелни';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Метод или својство {0} представља део скупа захтева {1}, који није доступан у вашој верзији апликације {2}.';
Strings.OfficeOM.L_UserNotSignedIn = 'Ниједан корисник није пријављен у Оffice.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Операција читања није подржана за Office када модални дијалог отворен.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Операција није успела зато што овај програмски додатак већ захтева токен за приступ.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Пронађено је више објеката са истим именом.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Набрајање није подржано у тренутној хост апликацији.';
Strings.OfficeOM.L_SettingsStaleError = 'Грешка застарелих поставки';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Веза је прекинута током процеса пријављивања и корисник можда није пријављен. До овога је вероватно дошло због корисникових поставки конфигурације прегледача, као што су безбедносне зоне.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Није могуће писати у тренутни избор.';
Strings.OfficeOM.L_DocumentReadOnly = 'Захтевана операција није дозвољена у тренутном режиму документа.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP протокол није подржан. Користите HTTPS';
Strings.OfficeOM.L_TooManyOptionalFunction = 'више опционалних функција на листи параметара';
Strings.OfficeOM.L_AppNameNotExist = 'Име програмског додатка за {0} не постоји.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Ограничења прегледача спречила су нас да креирамо дијалог. Домен дијалога и домен хоста програмског додатка нису у истој безбедносној зони.';
Strings.OfficeOM.L_SettingsCannotSave = 'Није могуће сачувати поставке.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Ако кликнете на дугме „У реду“, дозволићете домену {0} приступ вашем садржају и личним информацијама. ';
Strings.OfficeOM.L_DisplayDialogError = 'Грешка у приказу дијалога';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Наведене вредности за број редова или број колона нису важеће.';
Strings.OfficeOM.L_OutOfRange = 'Изван опсега';
Strings.OfficeOM.L_InvalidGrantMessage = 'Недостаје одобрење за овај програмски додатак.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Неважећа или истекла сесија';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Вредност индекса реда је изван дозвољеног опсега. Користите вредност (0 или већу) која је мања од броја редова.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Подаци нису актуелни';
Strings.OfficeOM.L_DataWriteReminder = 'Подсетник за писање података';
Strings.OfficeOM.L_GetDataParametersConflict = 'Наведени параметри нису усаглашени.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Није могуће применити промене својства „{0}“ путем метода „object.set“.';
Strings.OfficeOM.L_InValidOptionalArgument = 'неважећи опционални аргумент';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Функција груписања прослеђена методу „.run“ није вратила обећање. Функција мора да врати обећање како би сви аутоматски праћени објекти могли да се објаве по довршетку операције груписања. Обећање се обично враћа тако што вратите одговор позива „context.sync()“.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Наведени тип промене није подржан.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'конфигуришите прегледач';
Strings.OfficeOM.L_HostError = 'Грешка у хосту';
Strings.OfficeOM.L_InvalidGetRows = 'Наведени редови су неважећи.';
Strings.OfficeOM.L_OperationCancelledError = 'Операција је отказана';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Није могуће користити параметре координате са типом промене Табела када табела садржи обједињене ћелије.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Направите избор.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Дозволи';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Неважећи API позив у тренутном контексту.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Наведени тип датотеке није подржан.';
Strings.OfficeOM.L_InvalidBinding = 'Неважеће повезивање';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Операција није успела зато што овај програмски додатак већ има активан дијалог.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Својство „{0}“ није доступно. Пре читања вредности својства, позовите метод учитавања на садржаном објекту и позовите „context.sync()“ на повезаном контексту захтева.';
Strings.OfficeOM.L_CancelButton = 'Откажи';
Strings.OfficeOM.L_NoHttpsWAC =
  'Ова Office сесија не користи безбедну везу. Препоручујемо да будете посебно пажљиви.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Није могуће користити параметре координате са типом промене Табела када табела садржи обједињене ћелије.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} жели да се приказује у новом прозору.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Подаци су застарели. Преузмите објекат поново.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Апликација {0} не постоји. Microsoft.Office.WebExtension.initialize(разлог) није позван.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Својство са овим именом које представља дефиницију функције у оквиру Excel.Script.CustomFunctions мора да садржи својство „call“ које примењује функцију.';
Strings.OfficeOM.L_CannotNavigateTo = 'Објекат се налази на месту на којем навигација није подржана.';
Strings.OfficeOM.L_APINotSupported = 'API није подржан';
Strings.OfficeOM.L_InvalidGrant = 'Пред-ауторизација недостаје.';
Strings.OfficeOM.L_ShuttingDown = 'Операција није успела јер подаци на серверу нису актуелни.';
Strings.OfficeOM.L_OperationNotSupported = 'Операција није подржана.';
Strings.OfficeOM.L_UserClickIgnore = 'Корисник је одабрао да занемари дијалог.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Захтев није успео уз статусни кôд {0}, кôд грешке {1} и следећу поруку о грешци: {2}';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Повратни позив не може да се наведе и на листи аргумената и у опционалном објекту.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Захтев није успео уз статусни кôд {0}.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Позови closeAsync на тренутној датотеци пре преузимања неке друге.';
Strings.OfficeOM.L_UserAborted = 'Корисник је обуставио захтев за одобрење.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Проблем са мрежом је спречио преузимање датотеке.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Безбедносне поставке у прегледачу спречавају нас да креирамо дијалог. Покушајте са другим прегледачем или {0} како би „{1}“ и домен приказан на траци адреса били у истој безбедносној зони.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel је у режиму уређивања ћелија. Изађите из режима уређивања тако што ћете притиснути ENTER или TAB односно изабрати другу ћелију, а затим покушајте поново.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Тренутни избор није компатибилан са наведеним типом промене.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Покушава се постављање својства само за читање „{0}“.';
Strings.OfficeOM.L_InvalidBindingError = 'Грешка неважећег повезивања';
Strings.OfficeOM.L_NamedItemNotFound = 'Именована ставка не постоји.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Наведени објекат података није компатибалан са овим типом повезивања.';
Strings.OfficeOM.L_MemoryLimit = 'Премашено је ограничење меморије';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Наведени ред је празан.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API идентитета није подржан за овај програмски додатак.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Име функције може да садржи само слова, цифре, подвлаке и тачке.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Неки параметри ћелија имају вредности које нису дозвољене. Двапут проверите вредности и покушајте поново.';
Strings.OfficeOM.L_SaveSettingsError = 'Грешка при чувању поставки';
Strings.OfficeOM.L_SetDataParametersConflict = 'Наведени параметри нису усаглашени.';
Strings.OfficeOM.L_CustomXmlError = 'Грешка у прилагођеном XML-у.';
Strings.OfficeOM.L_PermissionDenied = 'Дозвола је одбијена';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Својство „{0}“ не постоји у објекту.';
Strings.OfficeOM.L_InvalidDataFormat = 'Формат наведеног објекта података је неважећи.';
Strings.OfficeOM.L_UnknownBindingType = 'Тип повезивања није подржан.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'fВеличина корисног терета захтева је премашила ограничење. Погледајте документацију: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_MissingParameter = 'Параметар недостаје';
Strings.OfficeOM.L_InvalidSetColumns = 'Наведене колоне су неважеће.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Операција није успела зато што овај програмски додатак не подржава пристанак корисника у овој категорији';
Strings.OfficeOM.L_NotSupported = 'Функција {0} није подржана.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Операција постављања није успела јер ће наведени објекат са подацима заменити или померити податке.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Напомена: Предложено је да скупови обликовања које је поставио позив API обликовања буду испод 100.';
Strings.OfficeOM.L_InvalidAPICall = 'Неважећи API позив';
Strings.OfficeOM.L_InternalError = 'Унутрашња грешка';
Strings.OfficeOM.L_BadSelectorString = 'Ниска прослеђена у бирач неисправно је обликована или није подржана.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js још није потпуно учитан. Покушајте поново касније или проверите да ли сте додали кôд за покретање у функцију Office.initialize.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Сачекајте да се претходни позив доврши.';
Strings.OfficeOM.L_EventRegistrationError = 'Грешка при регистрацији догађаја';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Жао нам је, не можемо да наставимо.';
Strings.OfficeOM.L_APICallFailed = 'API позив није успео';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Наведене вредности за почетни ред или почетну колону нису важеће.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Наведени ID не постоји.';
Strings.OfficeOM.L_ReadSettingsError = 'Грешка при читању поставки';
Strings.OfficeOM.L_InvalidParameters = 'Функција {0} има неважеће параметре.';
Strings.OfficeOM.L_InvalidGetColumns = 'Наведене колоне су неважеће.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Овај програмски додатак не подржава пристанак корисника.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Овај програмски додатак је онемогућен да бисте били заштићени. Да бисте наставили да користите програмски додатак, проверите да ли се ова ставка хостује на поузданом домену или је отворите у Office апликацији за рачунаре.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Није могуће регистровати руковалац догађајем.';
Strings.OfficeOM.L_SSOClientError = 'Дошло је до грешке у захтеву за потврду идентитета из система Office.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Изабрани садржај мора да буде у облику табеле. Обликујте податке као табелу и покушајте поново.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Програмски додатак већ захтева токен за приступ.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Наведени чвор није пронађен.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Наведена величина исечка није подржана.';
Strings.OfficeOM.L_SelectionCannotBound = 'Није могуће повезивање са тренутним избором.';
Strings.OfficeOM.L_DataReadError = 'Грешка при читању података';
Strings.OfficeOM.L_NotSupportedEventType = 'Наведени тип догађаја {0} није подржан.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Вредност индекса колоне је изван дозвољеног опсега. Користите вредност (0 или већу) која је мања од броја колона.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Није успело додавање рутине за руковање.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Наведене колоне су неважеће.';
Strings.OfficeOM.L_InvalidFormat = 'Грешка неважећег формата';
Strings.OfficeOM.L_InvalidBindingOperation = 'Операција неважећег повезивања';
Strings.OfficeOM.L_ElementMissing =
  'Нисмо могли да обликујемо ћелију табеле зато што неке вредности параметара недостају. Двапут проверите параметре и покушајте поново.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Тип идентитета корисника није подржан.';
Strings.OfficeOM.L_Timeout = 'Операција је истекла.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Није могуће креирати повезивање са тренутном селекцијом и наведеним типом повезивања.';
Strings.OfficeOM.L_NetworkProblem = 'Проблем са мрежом';
Strings.OfficeOM.L_NoCapability = 'Немате довољно дозвола за ову радњу.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Тренутак...';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Тип наведеног објекта података није компатибилан са тренутним избором.';
Strings.OfficeOM.L_TooManyArguments = 'превише аргумената';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Операција није успела јер је надређени прозор умањен.';
Strings.OfficeOM.L_NotImplemented = 'Функција {0} није примењена.';
Strings.OfficeOM.L_InvalidNode = 'Неважећи чвор';
Strings.OfficeOM.L_BindingCreationError = 'Грешка при креирању повезивања';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Операција није подржана на овом типу повезивања.';
Strings.OfficeOM.L_FunctionCallFailed = 'Није успело позивање {0} функције, кôд грешке: {1}.';
Strings.OfficeOM.L_OKButton = 'У реду';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Управо ћете слати и примати потенцијално осетљиве информације од {0}. Кликните на дугме ”У реду” ако имате поверења у следећу веб локацију која прима осетљиве информације: {1}.';
Strings.OfficeOM.L_InvalidValue = 'Неважећа вредност';
Strings.OfficeOM.L_TooManyOptionalObjects = 'више опционалних објеката на листи параметара';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Није успело уклањање рутине за руковање.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Ваша Office сесија је истекла или је неважећа. Освежите страницу да бисте наставили.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Овај API је ограничен да би се успорила учесталост позива.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Наведени тип повезивања није компатибилан са наведеном именованом ставком.';
Strings.OfficeOM.L_BindingNotExist = 'Наведено повезивање не постоји.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Дати тип објекта података није подржан.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'У манифесту је наведена неважећа URL адреса ресурса.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Набрајање није подржано';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Аргументи неважећег уноса.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Неки параметри опција табеле имају вредности које нису дозвољене. Двапут проверите вредности и покушајте поново.';
Strings.OfficeOM.L_ContinueButton = 'Настави';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Овај прегледач не подржава захтевани API.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Својство са овим именом које представља дефиницију функције мора да постоји у оквиру Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API није подржан у овој платформи.';
Strings.OfficeOM.L_SettingNameNotExist = 'Наведено име поставке не постоји.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Неки параметри формата имају вредности које нису дозвољене. Двапут проверите вредности и покушајте поново.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL шема није подржана. Користите HTTPS.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Домен URL адресе није укључен у елемент AppDomains у манифесту и не представља поддомен изворне локације.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Тип идентитета корисника није подржан.';
