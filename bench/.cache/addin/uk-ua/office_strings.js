Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Не вдалося виконати операцію, оскільки батьківське вікно згорнуто.';
Strings.OfficeOM.L_InvalidAPICall = 'Неприпустимий виклик API';
Strings.OfficeOM.L_ContinueButton = 'Продовжити';
Strings.OfficeOM.L_FileTypeNotSupported = 'Указаний тип файлу не підтримується.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Принаймні один параметр клітинок має неприпустиме значення. Перевірте значення і спробуйте ще раз.';
Strings.OfficeOM.L_ReadSettingsError = 'Помилка читання настройок';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API не підтримується в цій платформі.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Не вдалося записати до поточного виділення.';
Strings.OfficeOM.L_TooManyArguments = 'забагато аргументів';
Strings.OfficeOM.L_SSOClientError = 'Сталася помилка під час виконання запиту автентифікації з Office.';
Strings.OfficeOM.L_InvalidRequestContext = 'Не можна використовувати цей об’єкт у різних контекстах запитів.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Не вдалося виконати запит. Код стану: {0}; код помилки: {1}; повідомлення про помилку: {2}. ';
Strings.OfficeOM.L_DataStale = 'Дані застаріли';
Strings.OfficeOM.L_NotTrustedWAC =
  'Цю надбудову вимкнуто з міркувань безпеки. Щоб продовжити використовувати надбудову, переконайтеся, що цей елемент розміщено в надійному домені або відкрийте його в класичній програмі Office.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js ще не повністю завантажено. Повторіть спробу пізніше або переконайтеся, що ви додали код ініціалізації до функції Office.initialize.';
Strings.OfficeOM.L_CancelButton = 'Скасувати';
Strings.OfficeOM.L_UserAborted = 'Користувач перервав запит на згоду.';
Strings.OfficeOM.L_SaveSettingsError = 'Помилка збереження настройок';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'В Excel зараз відкрито режим редагування клітинок. Закрийте цей режим, натиснувши клавішу Enter або Tab чи вибравши іншу клітинку, а потім спробуйте ще раз.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Властивість із таким іменем, яка представляє визначення функції, має існувати в Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Надбудова вже запитує маркер доступу.';
Strings.OfficeOM.L_RequestTimeout = 'Виклик тривав занадто довго, тому не вдалося його виконати.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Указаний тип приведення не підтримується.';
Strings.OfficeOM.L_MissingParameter = 'Відсутній параметр';
Strings.OfficeOM.L_SettingsStaleError = 'Помилка застарілих настройок';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Цей браузер не підтримує запитаний API.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'На жаль, не вдається продовжити.';
Strings.OfficeOM.L_NavOutOfBound = 'Не вдалося виконати операцію, оскільки індекс поза межами діапазону.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Коли діалогове вікно відкрите, функція записування для Office не підтримується.';
Strings.OfficeOM.L_InvalidSetColumns = 'Указані стовпці неприпустимі.';
Strings.OfficeOM.L_Timeout = 'Час очікування операції завершився.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Програма {0} не існує. Не вдалося викликати службу Microsoft.Office.WebExtension.initialize(reason).';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Поточне виділення несумісне з указаним типом приведення.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Операція не підтримується цим типом зв’язування.';
Strings.OfficeOM.L_NotSupported = 'Функція {0} не підтримується.';
Strings.OfficeOM.L_EventRegistrationError = 'Помилка реєстрації події';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Сеанс неприпустимий, або час його очікування завершився';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Указаний рядок порожній.';
Strings.OfficeOM.L_InternalErrorDescription = 'Сталася внутрішня помилка.';
Strings.OfficeOM.L_InvalidDataObject = 'Неприпустимий об’єкт даних';
Strings.OfficeOM.L_InvalidObjectPath =
  'Шлях до об’єкта "{0}" не підходить для дії, яку ви намагаєтесь виконати. Якщо ви використовуєте цей об’єкт у кількох викликах "context.sync" за межами послідовного виконання пакета ".run", скористайтеся функціями "context.trackedObjects.add()" і "context.trackedObjects.remove()", щоб керувати часом життя об’єкта.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Указаний об’єкт даних завеликий.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Натискаючи кнопку "OK", ви дозволите домену {0} доступ до вашого вмісту та персональних даних. ';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Ім’я функції має містити непустий простір імен і непусте коротке ім’я.';
Strings.OfficeOM.L_InvalidFormat = 'Помилка неприпустимого формату';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Перевищено обмеження розміру для вмісту пакета відповіді. Див. документацію: «https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins».';
Strings.OfficeOM.L_NotSupportedBindingType = 'Указаний тип зв’язування {0} не підтримується.';
Strings.OfficeOM.L_InvalidGetRows = 'Указані рядки неприпустимі.';
Strings.OfficeOM.L_PermissionDenied = 'Відмовлено в дозволі';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Дані застаріли';
Strings.OfficeOM.L_UnknownBindingType = 'Тип зв’язування не підтримується.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Запитаний набір даних завеликий.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Указаний тип зв’язування несумісний із наданим іменованим елементом.';
Strings.OfficeOM.L_DataReadError = 'Помилка читання даних';
Strings.OfficeOM.L_CustomXmlError = 'Помилка настроюваного XML.';
Strings.OfficeOM.L_InvalidBindingError = 'Помилка неприпустимого зв’язування';
Strings.OfficeOM.L_GetDataParametersConflict = 'Указані параметри конфліктують.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_DialogRequireHTTPS =
  'Протокол HTTP не підтримується. Замість нього слід використовувати HTTPS.';
Strings.OfficeOM.L_ActivityLimitReached = 'Досягнуто обмеження на кількість дій.';
Strings.OfficeOM.L_NotImplemented = 'Функцію {0} не виконано.';
Strings.OfficeOM.L_ElementMissing =
  'Не вдалося відформатувати клітинку таблиці, оскільки відсутні деякі значення параметрів. Перевірте параметри та спробуйте ще раз.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Передані функції документи відсутні, не підходять для цієї ситуації або мають неправильний формат.';
Strings.OfficeOM.L_HostError = 'Помилка хоста';
Strings.OfficeOM.L_NetworkProblem = 'Проблема мережі';
Strings.OfficeOM.L_DataWriteError = 'Помилка записування даних';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Значення перебуває за межами припустимого діапазону.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Перевищено обмеження розміру для вмісту пакета запита. Див. документацію: «https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins».';
Strings.OfficeOM.L_InvalidArgument =
  'Аргумент "{0}" відсутній, має неправильний формат, або його не можна використовувати в цій ситуації.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Тип указаного об’єкта даних несумісний із поточним виділенням.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Для цієї надбудови не надано дозволи.';
Strings.OfficeOM.L_NotSupportedEventType = 'Указаний тип події {0} не підтримується.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Неприпустима операція зв’язування';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Метод або властивість "{0}" належать до набору вимог {1}, недоступного у вашій версії {2}.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Тип OsfControl не підтримується.';
Strings.OfficeOM.L_CannotNavigateTo = 'Об’єкт розташовано там, де не підтримується навігація.';
Strings.OfficeOM.L_APINotSupported = 'API не підтримується';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Домен URL-адреси не включено до елемента "AppDomains" у маніфесті, і не є дочірнього домену вихідного розташування.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Властивість із таким іменем в Excel.Script.CustomFunctions, яка представляє визначення функції, має містити властивість "call", що впроваджує функцію.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Указаний об’єкт даних несумісний із типом зв’язування.';
Strings.OfficeOM.L_ShowWindowDialogNotification = 'Надбудові {0} потрібно відкрити нове вікно.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Властивість "{0}" недоступна. Перш ніж прочитати значення властивості, викличте метод завантаження (load) для об’єкта, що її містить, і викличте функцію "context.sync()" для контексту пов’язаного запиту.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'У маніфесті вказано неприпустиму URL-адресу ресурсу.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Інтерфейс API ідентичності не підтримується для цієї надбудови.';
Strings.OfficeOM.L_InvalidGetColumns = 'Указані стовпці неприпустимі.';
Strings.OfficeOM.L_DisplayDialogError = 'Помилка відображення діалогового вікна';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Виконайте команду closeAsync для поточного файлу, перш ніж отримати наступний.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Властивості "{0}" немає в об’єкті.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Вибраний вміст має бути у форматі таблиці. Відформатуйте дані як таблицю та повторіть спробу.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Пропустити';
Strings.OfficeOM.L_APICallFailed = 'Не вдалося здійснити виклик API';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Функція для отримання контексту аутентифікації відсутня';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Непідтримуване перелічення';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Модуль не завантажено до отримання маркера ';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Не вдалося виконати операцію встановлення, тому що наданий об’єкт даних перезапише або зсуне дані.';
Strings.OfficeOM.L_InValidOptionalArgument = 'неприпустимий необов’язковий аргумент';
Strings.OfficeOM.L_NoHttpsWAC =
  'У цьому сеансі Office не використовується захищене підключення. Радимо вжити додаткові засоби безпеки.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Сталася неочікувана помилка в клієнті.';
Strings.OfficeOM.L_DialogNavigateError = 'Помилка переходу діалогового вікна';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Принаймні один параметр tableOptions має неприпустиме значення. Перевірте значення і спробуйте ще раз.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Указані значення startRow або startColumn неприпустимі.';
Strings.OfficeOM.L_DocumentReadOnly =
  'Операція, на яку створено запит, заборонена для поточного режиму документа.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Наданий об’єкт даних не відповідає розміру поточного виділення.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Указано неприпустиму URL-адресу ресурсу програми.';
Strings.OfficeOM.L_ShuttingDown = 'Не вдалося виконати операцію, тому що дані на сервері застаріли.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Ця надбудова не підтримує згоду користувача.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Ці дані застарілі. Отримайте об’єкт ще раз.';
Strings.OfficeOM.L_BindingNotExist = 'Указане зв’язування не існує.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Поточне виділення не підтримується.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Зворотній виклик має бути функцією, а не {0}.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Не вдалося знайти вказаний вузол.';
Strings.OfficeOM.L_InternalError = 'Внутрішня помилка';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Неприпустимі вхідні аргументи.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Зробіть вибір.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Не вдалося створити діалогове вікно через обмеження браузера. Домен діалогового вікна та домен хоста надбудови перебувають у різних зонах безпеки.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Наданий об’єкт даних несумісний із фігурою або розмірами поточного виділення.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Указаний ідентифікатор не існує.';
Strings.OfficeOM.L_InvalidCoercion = 'Неприпустимий тип приведення';
Strings.OfficeOM.L_InvalidBinding = 'Неприпустиме зв’язування';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Неможливо створити зв’язування з поточним виділенням і вказаним типом.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Указаний розмір роздільника не підтримується.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Примітка: рекомендована кількість наборів форматування, створених за допомогою виклику API форматування, – не більше 100.';
Strings.OfficeOM.L_BadSelectorString =
  'Переданий у селектор рядок має неприпустимий формат або не підтримується.';
Strings.OfficeOM.L_InvalidNode = 'Неприпустимий вузол';
Strings.OfficeOM.L_InvalidDataFormat = 'Неприпустимий формат указаного об’єкта даних.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Дочекайтеся завершення попереднього виклику.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Примітка: рекомендована кількість клітинок у таблиці – менше 20 000.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Не вдалося виконати операцію, тому що ця надбудова не підтримує згоду користувача в цій категорії';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Не вдалося виконати запит інтерфейсу API JavaScript, тому що книгу приховано. Зробіть книгу видимою та спробуйте ще раз.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Указані значення startRow або startColumn неприпустимі.';
Strings.OfficeOM.L_MissingRequiredArguments = 'відсутні кілька обов’язкових аргументів';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Не вдалося виконати запит. Код стану: {0}.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'у списку параметрів кілька необов’язкових об’єктів';
Strings.OfficeOM.L_EventHandlerNotExist = 'Указаний обробник подій не знайдено у цьому зв’язуванні.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Зачекайте…';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'Параметр XPath дозволяє вибрати до 1024 елементів.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Значення результуючого об’єкта ще на завантажено. Перш ніж прочитати властивість значення, викличте функцію "context.sync()" для контексту пов’язаного вмісту.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Не вдалося створити діалогове вікно через параметри безпеки вашого браузера. Скористайтесь іншим браузером, або {0} так, щоб домен "{1}" і домен, який відображається в адресному рядку, перебували в одній зоні безпеки.';
Strings.OfficeOM.L_OutOfRange = 'За межами діапазону';
Strings.OfficeOM.L_UserClickIgnore = 'Користувач вирішив пропустити діалогове вікно.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Знайдено кілька об’єктів з однаковим іменем.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'налаштуйте свій браузер';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Параметри координати не підлягають використанню з таблицею типу приведення, коли вона містить злиті клітинки.';
Strings.OfficeOM.L_NamedItemNotFound = 'Іменований елемент не існує.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Термін дії вашого сеансу Office минув, або він неприпустимий. Щоб продовжити, оновіть сторінку.';
Strings.OfficeOM.L_FormattingReminder = 'Нагадування про форматування';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Під час входу в систему втрачено підключення. Можливо, вхід для користувача не виконано. Причина може бути в параметрах браузера користувача, наприклад у зонах безпеки.';
Strings.OfficeOM.L_ConfirmDialog =
  'Доменний {0} діє як Microsoft Office і може запускати Office надбудови, які матимуть доступ до ваших персональних даних. Якщо ви довіряєте домену працювати як Office та отримувати доступ до своїх даних, натисніть кнопку "ОК", щоб продовжити.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Ви збираєтеся надіслати та отримати потенційно конфіденційну інформацію від {0}. Натисніть кнопку "OK", лише якщо ви довіряєте наведеному далі веб-сайту, який отримує конфіденційну інформацію: {1}.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Указаний тип приведення несумісний з указаним типом зв’язування.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Параметри координати не підлягають використанню з таблицею типу приведення, коли вона містить злиті клітинки.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Наданий тип об’єкта даних не підтримується.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Не вдалося виконати операцію, тому що для цієї надбудови активовано діалогове вікно.';
Strings.OfficeOM.L_FunctionCallFailed = 'Не вдалося викликати функцію {0}. Код помилки: {1}.';
Strings.OfficeOM.L_UserNotSignedIn = 'Ніхто з користувачів не ввійшов у службу Office.';
Strings.OfficeOM.L_OperationNotSupported = 'Операція не підтримується.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Пакетна функція, передана методу ".run", не повернула зобов’язання. Ця функція має повернути зобов’язання, щоб усі автоматично відстежувані об’єкти можна було вивільнити в момент завершення обробки пакета. Зазвичай зобов’язання – це відповідь, яку повернула функція "context.sync()".';
Strings.OfficeOM.L_SettingsAreStale = 'Не вдалося зберегти настройки, тому що вони застаріли.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Щоб продовжити, видаліть надбудову та додайте її ще раз або оновіть сторінку.';
Strings.OfficeOM.L_OperationCancelledError = 'Операцію скасовано';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Указані значення rowCount або columnCount неприпустимі.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Цей API настроєно, щоб знизити частоту викликів.';
Strings.OfficeOM.L_InvalidSetRows = 'Указані рядки неприпустимі.';
Strings.OfficeOM.L_SelectionCannotBound = 'Не вдалося зв’язати з поточним виділенням.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Значення індексу рядка перебуває за межами припустимого діапазону. Укажіть значення (0 або більше), менше кількості рядків.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Не вдалося виконати операцію, оскільки ця надбудова вже має активне модальне діалогове вікно.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Дозволити';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Не вдалося додати обробник подій.';
Strings.OfficeOM.L_DataWriteReminder = 'Нагадування про записування даних';
Strings.OfficeOM.L_NoCapability = 'У вас недостатньо дозволів для виконання цієї дії.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Значення індексу стовпця перебуває за межами припустимого діапазону. Укажіть значення (0 або більше), менше кількості стовпців.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Не вдалося зареєструвати обробник подій.';
Strings.OfficeOM.L_SettingNameNotExist = 'Указана назва параметра не існує.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'у списку параметрів кілька необов’язкових функцій';
Strings.OfficeOM.L_MemoryLimit = 'Перевищено обмеження пам’яті';
Strings.OfficeOM.L_DialogInvalidScheme =
  'Ця URL-схема не підтримується. Замість неї слід використовувати HTTPS.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Не можна застосувати зміни властивості "{0}" за допомогою методу "object.set".';
Strings.OfficeOM.L_InvalidGrant = 'Відсутні попередні відомості авторизації.';
Strings.OfficeOM.L_SettingsCannotSave = 'Не вдалося зберегти настройки.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Ім’я функції може містити лише літери, цифри, підкреслення та крапки.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Не вдалося виконати операцію, оскільки документ із цією надбудовою неактивний.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Указані стовпці неприпустимі.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Вибрано максимальну кількість елементів';
Strings.OfficeOM.L_InvalidFormatValue =
  'Принаймні один параметр формату має неприпустиме значення. Перевірте значення і спробуйте ще раз.';
Strings.OfficeOM.L_UserAbortedMessage = 'Користувач не погодився з дозволами надбудови.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Користувач скасував цю операцію.';
Strings.OfficeOM.L_InvalidParameters = 'Функція {0} має неприпустимі параметри.';
Strings.OfficeOM.L_InvalidValue = 'Неприпустиме значення';
Strings.OfficeOM.L_IndexOutOfRange = 'Індекс перебуває за межами діапазону.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Указані параметри конфліктують.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Не вдалося виконати цю операцію, тому що ця надбудова вже запитує маркер доступу.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Переривчасті виділення не підтримуються.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Зворотній виклик не можна вказати одночасно у списку аргументів і як додатковий об’єкт.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Перелічення не підтримується в поточній хост-програмі.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Тип ідентичності користувача не підтримується.';
Strings.OfficeOM.L_SSOServerError = 'Сталася помилка постачальника автентифікації.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Неприпустимий виклик API для поточного контексту.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Сталася неочікувана помилка на сервері.';
Strings.OfficeOM.L_BindingCreationError = 'Помилка створення зв’язування';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Триває спроба налаштувати доступну тільки для читання властивість "{0}".';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Не вдалося видалити обробник подій.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Не вдалось отримати файл через помилку мережі.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Під час входу в систему втрачено підключення.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Тип ідентичності користувача не підтримується.';
Strings.OfficeOM.L_AppNameNotExist = 'Назва надбудови для {0} не існує.';
