Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Игнориране';
Strings.OfficeOM.L_InvalidFormatValue =
  'Един или повече от параметрите за форматиране имат стойности, които не са позволени. Проверете стойностите и опитайте отново.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Зададените стойности за startRow или startColumn са невалидни.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Параметрите за координати не могат да се използват с налагане на типа "Таблица", когато таблицата съдържа обединени клетки.';
Strings.OfficeOM.L_UserNotSignedIn = 'Нито един потребител не е влязъл в Office.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Параметрите за координати не могат да се използват с налагане на типа "Таблица", когато таблицата съдържа обединени клетки.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Операцията е неуспешна, защото тази добавка вече има активен модален диалогов прозорец.';
Strings.OfficeOM.L_UserClickIgnore = 'Потребителят избра да игнорира диалоговия прозорец.';
Strings.OfficeOM.L_BindingNotExist = 'Указаното обвързване не съществува.';
Strings.OfficeOM.L_InvalidBinding = 'Невалидно обвързване';
Strings.OfficeOM.L_CannotWriteToSelection = 'Не може да се запише в текущата селекция.';
Strings.OfficeOM.L_ElementMissing =
  'Не можем да форматираме клетката на таблицата, тъй като някои стойности на параметри липсват. Проверете отново параметрите и опитайте отново.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Подаденият обект с данни не съответства на размера на текущата селекция.';
Strings.OfficeOM.L_UserAbortedMessage = 'Потребителят не се съгласи с разрешенията на добавката.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Ограничения на браузъра ни попречиха да създадем диалоговия прозорец. Домейнът на диалоговия прозорец и домейнът на хоста на добавката не са в една и съща зона на защита.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Достигнат е максималният брой селекции';
Strings.OfficeOM.L_RequestTimeout = 'Повикването отне твърде много време, за да се изпълни.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Типът OsfControl не се поддържа.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Загубена е връзка по време на процеса на влизане.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Стойността на индекса на реда е извън допустимия диапазон. Използвайте стойност (0 или по-висока), която е по-малка от броя на редовете.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Искането е неуспешно с код на състоянието {0}.';
Strings.OfficeOM.L_APICallFailed = 'Неуспешно извикване на API';
Strings.OfficeOM.L_InvalidSetColumns = 'Посочените колони са невалидни.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Типът на указания обект с данни не е съвместим с текущата селекция.';
Strings.OfficeOM.L_MemoryLimit = 'Превишено е ограничението за паметта';
Strings.OfficeOM.L_APINotSupported = 'API не се поддържа';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Зададените стойности за rowCount или columnCount са невалидни.';
Strings.OfficeOM.L_ConfirmDialog =
  'Домейнът {0} действа като Microsoft Office и може да изпълнява Office добавки, които могат да осъществяват достъп до вашите лични данни. Ако се доверявате на домейна да се изпълнява като Office и да имате достъп до данните си, щракнете върху OK, за да продължите.';
Strings.OfficeOM.L_ShuttingDown = 'Операцията беше неуспешна, защото данните в сървъра не са актуални.';
Strings.OfficeOM.L_Timeout = 'Времето за изчакване на операцията изтече.';
Strings.OfficeOM.L_NotImplemented = 'Функцията {0} не е реализирана.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Заявеният набор данни е твърде голям.';
Strings.OfficeOM.L_SelectionCannotBound = 'Не може да се обвърже с текущата селекция.';
Strings.OfficeOM.L_InvalidGetColumns = 'Посочените колони са невалидни.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Операцията е отменена от потребителя.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Загубена е връзка по време на процеса на влизане и е възможно потребителят да не е влязъл. Това вероятно се дължи на конфигурационните настройки на браузъра на потребителя, като напр. зоните за защита.';
Strings.OfficeOM.L_DisplayDialogError = 'Показване на грешката в диалоговия прозорец';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Предоставеният обект с данни не е съвместим с формата или размерностите на текущата селекция.';
Strings.OfficeOM.L_SaveSettingsError = 'Грешка в настройките за записване';
Strings.OfficeOM.L_InvalidAPICall = 'Невалидно извикване на API';
Strings.OfficeOM.L_NoCapability = 'Нямате достатъчно разрешения за това действие.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Свойството с това име в Excel.CustomFunctions, което представлява дефиниция на функцията, трябва да съдържа свойство "call", което изпълнява функцията.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Аргументите, подадени на функцията, не вършат работа в тази ситуация, липсват или не са в правилния формат.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Вашата сесия на Office е изтекла или е невалидна. За да продължите, обновете страницата.';
Strings.OfficeOM.L_CancelButton = 'Отказ';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Размерът на полезния обем на отговора е превишил ограничението. Консултирайте се с документацията: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Неуспешно добавяне на манипулатора на събитие.';
Strings.OfficeOM.L_OperationCancelledError = 'Операцията е отменена';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API за самоличност не се поддържа за тази добавка.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Данните са остарели. Извлечете обекта отново.';
Strings.OfficeOM.L_InvalidGetRows = 'Посочените редове са невалидни.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Невалиден URL адрес на ресурс е зададен в манифеста.';
Strings.OfficeOM.L_InvalidParameters = 'Функцията {0} има невалиден параметри.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Един момент ...';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Функцията за получаване на контекст на удостоверяване липсва';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Не се поддържа протоколът HTTP. Вместо това използвайте HTTPS';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Операцията е неуспешна, защото тази добавка не поддръжка потребителско съгласие в тази категория';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Типът самоличност на потребителя не се поддържа.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Пътят на обекта "{0}" не работи за това, което се опитвате да направите. Ако използвате обекта в няколко различни повиквания на "context.sync" и извън последователно изпълнение на партида ".run", използвайте методите "context.trackedObjects.add()" и "context.trackedObjects.remove()" за управление на времето на живот на обекта.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Името на функцията трябва да съдържа непразно пространство на имената и непразно кратко име.';
Strings.OfficeOM.L_InvalidValue = 'Невалидна стойност';
Strings.OfficeOM.L_OutOfRange = 'Извън допустимия диапазон';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Домейнът на URL адреса не е включен в елемента AppDomain в манифеста и не е поддомейн на местоположението на източника.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Функцията за партида, подадена на метода ".run", не върна обещание. Функцията трябва да върне едно обещание, така че всички автоматично проследявани обекти да могат да бъдат освободени при завършване на операцията с партидата. Обикновено връщате обещание чрез връщане на отговора от "context.sync()".';
Strings.OfficeOM.L_NoHttpsWAC =
  'Тази сесия на Office не използва защитена връзка. Препоръчваме ви да предприемате допълнителни предпазни мерки.';
Strings.OfficeOM.L_FormattingReminder = 'Напомняне за форматиране';
Strings.OfficeOM.L_DocumentIsInactive =
  'Операцията е неуспешна, защото документът, съдържащ тази добавка, е неактивен.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Когато е отворен модален диалогов прозорец, операцията за запис не се поддържа за Office.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Неуспешно премахване на манипулатора на събитие.';
Strings.OfficeOM.L_IndexOutOfRange = 'Индексът е извън обхват.';
Strings.OfficeOM.L_NotSupported = 'Функцията {0} не се поддържа.';
Strings.OfficeOM.L_ReadSettingsError = 'Грешка в настройките за четене';
Strings.OfficeOM.L_UserAborted = 'Потребителят прекрати искането за съгласие.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Текущата селекция не е съвместима със зададения тип преобразуване.';
Strings.OfficeOM.L_DocumentReadOnly = 'Заявената операция не е разрешена в текущия документен режим.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Изчакайте, докато завърши предишното повикване.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel е в режим на редактиране на клетка. Излезте от режим на редактиране, като натиснете ENTER или TAB, или изберете друга клетка и след това опитайте отново.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'За да продължите, премахнете добавката и я добавете отново или Обновете страницата.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Модулът не е зареден преди получаване на маркер';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Искането е неуспешно с код на състоянието {0}, код за грешка {1} и следното съобщение за грешка: {2}';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Не се поддържат несъседни селекции.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Един или повече от параметрите на клетките имат стойности, които не са позволени. Проверете стойностите и опитайте отново.';
Strings.OfficeOM.L_BindingCreationError = 'Грешка при създаване на обвързване';
Strings.OfficeOM.L_UnsupportedDataObject = 'Подаденият тип на обект с данни не се поддържа.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Направете избор.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Тази добавка е забранена, за да ви помогне да бъдете в безопасност. За да продължите да използвате добавката, потвърдете, че този елемент се хоства в надежден домейн или го отворете в настолното приложение на Office.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'няколко опционални обекта в списъка с параметри';
Strings.OfficeOM.L_ConfirmCancelMessage = 'За съжаление, не можем да продължим.';
Strings.OfficeOM.L_NamedItemNotFound = 'Наименуваният елемент не съществува.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Това номериране не се поддържа в текущото приложение хост.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Обратното повикване не може да се задава и в списък с аргументи, и в незадължителен обект.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API не се поддържа в тази платформа.';
Strings.OfficeOM.L_SSOClientError = 'Възникна грешка в искането за удостоверяване от Office.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Не може да се създаде обвързване с текущата селекция и указания тип обвързване.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Този API е ограничен, за да се забави честотата на повикване.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Зададеният тип на файл не се поддържа.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Данните не са актуални';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Операцията не се поддържа за този тип обвързване.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Зададените стойности за startRow или startColumn са невалидни.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Невалидно извикване на API в текущия контекст.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Зададеният тип обвързване не е съвместим с подадения именуван елемент.';
Strings.OfficeOM.L_NavOutOfBound = 'Операцията е неуспешна, тъй като индексът е извън диапазона.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js не е още напълно зареден. Опитайте отново по-късно или се уверете, че сте добавили кода за инициализация във функцията Office.initialize.';
Strings.OfficeOM.L_AppNameNotExist = 'Не съществува име на добавка за {0}.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Невалидна операция за обвързване';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Указаният размер на сегмент не се поддържа.';
Strings.OfficeOM.L_UnknownBindingType = 'Типът на обвързването не се поддържа.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Проблем в мрежата попречи на извличането на файла.';
Strings.OfficeOM.L_InvalidSetRows = 'Посочените редове са невалидни.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Операцията за настройка е неуспешна, защото подаденият обект с данни ще се запише върху данните или ще ги отмести.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Свойството "{0}" не е налично. Преди да прочетете стойността на свойството, извикайте метода за зареждане с обекта, който го съдържа, и извикайте "context.sync()" в контекста на свързаната заявка.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Забележка: Броят на клетките в таблица се предполага да бъде под 20 000 клетки.';
Strings.OfficeOM.L_EventRegistrationError = 'Грешка при регистриране на събитие';
Strings.OfficeOM.L_MissingParameter = 'Липсващ параметър';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Указаният ред е празен.';
Strings.OfficeOM.L_PermissionDenied = 'Разрешението е отказано';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Текущата селекция не се поддържа.';
Strings.OfficeOM.L_DialogInvalidScheme =
  'Схемата на URL адреса не се поддържа. Вместо това използвайте HTTPS.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Промените в свойство "{0}" не могат да бъдат приложени чрез метод "object.set".';
Strings.OfficeOM.L_InValidOptionalArgument = 'невалиден незадължителен аргумент';
Strings.OfficeOM.L_SSOServerError = 'Възникна грешка в доставчика на удостоверяване.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Методът или свойството {0} е част от набора с изисквания за {1}, който не е наличен във вашата версия на {2}.';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Операцията е неуспешна, защото родителският прозорец е намален.';
Strings.OfficeOM.L_SettingNameNotExist = 'Указаното име на настройка не съществува.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Тази добавка не поддържа потребителско съгласие.';
Strings.OfficeOM.L_SettingsStaleError = 'Грешка от неактуални настройки';
Strings.OfficeOM.L_DataWriteReminder = 'Напомняне за запис на данни';
Strings.OfficeOM.L_NotSupportedEventType = 'Указаният тип на събитие {0} не се поддържа.';
Strings.OfficeOM.L_OperationNotSupported = 'Тази операция не се поддържа.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Извикайте closeAsync за текущия файл, преди да извлечете друг.';
Strings.OfficeOM.L_InternalError = 'Вътрешна грешка';
Strings.OfficeOM.L_InvalidGrantMessage = 'Липсват разрешения за тази добавка.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Посоченият ИД не съществува.';
Strings.OfficeOM.L_InvalidDataObject = 'Невалиден обект с данни';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Указаният възел не е намерен.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Възникна неочаквана грешка в клиента.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'няколко опционални функции в списъка с параметри';
Strings.OfficeOM.L_NetworkProblem = 'Мрежов проблем';
Strings.OfficeOM.L_BadSelectorString =
  'Низът, който е подаден в селектора, е неправилно форматиран или не се поддържа.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Операцията е неуспешна, защото тази добавка вече има активен диалогов прозорец.';
Strings.OfficeOM.L_ActivityLimitReached = 'Достигнато е ограничението за активност.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Като щракнете върху "OK", ще позволите на {0} достъп до вашето съдържание и лични данни. ';
Strings.OfficeOM.L_MissingRequiredArguments = 'липсват някои задължителни аргументи';
Strings.OfficeOM.L_InvalidDataFormat = 'Форматът на указания обект с данни е невалиден.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Невалидни входни аргументи.';
Strings.OfficeOM.L_InvalidFormat = 'Грешка, причинена от невалиден формат';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Невалидна или изтекла сесия';
Strings.OfficeOM.L_InvalidArgument =
  'Аргументът "{0}" не работи за този случай, липсва или не е в правилния формат.';
Strings.OfficeOM.L_HostError = 'Грешка на хоста';
Strings.OfficeOM.L_GetDataParametersConflict = 'Посочените параметри са в конфликт.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Манипулаторът на събитие не може да бъде регистриран.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Операцията е неуспешна, защото тази добавка вече изисква маркер за достъп.';
Strings.OfficeOM.L_InternalErrorDescription = 'Възникна вътрешна грешка.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Размерът на полезния обем на заявката е превишил ограничението. Консултирайте се с документацията: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Един или повече от параметрите на tableOptions имат стойности, които не са позволени. Проверете стойностите и опитайте отново.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} иска да покаже нов прозорец.';
Strings.OfficeOM.L_SettingsAreStale = 'Настройките не можаха да се запишат, защото не са актуални.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Възникна неочаквана грешка на сървъра.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Искането за API на JavaScript е неуспешно, защото работната книга е скрита. Покажете работната книга и опитайте отново.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Забележка: Наборите за форматиране, зададени от повикване на форматирането на API, се предполага да бъдат под 100.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Името на функцията може да съдържа само букви, цифри, долни черти и точки.';
Strings.OfficeOM.L_InvalidRequestContext = 'Не може да се използва обектът в контекста на различни заявки.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Опит за настройка на свойство само за четене "{0}".';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'конфигурирайте браузъра си';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Намерени са множество обекти с едно и също име.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Свойство с това име, което представлява дефиниция на функцията, трябва да съществува в Excel.CustomFunctions.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath ограничава избора до 1024 елемента.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Зададеният манипулатор на събитие не е намерен за това обвързване.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Стойността е извън позволения диапазон.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Зададеният тип преобразуване не е съвместим с този тип обвързване.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Зададеният тип преобразуване не се поддържа.';
Strings.OfficeOM.L_CallbackNotAFunction =
  'Обратното повикване трябва да е от тип функция, а беше от тип {0}.';
Strings.OfficeOM.L_DataStale = 'Данните не са актуални';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Настройките за защита на вашия браузър ни пречат да създадем диалогов прозорец. Опитайте с друг браузър или {0}, така че "{1}" и домейнът, показан в адресната лента, да са в една и съща зона на защита.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Указаният обект с данни не е съвместим с типа на обвързване.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Типът самоличност на потребителя не се поддържа.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Стойността на индекса на колоната е извън допустимия диапазон. Използвайте стойност (0 или по-висока), която е по-малка от броя на колоните.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Този браузър не поддържа искания API.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Стойността на обекта резултат още не е заредена. Преди четене на свойството на стойността, повикайте "context.sync()" в контекста на съответната заявка.';
Strings.OfficeOM.L_InvalidBindingError = 'Грешка от невалидно обвързване';
Strings.OfficeOM.L_DataWriteError = 'Грешка при запис на данни';
Strings.OfficeOM.L_TooManyArguments = 'твърде много аргументи';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Добавката вече изисква маркер за достъп.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Неподдържано номериране';
Strings.OfficeOM.L_FunctionCallFailed = 'Извикването на функцията {0} е неуспешно, код на грешка: {1}.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Свойството "{0}" не съществува в обекта.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Предоставен е невалиден URL адрес на ресурс на приложение.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Зададеният обект с данни е твърде голям.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Приложението {0} не съществува. Не е извикано Microsoft.Office.WebExtension.Initialize(причина).';
Strings.OfficeOM.L_SettingsCannotSave = 'Настройките не можаха да бъдат записани.';
Strings.OfficeOM.L_CannotNavigateTo = 'Обектът се намира на място, където не се поддържа навигация.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Избраното съдържание трябва да е в табличен формат. Форматирайте данните като таблица и опитайте отново.';
Strings.OfficeOM.L_InvalidNode = 'Невалиден възел';
Strings.OfficeOM.L_InvalidGrant = 'Липсва предварително удостоверяване.';
Strings.OfficeOM.L_DataReadError = 'Грешка при четене на данни';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Напът сте да изпращате и получавате потенциално чувствителна информация от {0}. Щракнете върху OK само ако се доверявате на следния уеб сайт, който получава поверителна информация: {1}.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Указаният тип на обвързване {0} не се поддържа.';
Strings.OfficeOM.L_ContinueButton = 'Продължи';
Strings.OfficeOM.L_SetDataParametersConflict = 'Посочените параметри са в конфликт.';
Strings.OfficeOM.L_DialogNavigateError = 'Грешка в навигацията в диалоговия прозорец';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Посочените колони са невалидни.';
Strings.OfficeOM.L_CustomXmlError = 'Грешка в потребителския XML.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Позволи';
Strings.OfficeOM.L_InvalidCoercion = 'Невалидно преобразуване на тип';
