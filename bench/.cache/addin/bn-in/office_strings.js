Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_SettingsAreStale = 'সেটিংস সংরক্ষণ করা গেল না কারণ তারা বর্তমান সময়ের নয়।';
Strings.OfficeOM.L_InvalidResourceUrl = 'Url এর প্রদানকরা সংস্থানটি অবৈধ।';
Strings.OfficeOM.L_ShuttingDown = 'ক্রিয়াকলাপটি ব্যর্থ হয়েছে কারণ বর্তমানে সার্ভারে ডাটাটি নেই।';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'এই নামটি সহ একটি বৈশিষ্ট্য যেটি ফাংশনের সংজ্ঞাকে উপস্থাপন করে সেটিকে অবশ্যই Excel.CustomFunctions -এ বিদ্যমান থাকতে হবে৷';
Strings.OfficeOM.L_UserAbortedMessage = 'ব্যবহারকারী অ্যাড-ইন অনুমতি দানে সন্মত হয়নি।';
Strings.OfficeOM.L_CallbackNotAFunction = 'কলব্যাক অবশ্যই প্রকারের কার্যকারিতা হতে হবে, {0} প্রকারের ছিল।';
Strings.OfficeOM.L_InvalidApiCallInContext = 'বর্তমান প্রসঙ্গের ক্ষেত্রে API কলটি অবৈধ।';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'ক্রিয়াকলাপটি এই ধরণের বাইন্ডিং-এ সমর্থিত নয়।';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'বিজ্ঞপ্তি: একটি টেবিলে কক্ষের সংখ্যা 20,000 এর নীচে রাখতে পরামর্শ দেওয়া হয়েছে।';
Strings.OfficeOM.L_ContinueButton = 'অবিরত করুন';
Strings.OfficeOM.L_InvalidGrant = 'প্রাকপ্রমাণীকরণ পাওয়া যাচ্ছে না।';
Strings.OfficeOM.L_InvalidFormatValue =
  'এক বা তার বেশী বিন্যাস প্যারামিটারগুলির যে মানগুলি আছে তারা অনুমোদিত নয়। মানগুলি দুবার পরীক্ষা করুন এবং আবার চেষ্টা করুন।';
Strings.OfficeOM.L_ConnectionFailureWithStatus = '{0} এর স্থিতি কোড সহ অনুরোধটি ব্যর্থ হয়েছে৷';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'ডেটাটির তারিখ অতিক্রান্ত। অবজেক্টটি আবার পুনরুদ্ধার করুন।';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'এই অ্যাড-ইনটির জন্য শনাক্তকরণ API সমর্থিত নয়।';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'সমন্বয়সাধন প্যারামিটারগুলি কোয়ের্শিয়ান ধরনের টেবিলের ক্ষেত্রে ব্যবহার করা যায় না যখন টেবিলটির মধ্যে মার্জ হওয়া কক্ষ থাকে।';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'নির্দিষ্ট ID বিদ্যমান নেই।';
Strings.OfficeOM.L_NotTrustedWAC =
  'আপনাকে সুরক্ষিত রাখতে সহায়তা করার জন্য এই অ্যাড-ইন নিস্ক্রিয় করা হয়েছে। অ্যাড-ইন ব্যবহার করা চালিয়ে যেতে, এই আইটেম একটি বিশ্বস্ত ডোমেনে হোস্ট করা হয়েছে তা যাচাই করুন বা এটি Office ডেস্কটপ অ্যাপে এ খুলুন।';
Strings.OfficeOM.L_EventHandlerNotExist = 'এই বাইন্ডিংয়ের জন্য নির্দিষ্ট ইভেন্ট পরিচালকটি খুঁজে পাওয়া যায়নি।';
Strings.OfficeOM.L_NotSupportedBindingType = 'নির্দিষ্ট বাইন্ডিং প্রকারটি {0} সমর্থিত নেই।';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'সরবরাহিত ডাটা অবজেক্টটি ডাটা অধিলিখিত বা স্থানান্তর করার কারণে সেট ক্রিয়াকলাপটি ব্যর্থ হয়েছে।';
Strings.OfficeOM.L_InvalidGetColumns = 'নির্দিষ্ট কলামগুলি অকার্যকর।';
Strings.OfficeOM.L_SelectionCannotBound = 'বর্তমান নির্বাচনের সাথে বাইন্ড করতে পারেনা।';
Strings.OfficeOM.L_NoCapability = 'এই ক্রিয়াকলাপটির জন্য আপনার কাছে পর্যাপ্ত অনুমতি নেই।';
Strings.OfficeOM.L_FunctionCallFailed = 'ক্রিয়াকলাপ {0}-কে কল করা ব্যর্থ হয়েছে, ত্রুটি কোড: {1}।';
Strings.OfficeOM.L_NavOutOfBound = 'সূচিটি সীমার বাইরে থাকার কারণে ক্রিয়াকলাপটি ব্যর্থ হয়েছে।';
Strings.OfficeOM.L_TooManyOptionalObjects = 'প্যারামিটার তালিকায় একাধিক বিকল্প ক্রিয়াকলাপ আছে';
Strings.OfficeOM.L_InternalError = 'অভ্যন্তরীণ ত্রুটি';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'আর্গ্যুমেন্ট তালিকা এবং ঐচ্ছিক অবজেক্ট উভয়েই কলব্যাক নির্দিষ্ট করতে পারা যায় না।';
Strings.OfficeOM.L_MultipleNamedItemFound = 'একই নামের একাধিক বস্তু পাওয়া গিয়েছে।';
Strings.OfficeOM.L_SSOServerErrorMessage = 'সার্ভারটিতে একটি অপ্রত্যাশিত ত্রুটি দেখা দিয়েছে।';
Strings.OfficeOM.L_OperationNotSupported = 'ক্রিয়াকলাপটি সমর্থিত নয়।';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'অনুগ্রহ করে একটি নির্বাচন তৈরী করুন।';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'ক্রিয়াকলাপটি ব্যর্থ হয়েছে কারণ এই অ্যাড-ইনের ইতিমধ্যেই একটি সক্রিয় ডায়ালগ রয়েছে৷';
Strings.OfficeOM.L_BrowserAPINotSupported = 'অনুরোধকৃত APIকে এই ব্রাউজারটি সমর্থন করে না।';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'ইনপুট যুক্তিগুলি অবৈধ।';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'ডাটাটি সাম্প্রতিক নয়';
Strings.OfficeOM.L_Timeout = 'অপারেশনের মেয়াদ শেষ হয়ে গেছে৷';
Strings.OfficeOM.L_NewWindowCrossZone =
  "আপনার ব্রাউজারের সুরক্ষা সেটিংস আমাদের ডায়লগ বক্সটি তৈরি করার ক্ষেত্রে বাধা হচ্ছে। একটি পৃথক ব্রাউজারের মাধ্যমে চেষ্টা করুন, বা {0} যেহেতু '{1}' এবং আপনার ঠিকানা বারে দেখানো ডোমেনটি একই সুরক্ষা অঞ্চলের মধ্যে আছে।";
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Excel.CustomFunctions -এ থাকা এই নামটি সহ একটি বৈশিষ্ট্য যেটি ফাংশনের সংজ্ঞাকে উপস্থাপন করে সেটিতে অবশ্যই একটি "কল করুন" এর বৈশিষ্ট্য থাকতে হবে যা ফাংশনটিকে সম্পাদন করে৷';
Strings.OfficeOM.L_BadSelectorString = 'নির্বাচকে পাস হওয়া স্ট্রিংটি অনুপযুক্ত ভাবে বিন্যাসিত বা অসমর্থিত।';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'একটি মূহুর্ত ...';
Strings.OfficeOM.L_DocumentIsInactive =
  'ক্রিয়াকলাপটি ব্যর্থ হয়েছে কারন এই অ্যাড-ইন ধারণকারী নথিটি নিষ্ক্রিয় রয়েছে।';
Strings.OfficeOM.L_ConfirmCancelMessage = 'দুঃখিত, আমরা চালিয়ে যেতে পারি না।';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'অ্যাড-ইন ইতিমধ্যেই কোনো অ্যাক্সেস টোকনের অনুরোধ জানিয়েছে৷';
Strings.OfficeOM.L_DisplayDialogError = 'ডায়ালগ প্রদর্শনে ত্রুটি';
Strings.OfficeOM.L_ConfirmDialog =
  'ডোমেন {0} Microsoft Office হিসেবে কাজ করছে এবং Office অ্যাড-ইনস চালাতে পারে, যা আপনার ব্যক্তিগত ডাটা অ্যাক্সেস করতে পারে। আপনি যদি ডোমেনটিকে Office হিসেবে চালাতে এবং আপনার ডাটা অ্যাক্সেস করতে বিশ্বাস করেন তবে চালিয়ে যেতে ওকে ক্লিক করুন।';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  '{0}টি আবেদনের অস্তিত্ব নেই। Microsoft.Office.WebExtension.initialize(reason) কল করা হয়নি।';
Strings.OfficeOM.L_NotSupported = 'ক্রিয়াকলাপ {0} সমর্থিত নয়।';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'নির্দিষ্ট কলামগুলি অকার্যকর।';
Strings.OfficeOM.L_NamedItemNotFound = 'নামযুক্ত আইটেমটি বিদ্যমান নেই।';
Strings.OfficeOM.L_TooManyOptionalFunction = 'প্যারামিটার তালিকায় একাধিক বিকল্প ক্রিয়াকলাপ আছে';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'সারি সূচির মানটি অনুমোদিত সীমার বাইরে। সারিগুলির সংখ্যার চেয়ে কম এমন একটি মান (0 বা উচ্চতর) ব্যবহার করুন।';
Strings.OfficeOM.L_SettingNameNotExist = 'নির্দিষ্ট সেটিং নামটি বিদ্যমান নেই।';
Strings.OfficeOM.L_InvalidDataFormat = 'নির্দিষ্ট ডাটা অবজেক্টের বিন্যাসটি অকার্যকর।';
Strings.OfficeOM.L_DataWriteReminder = 'ডাটা লেখা অনুস্মারক';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js এখনও পুরোপুরি লোড হয়নি। অনুগ্রহ করে পরে আবার চেষ্টা করুন বা Office.initialize ক্রিয়াকলাপে আপনার সূচনাকরণ কোড যোগ করা নিশ্চিত করুন।';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'বর্তমান নির্বাচনটি নির্দিষ্ট কোয়ের্শন প্রকারের সাথে সুসঙ্গত নয়।';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'অ্যাড-ইন ইতিমধ্যেই কোনো অ্যাক্সেস টোকনের অনুরোধ জানানোর জন্য এই ক্রিয়াকলাপটি ব্যর্থ হয়েছে৷';
Strings.OfficeOM.L_ReadSettingsError = 'সেটিং ত্রুটিটি পড়ুন';
Strings.OfficeOM.L_OperationCancelledError = 'ক্রিয়াকলাপ বাতিল করা হয়েছে';
Strings.OfficeOM.L_InvalidSetColumns = 'নির্দিষ্ট কলামগুলি অকার্যকর।';
Strings.OfficeOM.L_CancelButton = 'বাতিল করুন';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'এই ধরণের পরিচিতিযুক্ত ব্যবহারকারী সমর্থিত নয়।';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'নির্দিষ্ট সারিটি ফাঁকা।';
Strings.OfficeOM.L_UserNotSignedIn = 'কোন ব্যবহারকারী Office-এ সাইন ইন করেনি।';
Strings.OfficeOM.L_InvalidFormat = 'অবৈধ বিন্যাস ত্রুটি';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'উপেক্ষা করুন';
Strings.OfficeOM.L_DataStale = 'ডাটাটি সাম্প্রতিক নয়';
Strings.OfficeOM.L_InvalidNode = 'অবৈধ নোড';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'আপনার ব্রাউজারটি কনফিগার করুন';
Strings.OfficeOM.L_SSOClientError = 'Office থেকে আসা প্রমাণীকরণ অনুরোধে ত্রুটি ঘটেছে।';
Strings.OfficeOM.L_InvalidGrantMessage = 'এই অ্যাড-ইনটির জন্য মঞ্জুরী পাওয়া যাচ্ছে না।';
Strings.OfficeOM.L_DataNotMatchBindingType = 'নির্দিষ্ট ডাটা অবজেক্ট বাইন্ডিংয়ের প্রকারের সাথে সুসঙ্গত নয়।';
Strings.OfficeOM.L_FormattingReminder = 'বিন্যাসকরণ অনুস্মারক';
Strings.OfficeOM.L_SetDataIsTooLarge = 'নির্দিষ্ট ডাটা অবজেক্টটি অত্যন্ত বৃহত।';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'সমন্বয়সাধন প্যারামিটারগুলি কোয়ের্শিয়ান ধরনের টেবিলের ক্ষেত্রে ব্যবহার করা যায় না যখন টেবিলটির মধ্যে মার্জ হওয়া কক্ষ থাকে।';
Strings.OfficeOM.L_TooManyArguments = 'অনেক বেশি আর্গ্যুমেন্ট';
Strings.OfficeOM.L_NetworkProblem = 'নেটওয়ার্ক সমস্যা';
Strings.OfficeOM.L_UserAborted = 'ব্যবহারকারী সন্মতি অনুরোধটি নাকচ করেছেন।';
Strings.OfficeOM.L_NoHttpsWAC =
  'এই Office অধিবেশন একটি সুরক্ষিত সংযোগ ব্যবহার করছে না। আমরা সুপারিশ করছি যে আপনি অতিরিক্ত সতর্কতা অবলম্বন করুন ।';
Strings.OfficeOM.L_InvalidDataObject = 'অবৈধ ডাটা অবজেক্ট';
Strings.OfficeOM.L_NotImplemented = 'ক্রিয়াকলাপ {0} প্রয়োগ করা হয়নি।';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  '\'{0}\' বৈশিষ্ট্যের পরিবর্তনগুলো একটি "অবজেক্ট.সেট" পদ্ধতির মাধ্যমে প্রয়োগ করা যাবে না।';
Strings.OfficeOM.L_ActivityLimitReached = 'সক্রিয়তা সীমায় পৌঁছে গেছে৷';
Strings.OfficeOM.L_RequestTimeout = 'কলটি কার্যকর করতে অনেক বেশি সময় নিয়েছে।';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'একটি নেটওয়ার্ক সমস্যা ফাইলের পুনরুদ্ধারে বাধা দিয়েছে।';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl ধরনটি সমর্থিত নয়।';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'নির্বাচন করার সীমায় পৌঁছেছে';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'পূর্বের কলটি শেষ না হওয়া অবধি অপেক্ষা করুন।';
Strings.OfficeOM.L_BindingToMultipleSelection = 'অসংলগ্ন নির্বাচনগুলি সমর্থিত নয়।';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL স্কীমটি সমর্থিত নয়। পরিবর্তে HTTPS ব্যবহার করুন।';
Strings.OfficeOM.L_FormatValueOutOfRange = 'মানটি অনুমোদিত সীমার বাইরে।';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'অনুরোধ পে-লোডের আকার সীমা অতিক্রম করেছে । অনুগ্রহ করে ডকুমেন্টেশন দেখুন: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"।';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'অন্য একটি ফাইল পুনরুদ্ধার করার আগে বর্তমান ফাইলটিতে closeAsync-কে কল করুন। ';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'বিতর্ক(গুলি) সেই কার্যপ্রণালীর মধ্যে সম্পাদিত হয়েছে যা এই পরিস্থিতিতে কাজ করবে না, সেগুলো পাওয়া যাচ্ছে না, বা সঠিক বিন্যাসে নেই।';
Strings.OfficeOM.L_AppNameNotExist = '{0}-এর জন্য কোন অ্যাড-ইন নাম নেই।';
Strings.OfficeOM.L_MissingRequiredArguments = 'কিছু প্রয়োজনীয় যুক্তি অনুপলভ্য';
Strings.OfficeOM.L_InvalidGetRows = 'নির্দিষ্ট সারিগুলি অকার্যকর।';
Strings.OfficeOM.L_InvalidBinding = 'অবৈধ বাইন্ডিং';
Strings.OfficeOM.L_InvalidValue = 'অবৈধ মান';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'চালিয়ে যেতে, অ্যাড-ইন সরিয়ে নিন এবং এটি আবার যোগ করুন, বা পৃষ্ঠাটি সতেজ করুন৷';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  '{0} এর স্থিতি কোড, ত্রুটি কোড {1} সহ অনুরোধটি ব্যর্থ হয়েছে এবং নিম্নলিখিত ত্রুটি বার্তাটি হল: {2}';
Strings.OfficeOM.L_UnknownBindingType = 'বাইন্ডিংয়ের প্রকারটি সমর্থিত নয়।';
Strings.OfficeOM.L_BindingNotExist = 'নির্দিষ্ট বাইন্ডিংটি বিদ্যমান নেই।';
Strings.OfficeOM.L_FileTypeNotSupported = 'নির্দিষ্ট ফাইল প্রকার সমর্থিত নয়।';
Strings.OfficeOM.L_SSOConnectionLostError = 'সাইন ইন প্রক্রিয়ার সময় একটি সংযোগ হারিয়ে গেছে।';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'ওকে ক্লিক করে, আপনি আপনার সামগ্রী এবং ব্যক্তিগত তথ্য-এ {0} অ্যাক্সেস করার অনুমতি দেবেন।';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} একটি নতুন উইন্ডো দেখাতে চায়।';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'বর্তমান নির্বাচন এবং নির্দিষ্ট করা বাইন্ডিংয়ের প্রকারের সাথে কোনও বাইন্ডিং তৈরি করতে পারা যায় না।';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'যখন একটি মডেল কথোপকথন খোলা থাকে তখন লিখন ক্রিয়াকলাপ অফিসের জন্য সমর্থিত নয়।';
Strings.OfficeOM.L_UnsupportedDataObject = 'সরবরাহিত ডাটা অবজেক্টের প্রকারটি সমর্থিত নয়।';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel কক্ষ-সম্পাদনা মোডে রয়েছে৷ অনুগ্রহ করে কোনো ENTERবা TAB চাপার মাধ্যমে বা অন্য কক্ষ নির্বাচন করার মাধ্যমে সম্পাদনা মোড থেকে প্রস্থান করুন এবং তারপর আবার চেষ্টা করুন৷';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'ক্রিয়াকলাপটি ব্যর্থ হয়েছে কারণ এই অ্যাড-ইনটি এই বিভাগটিতে ব্যবহারকারীর সম্মতিকে সমর্থন করে না';
Strings.OfficeOM.L_APICallFailed = 'API কল ব্যর্থ হয়েছে';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'নির্দিষ্ট startRow বা startColumn মানগুলি অকার্যকর।';
Strings.OfficeOM.L_InvalidRequestContext = 'অবজেক্টটি বিভিন্ন অনুরোধের সবকটির ক্ষেত্রে ব্যবহার করা যাবে না৷';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'ম্যানিফেস্টে নির্দিষ্ট Url সংস্থানটি অবৈধ।';
Strings.OfficeOM.L_InvalidBindingOperation = 'অবৈধ বাইন্ডিং ক্রিয়াকলাপ';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'এই অ্যাড-ইনটি ব্যবহারকারীর সম্মতিকে সমর্থন করে না৷';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API অনুরোধটি ব্যর্থ হয়েছে কারণ অনুশীলনপুস্তিকাটি লুকানো ছিল৷ অনুগ্রহ করে অনুশীলনপুস্তিকাটি প্রত্যক্ষ করুন এবং আবার চেষ্টা করুন৷';
Strings.OfficeOM.L_DocumentReadOnly = 'অনুরোধ করা ক্রিয়াকলাপটি বর্তমান নথি মোডে অনুমোদিত নয়।';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'সাইন ইন প্রক্রিয়ার সময় একটি সংযোগ হারিয়ে গেছে, এবং ব্যবহারকারী সাইন ইন নাও করতে পারে। এটি সম্ভবত ব্যবহারকারীর ব্রাউজারের কনফিগারেশন সেটিংসের কারণে হয়, যেমন নিরাপত্তা অঞ্চল।';
Strings.OfficeOM.L_APINotSupported = 'API সমর্থিত নয়';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP প্রোটোকলটি সমর্থিত নয়। পরিবর্তে HTTPS ব্যবহার করুন';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'নির্দিষ্ট কোয়ের্শন প্রকারটি এই বাইন্ডিং প্রকারের সাথে সুসঙ্গত নয়।';
Strings.OfficeOM.L_CannotWriteToSelection = 'বর্তমান নির্বাচনটিতে লিখতে পারবে না।';
Strings.OfficeOM.L_SetDataParametersConflict = 'নির্দিষ্ট মাপদণ্ডগুলিতে বিবাদ।';
Strings.OfficeOM.L_InvalidSetRows = 'নির্দিষ্ট সারিগুলি অকার্যকর।';
Strings.OfficeOM.L_DialogOK = 'ঠিক আছে';
Strings.OfficeOM.L_SettingsStaleError = 'সেটিংস ত্রুটিটি পুরোনো';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'নির্দিষ্ট কোয়ের্শন প্রকারটি সমর্থিত নয়।';
Strings.OfficeOM.L_CannotNavigateTo = 'নেভিগেশন সমর্থিত নয় এমন একটি স্থানে অবজেক্ট অবস্থিত।';
Strings.OfficeOM.L_ImplicitNotLoaded = 'একটি টোকেন পাওয়ার আগে মডিউলটি লোড করা হয়নি';
Strings.OfficeOM.L_SettingsCannotSave = 'সেটিংস সংরক্ষণ করতে পারা যায়নি।';
Strings.OfficeOM.L_CannotRegisterEvent = 'ইভেন্ট হ্যান্ডলারটিকে নিবন্ধন করা যায় নি৷';
Strings.OfficeOM.L_ElementMissing =
  'কিছু প্যারামিটারের মান হারানোর কারণে আমরা সারণী কক্ষটি বিন্যাস করতে পারিনি। প্যারামিটারগুলি দুবার পরীক্ষা করুন এবং আবার চেষ্টা করুন।';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'নির্দিষ্ট startRow বা startColumn মানগুলি অকার্যকর।';
Strings.OfficeOM.L_InvalidObjectPath =
  'আপনি যেটি করবার চেষ্টা করছেন \'{0}\' অবজেক্ট পাথটি সেটিতে কাজ করছে না৷ যদি আপনি একাধিক "context.sync" কলগুলির মধ্যে এবং একটি ".run" ব্যাচের পর্যায়ক্র্মিক কার্যাদির বাইরে অবজেক্টটি ব্যবহার করছেন তাহলে অনুগ্রহ করে অবজেক্টটির লাইফটাইম পরিচালনা করতে "context.trackedObjects.add()" এবং "context.trackedObjects.remove()" পদ্ধতিটি ব্যবহার করুন৷';
Strings.OfficeOM.L_NotSupportedEventType = 'নির্দিষ্ট ইভেন্ট প্রকার {0} সমর্থিত নয়।';
Strings.OfficeOM.L_GetDataIsTooLarge = 'অনুরোধ করা ডাটা সেটটি অত্যন্ত বৃহত।';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'এনুমারেশনটি বর্তমান হোস্ট অ্যাপ্লিকেশনে সমর্থিত নয়।';
Strings.OfficeOM.L_PropertyNotLoaded =
  '\'{0}\' বৈশিষ্ট্যটি উপলভ্য নয়৷ বৈশিষ্ট্যটির মান পড়ার আগে মধ্যস্থ অবজেক্টটির ওপর লোড পদ্ধতিটি কল করুন এবং সহযোগী অনুরোধ বিষয়ে "context.sync()" কল করুন৷';
Strings.OfficeOM.L_BindingCreationError = 'বাইন্ডিং তৈরী করার সময়ের ত্রুটি';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'পদ্ধতি বা বৈশিষ্ট্য {0} হল {1} প্রয়োজনের সেটের অংশ, যেটি আপনার {2} এর সংস্করণে উপলভ্য নেই৷';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'নির্দিষ্ট rowCount বা columnCount মানগুলি অকার্যকর।';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'কলাম সূচি মানটি অনুমোদিত সীমার বাইরে। কলামগুলির সংখ্যার চেয়ে কম (0 বা উচ্চতর) এমন একটি মান ব্যবহার করুন।';
Strings.OfficeOM.L_InvalidCellsValue =
  'এক বা তার বেশী কক্ষ প্যারামিটারগুলির যে মানগুলি আছে তারা অনুমোদিত নয়। মানগুলি দু-বার পরীক্ষা করুন এবং আবার চেষ্টা করুন।';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'ব্যবহারকারীর পরিচিতি ধরণটি সমর্থিত নয়।';
Strings.OfficeOM.L_SaveSettingsError = 'সেটিং ত্রুটিটি সংরক্ষণ করুন';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'আপনার Office-এর সেশন মেয়াদোত্তীর্ণ হয়েছে বা এটি অবৈধ৷ চালিয়ে যেতে, পৃষ্ঠাটি রিফ্রেশ করুন৷';
Strings.OfficeOM.L_DialogParentIsMinimized = 'ক্রিয়াকলাপটি ব্যর্থ হয়েছে কারন প্যারেন্ট উইন্ডোটি ক্ষুদ্রায়ন করা হয়েছে।';
Strings.OfficeOM.L_PropertyDoesNotExist = "অবজেক্টটিতে বৈশিষ্ট্য '{0}' -এর অস্তিত্ব নেই।";
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = '1024 টি আইটেমের মধ্যে XPath নির্বাচন করা সীমাবদ্ধ করেছে';
Strings.OfficeOM.L_InvalidCoercion = 'কোয়ের্শিয়ান প্রকারটি অবৈধ';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'নির্দিষ্ট নোড খুঁজে পাওয়া যায়নি।';
Strings.OfficeOM.L_OutOfRange = 'ব্যপ্তির বাইরে';
Strings.OfficeOM.L_GetDataParametersConflict = 'নির্দিষ্ট মাপদণ্ডগুলিতে বিবাদ।';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'ঘটনা পরিচালককে অপসারণ করতে ব্যর্থ হয়েছে।';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'নির্দিষ্ট ডাটা অবজেক্টের প্রকারটি বর্তমান নির্বাচনের সাথে সুসঙ্গত নয়।';
Strings.OfficeOM.L_GetSelectionNotSupported = 'বর্তমান নির্বাচনটি সমর্থিত নয়।';
Strings.OfficeOM.L_InvalidArgument =
  "'{0}' আরগুমেন্টটি পাওয়া যাচ্ছে না যা এই পরিস্থিতিতে কাজ করে, অথবা এটি সঠিক বিন্যাসে নেই৷";
Strings.OfficeOM.L_DataNotMatchSelection =
  'সরবরাহিত ডাটা অবজেক্টটি বর্তমান নির্বাচনের আকার বা আকৃতিগুলির সাথে সুসঙ্গত নয়।';
Strings.OfficeOM.L_InValidOptionalArgument = 'অবৈধ বিকল্প যুক্তি';
Strings.OfficeOM.L_SSOClientErrorMessage = 'ক্লায়েন্টে একটি অপ্রত্যাশিত ত্রুটি দেখা দিয়েছে।';
Strings.OfficeOM.L_RequestTokenUnavailable = 'এই APIটি কলের ফ্রিকোয়েন্সিকে ধীর করতে দমন করা হয়েছে।';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'অনুমতি দিন';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'সরবরাহিত ডাটা অবজেক্টটি বর্তমান নির���বাচনের আকারের সাথে মেলে না।';
Strings.OfficeOM.L_HostError = 'হোস্ট ত্রুটি';
Strings.OfficeOM.L_InvalidBindingError = 'অবৈধ বাইন্ডিং ত্রুটি';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'এই প্ল্যাটফর্মে API সমর্থিত নয়৷';
Strings.OfficeOM.L_DataWriteError = 'ডাটা লেখা ত্রুটি';
Strings.OfficeOM.L_SSOServerError = 'প্রমাণীকরণ প্রদানকারীর তরফে ত্রুটি ঘটেছে।';
Strings.OfficeOM.L_MemoryLimit = 'মেমোরী সীমা অতিক্রান্ত হয়েছে';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'নির্বাচিত সামগ্রী সারণী বিন্যাসে থাকা প্রয়োজন। একটি সারণী রূপে ডাটাটি বিন্যাস করুন এবং আবার চেষ্টা করুন।';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'ব্যবহারকারীর দ্বারা ক্রিয়াকলাপটি বাতিল করা হয়েছে৷';
Strings.OfficeOM.L_IndexOutOfRange = 'সূচী ব্যপ্তির বাইরে।';
Strings.OfficeOM.L_DataReadError = 'ডাটা পড়ার ত্রুটি';
Strings.OfficeOM.L_DialogNavigateError = 'ডায়ালগ ন্যাভিগেশন ত্রুটি';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'প্রতিক্রিয়া পে-লোডের আকার সীমা অতিক্রম করেছে । অনুগ্রহ করে ডকুমেন্টেশন দেখুন: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"।';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'ম্যানিফেস্টের মধ্যে অ্যাপডোমেনস এলিমেন্টে URLটির ডোমেনটি অর্ন্তভুক্ত নয় এবং উৎসের অবস্থানের সাবডোমেন নয়।';
Strings.OfficeOM.L_MissingParameter = 'হারানো প্যারামিটার';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'প্রমাণীকরণ প্রসঙ্গ পাওয়ার ফাংশনটি অনুপস্থিত রয়েছে';
Strings.OfficeOM.L_EventRegistrationError = 'ঘটনা নিবন্ধীকরণ ত্রুটি';
Strings.OfficeOM.L_UnsupportedEnumeration = 'অসমর্থিত এনুমারেশন';
Strings.OfficeOM.L_RunMustReturnPromise =
  'ব্যাচ ফাংশনটি ".run" প্রক্রিয়াটির মধ্যে দিয়ে চালিত হলেও কোন প্রতিশ্রুতি দেয়নি৷ ফাংশনটি থেকে অবশ্যই একটি প্রতিশ্রুতি আসা উচিত, যাতে কোনো স্বয়ংক্রিয়-ট্র্যাকড অবজেক্ট ব্যাচটি সম্পূর্ণ হওয়ার পরেই মুক্ত হতে পারে৷ সাধারণত, "context.sync()" থেকে প্রত্যুত্তর ফিরিয়ে আপনি একটি প্রতিশ্রুতি পাঠিয়ে থাকেন৷';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'নির্দিষ্ট বাইন্ডিং প্রকারটি সরবরাহিত নামযুক্ত আইটেমের সাথে সুসঙ্গত নয়।';
Strings.OfficeOM.L_PermissionDenied = 'অনুমতি দিতে অস্বীকার করা হয়েছে';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'এক বা তার বেশী টেবিলবিকল্প প্যারামিটারগুলির যে মানগুলি আছে তারা অনুমোদিত নয়। মানগুলি দুবার পরীক্ষা করুন এবং আবার চেষ্টা করুন।';
Strings.OfficeOM.L_CustomXmlError = 'কাস্টম XML ত্রুটি।';
Strings.OfficeOM.L_ValueNotLoaded =
  'বিষয়বস্তুর ফলাফলের মানটি এখনও লোড করা হয়নি৷ রৈশিষ্ট মানটি পড়ার আগে, সংযুক্ত অনুরোধ প্রসঙ্গটিতে "context.sync()" এ কল করুন৷';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'আপনি {0} থেকে সম্ভাব্য সংবেদনশীল তথ্য দিতে ও নিতে চলেছেন । আপনি যদি এইরকম তথ্য দেয়া নেয়া করার জন্য উক্ত ওয়েবসাইটকে বিশ্বাস করেন তাহলে "ওকে" ক্লিক করুন. {1}.';
Strings.OfficeOM.L_OKButton = 'ওকে';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'ঘটনা পরিচালককে যোগ করতে ব্যর্থ হয়েছে।';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'ফাংশন নামটিতে অবশ্যই একটি পূর্ণ নেমস্পেস এবং একটি পূর্ণ সংক্ষিপ্ত নাম থাকতে হবে৷';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'ফাংশন নামটিতে কেবলমাত্র অক্ষর, সংখ্যা, আন্ডারস্কোর এবং সময়পর্ব থাকতে পারে৷';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'ব্রাউজার সংক্রান্ত বিধিনিষেধ আমাদের ডায়লগ বক্সটি তৈরি করার ক্ষেত্রে বাধা হচ্ছে। ডায়লগ বক্সটির ডোমেন ও অ্যাড-ইন হোস্টটির ডোমেন একই সুরক্ষা অঞ্চলের মধ্যে নেই।';
Strings.OfficeOM.L_InvalidParameters = 'ক্রিয়াকলাপ {0}-এর কয়েকটি অবৈধ প্যারামিটার আছে।';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "শুধুমাত্র পঠনযোগ্য বৈশিষ্ট্য '{0}' সেট করার চেষ্টা করছে।";
Strings.OfficeOM.L_InternalErrorDescription = 'একটি অভ্যন্তরীণ ত্রুটি ঘটেছে।';
Strings.OfficeOM.L_ModalDialogOpeng =
  'ক্রিয়াকলাপটি ব্যর্থ হয়েছে কারণ এই অ্যাড-ইনের ইতিমধ্যেই একটি সক্রিয় মোডাল ডায়ালগ রয়েছে৷';
Strings.OfficeOM.L_InvalidAPICall = 'অবৈধ API কল';
Strings.OfficeOM.L_UserClickIgnore = 'ব্যবহারকারী কথোপকথোন বাক্সটিকে উপেক্ষা করার সিদ্ধান্ত নিয়েছে৷';
Strings.OfficeOM.L_SliceSizeNotSupported = 'নির্দিষ্ট স্লাইসের আকারটি সীমাবদ্ধ নেই।';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'অবৈধ বা সময় শেষ হওয়া সেশন';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'বিজ্ঞপ্তি: বিন্যাসকরণ সেটগুলি সেট করা হয়েছে একটি বিন্যাসকরণ API কলের দ্বারা যা 100 এর নীচে রাখতে পরামর্শ দেওয়া হয়েছে।';
