Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'عملیات انجام نشد، زیرا این افزونه پیش از این درخواست، رمز دسترسی داشته است.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'محدودیت‌های مرورگر مانع از ایجاد کادر گفتگو می‌شود. دامنه کادر گفتگو و دامنه میزبان افزونه در یک منطقه امنیتی مشابه نیستند.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'این API کنترل شده است تا فرکانس تماس پایین بیاید.';
Strings.OfficeOM.L_InvalidArgument =
  'آرگومان «{0}» در این حالت کار نمی‌کند، موجود نیست یا قالب آن مناسب نیست.';
Strings.OfficeOM.L_InvalidGetColumns = 'ستون های معین شده نامعتبر هستند.';
Strings.OfficeOM.L_ValueNotLoaded =
  'مقدار شئ نتیجه هنوز بارگیری نشده است. قبل از خواندن ویژگی مقدار، با «context.sync()» در زمینه درخواست مرتبط تماس بگیرید.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'آدرس اینترنتی منبع نامعتبر در مانیفست مشخص شد.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'بازگشت تماس را نمی توان در لیست آرگومان و نیز در شیء اختیاری مشخص کرد.';
Strings.OfficeOM.L_DataReadError = 'خطای خواندن داده';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'عملیات توسط کاربر لغو شد.';
Strings.OfficeOM.L_UnsupportedDataObject = 'نوع شیء داده معین شده پشتیبانی نمیشود.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'عملیات تنظیم شده ناموفق بود زیرا شیء داده تأمین شده جانویسی می شود و یا داده را تغییر می دهد.';
Strings.OfficeOM.L_NamedItemNotFound = 'مورد معین شده وجود ندارد.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath، انتخاب را به ۱۰۲۴ مورد محدود می‌کند.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'اندازه قسمت معین شده پشتیبانی نمیشود.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'با عرض پوزش، نمی‌توانیم ادامه دهیم.';
Strings.OfficeOM.L_BindingCreationError = 'خطای ایجاد پیوند اجزا';
Strings.OfficeOM.L_ContinueButton = 'ادامه';
Strings.OfficeOM.L_ElementMissing =
  'ما نتوانستیم سلول جدول را قالب بندی کنیم زیرا بعضی از مقادیر پارامتری موجود نیستند. لطفاً پارامترها را بررسی کرده و دوباره امتحان کنید.';
Strings.OfficeOM.L_InvalidGetRows = 'ردیف های معین شده نامعتبر هستند.';
Strings.OfficeOM.L_RequestTimeout = 'اجرای تماس بیش از اندازه طول کشید.';
Strings.OfficeOM.L_SelectionCannotBound = 'پیوست به موارد انتخابی ممکن نیست.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'نوع هویت کاربر پشتیبانی نمی‌شود.';
Strings.OfficeOM.L_Timeout = 'مدت عملیات به پایان رسیده است.';
Strings.OfficeOM.L_InvalidFormatValue =
  'یک یا چند پارامتر قالب دارای مقادیری هستند که مجاز نمی‌باشد. این مقادیر را بررسی کرده و دوباره امتحان کنید.';
Strings.OfficeOM.L_OperationCancelledError = 'عملیات لغو شد';
Strings.OfficeOM.L_DataWriteError = 'خطای نوشتن داده';
Strings.OfficeOM.L_BindingNotExist = 'پیوستگی معین شده وجود ندارد.';
Strings.OfficeOM.L_InvalidBindingOperation = 'عملیات پیوستگی نامعتبر';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'مقدار فهرست ردیف خارج از محدوده مجاز است. از مقداری (0 یا بیشتر) استفاده کنید که کمتر از تعداد ردیف ها باشد.';
Strings.OfficeOM.L_OutOfRange = 'خارج از محدوده';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'به حد مجاز انتخاب رسیدید';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'یک لحظه ...';
Strings.OfficeOM.L_NotImplemented = 'کارکرد {0} اجرا نمی‌شود.';
Strings.OfficeOM.L_DataStale = 'داد به روز نیست';
Strings.OfficeOM.L_AppNameNotExist = 'نام افزونه برای {0} موجود نیست.';
Strings.OfficeOM.L_CancelButton = 'لغو';
Strings.OfficeOM.L_InvalidNode = 'گره نامعتبر';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'شیء داده تأمینی با اندازه مورد انتخابی فعلی مطابقت ندارد.';
Strings.OfficeOM.L_SSOServerError = 'خطا در ارائه دهنده تأیید اعتبار روی داد.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'نمی توان از پارامترهای مختصات برای جدول تبدیل خودکار، هنگامی که جدول حاوی سلول‌های ادغام شده است، استفاده کرد.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'نوع OsfControl پشتیبانی نمی‌شود.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'شمارش پشتیبانی نشده';
Strings.OfficeOM.L_InternalErrorDescription = 'خطایی داخلی رخ داد.';
Strings.OfficeOM.L_DialogInvalidScheme =
  'طرح نشانی اینترنتی پشتیبانی نمی‌شود. به جای آن، از HTTPS استفاده کنید.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'تلاش برای تنظیم ویژگی فقط خواندنی «{0}».';
Strings.OfficeOM.L_InvalidApiCallInContext = 'تماس API در زمینه فعلی نامعتبر است.';
Strings.OfficeOM.L_FileTypeNotSupported = 'نوع فایل معین شده پشتیبانی نمیشود.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'محتوای انتخابی باید در قالب جدول باشد. داده را به صورت جدول قالب‌بندی کرده و دوباره امتحان کنید.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'دامنه URL در عنصر AppDomains در مانیفست گنجانده نشده است، و دامنه فرعی مکان مبدأ نیست.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'شما در آستانه ارسال و دریافت اطلاعات بالقوه حساسی از طرف {0} هستید. فقط در صورتی که به این وب سایت که اطلاعات حساس {1} را دریافت می‌کند، اعتماد دارید «تأیید» را کلیک کنید.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'این افزونه از موافقت کاربر پشتیبانی نمی‌کند.';
Strings.OfficeOM.L_InvalidParameters = 'کارکرد {0} دارای پارامیترهای نامعتبر است.';
Strings.OfficeOM.L_DocumentIsInactive = 'عملیات انجام نشد زیرا سند حاوی این افزونه غیرفعال است.';
Strings.OfficeOM.L_SetDataParametersConflict = 'پارامترهای معین شده با هم در تناقض هستند.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'پروتکل HTTP پشتیبانی نمی‌شود. به جای آن، از HTTPS استفاده کنید.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'نمی توان از پارامترهای مختصات برای جدول تبدیل خودکار، هنگامی که جدول حاوی سلول‌های ادغام شده است، استفاده کرد.';
Strings.OfficeOM.L_NotTrustedWAC =
  'این افزونه غیرفعال شده است تا به حفظ امنیت شما کمک کند. برای ادامه استفاده از این افزونه، تأیید کنید که این مورد در دامنه‌ای مورد اعتمادی میزبانی می‌شود یا آن را در برنامه Office رایانه باز کنید.';
Strings.OfficeOM.L_ShuttingDown = 'عملیات ناموفق بود زیرا داده ها در سرور به روز نیستند.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'جلسه Office شما منقضی شده است یا نامعتبر است. برای ادامه، صفحه را تازه‌سازی کنید.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'تنظیمات امنیتی در مرورگر شما مانع از ایجاد کادر گفتگوی می‌شود. یک مرورگر دیگر را امتحان کنید یا {0}، بنابراین، «{1}» و دامنه نشان داده شده در نوار آدرس شما در منطقه امنیتی مشابهی هستند.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'انتخاب های کنارهم پشتیبانی نمی شود.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'افزونه قبلاً رمز دسترسی را درخواست کرده است.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'با کلیک روی تأیید، به {0} اجازه می‌دهید به اطلاعات شخصی و محتوای شما دسترسی داشته باشد. ';
Strings.OfficeOM.L_InvalidSetColumns = 'ستون های معین شده نامعتبر هستند.';
Strings.OfficeOM.L_CannotRegisterEvent = 'در دست دارنده رویداد را نمی‌توان ثبت کرد.';
Strings.OfficeOM.L_InvalidAPICall = 'تماس API نامعتبر';
Strings.OfficeOM.L_SaveSettingsError = 'خطای تنظیمات ذخیره';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'با موارد انتخابی فعلی و نوع پیوستگی معین شده نمی توان پیوستگی ایجاد کرد.';
Strings.OfficeOM.L_TooManyArguments = 'تعداد بیش از اندازه آرگومان';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'داده‌ها به‌روز نیستند';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'نوع شیء داده معین شده با مورد انتخابی فعلی سازگار نیست.';
Strings.OfficeOM.L_NetworkProblem = 'مشکل شبکه';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'استدلال(ها) که وارد تابع شدند، برای این موقعیت کارآمد نیستند، وجود ندارند یا در قالب درست نیستند.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'مقدار فهرست ستون خارج از محدوده مجاز است. از مقداری (0 یا بیشتر) استفاده کنید که کمتر از تعداد ستون ها باشد.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'قبل از بازیابی فایلی دیگر در مورد فایل فعلی با closeAsync تماس بگیرید.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'عملیات ناموفق بود زیرا افزونه از قبل پنجره فعال دارد.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'عملیات انجام نشد زیرا این افزونه از قبل کادر محاوره‌ای شرطی فعال دارد.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'تابع دریافت بافتار تأیید اعتبار موجود نیست';
Strings.OfficeOM.L_ImplicitNotLoaded = 'پودمان قبل از به دست آوردن رمز بارگیری نشد';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'حذف اداره کننده رویداد ناموفق بود.';
Strings.OfficeOM.L_SettingsStaleError = 'خطای نقص تنظیمات';
Strings.OfficeOM.L_MemoryLimit = 'از حد مجاز حافظه فراتر رفتید';
Strings.OfficeOM.L_CannotNavigateTo = 'این شیء در مکانی قرار دارد که راه یابی آن پشتیبانی نمیشود.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'چندین شیء اختیاری در لیست پارامترها وجود دارد';
Strings.OfficeOM.L_DialogOK = 'تأیید';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'نوع پیوستگی معین شده با مورد معین شده تأمینی سازگار نیست.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'این مرورگر از API درخواستی پشتیبانی نمی کند.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'استدلال‌های ورودی نامعتبر.';
Strings.OfficeOM.L_MissingRequiredArguments = 'بعضی از آرگومان های لازم موجود نیستند';
Strings.OfficeOM.L_DialogParentIsMinimized = 'این عملیات انجام نشد زیرا پنجره والد کوچک شده است.';
Strings.OfficeOM.L_CallbackNotAFunction = 'بازگشت تماس باید از نوع کارکردی باشد، از نوع {0} بود.';
Strings.OfficeOM.L_DocumentReadOnly = 'عملیات درخواستی در حالت فعلی سند مجاز نیست.';
Strings.OfficeOM.L_UserClickIgnore = 'کاربر پنجره را نادیده گرفت.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'نام تابع باید شامل فضای نام غیر خالی و نام کوتاه غیر خالی باشد.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'نادیده گرفتن';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'روش یا حق مالکیت {0} بخشی از پیش‌نیاز {1} تعیین شده است که در نسخه {2} شما موجود نیست.';
Strings.OfficeOM.L_ReadSettingsError = 'خطای تنظیمات خواندن';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'خطای شبکه مانع بازیابی فایل شده است.';
Strings.OfficeOM.L_GetDataParametersConflict = 'پارامترهای معین شده با هم در تناقض هستند.';
Strings.OfficeOM.L_InvalidResourceUrl = 'آدرس اینترنتی منبع برنامه نامعتبر ارائه شد.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'هنگام باز بودن یک کادر محاوره وجهی، عملیات نوشتن برای Office پشتیبانی نمی‌شود.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'شیء داده معین شده با این نوع پیوستگی سازگار نیست.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'مقدارهای rowCount یا columnCount معین شده نامعتبر هستند.';
Strings.OfficeOM.L_SettingsCannotSave = 'تنظیمات ذخیره نمی شود.';
Strings.OfficeOM.L_PermissionDenied = 'مجوز رد شد';
Strings.OfficeOM.L_FunctionCallFailed = 'کارکرد تماس {0} ناموفق بود، کد خطا: {1}.';
Strings.OfficeOM.L_InvalidCoercion = 'نوع تبدیل داده نامعتبر';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'درخواست با کد وضعیت {0} انجام نشد.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'شناسه معین شده وجود ندارد.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'نوع تبدیل داده معین شده پشتیبانی نمیشود.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'یک خطای غیرمنتظره در سرور روی داد.';
Strings.OfficeOM.L_InvalidGrant = 'تأیید اعتبار قبلی وجود ندارد.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API هویت برای این افزونه پشتیبانی نمی‌شود.';
Strings.OfficeOM.L_OperationNotSupported = 'این عملیات پشتیبانی نمیشود.';
Strings.OfficeOM.L_EventHandlerNotExist = 'اداره کننده رویداد معین شده برای این پیوستگی یافت شند.';
Strings.OfficeOM.L_SSOClientError = 'خطا در درخواست تأیید اعتبار از Office رخ داد.';
Strings.OfficeOM.L_SSOConnectionLostError = 'یک اتصال طی فرآیند ورود به سیستم از دست رفت.';
Strings.OfficeOM.L_NotSupportedEventType = 'نوع رویداد معین شده {0} پشتیبانی نمیشود.';
Strings.OfficeOM.L_UserAbortedMessage = 'کاربر برای مجوزهای افزونه اعلام رضایت نکرد.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'مقدارهای startRow یا startColumn معین شده نامعتبر هستند.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'عملیات بر روی این نوع پیوستگی پشتیب��نی نمی‌شود.';
Strings.OfficeOM.L_SettingsAreStale = 'تنظیمات قابل ذخیره نیستند زیرا به روز نمی‌باشند.';
Strings.OfficeOM.L_NoHttpsWAC =
  'این جلسه Office از اتصال امن استفاده نمی‌کند. توصیه می‌کنیم که اقدامات احتیاطی بیشتری انجام دهید.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'جلسه نامعتبر یا به پایان رسیده';
Strings.OfficeOM.L_FormatValueOutOfRange = 'این مقدار خارج از محدوده مجاز است.';
Strings.OfficeOM.L_NotSupportedBindingType = 'نوع پیوستگی معین شده {0} پشتیبانی نمیشود.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'گره معین شده یافت نشد.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'اندازه بار پاسخ‌ها از حد مجاز فراتر رفته است. لطفاً به مستندات مراجعه کنید: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_UserAborted = 'کاربر درخواست رضایت را لغو کرده است.';
Strings.OfficeOM.L_EventRegistrationError = 'خطای ثبت رویداد';
Strings.OfficeOM.L_RunMustReturnPromise =
  'عملکرد انبوه ارائه شده به متد «.run» جواب حتمی ارائه نداد. تابع باید حتماً جواب حتمی ارائه کند تا اشیای ردیابی‌شده به طور خودکار در هنگام تکمیل عملکرد انبوه آزاد شوند. معمولاً جواب حتمی با پاسخ از «context.sync()» برگردانده می‌شود.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'ویژگی «{0}» در شئ وجود ندارد.';
Strings.OfficeOM.L_DataNotMatchSelection = 'شیء داده تأمینی با شکل و ابعاد مورد انتخابی فعلی مطابقت ندارد.';
Strings.OfficeOM.L_CannotWriteToSelection = 'نوشتن در موارد انتخابی ممکن نیست.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'برای ادامه، افزونه را حذف و دوباره آن را اضافه کنید، یا صفحه را تازه‌سازی کنید.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'نوع هویت کاربر پشتیبانی نمی‌شود.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'مورد انتخابی فعلی با نوع تبدیل داده معین شده سازگار نیست.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'توجه: پیشنهاد می شود مجموعه های قالب بندي تعیین شده توسط تماس قالب بندي API زیر 100 باشند.';
Strings.OfficeOM.L_BadSelectorString =
  'رشته وارد شده به انتخابگر به درستی قالب بندی نشده است یا پشتیبانی نمی شود.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'یک خطای غیر منتظره در مشتری روی داد.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'یک یا چند پارامتر tableOptions دارای مقادیری هستند که مجاز نمی‌باشد. این مقادیر را بررسی کرده و دوباره امتحان کنید.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'منتظر بمانید تا تماس قبلی کامل شود.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'مقدارهای startRow یا startColumn معین شده نامعتبر هستند.';
Strings.OfficeOM.L_ActivityLimitReached = 'محدویت فعالیت فرا رسید.';
Strings.OfficeOM.L_NoCapability = 'شما مجوزهای لازم برای این اقدام را ندارید.';
Strings.OfficeOM.L_InternalError = 'خطای داخلی';
Strings.OfficeOM.L_MultipleNamedItemFound = 'چندین شیء با نام یکسان یافت شدند.';
Strings.OfficeOM.L_InvalidCellsValue =
  'یک یا چند پارامتر سلول‌ها دارای مقادیری هستند که مجاز نمی‌باشد. این مقادیر را بررسی کرده و دوباره امتحان کنید.';
Strings.OfficeOM.L_OKButton = 'تأیید';
Strings.OfficeOM.L_GetDataIsTooLarge = 'مجموعه داده درخواستی بیش از اندازه بزرگ است.';
Strings.OfficeOM.L_InvalidRequestContext = 'شئ در بین موضوع‌های درخواست مختلف استفاده نمی‌شود.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'مشخصه‌ای با این نام که نشان‌دهنده تعریف تابع است باید در Excel.Script.CustomFunctions موجود باشد.';
Strings.OfficeOM.L_InvalidDataObject = 'شیء داده نامعتبر';
Strings.OfficeOM.L_InvalidDataFormat = 'قالب شیء داده معین شده نامعتبر است.';
Strings.OfficeOM.L_MissingParameter = 'پارامتر ناموجود';
Strings.OfficeOM.L_InvalidValue = 'مقدار نامعتبر';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'داده‌ها قدیمی است. جسم را دوباره بازیابی کنید.';
Strings.OfficeOM.L_DataWriteReminder = 'یادآور نوشتن داده';
Strings.OfficeOM.L_NotSupported = 'کارکرد {0} پشتیبانی نمی‌شود.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'اندازه بار درخواست‌ها از حد مجاز فراتر رفته است. لطفاً به مستندات مراجعه کنید: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_HostError = 'خطای میزبان';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'درخواست با کد وضعیت {0}، کد خطای {1} و پیام خطای زیر انجام نشد: {2}';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'تغییر به ویژگی «{0}» را نمی‌توان از طریق یک روش «object.set» اعمال کرد.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API در این پلتفرم پشتیبانی نمی‌شود.';
Strings.OfficeOM.L_InvalidBinding = 'پیوستگی نامعتبر';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'افزودن اداره کننده رویداد ناموفق بود.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'مورد انتخابی پشتیبانی نمی شود.';
Strings.OfficeOM.L_UnknownBindingType = 'نوع پیوستگی پشتیبانی نمیشود.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'نام تابع باید تنها شامل حروف، ارقام، خطوط زیرین و نقطه باشد.';
Strings.OfficeOM.L_FormattingReminder = 'قالب‌بندی یادآور';
Strings.OfficeOM.L_APICallFailed = 'تماس API ناموفق بود';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'مرورگر خود را پیکربندی کنید';
Strings.OfficeOM.L_ConfirmDialog =
  'دامنه {0} به‌عنوان Microsoft Office عمل می‌کند و می‌تواند افزونه‌های Office را اجرا کند، که می‌تواند به اطلاعات شخصی شما دسترسی داشته باشد. اگر به این دامنه اعتماد دارید تا به‌عنوان Office اجرا شده و به داده‌های شما دسترسی داشته باشد، برای ادامه روی «تأیید» کلیک کنید.';
Strings.OfficeOM.L_InvalidSetRows = 'ردیف های معین شده نامعتبر هستند.';
Strings.OfficeOM.L_InvalidFormat = 'خطای قالب نامعتبر';
Strings.OfficeOM.L_InvalidObjectPath =
  'مسیر شئ «{0}» برای هدف شما کار نمی‌کند. اگر می‌خواهید از شئ در چندین فراخوانی «context.sync» و در خارج از اجرای ترتیبی دسته «.run» استفاده کنید، لطفاً از متدهای «context.trackedObjects.add()» و «context.trackedObjects.remove()» برای مدیریت چرخه عمر شئ استفاده کنید.';
Strings.OfficeOM.L_DisplayDialogError = 'خطا در نمایش پنجره';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel در حالت ویرایش سلول است. لطفاً با فشار دادن «ENTER» یا «TAB» یا انتخاب یک سلول دیگر، از حالت ویرایش خارج شوید و سپس دوباره امتحان کنید.';
Strings.OfficeOM.L_IndexOutOfRange = 'فهرست خارج از محدوده است.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '‎{0} می‌خواهد پنجره جدیدی نمایش دهد.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'شیء داده معین شده بیش از اندازه بزرگ است.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'درخواست API جاوا اسکریپت انجام نشد زیرا کتاب کار پنهان بود. لطفاً کتاب کار را از حالت پنهان در آورید و مجدداً امتحان کنید.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'مشخصه‌ای با این نام در Excel.Script.CustomFunctions که نشان‌دهنده تعریف تابع است باید شامل ویژگی "call" باشد که این تابع را اجرا کند.';
Strings.OfficeOM.L_InValidOptionalArgument = 'آرگومان اختیاری نامعتبر';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'نوع تبدیل داده معین شده با این نوع پیوستگی سازگار نیست.';
Strings.OfficeOM.L_CustomXmlError = 'خطای XML سفارشی.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'لطفاً انتخاب خود را انجام دهید.';
Strings.OfficeOM.L_DialogNavigateError = 'خطا در پیمایش پنجره';
Strings.OfficeOM.L_SettingNameNotExist = 'نام تنظیمات معین شده وجود ندارد.';
Strings.OfficeOM.L_NavOutOfBound = 'عملیات ناموفق بود زیرا فهرست خارج از دامنه است.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'عملیات با موفقیت انجام نشد زیرا این افزونه از موافقت کاربر در این مقوله پشتیبانی نمی‌کند';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js هنوز به‌طور کامل بارگیری نشده است. لطفاً دوباره تلاش کنید یا حتماً کل ارزش دهی اولیه را در کارکرد Office.initialize اضافه کنید.';
Strings.OfficeOM.L_APINotSupported = 'API پشتیبانی نمی شود';
Strings.OfficeOM.L_InvalidBindingError = 'خطای پیوستگی نامعتبر';
Strings.OfficeOM.L_UserNotSignedIn = 'هیچ کاربر Office وارد نشده است.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'ردیف معین شده خالی است.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'برنامه {0} موجود نیست. با Microsoft.Office.WebExtension.initialize(reason) تماس گرفته نشده است.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'توجه: پیشنهاد می شو تعداد سلول های جدول زیر 20000 سلول باشد.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'چندین کارکرد اختیاری در لیست پارامترها وجود دارد';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'شمارش در برنامه میزبان فعلی پشتیبانی نمیشوند.';
Strings.OfficeOM.L_InvalidGrantMessage = 'این افزونه اعطا نشده است.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'اجازه دادن';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'ستون های معین شده نامعتبر هستند.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'یک اتصال طی فرآیند ورود به سیستم از دست رفت و ممکن است کاربر وارد سیستم نشده باشد. این امر احتمالاً به دلیل تنظیمات پیکربندی مرورگر کاربر، از جمله مناطق امنیتی، به‌وجود آمده است.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'مشخصه «{0}» موجود نیست. قبل از خواندن مقدار مشخصه، متد بارگیری را بر روی شئ دارنده فراخوانی کنید و سپس «context.sync()» را در موضوع درخواست مرتبط فراخوانی کنید.';
