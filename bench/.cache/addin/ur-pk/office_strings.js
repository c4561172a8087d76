Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_SetDataParametersConflict = 'اختصاصی پیرامیٹر سے تعارض ہے۔';
Strings.OfficeOM.L_InvalidApiCallInContext = 'موجودہ مشمول میں غلط API کال۔';
Strings.OfficeOM.L_ConfirmDialog =
  'ڈومین {0} بطور Microsoft Office کام کر رہا ہے اور آپ کے ذاتی ڈیٹا تک رسائی پانے والے Office در اضافہ جات چلا سکتا ہے۔ اگر آپ کو اس ڈومین پر اعتماد ہے کہ وہ بطور Office چلے اور آپ کے ڈیٹا تک رسائی پائے، تو جاری رکھنے کے لئے ‘ٹھیک ہے’ پر کلک کریں۔';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'محدود پیرامیٹر جبر قسم کی جدول کے ساتھ استعمال نہیں کیا جاسکتا جب تک کہ جدول ضم سیلوں کا حامل نہ ہوجائے۔';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'اختصاصی کالم درست نہیں ہیں۔';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'اختصاصی owCount یا columnCount اقدار درست نہیں ہیں۔';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'محدود پیرامیٹر جبر قسم کی جدول کے ساتھ استعمال نہیں کیا جاسکتا جب تک کہ جدول ضم سیلوں کا حامل نہ ہوجائے۔';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'توثیق کاری سیاق حاصل کرنے کا فعل غیر موجود ہے';
Strings.OfficeOM.L_InvalidGrant = 'پیشگی اختیار دہی غائب ہے۔';
Strings.OfficeOM.L_DocumentIsInactive =
  'آپریشن اس لئے ناکام رہا کیونکہ اس در اضافہ کی حامل دستاویز غیر فعال ہے۔';
Strings.OfficeOM.L_MissingRequiredArguments = 'کچھ مطلوبہ دلائل غائب';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl قسم معاون نہیں ہے۔';
Strings.OfficeOM.L_UserNotSignedIn = 'Office میں کوئی صارف دستخط شدہ نہیں۔';
Strings.OfficeOM.L_CustomXmlError = 'مخصوص XML نقص۔';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'صارف کی جانب سے عملیہ منسوخ ہو گیا ہے۔';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'اختصاصی جبر کی قسم معاون نہیں ہے۔';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'دوسرے کے بازگیر کرنے سے قبل حالیہ فائل پر closeAsync کو کال کریں۔';
Strings.OfficeOM.L_SSOClientErrorMessage = 'کلائنٹ میں ایک غیر متوقع نقص واقع ہوا ہے۔';
Strings.OfficeOM.L_OperationCancelledError = 'عملیہ منسوخ ہو گیا';
Strings.OfficeOM.L_FormattingReminder = 'ياد دہانى وضع کاری';
Strings.OfficeOM.L_OutOfRange = 'حد اطلاق سے باہر';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'وقوعہ ہینڈلر کا اضافہ کرنے میں ناکام رہا۔';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'وقوعہ ہینڈلر کا اضافہ کرنے میں ناکام رہا۔';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'تاریخ بہت پرانی ہے۔ شے کو دوبارہ بازگیر کریں۔';
Strings.OfficeOM.L_NotTrustedWAC =
  'آپ کو محفوظ رکھنے میں مدد کرنے کے لئے اس ایڈ کو غیر فعال کردیا گیا ہے۔ ایڈ کا استعمال جاری رکھنے کے لیے، توثیق کریں کہ اس آئٹم کو کسی قابل اعتماد ڈومین میں میزبان کیا گیا ہے یا اسے آفس ڈیسک ٹاپ ایپ میں کھولیں۔';
Strings.OfficeOM.L_InvalidNode = 'غلط نوڈ';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'اپنا براؤزر تشکیل دیں';
Strings.OfficeOM.L_HostError = 'ہاسٹ نقص';
Strings.OfficeOM.L_NotSupportedBindingType = 'اختصاصی بائنڈنگ کی {0} قسم معاون نہیں ہے۔';
Strings.OfficeOM.L_InvalidDataFormat = 'مخصوص کوائف آبجیکٹ کی وضع غلط ہے۔';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'یہ ایڈ ان صارف مشمول کی معاونت نہیں کرتا۔';
Strings.OfficeOM.L_DialogNavigateError = 'مکالمہ نیویگیشن نقص';
Strings.OfficeOM.L_PermissionDenied = 'اجازت نہیں ملی';
Strings.OfficeOM.L_GetDataIsTooLarge = 'درخواست کردہ کوائف سیٹ بہت بڑی ہے۔';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'اختصاصی کوائف آبجیکٹ کی قسم حالیہ انتخاب کے ساتھ ہم آہنگ نہیں ہے۔';
Strings.OfficeOM.L_GetSelectionNotSupported = 'حالیہ انتخاب کی حمایت حاصل نہیں ہے۔';
Strings.OfficeOM.L_InternalErrorDescription = 'ايک اندرونى نقص پیش آگيا ہے۔';
Strings.OfficeOM.L_InvalidValue = 'غلط قدر';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'ظاہر میں ناجائز ماخذ Url کو مخصوص کیا گیا ہے۔';
Strings.OfficeOM.L_BadSelectorString = 'انتخاب میں پاس کردہ اسٹرنگ نامناسب وضع شدہ یا غیر معاون ہے۔';
Strings.OfficeOM.L_SSOConnectionLostError = 'سائن ان عمل کے دوران ایک کنکشن منقطع ہو گیا تھا۔';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'اعداد و شمار میں موجودہ میزبان ایپلیکیشن تائیدشدہ نہیں ہے۔';
Strings.OfficeOM.L_SSOServerError = 'تصدیق فراہم کنندہ میں نقص واقع ہوگیا ہے۔';
Strings.OfficeOM.L_SetDataIsTooLarge = 'اختصاصی کوائف آبجیکٹ بہت بڑی ہے۔';
Strings.OfficeOM.L_SettingsCannotSave = 'سیٹنگیں محفوظ نہیں کی جا سکتی۔';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'اختصاصی جبر کی قسم بائنڈنگ قسم کے ساتھ ہم آہنگ نہیں ہے۔';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'مخصوص صف خالی ہے۔';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'نوٹ: ایک جدول میں سیل کی تعداد درج ذیل 20000 کالز کے لیے تجویز کیا گیا ہے۔';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP پروٹوکول معاونت کردہ نہیں ہے۔ اس کے بجائے HTTPS استعمال کریں';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js ابھی تک مکمل طور پر لوڈ نہیں کی گئی ہے۔ براہ کرم بعد میں پھر کوشش کریں یا Office.initialize فعل پر اپنی ابتدائی کوڈ شامل کرنے کو یقینی بنائیں۔';
Strings.OfficeOM.L_ElementMissing =
  'کچھ پیرا میٹر قدروں کے غائب ہونے کی وجہ سے ہم جدول سیل وضع نہیں کر سکتے۔ پیرامیٹر کو دہرا چیک کریں اور پھر کوشش کریں۔';
Strings.OfficeOM.L_OperationNotSupported = 'يہ آپریشن معاون نہیں ہے۔';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'مخصوص گھنڈی نہیں ملی۔';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'حالیہ انتخاب اختصاصی جبر کی قسم کے ساتھ ہم آہنگ نہیں ہے۔';
Strings.OfficeOM.L_InvalidSetColumns = 'اختصاصی کالم درست نہیں ہیں۔';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".run" طریقے پر دیے گئے بیچ فعل نے کوئی وعدہ نہیں لوٹایا ہے۔ فعل کو لازمی وعدہ لوٹانا چاہئے، تاکہ خود کار طور پر سراغ یافتہ کوئی بھی اشیاء بیچ کی تکمیل پر جاری کئے جاسکتے ہیں۔ عام طور پر، آپ "context.sync()" سے جواب لوٹا کر ایک وعدہ لوٹاتے ہیں۔';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'اس بائنڈنگ کی قسم پر آپریشن کی معاونت نہیں ہے۔';
Strings.OfficeOM.L_NoCapability = 'آپ کو اس عمل کے لیے کافی اجازت نہیں۔';
Strings.OfficeOM.L_CannotNavigateTo = 'آبجیکٹ جہاں گشت معاون نہیں ہے ایک جگہ میں واقع ہے۔';
Strings.OfficeOM.L_InvalidCoercion = 'غلط جبر کی قسم';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'ناجائز یا سیشن کا وقت ختم ہوگیا';
Strings.OfficeOM.L_DataWriteError = 'نقص کوائف کی تحریر';
Strings.OfficeOM.L_UserClickIgnore = 'صارف نے مکالمہ خانہ کو نظر انداز کرنے کا انتخاب کیا ہے۔';
Strings.OfficeOM.L_InvalidGrantMessage = 'اس در اضافے کے لئے اجازت غائب ہے۔';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'قدر کا اشاریہ کالم اجازت یافتہ حد اطلاق سے باہر ہے۔ (0 یا اعلی) قدر جو کالموں کی تعداد کے مقابلہ میں کم ہو اسے استعمال کریں۔';
Strings.OfficeOM.L_UnsupportedDataObject = 'فراہم کردہ کوائف آبجیکٹ کی قسم غیر معاون ہے۔';
Strings.OfficeOM.L_DialogParentIsMinimized = 'آپریشن اس لئے ناکام رہا کيونکہ پیرینٹ ونڈو سکیڑی ہوئی ہے۔';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'واپس کال کو اختیاری آبجیکٹ اور بحث فہرست میں مخصوص نہیں کیا جاسکتا۔';
Strings.OfficeOM.L_DataStale = 'کوائف موجودہ نہیں';
Strings.OfficeOM.L_FormatValueOutOfRange = 'قدر اجازت یافتہ حد اطلاق سے باہر ہے۔';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'فراہم کردہ کوائف آبجیکٹ حالیہ انتخاب کے سائز کے مشابہ نہیں ہے۔';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'منتخب مشمول کا جدول وضع میں ہونے کی ضرورت ہے۔ بطور ایک جدول کوائف وضع کریں اور دوبارہ کوشش کریں۔';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'حالیہ انتخاب اور مخصوص بائنڈنگ کی قسم کے ساتھ ایک ارتباط نہیں بنایا جا سکتا۔';
Strings.OfficeOM.L_NetworkProblem = 'نیٹ ورک مسئلہ';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'خاصیت \'{0}\' میں تبدیلیوں کا اطلاق "object.set" طریقے کے ذریعہ نہیں کیا جا سکتا ہے۔';
Strings.OfficeOM.L_EventRegistrationError = 'وقوعہ رجسٹریشن نقص';
Strings.OfficeOM.L_SelectionCannotBound = 'حالیہ انتخاب میں بائنڈ ہوسکتا۔';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'اس در اضافے کے لئے شناخت API معاونت شدہ نہیں ہے۔';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'کتاب کار پوشیدہ ہونے کی وجہ سے JavaScript API کی درخواست ناکام ہو گئی ہے۔ برائے مہربانی کتاب کار کو عیاں کریں اور دوبارہ کوشش کریں۔';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  '{0} کے حالت کوڈ کے ساتھ درخواست ناکام ہوگئی، نقص کوڈ {1} اور مندرجہ زیل نقص پیغام: {2}';
Strings.OfficeOM.L_MemoryLimit = 'میموری حد سے تجاوز کرگیا ہے';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'براہ کرم انتخاب کریں۔';
Strings.OfficeOM.L_TooManyOptionalObjects = 'پیرامیٹر فہرست میں متعدد اختیاری آبجیکٹس';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'براؤزر کی پابندیوں نے ہمیں مکالمہ خانہ بنانے سے روک دیا۔ مکالمہ خانے کے ڈومین اور در اضافہ میزبان کا ڈومین ایک جیسے سلامتی منطقہ میں نہیں ہیں۔';
Strings.OfficeOM.L_InvalidFormat = 'غلط وضع نقص';
Strings.OfficeOM.L_UserAbortedMessage = 'صارف نے در اضافے کی اجازتوں کی رضامندی نہیں دی۔';
Strings.OfficeOM.L_APICallFailed = 'API کال ناکام ہوگئی';
Strings.OfficeOM.L_ConfirmCancelMessage = 'معافی چاہتے ہیں، ہم جاری نہیں رکھ سکتے۔';
Strings.OfficeOM.L_APINotSupported = 'API کی معاونت نہیں';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'فعل میں دی گئی دلیل (دلائل) اس صورتحال کے لیے کام نہیں کرتی ہیں، غائب ہیں، یا صحیح وضع میں نہیں ہیں۔';
Strings.OfficeOM.L_InvalidAPICall = 'غلط API کال';
Strings.OfficeOM.L_MultipleNamedItemFound = 'اسی نام کے ساتھ متعدد آبجیکٹ نہیں ملے۔';
Strings.OfficeOM.L_EventHandlerNotExist = 'اختصاصی وقوعہ ہینڈلر اس بائنڈنگ کے لئے نہیں ملی۔';
Strings.OfficeOM.L_SSOClientError = 'Office کی طرف سے توثیق کاری کی درخواست میں نقص واقع ہوگیا ہے۔';
Strings.OfficeOM.L_InvalidBindingError = 'غلط بائنڈنگ نقص';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'دراضافہ پہلے ہی ایک رسائی ٹوکن کی درخواست کر رہا ہے۔';
Strings.OfficeOM.L_DataNotMatchSelection =
  'فراہم کردہ کوائف آبجیکٹ حالیہ انتخاب کے ابعاد یا شیپ کے ساتھ ہم آہنگ نہیں ہے۔';
Strings.OfficeOM.L_FileTypeNotSupported = 'اختصاصی قسم فائل معاون نہیں ہے۔';
Strings.OfficeOM.L_AppNameNotExist = '{0} کے لیے نام کا اضافہ موجود نہیں ہے۔';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'درخواست کے پے لوڈ کا سائز حد سے تجاوز کر گیا ہے۔ براہ کرم دستاویزات ملاحظہ کريں: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"۔';
Strings.OfficeOM.L_PropertyNotLoaded =
  'خاصیت \'{0}\' دستیاب نہیں ہے۔ خاصیت کی قدر کا مطالعہ کرنے سے قبل، مشتمل آبجیکٹ پر لوڈ طریقے کو کال کریں اور درخواست کے وابستہ سیاق پر "context.sync()" کو کال کریں۔';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL سکیم معاونت کردہ نہیں ہے۔ اس کے بجائے HTTPS استعمال کریں۔';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'کوائف حالیہ نہیں';
Strings.OfficeOM.L_InvalidGetColumns = 'اختصاصی کالم درست نہیں ہیں۔';
Strings.OfficeOM.L_BindingNotExist = 'اختصاصی بائنڈنگ موجود نہیں۔';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'صارف شناخت معاونت شدہ نہیں ہے۔';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'آپ ممکنہ طور پر {0} کی جانب سے حساس معلومات بھیجنے اور وصول کرنے جا رہے ہیں۔ جب آپ کو بھروسہ ہو کہ مندرجہ ذیل ویب سائٹ وہ حساس معلومات وصول کرے، صرف تب اوکے پر کلک کریں: {1}۔';
Strings.OfficeOM.L_InvalidParameters = 'فعل {0} غلط پیرا میٹر ہے۔';
Strings.OfficeOM.L_InvalidBindingOperation = 'غلط بائنڈنگ آپریشن';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'قدر کا اشاریہ کالم اجازت یافتہ حد اطلاق سے باہر ہے۔ (0 یا اعلی) قدر جو صفوں کی تعداد کے مقابلہ میں کم ہو اسے استعمال کریں۔';
Strings.OfficeOM.L_SSOServerErrorMessage = 'سرور پر ایک غیر متوقع نقص واقع ہوا ہے۔';
Strings.OfficeOM.L_NamedItemNotFound = 'نام دیا گیا شے موجود نہیں۔';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'آشکار میں ایپ ڈومینز عنصر میں URL کا ڈومین شامل نہیں کیا گیا ہے، اور ماخذ محل وقوع کا سب ڈومین نہیں ہے۔';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "فقط مطالعہ خاصیت '{0}' سیٹ کرنے کی کوشش کی جا رہی ہے۔";
Strings.OfficeOM.L_CannotWriteToSelection = 'حالیہ انتخاب میں لکھ نہیں سکتے۔';
Strings.OfficeOM.L_ActivityLimitReached = 'سرگرمی کی حد پر پہنچ گئے ہیں۔';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'اس پلیٹ فارم میں API معاونت شدہ نہیں ہے۔';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'بس ایک لمحہ۔۔۔';
Strings.OfficeOM.L_Timeout = 'عملیہ کا وقت ختم ہو چکا ہے۔';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'عمل ناکام ہوگیا ہے کیونکہ اس ایڈ-ان میں پہلے ہی سے ایک فعال ڈائلاگ ہے۔';
Strings.OfficeOM.L_InvalidArgument =
  "دلیل '{0}' اس صورتحال کے لئے کام نہیں کرتی، غائب ہے یا صحیح وضع میں نہیں ہے۔";
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'آپ کے Office سیشن کی مدت ختم ہوگئی ہے یا ناجائز ہے۔ جاری رکھنے کیلئے صفحہ کو تازہ کریں۔';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'نظر انداز کریں';
Strings.OfficeOM.L_BrowserAPINotSupported = 'یہ براؤزر درخواست کردہ API کی معاونت نہیں کرتا۔';
Strings.OfficeOM.L_ConfirmDialogConsent =
  '‘ٹھيک ہے’ پر کلک کرکے آپ {0} کو اپنے مشمول اور ذاتى معلومات تک رسائى کى اجازت ديں گے۔ ';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'ناجائز ان پُٹ دلائل۔';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'سائن ان عمل کے دوران ایک کنکشن منقطع ہو گیا تھا، اور ممکن ہے کہ صارف سائن ان نہیں ہو سکا۔ اس بات کا امکان ہے کہ یہ صارف کے براؤزر کی تشکیل کاری سیٹنگوں کی وجہ سے ہوا تھا، جیسے کہ سلامتی منطقے۔';
Strings.OfficeOM.L_OKButton = 'ٹھیک ہے';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'انتخاب کی حد پوری ہوچکی ہے';
Strings.OfficeOM.L_NotSupported = 'فعل {0} معاون نہیں ہے۔';
Strings.OfficeOM.L_FunctionCallFailed = '{0} فعل کال ناکام ہوا، نقص کوڈ: {1}۔';
Strings.OfficeOM.L_UserAborted = 'صارف نے رضامندی درخواست کو روک دیا۔';
Strings.OfficeOM.L_InValidOptionalArgument = 'غلط اختیاری دلیل';
Strings.OfficeOM.L_DocumentReadOnly = 'درخواست کردہ آپریشن کو حالیہ دستاویز موڈ پر اجازت نہیں ہے۔';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'اس نام کے ساتھ خاصیت جو کہ فعل کہ تعریف کو ظاہر کرتی ہو Excel.Script.CustomFunctions پر موجود ہونی چاہیئے۔';
Strings.OfficeOM.L_NavOutOfBound = 'آپریشن ناکام ہوگیا کیوں کہ اشاریہ حد اطلاق کے باہر ہے۔';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'عملیے کا نام ایک غیر خالی نام جگہ اور غیر خالی مختصر نام کا حامل ہونا ضروری ہے۔';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'اختصاصی بائنڈنگ قسم فراہم کردہ نام آئٹم کے ساتھ ہم آہنگ نہیں ہے۔';
Strings.OfficeOM.L_InvalidRequestContext =
  'آبجیکٹ کو مختلف درخواست کے سیاق و سباق میں استعمال نہیں کیا جا سکتا ہے۔';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'اختصاصی startRow یا startColumn اقدار درست نہیں ہیں۔';
Strings.OfficeOM.L_ConnectionFailureWithStatus = '{0} کے حالت کوڈ کے ساتھ درخواست ناکام ہوگئی۔';
Strings.OfficeOM.L_ModalDialogOpeng =
  'آپریشن اس لئے ناکام رہا کیونکہ اس در اضافہ میں پہلے ہی سے ایک فعال موڈال ڈائیلاگ موجود ہے۔';
Strings.OfficeOM.L_TooManyArguments = 'بہت سے دلائل';
Strings.OfficeOM.L_InvalidBinding = 'غلط بائنڈنگ';
Strings.OfficeOM.L_RequestTokenUnavailable = 'اس API کو فریکوئنسی آہستہ کرنے کے لیے تھروٹلاد کیا گیا ہے۔';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Excel.Script.CustomFunctions پر اس نام کے ساتھ خاصیت جوکہ فعل کی تعریف کو ظاہر کرتی ہو 'کال' خاصیت کی حامل ہونی چاہیئے جوکہ فعل کا نفاذ کرتی ہو۔";
Strings.OfficeOM.L_MissingParameter = 'غائب پیرامیٹر';
Strings.OfficeOM.L_BindingCreationError = 'بائنڈنگ تخلیقی نقص';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'اجازت ديں';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'عملیہ ناکام ہو گیا کیونکہ اس ذمرے میں یہ ایڈ ان صارف مشمول کی معاونت نہیں کرتا';
Strings.OfficeOM.L_InternalError = 'داخلى نقص';
Strings.OfficeOM.L_SettingsAreStale = 'سیٹنگیں محفوظ نہیں ہو سکی کیونکہ وہ فی الحال نہیں ہے۔';
Strings.OfficeOM.L_CancelButton = 'منسوخ کریں';
Strings.OfficeOM.L_InvalidSetRows = 'اختصاصی کالم درست نہیں ہیں۔';
Strings.OfficeOM.L_DataWriteReminder = 'یاد دہانی کوائف کی تحریر';
Strings.OfficeOM.L_CannotRegisterEvent = 'وقوعہ ہینڈلر رجسٹر نہیں ہوسکتا۔';
Strings.OfficeOM.L_InvalidDataObject = 'غلط کوائف آبجکٹ';
Strings.OfficeOM.L_InvalidGetRows = 'اختصاصی کالم درست نہیں ہیں۔';
Strings.OfficeOM.L_SliceSizeNotSupported = 'مخصوص سلک سائز معاون نہیں ہے۔';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'صارف کی شناخت قسم معاونت شدہ نہیں ہے۔';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'ایک یا زائد tableOptions پیرامیٹرز کے اقدار جن کی اجازت نہیں ہے۔ قدروں کو دہرا چیک کریں اور دوبارہ کوشش کریں۔';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'مخصوص ID موجود نہیں۔';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel سیل تدوین وضع میں ہے۔ برائے مہربانی دوسرا سیل منتخب کرکے یا داخل کریں یا ٹیب دبا کر تدوین موڈ سے خروج کریں، اور پھر دوبارہ کوشش کریں۔';
Strings.OfficeOM.L_DisplayDialogError = 'مکالمہ نقص دکھائیں';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'جاری رکھنے کے لئے، ایڈ کو ہٹائیں اور اسے دوبارہ شامل کریں، یا صفحہ کو تازہ دم کریں۔';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'نوٹ: API وضع کاری کال کی جانب سے سیٹ کردہ وضع کاری درج ذیل 100 کے لیے تجویز کیا گیاہے۔';
Strings.OfficeOM.L_GetDataParametersConflict = 'اختصاصی پیرامیٹر سے تعارض ہے۔';
Strings.OfficeOM.L_PropertyDoesNotExist = "خاصیت '{0}' آبجیکٹ پر موجود نہیں ہے۔";
Strings.OfficeOM.L_TooManyOptionalFunction = 'پیرامیٹر فہرست میں متعدد اختیاری افعال';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'جواب کے پے لوڈ کا سائز حد سے تجاوز کر گیا ہے۔ براہ کرم دستاویزات ملاحظہ کريں: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"۔';
Strings.OfficeOM.L_RequestTimeout = 'کال نفاذ کرنے میں بہت دیر کر دی ہے۔';
Strings.OfficeOM.L_SettingNameNotExist = 'مخصوص سٹنگوں کا نام موجود نہیں ہے۔';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'ایک نیٹ ورک مسئلے نے فائل کی باز گیری روک رکھا ہے۔';
Strings.OfficeOM.L_SettingsStaleError = 'سیٹنگیں اسٹل کا نقص';
Strings.OfficeOM.L_BindingToMultipleSelection = 'نونکونٹگواس انتخابات کی معاونت نہیں کی جاتی۔';
Strings.OfficeOM.L_InvalidFormatValue =
  'ایک یا زائد وضع پیرامیٹرز کے اقدار جن کی اجازت نہیں ہے۔ قدروں کو دہرا چیک کریں اور دوبارہ کوشش کریں۔';
Strings.OfficeOM.L_ShuttingDown = 'آپریشن ناکام ہو گیا کیونکہ کوائف فی الحال پیش کار پر نہیں ہے۔';
Strings.OfficeOM.L_ImplicitNotLoaded = 'ٹوکن حاصل کرنے سے قبل ماڈیول لوڈ نہیں کیا جاتا ہے';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'اختصاصی startRow یا startColumn اقدار درست نہیں ہیں۔';
Strings.OfficeOM.L_InvalidResourceUrl = 'ناجائز ایپلیکیشن ماخذ Url فراہم کیا گیا۔';
Strings.OfficeOM.L_DialogOK = 'ٹھیک ہے';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'عملیہ ناکام ہوگیا کیونکہ یہ دراضافہ پہلے ہی ایک رسائی ٹوکن کی درخواست کر رہا ہے۔';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'سیٹ آپریشن ناکام ہوگیا کیونکہ فراہم کردہ کوائف آبجیکٹ اووررائٹ یا منتقل کوائف کریگا۔';
Strings.OfficeOM.L_NoHttpsWAC =
  'Office کا یہ سیشن محفوظ کنکشن کا استعمال نہیں کررہا ہے۔ ہمارا مشورہ ہے کہ آپ اضافی احتیاط برتیں۔';
Strings.OfficeOM.L_SaveSettingsError = 'سیٹنگز کی نقص محفوظ کریں';
Strings.OfficeOM.L_UnsupportedEnumeration = 'غیر تائید شدہ اعداد و شمار';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'یہ فعل صرف حروف، اعداد، انڈر سکور اور وقفوں کا حامل ہوسکتا ہے۔';
Strings.OfficeOM.L_ValueNotLoaded =
  'نتیجہ آبجیکٹ کی قدر ابھی تک لوڈ نہیں کی گئی ہے۔ خاصیت کی قدر پڑھنے سے پہلے وابستہ متن پر "context.sync()" کو کال کریں۔';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'پچھلا کال مکمل ہونے تک انتظار کریں۔';
Strings.OfficeOM.L_DataNotMatchBindingType = 'اختصاصی کوائف آبجیکٹ بائنڈنگ قسم کے ساتھ ہم آہنگ نہیں ہے۔';
Strings.OfficeOM.L_NewWindowCrossZone =
  "آپ کے براؤزر میں موجود سلامتی سیٹنگوں نے ہمیں مکالمہ خانہ بنانے سے روک دیا ہے۔ ایک مختلف براؤزر آزمائیں یا {0} تو وہ '{1}' اور آپ کے پتہ بار میں دکھائے گئے ڈومین ایک جیسے سلامتی منطقہ میں ہوں گے۔";
Strings.OfficeOM.L_DataReadError = 'کوائف مطالعہ نقص';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'طریقہ یا خاصیت {0}، {1} مطلوب سیٹ کا حصہ ہے، جوکہ آپ کے {2} میں دستیاب نہیں ہے۔';
Strings.OfficeOM.L_ShowWindowDialogNotification = '‎{0} ایک نیا دریچہ ظاہر کرنا چاہتا ہے۔';
Strings.OfficeOM.L_InvalidObjectPath =
  'آپ جو کام کرنے کی کوشش کر رہے ہیں آبجیکٹ راہ \'{0}\' اس کے لئے کام نہیں کر رہی ہے۔ اگر آپ آبجیکٹ کو متعدد "context.sync" کالز پر اور ایک ".run" بیچ کی تسلسل ترتیب کے باہر استعمال کر رہے ہیں تو براہ کرم آبجیکٹ کے لائف ٹائم میں اضافہ کرنے کے لئے "context.trackedObjects.add()" اور "context.trackedObjects.remove()" طریقے استعمال کریں۔';
Strings.OfficeOM.L_UnknownBindingType = 'بائنڈنگ قسم معاون نہیں ہے۔';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath انتخاب کو 1024 اشیاء تک محدود کرتا ہے۔';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'جب موڈل ڈائیلاگ کھلا ہوا ہو تو Office کے لئے تحریری کارروائی کی سہولت معاونت شدہ نہیں ہوتی ہے۔';
Strings.OfficeOM.L_InvalidCellsValue =
  'ایک یا زائد سیل پیرامیٹرز کے اقدار جن کی اجازت نہیں ہے۔ قدروں کو دہرا چیک کریں اور دوبارہ کوشش کریں۔';
Strings.OfficeOM.L_ContinueButton = 'جاری رکھیں';
Strings.OfficeOM.L_CallbackNotAFunction = 'واپس کال فعل کی قسم ہونی چاہئے، جو {0} کی قسم تھی۔';
Strings.OfficeOM.L_NotSupportedEventType = 'اختصاصی وقوعہ کی {0} قسم معاون نہیں ہے۔';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'ایپلی کیشن {0} موجود نہیں ہے۔ Microsoft.Office.WebExtension.initialize(reason) نہیں کہاں جاتا۔';
Strings.OfficeOM.L_IndexOutOfRange = 'اشاریہ حد اطلاق سے باہر ہ۔';
Strings.OfficeOM.L_NotImplemented = 'فعل {0} نافذ نہیں کیا گیا ہے۔';
Strings.OfficeOM.L_ReadSettingsError = 'سیٹنگیں نقص کا مطالعہ';
