Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_Timeout = 'Истекло время ожидания операции.';
Strings.OfficeOM.L_OperationCancelledError = 'Операция отменена';
Strings.OfficeOM.L_InvalidResourceUrl = 'Предоставлен недопустимый URL-адрес ресурса приложения.';
Strings.OfficeOM.L_InValidOptionalArgument = 'недопустимый необязательный аргумент';
Strings.OfficeOM.L_AppNameNotExist = 'Имя надстройки для {0} не существует.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Имя функции может содержать только буквы, цифры, подчеркивания и точки.';
Strings.OfficeOM.L_FunctionCallFailed = 'Ошибка вызова функции {0}, код ошибки: {1}.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Размер указанного объекта данных превышает допустимый.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Предоставленный объект данных несовместим с формой или измерениями текущего выделенного фрагмента.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Тип удостоверения пользователя не поддерживается.';
Strings.OfficeOM.L_InvalidValue = 'Недопустимое значение';
Strings.OfficeOM.L_UserClickIgnore = 'Пользователь решил игнорировать диалоговое окно.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Выделенный фрагмент несовместим с указанным типом приведения.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Указанные параметры конфликтуют.';
Strings.OfficeOM.L_InternalError = 'Внутренняя ошибка';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Тип указанного объекта данных несовместим с выделенным фрагментом.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Не удается записать данные в текущий выделенный фрагмент.';
Strings.OfficeOM.L_HostError = 'Ошибка узла';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Достигнут предел выбора';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Выбранное содержимое должно быть представлено в формате таблицы. Отформатируйте данные как таблицу и повторите попытку.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Указанный тип привязки {0} не поддерживается.';
Strings.OfficeOM.L_DataWriteReminder = 'Напоминание о записи данных';
Strings.OfficeOM.L_OperationNotSupported = 'Эта операция не поддерживается.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Функция пакетной обработки, переданная в метод .run, не возвратила обещание. Она должна возвратить обещание, чтобы по окончании операции пакетной обработки можно было разблокировать все автоматически отслеживаемые объекты. Обычно, чтобы возвратить обещание, необходимо возвратить отклик из context.sync().';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Подождите немного...';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'настройте браузер';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Недопустимый сеанс или истекло время ожидания сеанса';
Strings.OfficeOM.L_TooManyOptionalFunction = 'множество дополнительных функций в списке параметров';
Strings.OfficeOM.L_UnknownBindingType = 'Тип привязки не поддерживается.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Превышен предельный размер полезных данных ответа. Обратитесь к документации: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Аргументы, передаваемые в функцию, не работают в данной ситуации, отсутствуют или имеют неправильный формат.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Этот сеанс Office не использует безопасное соединение. Рекомендуем применить дополнительные меры предосторожности.';
Strings.OfficeOM.L_InvalidAPICall = 'Недопустимый вызов API';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Сделайте выбор.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Указанный объект данных несовместим с типом привязки.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Не удалось выполнить операцию, так как документ, содержащий эту надстройку, неактивен.';
Strings.OfficeOM.L_UserAbortedMessage = 'Пользователь не дал согласие на разрешения надстройки.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Указанный тип приведения не поддерживается.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Отсутствует функция получения контекста проверки подлинности';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Указано недопустимое значение параметра startRow или startColumn.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Один или несколько параметров таблицы имеют недопустимые значения. Проверьте параметры и повторите попытку.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'К сожалению, невозможно продолжить';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Вам не удастся применить изменения, внесенные в свойство "{0}", с помощью метода object.set.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Один или несколько параметров ячеек имеют недопустимые значения. Проверьте параметры и повторите попытку.';
Strings.OfficeOM.L_MissingParameter = 'Отсутствует параметр.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Значение индекса строки находится вне допустимого диапазона. Используйте значение (0 или больше), которое меньше числа строк.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Неподдерживаемое перечисление';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Не удалось выполнить операцию, поскольку эта надстройка уже запрашивает маркер доступа.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Примечание: рекомендуемое количество наборов форматирования, созданных с помощью API форматирования, — менее 100.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Размер указанного фрагмента не поддерживается.';
Strings.OfficeOM.L_NotSupported = 'Функция {0} не поддерживается.';
Strings.OfficeOM.L_RequestTimeout = 'Выполнение вызова заняло слишком много времени.';
Strings.OfficeOM.L_DocumentReadOnly = 'Запрошенная операция не допускается в текущем режиме документов.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Превышен предельный размер полезных данных запроса. Обратитесь к документации: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_ContinueButton = 'Продолжить';
Strings.OfficeOM.L_SettingsAreStale = 'Не удалось сохранить параметры, так как они устарели.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Значение индекса столбца находится вне допустимого диапазона. Используйте значение (0 или больше), которое меньше числа столбцов.';
Strings.OfficeOM.L_TooManyArguments = 'слишком много аргументов';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Операция записи не поддерживается для Office, когда открыто модальное диалоговое окно.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Ограничения браузера не позволили создать диалоговое окно. Домен диалогового окна и домен узла надстройки находятся в разных зонах безопасности.';
Strings.OfficeOM.L_InternalErrorDescription = 'Произошла внутренняя ошибка.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Тип OsfControl не поддерживается.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'Сбой операции, так как у этой надстройки активно диалоговое окно.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Имя функции должно содержать пространство имени и короткое имя (оба должны быть указаны).';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Выполняется настройка свойства "{0}", предназначенного только для чтения.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Метод или свойство {0} является частью набора требований {1}, который недоступен в вашей версии {2}.';
Strings.OfficeOM.L_IndexOutOfRange = 'Индекс находится вне диапазона.';
Strings.OfficeOM.L_PermissionDenied = 'Отказано в разрешении';
Strings.OfficeOM.L_ConfirmDialog =
  'Домен {0} в качестве Microsoft Office и может запускать Office надстройки, которые могут получать доступ к вашим персональным данным. Если вы доверяете домену для запуска от имени Office доступа к данным, нажмите кнопку "ОК", чтобы продолжить.';
Strings.OfficeOM.L_ShuttingDown = 'Не удалось выполнить операцию, так как данные на сервере устарели.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Недопустимые входные аргументы.';
Strings.OfficeOM.L_NoCapability = 'У вас недостаточно разрешений для выполнения этого действия.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Приложение {0} не существует. Microsoft.Office.WebExtension.Initialize(Reason) не вызывается.';
Strings.OfficeOM.L_DataWriteError = 'Ошибка записи данных';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Использование параметров координации с типом приведения "Таблица" не допускается, если таблица содержит объединенные ячейки.';
Strings.OfficeOM.L_CustomXmlError = 'Ошибка настраиваемого XML-документа.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Вызовите closeAsync для текущего файла перед извлечением другого.';
Strings.OfficeOM.L_InvalidGetColumns = 'Указанные столбцы недопустимы.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Не удалось удалить обработчик событий.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API-интерфейс не поддерживается этой платформой.';
Strings.OfficeOM.L_InvalidArgument =
  'Аргумент "{0}" не работает в данной ситуации, отсутствует или имеет неправильный формат.';
Strings.OfficeOM.L_SSOClientError = 'Произошла ошибка в запросе на проверку подлинности от Office.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Тип удостоверения пользователя не поддерживается.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Указанный идентификатор не существует.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Параметры безопасности браузера не позволили создать диалоговое окно. Используйте другой браузер или {0} так, чтобы домен "{1}" и домен, отображаемый в адресной строке браузера, находились в одной зоне безопасности.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Не удалось выполнить операцию задания, так заданный объект данных перезапишет или переместит данные.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Дождитесь завершения предыдущего вызова.';
Strings.OfficeOM.L_NamedItemNotFound = 'Именованный элемент не существует.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Указанный тип привязки несовместим с заданным именованным элементом.';
Strings.OfficeOM.L_ReadSettingsError = 'Ошибка чтения параметров';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Эта надстройка не поддерживает согласие пользователя.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Использование параметров координации с типом приведения "Таблица" не допускается, если таблица содержит объединенные ячейки.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'Из-за XPath можно выбрать не более 1024 элементов.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Указанная строка пуста.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Сбой запроса с кодом состояния {0}.';
Strings.OfficeOM.L_EventRegistrationError = 'Ошибка регистрации события';
Strings.OfficeOM.L_DataStale = 'Данные устарели';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Сбой операции, так как у этой надстройки активно модальное диалоговое окно.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Надстройка уже запрашивает маркер доступа.';
Strings.OfficeOM.L_MemoryLimit = 'Превышен лимит памяти';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Разрешить';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Данные устарели. Получите объект еще раз.';
Strings.OfficeOM.L_SettingsCannotSave = 'Не удалось сохранить параметры.';
Strings.OfficeOM.L_NotSupportedEventType = 'Указанный тип события {0} не поддерживается.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Необходимый тип обратного вызова — "Функция", но был тип {0}.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Выделение несмежных фрагментов не поддерживается.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Схема URL-адреса не поддерживается. Используйте протокол HTTPS.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Запрошенный набор данных слишком велик.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Указанный обработчик событий не найден для этой привязки.';
Strings.OfficeOM.L_OKButton = 'ОК';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Свойство с этим именем, представляющее определение функции, должно существовать для класса Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_CannotNavigateTo = 'Объект находится в расположении, где не поддерживается навигация.';
Strings.OfficeOM.L_InvalidBinding = 'Недопустимая привязка';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Значение находится вне допустимого диапазона.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Не удалось извлечь файл из-за ошибки сети.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Нажав "ОК", вы разрешите {0} доступ к вашему содержимому и личным сведениям. ';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Перечисление не поддерживается в текущем хост-приложении.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Значение результирующего объекта еще не загружено. Прежде чем считывать значение свойства, вызовите метод context.sync() в сопоставленном контексте запроса.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Вы не можете выполнить это действие для пути к объекту "{0}". Если вы используете объект в нескольких вызовах "context.sync" и за пределами последовательного выполнения пакета ".run", управляйте сроком жизни объекта с помощью методов "context.trackedObjects.add()" и "context.trackedObjects.remove()".';
Strings.OfficeOM.L_APICallFailed = 'Сбой вызова API';
Strings.OfficeOM.L_InvalidGrantMessage = 'Отсутствуют разрешения для этой надстройки.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Данные устарели';
Strings.OfficeOM.L_NetworkProblem = 'Ошибка сети';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Процедуру обратного вызова невозможно указать одновременно в списке аргументов и в необязательном объекте.';
Strings.OfficeOM.L_FormattingReminder = 'Напоминание о форматировании';
Strings.OfficeOM.L_InvalidDataObject = 'Недопустимый объект данных';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Заданный объект данных не соответствует размеру выделенного фрагмента.';
Strings.OfficeOM.L_APINotSupported = 'API не поддерживается';
Strings.OfficeOM.L_DisplayDialogError = 'Ошибка отображения диалогового окна';
Strings.OfficeOM.L_ShowWindowDialogNotification = 'Надстройке {0} необходимо открыть новое окно.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Один или несколько параметров формата имеют недопустимые значения. Проверьте параметры и повторите попытку.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Недопустимый вызов API в текущем контексте.';
Strings.OfficeOM.L_ActivityLimitReached = 'Количество действий достигло максимально допустимого.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'На сервере произошла непредвиденная ошибка.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API удостоверений не поддерживается для этой надстройки.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Указанный тип файлов не поддерживается.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Сбой запроса с кодом состояния {0}, кодом ошибки {1}, а также сообщением об ошибке: {2}';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Модуль не загружен перед получением маркера ';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Протокол HTTP не поддерживается. Используйте протокол HTTPS';
Strings.OfficeOM.L_SSOConnectionLostError = 'Соединение разорвано во время входа.';
Strings.OfficeOM.L_SelectionCannotBound = 'Не удается выполнить привязку к выделенному фрагменту.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Домен URL-адреса не включен в элемент AppDomains в манифесте и не является поддоменом исходного местоположения.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Свойство "{0}" не существует в объекте.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Соединение разорвано во время входа, и, возможно, пользователю не удалось войти. Вероятно, это связано с параметрами конфигурации браузера, такими как зоны безопасности.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Указано недопустимое значение параметра rowCount или columnCount.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Свойство "{0}" недоступно. Прежде чем прочесть его значение, вызовите метод загрузки для содержащего его объекта и вызовите "context.sync()" для контекста связанного запроса.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Не удается зарегистрировать обработчик событий.';
Strings.OfficeOM.L_OutOfRange = 'Значение вне диапазона';
Strings.OfficeOM.L_SettingNameNotExist = 'Указанное имя параметра не существует.';
Strings.OfficeOM.L_CancelButton = 'Отмена';
Strings.OfficeOM.L_NotTrustedWAC =
  'Эта надстройка отключена для обеспечения вашей безопасности. Чтобы продолжить использование надстройки, убедитесь, что этот элемент размещен в доверенном домене или откройте его в классическом приложении Office.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Пользователь отменил операцию.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'множество дополнительных объектов в списке параметров';
Strings.OfficeOM.L_BindingCreationError = 'Ошибка при создании привязки';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Браузер не поддерживает запрошенный API.';
Strings.OfficeOM.L_InvalidFormat = 'Ошибка недопустимого формата';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel находится в режиме правки ячейки. Выйдите из режима правки, нажав клавишу ВВОД или TAB или выбрав другую ячейку, а затем попробуйте еще раз.';
Strings.OfficeOM.L_DataReadError = 'Ошибка чтения данных';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Примечание: рекомендуемое количество ячеек в таблице — менее 20 000.';
Strings.OfficeOM.L_InvalidCoercion = 'Недопустимый тип приведения';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Операция не поддерживается для этого типа привязки.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Не удалось добавить обработчик событий.';
Strings.OfficeOM.L_MissingRequiredArguments = 'отсутствуют некоторые обязательные аргументы';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Указанный узел не найден.';
Strings.OfficeOM.L_SSOServerError = 'Произошла ошибка у поставщика проверки подлинности.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'В клиенте произошла непредвиденная ошибка.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Вы собираетесь отправлять и получать потенциально конфиденциальную информацию от {0}. Нажмите "ОК", только если вы доверяете следующему веб-сайту получать конфиденциальные сведения: {1}.';
Strings.OfficeOM.L_InvalidBindingError = 'Ошибка: недопустимая привязка';
Strings.OfficeOM.L_BadSelectorString =
  'Строка, передаваемая в область выделения, неправильно отформатирована или не поддерживается.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Свойство с этим именем для класса Excel.Script.CustomFunctions, представляющее определение функции, должно содержать свойство call, реализующее эту функцию.';
Strings.OfficeOM.L_InitializeNotReady =
  'Файл Office.js еще не загружен. Повторите попытку позже или добавьте код инициализации в функцию Office.initialize.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'В манифесте указан недопустимый URL-адрес ресурса.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Невозможно создать привязку для текущего выделенного фрагмента и указанного типа привязки.';
Strings.OfficeOM.L_InvalidParameters = 'У функции {0} недопустимые параметры.';
Strings.OfficeOM.L_InvalidSetColumns = 'Указанные столбцы недопустимы.';
Strings.OfficeOM.L_BindingNotExist = 'Указанная привязка не существует.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Найдено несколько объектов с одинаковыми именами.';
Strings.OfficeOM.L_NotImplemented = 'Функция {0} не реализована.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Истек срок действия сеанса Office или он недопустим. Чтобы продолжить, обновите страницу.';
Strings.OfficeOM.L_UserAborted = 'Пользователь прервал выполнение запроса на согласие.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Заданный объект данных не поддерживается.';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Не удалось выполнить операцию, так как родительское окно свернуто.';
Strings.OfficeOM.L_DialogNavigateError = 'Ошибка навигации диалогового окна';
Strings.OfficeOM.L_ElementMissing =
  'Не удалось отформатировать ячейку таблицы, так как отсутствуют некоторые значения параметров. Проверьте параметры и повторите попытку.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Указанные параметры конфликтуют.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Операция не выполнена, поскольку эта надстройка не поддерживает согласие пользователя в этой категории';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Указано недопустимое значение параметра startRow или startColumn.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Не удалось выполнить запрос API-интерфейса JavaScript из-за скрытой книги. Пожалуйста, отобразите книгу и повторите попытку.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Текущий выделенный фрагмент не поддерживается.';
Strings.OfficeOM.L_InvalidSetRows = 'Указанные строки недопустимы.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Указанный тип приведения несовместим с этим типом привязки.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Указанные столбцы недопустимы.';
Strings.OfficeOM.L_DialogOK = 'ОК';
Strings.OfficeOM.L_InvalidRequestContext = 'Вы не можете использовать объект в разных контекстах запросов.';
Strings.OfficeOM.L_UserNotSignedIn = 'Никто из пользователей не вошел в Office.';
Strings.OfficeOM.L_InvalidNode = 'Недопустимый узел';
Strings.OfficeOM.L_SettingsStaleError = 'Ошибка из-за устаревших параметров';
Strings.OfficeOM.L_RequestTokenUnavailable = 'API отрегулирован для снижения частоты вызовов.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Игнорировать';
Strings.OfficeOM.L_InvalidDataFormat = 'Формат указанного объекта данных недопустим.';
Strings.OfficeOM.L_InvalidGetRows = 'Указанные строки недопустимы.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Недопустимая операция привязки';
Strings.OfficeOM.L_SaveSettingsError = 'Ошибка сохранения параметров';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Чтобы продолжить, удалите надстройку и добавьте ее повторно или обновите страницу.';
Strings.OfficeOM.L_InvalidGrant = 'Отсутствует предварительная авторизация.';
Strings.OfficeOM.L_NavOutOfBound =
  'Операция завершилась с ошибкой, так как индекс находится вне допустимого диапазона.';
