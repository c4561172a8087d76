Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Манифесте көрсетілген ресурстың URL мекенжайы жарамсыз.';
Strings.OfficeOM.L_ContinueButton = 'Жалғастыру';
Strings.OfficeOM.L_InvalidArgument =
  '"{0}" аргументі осы жағдайда жұмыс істемейді, ол жоқ немесе дұрыс форматта берілмеген.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Серверде күтілмеген қате пайда болды.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Көрсетілген идентификатор жоқ.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Көрсетілген бағандар жарамсыз.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl типіне қолдау көрсетілмеді.';
Strings.OfficeOM.L_BindingToMultipleSelection =
  'Ағымдағы таңдауды байланыстыру мүмкін емес. Бірнеше, байланыспаған таңдауға қолдау көрсетілмейді.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Функцияға өтетін аргументтер бұл жағдайда жұмыс істемейді, олар жоқ немесе дұрыс пішімде емес.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Оқиғалар өңдеуішін қосу сәтсіз аяқталды.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Ағымдағы таңдауға қолдау көрсетілмейді.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Бұл қондырма пайдаланушы келісіміне қолдау көрсетпейді.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Басқа қоңырау таңдамас бұрын ағымдағы файлдағы барлық closeAsync үшін қоңырау соғыңыз.';
Strings.OfficeOM.L_DataReadError = 'Деректерді оқудағы қате';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Оқиғалар өңдеуішін жою сәтсіз аяқталды.';
Strings.OfficeOM.L_CannotNavigateTo = 'Нысан шарлау қолдау көрсетілмейтін жерде орналасқан.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Атаулары бірдей бірнеше нысан табылды.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Жолдың индекс мәні рұқсат етілген ауқымнан артық. Жолдардың санынан аз мәнді (0 немесе одан артық) пайдаланыңыз.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Жарамсыз немесе күту уақыты өтіп кеткен сеанс';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Модальды диалогтық терезе ашық тұрған кезде, Office бағдарламалары үшін жазу операциясы істемейді.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'Қоңырау жиілігін баяулату үшін API интерфейсіне кедергі жасалды.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Функция анықтамасын білдіретін осындай атауы бар сипат Excel.Script.CustomFunctions класында болуы қажет.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Бағдарлама ресурсының көрсетілген URL мекенжайы жарамсыз.';
Strings.OfficeOM.L_InvalidGetColumns = 'Көрсетілген бағандар жарамсыз.';
Strings.OfficeOM.L_InvalidSetRows = 'Көрсетілген жолдар жарамсыз.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Жауап аргумент тізімінде де, қосымша нысанда да көрсетіле алмады.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Жауап түрі функция түріндей болуы қажет, түрі {0}.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Санамалауды ағымдағы серверлік бағдарламада қолдамайды.';
Strings.OfficeOM.L_InvalidDataFormat = 'Берілген деректер нысанының пішімі жарамды емес.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Көрсетілген байланыстыру түрі берілген атаулы элементпен үйлесімді емес.';
Strings.OfficeOM.L_Timeout = 'Операцияның күту уақыты өтті.';
Strings.OfficeOM.L_PropertyNotLoaded =
  '"{0}" сипаты қолжетімсіз. Сипат мәнін оқымас бұрын, қамтылған нысан бойынша жүктеу әдісін шақырып, байланысқан сұрау контекстінде "context.sync()" функциясын шақырыңыз.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel бағдарламасы ұяшықты өңдеу режимінде. Өңдеу режимінен ENTER немесе TAB пернесін басу арқылы немесе басқа ұяшықты таңдау арқылы шығып, содан кейін әрекетті қайталап көріңіз.';
Strings.OfficeOM.L_NamedItemNotFound = 'Аталған элемент жоқ.';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Операцияны орындау мүмкін болмады, себебі басты терезе тасаланған.';
Strings.OfficeOM.L_NoCapability = 'Осы әрекетті орнату үшін сізде қажетті рұқсаттар жоқ.';
Strings.OfficeOM.L_NetworkProblem = 'Желі ақауы';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Берілген деректер нысаны ағымда,ы таңдаудың кескінімен немесе өлшемдерімен үйлесімді емес.';
Strings.OfficeOM.L_HostError = 'Хост қатесі';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Деректер ескірген. Нысанды қайтадан шығарып алыңыз.';
Strings.OfficeOM.L_SaveSettingsError = 'Параметрлерді сақтау қатесі';
Strings.OfficeOM.L_ConnectionFailureWithStatus = '{0} күй кодына ие сұрауды орындау сәтсіз аяқталды.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Аутентификация контекстін алу функциясы жоқ';
Strings.OfficeOM.L_InvalidObjectPath =
  'Сіз орындағалы жатқан әрекет үшін "{0}" нысан жолы жұмыс істемейді. Егер нысанды бірнеше "context.sync" қоңырауы бойынша және ".run" жиынтығының реттік орындалу режимінен тыс пайдаланып жатсаңыз, нысанның жарамдылық мерзімін басқару үшін, "context.trackedObjects.add()" және "context.trackedObjects.remove()" әдістерін пайдаланыңыз.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'Бұл платформада API интерфейсіне қолдау көрсетілмейді.';
Strings.OfficeOM.L_DialogRequireHTTPS =
  'HTTP протоколына қолдау көрсетілмейді. Оның орнына HTTPS протоколын пайдаланыңыз';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Операция сәтсіз аяқталды, себебі бұл қондырмада белсенді модальды диалогтық терезе бұрыннан бар.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Ағымдағы таңдауға жазбайды.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Берілген деректер нысаны ағымдағы біріктірудің кестесі немесе матрица көлемімен сәйкес келмейді.';
Strings.OfficeOM.L_ConfirmDialog =
  '{0} домені Microsoft Office ретінде қызмет етеді және жеке деректеріңізге қатынаса алатын Office қондырмаларын іске қоса алады. Доменнің Office ретінде жұмыс істеуіне және деректерге қатынасуына сенсеңіз, жалғастыру үшін OK түймешігін басыңыз.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Бір немесе бірнеше ұяшық параметрлерінде рұқсат етілмеген мәндер бар. Мәндерді екі рет басып, әрекетті қайталаңыз.';
Strings.OfficeOM.L_ReadSettingsError = 'Оқу параметрлері қатесі';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  '"{0}" сипатына арналған өзгерістер "object.set" әдісі арқылы қолданылмайды.';
Strings.OfficeOM.L_InvalidValue = 'Жарамсыз мән';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Таңбалауыш алынбайынша модуль жүктелмейді';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Кестеде біріктірілген ұяшықтар бар кезде, координата параметрлерін "Кесте" келтіру түрімен қолдану мүмкін емес.';
Strings.OfficeOM.L_SSOServerError = 'Аутентификация провайдерінде қате пайда болды.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'OK түймешігін басу арқылы {0} доменіне мазмұнға және жеке ақпаратқа қатынасуға рұқсат бересіз. ';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Жауаптың пайдалы деректер өлшемі шегінен асып кетті. Келесі құжаттаманы қараңыз: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_DialogInvalidScheme =
  'URL схемасына қолдау көрсетілмейді. Оның орнына HTTPS протоколын пайдаланыңыз.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Көрсетілген қатар бос.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Берілген деректер нысанына қолдау көрсетілмейді.';
Strings.OfficeOM.L_IndexOutOfRange = 'Индекс ауқымнан тыс.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Кіру процесі кезінде желі қосылымы үзіліп кетті.';
Strings.OfficeOM.L_UnknownBindingType = 'Байланыстыру түріне ағымдағы бағдарламада қолдау көрсетілмеді.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Сұралған деректер жиыны тым үлкен.';
Strings.OfficeOM.L_ElementMissing =
  'Кесте ұяшығын пішімдеу мүмкін емес, себебі кейбір параметр мәндері жоқ. Параметрлерді екі рет басып, әрекетті қайталаңыз.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Бөлектеу шегіне жетті';
Strings.OfficeOM.L_ValueNotLoaded =
  'Нәтиже нысанының мәні әлі жүктелмеді. Мән сипатын оқымас бұрын, тиісті сұрау контекстінде "context.sync()" мәнін шақырыңыз.';
Strings.OfficeOM.L_SelectionCannotBound = 'Ағымдағы таңдаумен байланыстыру мүмкін емес.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Сіз {0} деген пайдаланушыдан келген құпия болуы мүмкін ақпаратты қабылдағалы немесе оған жібергелі жатырсыз. Келесі веб-сайттан құпия ақпарат қабылдауға сенім артсаңыз ғана ОК түймешігін басыңыз: {1}.';
Strings.OfficeOM.L_MemoryLimit = 'Жады шегінен асты';
Strings.OfficeOM.L_DisplayDialogError = 'Диалог қатесін көрсету';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Қондырма кіру токенін сұрауда.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Бекітілген деректер нысанының түрі берілген келтіру түрімен үйлесімді емес.';
Strings.OfficeOM.L_InvalidSSOAddinMessage =
  'Бұл қондырма үшін идентификациялық API интерфейсіне қолдау көрсетілмейді.';
Strings.OfficeOM.L_UserClickIgnore = 'Пайдаланушы диалогтық терезені елемеуді таңдады.';
Strings.OfficeOM.L_UserAborted = 'Пайдаланушы авторизация сұрауын үзді.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Байланыстыру ағымдағы таңдаумен және белгіленген байланыстыру түрімен жасала алмайды.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API сұрауы орындалмады, себебі жұмыс кітабы жасырылған. Жұмыс кітабын көрсетіп ашып, әрекетті қайталаңыз.';
Strings.OfficeOM.L_SettingsAreStale = 'Ағымдағы параметрлер болмағандықтан, оларды сақтау мүмкін емес.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Нысанды әртүрлі сұрау контексттері бойынша пайдалану мүмкін емес.';
Strings.OfficeOM.L_InvalidDataObject = 'Жарамсыз деректер нысаны';
Strings.OfficeOM.L_GetDataParametersConflict = 'Көрсетілген параметрлердің қайшылықтары.';
Strings.OfficeOM.L_InvalidNode = 'Жарамсыз түйін';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Бір немесе бірнеше кесте опциялары параметрлерінде рұқсат етілмеген мәндер бар. Мәндерді екі рет басып, әрекетті қайталаңыз.';
Strings.OfficeOM.L_NavOutOfBound = 'Операция орындалмады, себебі индекс ауқымнан тыс.';
Strings.OfficeOM.L_InvalidGrant = 'Алдын ала авторизация жоқ.';
Strings.OfficeOM.L_CustomXmlError = 'Қолданбалы XML қатесі.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL мекенжайының домені манифесттегі AppDomains элементінде қамтылмаған және бастапқы орынның ішкі домені емес.';
Strings.OfficeOM.L_PermissionDenied = 'Кіруге рұқсат жоқ';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Ескерту: Пішімдеуге арналған API шақыруы арқылы орнатылған пішімдер жиыны 100-ден аз болған жөн.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Функция атауында бос емес атау кеңістігі мен бос емес қысқа атау болуы тиіс.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  '{0} әдісі немесе сипаты сіздегі {2} нұсқасында қолжетімді емес {1} талаптар жинағының бөлігі болып табылады.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Таңдалған мазмұн кесте пішімінде болуы керек. Деректерді кесте ретінде пішіндеп, әрекетті қайталаңыз.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Таңдау жасаңыз.';
Strings.OfficeOM.L_MissingParameter = 'Параметр жоқ';
Strings.OfficeOM.L_NotTrustedWAC =
  'Бұл қондырма сіздің қауіпсіз сақтауға көмектесу үшін өшірілді. Қондырманы әрі қарай пайдалану үшін, осы элементтің сенімді доменге орналастырылғанын растап, оны Office жұмыс үстеліндегі бағдарламада ашыңыз.';
Strings.OfficeOM.L_PropertyDoesNotExist = '"{0}" сипаты нысанда жоқ.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Бір мезет';
Strings.OfficeOM.L_SetDataParametersConflict = 'Көрсетілген параметрлердің қайшылықтары.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} қондырмасы жаңа терезе ашқысы келеді.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".run" әдісіне өткен жиынтық функциясы болжалды нәтиже қайтармады. Бұл функция жиынтық операциясын аяқтау кезінде кез келген автоматты түрде қадағаланатын нысандар шығарылуы үшін болжалды нәтиже қайтаруы тиіс. Әдетте, "context.sync()" параметрінен жауап қайтару арқылы болжалды нәтижені қайтара аласыз.';
Strings.OfficeOM.L_SettingNameNotExist = 'Берілген параметр атауы жоқ.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Берілген келтіру түрі берілген байланыстыру түрімен үйлесімді емес.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Office сеансының мерзімі өткен немесе жарамсыз. Жалғастыру үшін, бетті жаңартыңыз.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  '{0} бағдарламасы жоқ. Microsoft.Office.WebExtension.initialize(reason) шақырылмады.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Көрсетілген startRow немесе startColumn мәндері жарамсыз.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Көрсетілген бөлшек өлшеміне қолдау жоқ.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Оқиға өңдегішті тіркеу мүмкін емес.';
Strings.OfficeOM.L_InvalidFormat = 'Жарамсыз пішім қатесі';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Браузердегі қауіпсіздік параметрлеріне байланысты диалогтық терезені жасау мүмкін емес. Басқа браузерді пайдаланып көріңіз немесе "{1}" домені мен мекенжай жолағында көрсетілетін домен бір қауіпсіздік аймағында болатындай етіп {0}.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Операцияны орындау мүмкін болмады, себебі қондырма кіру токенін сұрап жатыр.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Мән рұқсат етілген ауқымнан асады.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath таңдауды 1024 элементке дейін шектейді.';
Strings.OfficeOM.L_InValidOptionalArgument = 'жарамсыз қосымша аргумент';
Strings.OfficeOM.L_DocumentReadOnly = 'Құжат қорғалған күйде. Сұрау жасалған әрекетке рұқсат етілмеді.';
Strings.OfficeOM.L_SettingsCannotSave = 'Параметрлер сақтала алмайды.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Желі ақауы файлдың шығуын алдын алды.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Бұл браузер сұралған API интерфейсін қолдамайды.';
Strings.OfficeOM.L_ShuttingDown = 'Деректер ағымда серверде болмағандықтан, операция сәтсіз болды.';
Strings.OfficeOM.L_InvalidParameters = '{0} функциясының параметрлері жарамсыз.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Ескерту: Кестедегі ұяшықтардың саны 20 000-нан аз болғаны жөн.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Көрсетілген деректер нысаны тым үлкен.';
Strings.OfficeOM.L_CoercionTypeNotSupported =
  'Көрсетілген келтіру түріне осы бағдарлама арқылы қолдау көрсетпейді.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Елемеу';
Strings.OfficeOM.L_BindingCreationError = 'Байланыстыруды жасау қатесі';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Клиентте күтілмеген қате пайда болды.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Тек оқуға арналған "{0}" сипатын орнату әрекеті орындалуда.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Кіру процесі кезінде желі қосылымы үзіліп кетті, сондықтан пайдаланушы кіре алмауы мүмкін. Бұл пайдаланушының браузеріндегі қауіпсіздік аймақтары сияқты конфигурация параметрлеріне байланысты орын алуы мүмкін.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Операцияны орындау мүмкін болмады, себебі осы қондырманы қамтитын құжат белсенді емес.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage =
  'Пайдаланушының сәйкестік куәлігі түріне қолдау көрсетілмейді.';
Strings.OfficeOM.L_BadSelectorString =
  'Таңдаушыға берілген жол дұрыс емес пішімделген немесе оған қолдау көрсетілмейді.';
Strings.OfficeOM.L_DataWriteError = 'Деректерді жазудағы қате';
Strings.OfficeOM.L_InvalidAPICall = 'Жарамсыз API қоңырауы';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Берілген жол саны/баған саны мәндері жарамсыз.';
Strings.OfficeOM.L_UserNotSignedIn = 'Office жүйесіне ешбір пайдаланушы кірмеген.';
Strings.OfficeOM.L_ActivityLimitReached = 'Әрекеттер шегіне жетті.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Ағымдағы емес деректер';
Strings.OfficeOM.L_DataWriteReminder = 'Деректерді жазу еске салғышы';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Пайдаланушының сәйкестік куәлігі түріне қолдау көрсетілмейді.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Алдыңғы қоңырау аяқталғанша күтіңіз.';
Strings.OfficeOM.L_OutOfRange = 'Ауқымнан тыс';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Пайдаланушы операциядан бас тартты.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Функция анықтамасын білдіретін Excel.Script.CustomFunctions класындағы осындай атауы бар сипатта функцияны жүзеге асыратын "call" сипаты болуы қажет.';
Strings.OfficeOM.L_InvalidBindingError = 'Жарамсыз байланыстыру қатесі';
Strings.OfficeOM.L_NoHttpsWAC =
  'Бұл Office сеансы қауіпсіз қосылымды пайдаланып жатқан жоқ. Қосымша сақтық шараларын қабылдауды ұсынамыз.';
Strings.OfficeOM.L_NotImplemented = '{0} функциясы орындалған жоқ.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Өкінішке орай, жалғастыру мүмкін емес.';
Strings.OfficeOM.L_EventRegistrationError = 'Оқиғаны тіркеудегі қате';
Strings.OfficeOM.L_InternalError = 'Ішкі қате';
Strings.OfficeOM.L_UserAbortedMessage = 'Пайдаланушы қондырма рұқсаттарына келіспеді.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  '{0} күй кодына ие сұрауды орындау сәтсіз аяқталды. Қате коды: {1}. Қате туралы хабар: {2}';
Strings.OfficeOM.L_OperationNotSupported = 'Осы әрекет қолданылмайды.';
Strings.OfficeOM.L_SettingsStaleError = 'Ескірген параметрлер қатесі';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Енгізілген аргументтер жарамсыз.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Берілген деректер нысаны байланыстыру түрімен үйлесімді емес.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Осы қондырма үшін рұқсат жоқ.';
Strings.OfficeOM.L_FormattingReminder = 'Пішімдеу еске салғышы';
Strings.OfficeOM.L_AppNameNotExist = '{0} үшін қондырма атауы жоқ.';
Strings.OfficeOM.L_InvalidGetRows = 'Көрсетілген жолдар жарамсыз.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Көрсетілген файл түрі қолданылмайды.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Ағымдағы таңдау осы бағдарлама арқылы берілген келтіру түрімен қолдау көрсетпейді.';
Strings.OfficeOM.L_MissingRequiredArguments = 'кейбір қажетті аргументтер жоқ';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Қолданылмайтын тізу әрекеті';
Strings.OfficeOM.L_BindingNotExist = 'Берілген байланыстыру жоқ.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Бұл байланыстыру үшін көрсетілген оқиғаларды өңдегіш табылмады.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Операцияны орындау сәтсіз аяқталды, себебі бұл қондырма осы санаттағы пайдаланушы келісіміне қолдау көрсетпейді';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Операция сәтсіз аяқталды, себебі бұл қондырмада белсенді диалог бұрыннан бар.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Браузер шектеулеріне байланысты диалогтық терезе жасау мүмкін емес. Диалогтық терезе домені мен қондырма торабының домені бір қауіпсіздік аймағында емес.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Кестеде біріктірілген ұяшықтар бар кезде, координата параметрлерін "Кесте" келтіру түрімен қолдану мүмкін емес.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Рұқсат ету';
Strings.OfficeOM.L_APINotSupported = 'API интерфейсіне қолдау жоқ';
Strings.OfficeOM.L_InvalidCoercion = 'Жарамсыз келтіру түрі';
Strings.OfficeOM.L_APICallFailed = 'API қоңырауы сәтсіз болды';
Strings.OfficeOM.L_InvalidBindingOperation = 'Жарамсыз байланыстыру амалы';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Сұраудың пайдалы деректер өлшемі шегінен асып кетті. Келесі құжаттаманы қараңыз: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_CancelButton = 'Бас тарту';
Strings.OfficeOM.L_RequestTimeout = 'Қоңырау көп уақытты алды.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Функция атауында тек әріптер, сандар, астыңғы сызықтар және нүктелер болуы тиіс.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Жалғастыру үшін, қондырманы жойып, қайта қосыңыз немесе бетті жаңартыңыз.';
Strings.OfficeOM.L_DataStale = 'Ағымдағы емес деректер';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'браузерді реттеңіз';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Көрсетілген түйін табылмады.';
Strings.OfficeOM.L_TooManyArguments = 'тым көп аргумент';
Strings.OfficeOM.L_OverwriteWorksheetData = 'Берілген деректер нысаны құжаттағы деректерді қайта жазады.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Бір немесе бірнеше пішім параметрлерінде рұқсат етілмеген мәндер бар. Мәндерді екі рет басып, әрекетті қайталаңыз.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Әрекет осы байланыстыру түрінде қолданылмайды.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'параметр тізіміндегі көбейткіш қосымша функциялар';
Strings.OfficeOM.L_SSOClientError = 'Office жиынтығындағы аутентификация сұрауында қате пайда болды.';
Strings.OfficeOM.L_NotSupportedEventType = 'Көрсетілген оқиға түріне {0} қолдау көрсетілмеді.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Көрсетілген {0} байланыстыру түріне қолдау көрсетілмейді.';
Strings.OfficeOM.L_DialogNavigateError = 'Диалог навигациясы қатесі';
Strings.OfficeOM.L_TooManyOptionalObjects = 'параметр тізіміндегі көбейткіш қосымша нысандар';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Бағанның индекс мәні рұқсат етілген ауқымнан артық. Бағандардың санынан аз мәнді (0 немесе одан артық) пайдаланыңыз.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Ағымдағы контекстідегі жарамсыз API шақыруы.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Көрсетілген startRow немесе startColumn мәндері жарамсыз.';
Strings.OfficeOM.L_InternalErrorDescription = 'Ішкі қате пайда болды.';
Strings.OfficeOM.L_InvalidBinding = 'Жарамсыз байланыстыру';
Strings.OfficeOM.L_OperationCancelledError = 'Операциядан бас тартылды';
Strings.OfficeOM.L_NotSupported = '{0} функциясы қолданылмайды.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js толығымен жүктелмеді. Әрекетті кейін қайталаңыз немесе инициализация кодын Office.initialize функциясына қосуды тексеріңіз.';
Strings.OfficeOM.L_InvalidSetColumns = 'Көрсетілген бағандар жарамсыз.';
Strings.OfficeOM.L_FunctionCallFailed = '{0} функциясының шақыруы сәтсіз аяқталды, қате коды: {1}.';
