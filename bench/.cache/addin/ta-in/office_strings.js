Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'சார்பிற்கு அனுப்பப்பட்ட அளவுரு(கள்), இந்தச் சூழ்நிலைக்கு வேலை செய்யாது, இல்லை அல்லது சரியான வடிவமைப்பில் இல்லை.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'பயனர் அடையாள வகை ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_InvalidFormatValue =
  'ஒன்று அல்லது மேற்பட்ட வடிவமைப்பு அளவுருக்களில், அனுமதியற்ற மதிப்புகள் உள்ளன. மதிப்புகளை மீண்டும் சரிபார்த்து, மீண்டும் முயற்சிக்கவும்.';
Strings.OfficeOM.L_BindingNotExist = 'குறிப்பிடப்பட்ட பைண்டிங் இல்லை.';
Strings.OfficeOM.L_UserClickIgnore = 'உரையாடல் பெட்டியைப் புறக்கணிக்குமாறு பயனர் தேர்வுசெய்துள்ளார்.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP நெறிமுறை ஆதரிக்கப்படாது. பதிலாக HTTPS-ஐப் பயன்படுத்தவும்';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'குறிப்பிடப்பட்ட வேர் கிடைக்கவில்லை.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'வழங்கப்பட்ட தரவு பொருளானது, தற்போதைய தேர்வின் வடிவம் அல்லது அளவுகளுடன் பொருந்தாது.';
Strings.OfficeOM.L_DocumentReadOnly = 'தற்போதைய ஆவண பயன்முறையில், கோரப்பட்ட செயல்பாட்டுக்கு அனுமதியில்லை.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'பணிப்புத்தகம் மறைக்கப்பட்டுள்ளதால் JavaScript API கோரிக்கை தோல்வியடைந்தது. பணிப்புத்தக மறைப்பை அகற்றி, மீண்டும் முயலவும்.';
Strings.OfficeOM.L_DialogNavigateError = 'உரையாடல் வழிசெலுத்தல் பிழை';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'குறிப்பிட்ட நெடுவரிசைகள் தவறானவை.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'இந்த மதிப்பு அனுமதிக்கப்பட்ட வரம்புக்கு வெளியே உள்ளது.';
Strings.OfficeOM.L_InvalidCoercion = 'தவறான கோயர்ஷன் வகை';
Strings.OfficeOM.L_SettingsAreStale = 'அமைப்புகளை சேமிக்க முடியாது, ஏனெனில் அவை சமீபத்தியவை அல்ல.';
Strings.OfficeOM.L_CustomXmlError = 'தனிப்பயன் XML பிழை.';
Strings.OfficeOM.L_InvalidBindingError = 'தவறான பைண்டிங் பிழை';
Strings.OfficeOM.L_APINotSupported = 'API ஆதரிக்கப்படவில்லை';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'சரி என்பதைக் கிளிக் செய்வதன் மூலம், நீங்கள் உங்கள் உள்ளடக்கம் மற்றும் தனிநபர் தரவை {0} அணுகுவதற்கு அனுமதிப்பீர்கள். ';
Strings.OfficeOM.L_DataReadError = 'தரவு படித்தல் பிழை';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'பிணைய சிக்கல், கோப்பை மீட்டெடுப்பதைத் தடுத்தது.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'குறிப்பு: வடிவமைப்பு API அழைப்பால் அமைக்கப்பட்ட வடிவமைப்பு தொகுப்புகள், 100க்கு குறைவாக இருப்பது பரிந்துரைக்கப்படுகிறது.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'நீங்கள் {0}இலிருந்து முக்கியமான தகவல்களை அனுப்ப மற்றும் பெற உள்ளீர்கள். பின்வரும் வலைத்தளம் முக்கியமான தகவலைப் பெறுவதை நம்பினால் மட்டுமே சரி என்பதைக் கிளிக் செய்க:{1}.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'மூலச் சாளரம் குறைக்கப்பட்டதால், நடவடிக்கை தோல்வியடைந்தது.';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'வழங்கப்பட்ட தரவு பொருளானது, தற்போதைய தேர்வின் அளவுடன் பொருந்தவில்லை.';
Strings.OfficeOM.L_InvalidRequestContext = 'வெவ்வேறு கோரிக்கை சூழல்களில் ஆப்ஜெக்ட்டை பயன்படுத்த முடியாது.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'ஒரு நிமிடம்...';
Strings.OfficeOM.L_UserAbortedMessage = 'பயனர் துணை நிரல் அனுமதிகளுக்கு ஒப்புதல் அளிக்கவில்லை.';
Strings.OfficeOM.L_EventRegistrationError = 'நிகழ்வு பதிவு பிழை';
Strings.OfficeOM.L_DialogAlreadyOpened = 'இந்த துணை-நிரல் ஏற்கனவே செயலிலுள்ள உரையாடலை கொண்டுள்ளதால், இயக்கம் தோல்வி.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'தற்போதைய தேர்வு ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'இந்தப் பிரிவில் பயனர் ஒப்புதலை இந்தத் துணை நிரல் ஆதரிக்காததால் செயல்பாடு செயலிழந்தது';
Strings.OfficeOM.L_RequestTimeout = 'இந்த அழைப்பை செயலாக்க நீண்ட நேரமானது.';
Strings.OfficeOM.L_SSOServerError = 'அங்கீகார வழங்குநரில் பிழை ஏற்பட்டது.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'தவிர்';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'பயனரால் செயல்பாடு ரத்துசெய்யப்பட்டது.';
Strings.OfficeOM.L_ValueNotLoaded =
  'முடிவு பொருளின் மதிப்பு இன்னமும் ஏற்றப்படவில்லை. மதிப்பு பண்பை வாசிக்கும் முன்னர், தொடர்புடைய கோரிக்கை சூழலில் "context.sync()"-ஐ அழைக்கவும்.';
Strings.OfficeOM.L_InvalidFormat = 'தவறான வடிவமைப்பு பிழை';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'தவறான அல்லது காலாவதியான அமர்வு';
Strings.OfficeOM.L_InvalidGrant = 'முன்கூட்டிய அங்கீகாரம் இல்லை.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API, இந்தத் தளத்தில் ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'தொடர்ச்சியற்ற தேர்வுகள் ஆதரிக்கப்படாது.';
Strings.OfficeOM.L_NotSupportedEventType = 'குறிப்பிடப்பட்ட நிகழ்வு வகை {0}க்கு ஆதரவில்லை.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'நிகழ்வு நடத்தியைச் சேர்ப்பதில் தோல்வி.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'மன்னிக்கவும், எங்களால் தொடர முடியவில்லை.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'கோரப்பட்ட தரவு மிகவும் பெரியது.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'குறிப்பிடப்பட்ட வரிசைஎண்ணிக்கை அல்லது நெடுவரிசைஎண்ணிக்கை மதிப்புகள் தவறானவை.';
Strings.OfficeOM.L_PropertyDoesNotExist = "குணம் '{0}' ஆனது பொருளில் இல்லை.";
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'நிகழ்வு நடத்தியை அகற்றுவதில் தோல்வி.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'ஆதரிக்கப்படாத எனூமரேஷன்';
Strings.OfficeOM.L_InvalidValue = 'தவறான மதிப்பு';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'கோயர்ஷன் வகை அட்டவணையில், அட்டவணையில் பிணைக்கப்பட்ட கலங்கள் இருக்கும்போது, இட அளவுருக்களைப் பயன்படுத்த முடியாது.';
Strings.OfficeOM.L_DataWriteReminder = 'தரவு எழுதுதல் நினைவூட்டல்';
Strings.OfficeOM.L_SetDataIsTooLarge = 'குறிப்பிடப்பட்ட தரவு பொருளானது மிகவும் பெரியது.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'தரவு காலாவதியாகிவிட்டது. பொருளை மீண்டும் பெறவும்.';
Strings.OfficeOM.L_SelectionCannotBound = 'தற்போதைய தேர்வுடன் பிணைக்க முடியாது.';
Strings.OfficeOM.L_BindingCreationError = 'பிணைத்தல் உருவாக்குதல் பிழை';
Strings.OfficeOM.L_InvalidGrantMessage = 'இந்த துணை நிரலுக்கான அனுமதி இல்லை.';
Strings.OfficeOM.L_InvalidGetRows = 'குறிப்பிட்ட வரிசைகள் தவறானவை.';
Strings.OfficeOM.L_InvalidResourceUrl = 'தவறான பயன்பாட்டு வள Url வழங்கப்பட்டது.';
Strings.OfficeOM.L_UnknownBindingType = 'பைண்டிங் வகை ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_DataWriteError = 'தரவு எழுதுதல் பிழை';
Strings.OfficeOM.L_ConnectionFailureWithStatus = '{0} நிலைக் குறியீட்டுடன் கோரிக்கைத் தோல்வியடைந்தது.';
Strings.OfficeOM.L_SettingsCannotSave = 'அமைப்புகளை சேமிக்க முடியாது.';
Strings.OfficeOM.L_PermissionDenied = 'அனுமதி மறுக்கப்பட்டது';
Strings.OfficeOM.L_APICallFailed = 'API அழைப்பு தோல்வி';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'உள்நுழைவுச் செயல்பாட்டின் போது, இணைப்பு துண்டிக்கப்பட்டது, மேலும் பயனர் உள்நுழையாமல் இருக்கலாம். இதற்குப் பாதுகாப்பான பகுதிகள் போன்ற பயனர் உலாவி உள்ளமைவு அமைப்புகள் காரணமாக இருக்கலாம்.';
Strings.OfficeOM.L_FormattingReminder = 'வடிவமைப்பு நினைவூட்டல்';
Strings.OfficeOM.L_FileTypeNotSupported = 'குறிப்பிடப்பட்ட கோப்பு வகைக்கு ஆதரவில்லை.';
Strings.OfficeOM.L_BadSelectorString =
  'தேர்விக்கு அனுப்பப்பட்ட எழுத்துச்சரம், தவறான வடிவமைப்பில் உள்ளது அல்லது ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'டோக்கனைப் பெறும் முன், தொகுதி ஏற்றப்படவில்லை';
Strings.OfficeOM.L_CannotWriteToSelection = 'தற்போதைய தேர்வில் எழுத முடியாது.';
Strings.OfficeOM.L_OutOfRange = 'வரம்புக்கு வெளியே உள்ளது';
Strings.OfficeOM.L_ModalDialogOpeng =
  'இந்தத் துணை-நிரல் ஏற்கனவே செயலிலுள்ள பயன்முறை சார்ந்த உரையாடலைக் கொண்டுள்ளதால், நடவடிக்கை தோல்வியடைந்தது.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'செயலி உரையாடல் திறந்திருக்கும்போது, Office-க்காக எழுதுதல் செயல்பாடு ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_DisplayDialogError = 'உரையாடலை காண்பித்தலில் பிழை';
Strings.OfficeOM.L_OperationNotSupported = 'செயல்பாட்டுக்கு ஆதரவில்லை.';
Strings.OfficeOM.L_MissingParameter = 'அளவுரு இல்லை';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'குறிப்பிடப்பட்ட தொடக்கவரிசை அல்லது தொடக்கநெடுவரிசை மதிப்புகள் தவறானவை.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'அனுமதிக்கவா';
Strings.OfficeOM.L_InvalidDataObject = 'தவறான தரவு பொருள்';
Strings.OfficeOM.L_SaveSettingsError = 'அமைப்புகளைச் சேமித்தல் பிழை';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'தயவுசெய்து தேர்ந்தெடுக்கவும்.';
Strings.OfficeOM.L_InvalidAPICall = 'தவறான API அழைப்பு';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'இந்தத் துணை நிரலில் அடையாள API ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'பதிலளிப்புப் பேலோட் அளவு வரம்பை கடந்துவிட்டது. ஆவணத்தைப் பார்க்கவும்: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'தரவு புதியது அல்ல';
Strings.OfficeOM.L_ReadSettingsError = 'படித்தல் அமைப்புகள் பிழை';
Strings.OfficeOM.L_SetDataParametersConflict = 'குறிப்பிடப்பட்ட அளவுருக்களில் முரண்பாடு.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'தற்போதைய தேர்வு மற்றும் குறிப்பிட்ட பைண்டிங் வகையுடன் பைண்டிங்கை உருவாக்க முடியாது.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'காட்சியில் அல்லது மூல இருப்பிடத்தின் துணைக்களத்தில் URL-இன் களம் AppDomains உறுப்பில் சேர்க்கப்படவில்லை.';
Strings.OfficeOM.L_DataStale = 'தரவு புதியது அல்ல';
Strings.OfficeOM.L_EventHandlerNotExist = 'குறிப்பிட்ட நிகழ்வு ஹேண்ட்லர் இந்த பைண்டிங்கிற்கு கிடைக்கவில்லை.';
Strings.OfficeOM.L_CannotNavigateTo = 'வழிசெலுத்தல் ஆதரிக்கப்படாத இடத்தில் பொருள் அமைந்துள்ளது.';
Strings.OfficeOM.L_Timeout = 'இயக்கம் நேரம் முடிந்தது.';
Strings.OfficeOM.L_InvalidObjectPath =
  'நீங்கள் செய்ய முயற்சிப்பவைக்கு \'{0}\'ஆப்ஜெக்ட் பாதை வேலை செய்யவில்லை. பல "context.sync" அழைப்புகள் மற்றும் ".run" தொகுப்பு தொடர்ச்சியான செயல்பாட்டுக்கு வெளியில் ஆப்ஜெக்ட்டை பயன்படுத்தினால், ஆப்ஜெக்ட்டின் வாழ்நாளை நிர்வகிக்க "context.trackedObjects.add()" மற்றும் "context.trackedObjects.remove()" பயன்முறைகளைப் பயன்படுத்தவும்.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'கோயர்ஷன் வகை அட்டவணையில், அட்டவணையில் பிணைக்கப்பட்ட கலங்கள் இருக்கும்போது, இட அளவுருக்களைப் பயன்படுத்த முடியாது.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'நெடுவரிசையின் குறியீட்டு மதிப்பு, அனுமதிக்கப்பட்ட வரம்புக்கு வெளியே உள்ளது. நெடுவரிசைகளின் எண்ணிக்கையை விடக் குறைவான மதிப்பை (0 அல்லது அதற்கு மேற்பட்டது) பயன்படுத்தவும்.';
Strings.OfficeOM.L_InvalidBinding = 'தவறான பைண்டிங்';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'குறிப்பிடப்பட்ட தரவு பொருளின் வகையானது, தற்போதைய தேர்வுடன் பொருந்தாது.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Excel.Script.CustomFunctions-இல் இந்தப் பெயரில் செயல்பாட்டின் வரையறையை விவரிக்கும் பண்பானது, செயல்பாட்டைச் செயல்படுத்தும் 'அழைப்பு' பண்பைக் கொண்டிருக்க வேண்டும்.";
Strings.OfficeOM.L_CoercionTypeNotSupported = 'குறிப்பிடப்பட்ட கோயர்ஷன் வகைக்கு ஆதரவில்லை.';
Strings.OfficeOM.L_HostError = 'சேவையகப் பிழை';
Strings.OfficeOM.L_ContinueButton = 'தொடரவும்';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'குறிப்பிடப்பட்ட ஐடி இப்போது இல்லை.';
Strings.OfficeOM.L_NotImplemented = 'செயல்பாடு {0} நடைமுறைப்படுத்தப்படவில்லை.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'குறிப்பிடப்பட்ட வரிசை வெறுமையாக உள்ளது.';
Strings.OfficeOM.L_InvalidBindingOperation = 'தவறான பைண்டிங் செயல்பாடு';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'தொடர, செருகு நிரலை அகற்றி மீண்டும் சேர்க்கவும் அல்லது பக்கத்தைப் புதுப்பிக்கவும்.';
Strings.OfficeOM.L_DocumentIsInactive =
  'இந்தத்துணை-நிரலைக் கொண்டிருக்கும் ஆவணம் செயலற்று இருப்பதால், நடவடிக்கை தோல்வியடைந்தது.';
Strings.OfficeOM.L_NamedItemNotFound = 'பெயரிட்ட உருப்படி இல்லை.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'வரிசையின் குறியீட்டு மதிப்பு, அனுமதிக்கப்பட்ட வரம்புக்கு வெளியே உள்ளது. வரிசைகளின் எண்ணிக்கையை விடக் குறைவான மதிப்பை (0 அல்லது அதற்கு மேற்பட்டது) பயன்படுத்தவும்.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'இந்த துணை-நிரல் ஏற்கனவே அணுகல் டோக்கனை கோரியுள்ளதால், இயக்கம் தோல்வியுற்றது.';
Strings.OfficeOM.L_InternalErrorDescription = 'உள் பிழை ஏற்பட்டது.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'பயன்பாடு {0} இல்லை. Microsoft.Office.WebExtension.initialize(reason) அழைக்கப்படவில்லை.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel, கலத் திருத்துதல் பயன்முறையில் உள்ளது. ENTER அல்லது TAB என்பதை அழுத்துவதன் மூலம் அல்லது வேறொரு கலத்தைத் தேர்ந்தெடுப்பதன் மூலம் திருத்துதல் பயன்முறையில் இருந்து வெளியேறி, மீண்டும் முயலவும்.';
Strings.OfficeOM.L_InvalidParameters = 'செயல்பாடு {0} இல் செல்லுபடியாகாத அளவுருக்கள் உள்ளன.';
Strings.OfficeOM.L_FunctionCallFailed = 'செயல்பாடு {0} அழைப்பது தோல்வி, பிழைக் குறியீடு: {1}.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "உங்கள் உலாவியில் உள்ள பாதுகாப்பு அமைப்புகளானது உரையாடல் பெட்டியை உருவாக்குவதில் இருந்து எங்களைப் பாதுகாக்கிறது. '{1}' மற்றும் உங்கள் முகவரிப் பட்டியில் காட்டப்படும் டொமைன் ஒரே பாதுகாப்புப் பகுதியில் இருப்பதற்கு மற்றொரு உலாவி அல்லது {0} -ஐ முயற்சிக்கவும்.";
Strings.OfficeOM.L_InvalidSetRows = 'குறிப்பிட்ட வரிசைகள் தவறானவை.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "படிக்க மட்டும் குணம் '{0}'-ஐ அமைக்க முயற்சிக்கிறது.";
Strings.OfficeOM.L_InternalError = 'உள்ளக பிழை';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl வகை ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_OperationCancelledError = 'செயல்பாடு ரத்துசெய்யப்பட்டது';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'செயல்பாட்டின் வரையறையை விவரிக்கும் இந்தப் பெயரில் உள்ள பண்பு Excel.Script.CustomFunctions-இல் இருக்க வேண்டும்.';
Strings.OfficeOM.L_InvalidDataFormat = 'குறிப்பிடப்பட்ட தரவு பொருளின் வடிவமைப்பு செல்லுபடியாகாதது.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'மற்றொன்றை மீட்டெடுப்பதற்கு முன்பு, தற்போதைய கோப்பில், closeAsync அழைக்கவும்.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'முந்தைய அழைப்பு முடிவடையும் வரை காத்திருக்கவும்.';
Strings.OfficeOM.L_GetDataParametersConflict = 'குறிப்பிடப்பட்ட அளவுருக்களில் முரண்பாடு.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'பயனரின் அடையாள வகை ஆதரிக்கப்படவிலை.';
Strings.OfficeOM.L_CallbackNotAFunction =
  'Callback என்பது ஒரு வகை செயல்பாடாக இருக்க வேண்டும், {0} வகையில் இருந்தது.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'குறிப்பு: ஒரு அட்டவணையில் உள்ள கலங்களின் எண்ணிக்கை 20,000க்கு குறைவாக இருப்பது பரிந்துரைக்கப்படுகிறது.';
Strings.OfficeOM.L_CannotRegisterEvent = 'நிகழ்வு நடத்தியைப் பதிவுசெய்ய முடியவில்லை.';
Strings.OfficeOM.L_OKButton = 'சரி';
Strings.OfficeOM.L_UnsupportedDataObject = 'வழங்கப்பட்ட தரவு பொருள் வகைக்கு ஆதரவில்லை.';
Strings.OfficeOM.L_NotSupported = 'செயல்பாடு {0} ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'ஒன்று அல்லது மேற்பட்ட tableOptions அளவுருக்களில், அனுமதியற்ற மதிப்புகள் உள்ளன. மதிப்புகளை மீண்டும் சரிபார்த்து, மீண்டும் முயற்சிக்கவும்.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'உங்கள் Office அமர்வு காலாவதியானது அல்லது தவறானது. தொடர, பக்கத்தைப் புதுப்பிக்கவும்.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'தேர்ந்தெடுத்த உள்ளடக்கம் அட்டவணை வடிவமைப்பில் இருக்க வேண்டும். தரவை அட்டவணையாக வடிவமைத்து, மீண்டும் முயற்சிக்கவும்.';
Strings.OfficeOM.L_NoHttpsWAC =
  'இந்த Office அமர்வு பாதுகாப்பான இணைப்பைப் பயன்படுத்தவில்லை. கூடுதல் முன்னெச்சரிக்கை நடவடிக்கைகளை எடுக்க நாங்கள் பரிந்துரைக்கிறோம்.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'குறிப்பிட்ட ஸ்லைஸ் அளவுக்கு ஆதரவில்லை.';
Strings.OfficeOM.L_InvalidArgument =
  "{0}' மதிப்புரு இந்த சூழ்நிலையில் வேலை செய்யாது, இல்லை அல்லது சரியான வடிவமைப்பில் இல்லை.";
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'அங்கீகரிப்புச் சூழலைப் பெறும் செயல்பாடு விடுபட்டுள்ளது';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'குறிப்பிடப்பட்ட தொடக்கவரிசை அல்லது தொடக்கநெடுவரிசை மதிப்புகள் தவறானவை.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} புதிய சாளரத்தைக் காட்ட விரும்புகிறார்.';
Strings.OfficeOM.L_SettingNameNotExist = 'குறிப்பிட்ட அமைப்பு பெயர் இல்லை.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = '1024 உருப்படிகள் வரை தேர்வை XPath கட்டுப்படுத்துகிறது.';
Strings.OfficeOM.L_DialogOK = 'சரி';
Strings.OfficeOM.L_MemoryLimit = 'நினைவக வரம்பு மீறப்பட்டது';
Strings.OfficeOM.L_InvalidApiCallInContext = 'தற்போதைய சூழலில், செல்லாத API அழைப்பு.';
Strings.OfficeOM.L_UserAborted = 'ஒப்புதல் கோரிக்கையை பயனர் கைவிட்டுள்ளார்.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'இந்தத் துணை-நிரல் பயனர் ஒப்புதலை ஆதரிக்காது.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'செயல்பாட்டுப் பெயரில் எழுத்துகள், எண்கள், அடிக்கோடுகள் மற்றும் முற்றுப் புள்ளிகள் மட்டுமே இருக்கலாம்.';
Strings.OfficeOM.L_ActivityLimitReached = 'செயல்பாட்டு வரம்பைக் கடந்தது.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'கோரிக்கை பேலோட் அளவு வரம்பை கடந்துவிட்டது. ஆவணத்தைப் பார்க்கவும்: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_IndexOutOfRange = 'பட்டியல் வரம்புக்கு வெளியே உள்ளது.';
Strings.OfficeOM.L_NotSupportedBindingType = 'குறிப்பிடப்பட்ட பைண்டிங் {0} ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'செயல்பாட்டுப் பெயரில் காலியாக இல்லாத பெயர்கள் மற்றும் காலியாக இல்லாத குறுகிய பெயர் இருக்க வேண்டும்.';
Strings.OfficeOM.L_CancelButton = 'ரத்துசெய்';
Strings.OfficeOM.L_AppNameNotExist = '{0}-க்கான துணை நிரல் பெயர் இல்லை.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'மேனிஃபெஸ்டில் தவறான பயன்பாட்டு வள Url குறிப்பிடப்பட்டது.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'உங்கள் உலாவியை உள்ளமைக்கவும்';
Strings.OfficeOM.L_ShuttingDown = 'செயல்பாடு தோல்வியுற்றது, ஏனெனில் தரவு சேவையகத்தில், சமீபத்தியதாக இல்லை.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'அளவுருக்கள் பட்டியலில் பல விருப்ப செயல்பாடுகள் உள்ளன';
Strings.OfficeOM.L_InvalidSetColumns = 'குறிப்பிட்ட நெடுவ���ிசைகள் தவறானவை.';
Strings.OfficeOM.L_PropertyNotLoaded =
  '{0}\' குணம் கிடைக்கவில்லை. குணத்தின் மதிப்பை வாசிப்பதற்கு முன், கொண்டுள்ள ஆப்ஜெக்ட்டின் ஏற்று முறையை அழைக்கவும் மற்றும் தொடர்புடைய கோரிக்கை சூழலில் "context.sync()" அழைக்கவும்.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'சேவையகத்தில் எதிர்பாராத பிழை ஏற்பட்டது.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'குறிப்பிடப்பட்ட தரவு பொருளின் வகையானது, பைண்டிங் வகையுடன் பொருந்தாது.';
Strings.OfficeOM.L_InValidOptionalArgument = 'செல்லாத விருப்ப மதிப்புரு';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'குறிப்பிட்ட பைண்டிங் வகையானது, வழங்கப்பட்ட பெயருள்ள உருப்படியுடன் இணங்காது.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'துணை-நிரல் ஏற்கனவே அணுகல் டோக்கனை கோரியுள்ளது.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'இந்த பைண்டிங் வகையுடன் செயல்பாட்டுக்கு ஆதரவில்லை.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  '{0} முறை அல்லது பண்பு, {1} தகுதிநிலை தொகுப்பின் பாகமாகும், அது நீங்கள் பயன்படுத்தும் {2} பதிப்பில் கிடைக்காது.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL திட்டம் ஆதரிக்கப்படவில்லை. பதிலாக HTTPS-ஐப் பயன்படுத்தவும்.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js இன்னும் முழுமையாக ஏற்றப்படவில்லை. பின்னர் மீண்டும் முயற்சிக்கவும் அல்லது Office.initialize செயல்பாட்டில் தொடக்க குறியீட்டைச் சேர்த்ததை உறுதிசெய்யவும்.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'தற்போதைய தேர்வு, குறிப்பிடப்பட்ட கோயர்ஷன் வகையுடன் இணங்காது.';
Strings.OfficeOM.L_MissingRequiredArguments = 'தேவையான சில மதிப்புருக்கள் இல்லை';
Strings.OfficeOM.L_SSOConnectionLostError = 'உள்நுழைவுச் செயல்பாட்டின் போது, இணைப்பு துண்டிக்கப்பட்டது.';
Strings.OfficeOM.L_NetworkProblem = 'பிணைய சிக்கல்';
Strings.OfficeOM.L_UserNotSignedIn = 'Office இல் பயனர் யாரும் உள்நுழையவில்லை.';
Strings.OfficeOM.L_InvalidNode = 'தவறான கணு';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'தவறான உள்ளீட்டு அளவுருக்கள்.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'தேர்ந்தெடுப்பு வரம்பை அடைந்தது';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'குறிப்பிடப்பட்ட கோயர்ஷன் வகை, இந்த பைண்டிங் வகையுடன் இணங்காது.';
Strings.OfficeOM.L_NoCapability = 'இந்தச் செயல்பாட்டுக்கு போதுமான அனுமதிகள் உங்களிடம் இல்லை.';
Strings.OfficeOM.L_SSOClientError = 'Office இடமிருந்த அங்கீகாரக் கோரிக்கையில் பிழை ஏற்பட்டது.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".run" முறைக்கு அனுப்பப்பட்ட தொகுதிச் செயல்பாடு promise-ஐ அளிக்கவில்லை. செயல்பாடு கண்டிப்பாக promise-ஐ அளிக்க வேண்டும், ஆகவே தான் தானாகத் தடமறியப்படும் பொருட்கள் எதையும் தொகுதிச் செயல்பாடு முடியும் நேரத்தில் வெளியிட முடியும். பொதுவாக, "context.sync()"-இலிருந்து பதிலை அளிப்பதன் மூலம் promise-ஐ அளிக்கிறீர்கள்.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'தற்போதைய சேவையகப் பயன்பாட்டில், எனுமரேஷன் ஆதரிக்கப்படவில்லை.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'செயல்பாட்டை அமைத்தல் தோல்வியுற்றது, ஏனெனில், வழங்கப்பட்ட தரவு பொருளானது தரவை மேலெழுதும் அல்லது இடமாற்றும்.';
Strings.OfficeOM.L_InvalidGetColumns = 'குறிப்பிட்ட நெடுவரிசைகள் தவறானவை.';
Strings.OfficeOM.L_ElementMissing =
  'சில அளவுரு மதிப்புகள் இல்லையென்பதால், இந்த அட்டவணையை எங்களால் வடிவமைக்க முடியாது. அளவுருக்களை மீண்டும் சரிபார்த்து, பிறகு முயற்சிக்கவும்.';
Strings.OfficeOM.L_NavOutOfBound = 'பட்டியல் வரம்பில் இல்லாததால், செயல்பாடு தோல்வியுற்றது.';
Strings.OfficeOM.L_InvalidCellsValue =
  'ஒன்று அல்லது மேற்பட்ட கலங்களின் அளவுருக்களில், அனுமதியற்ற மதிப்புகள் உள்ளன. மதிப்புகளை மீண்டும் சரிபார்த்து, மீண்டும் முயற்சிக்கவும்.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'கிளையன்டில் எதிர்பாராத பிழை ஏற்பட்டது.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'இதே பெயரைக் கொண்ட பல பொருள்கள் கண்டறியப்பட்டன.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'உலாவி கட்டுப்பாடுகளானது உரையாடல் பெட்டியை உருவாக்குவதில் இருந்து எங்களைப் பாதுகாக்கிறது. உரையாடல் பெட்டியின் டொமைனும் துணை நிரல் ஹோஸ்ட்டின் டொமைனும் ஒரே பாதுகாப்புப் பகுதியில் இருக்கக்கூடாது.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'அளவுருக்கள் பட்டியலில் பல விருப்ப பொருட்கள் உள்ளன';
Strings.OfficeOM.L_NotTrustedWAC =
  'உங்களைப் பாதுகாப்பாக வைத்திருக்க இந்த செருகுநிரல் முடக்கப்பட்டுள்ளது. செருகு நிரலைப் பயன்படுத்துவதைத் தொடர, இந்த உருப்படி நம்பகமான களத்தில் ஹோஸ்ட் செய்யப்பட்டுள்ளதா என்பதை சரிபார்க்கவும் அல்லது Office டெஸ்க்டாப் பயன்பாட்டில் திறக்கவும்.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'இந்த API ஆனது, அழைப்பு கால இடைவெளியை மெதுவாக்க, வேகம் குறைக்கப்பட்டது.';
Strings.OfficeOM.L_SettingsStaleError = 'அமைப்புகள் தேக்கப் பிழை';
Strings.OfficeOM.L_BrowserAPINotSupported = 'கோரப்பட்ட API ஐ இந்த உலாவி ஆதரிக்காது.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Callback ஐ அளவுரு பட்டியல் மற்றும் தேர்வு ஆப்ஜெக்ட் ஆகிய இரண்டிலும் குறிப்பிட முடியாது.';
Strings.OfficeOM.L_TooManyArguments = 'மிக அதிகமான அளவுருக்கள்';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'குணம் \'{0}\'-க்கான மாற்றங்களை "object.set" முறை மூலம் பயன்படுத்த முடியாது.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  '{0} நிலைக் குறியீடு, பிழைக் குறியீடு {1} மற்றும் பின்வரும் பிழைச் செய்தியுடன் கோரிக்கைத் தோல்வியடைந்தது: {2}';
Strings.OfficeOM.L_ConfirmDialog =
  'உங்கள் தனிப்பட்ட தரவை அணுகக்கூடிய {0} டொமைன் Microsoft Office ஆகச் செயல்படுவதோடு Office துணை நிரல்களையும் இயக்க முடியும். Office ஆக இயங்கவும் தரவை அணுகவும் டொமைனை நீங்கள் நம்பினால் தொடர்வதற்குச் ‘சரி’ என்பதைக் கிளிக் செய்யவும்.';
