Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'ഇവന്റ് ഹാൻഡ്‌ലർ നീക്കം ചെയ്യാൻ പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'ഒരു ടോക്കൺ നേടുന്നതിന് മുമ്പ് മൊഡ്യൂൾ ലോഡ് ചെയ്‌തിട്ടില്ല';
Strings.OfficeOM.L_EventRegistrationError = 'ഇവന്റ് രജിസ്ട്രേഷൻ തെറ്റ്';
Strings.OfficeOM.L_FunctionCallFailed = 'കോൾ ഫങ്ഷൻ {0} പരാജയപ്പെട്ടു, തെറ്റ് കോഡ്: {1}.';
Strings.OfficeOM.L_FileTypeNotSupported = 'ഈ നിര്‍ദിഷ്ട ഫയൽ ടൈപ്പിനെ പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'വരി സൂചിക മൂല്യം അനുവദിച്ച പരിധിക്ക് പുറത്താണ്. വരികളുടെ എണ്ണത്തേക്കാൾ കുറവുള്ള ഒരു മൂല്യം (0 അല്ലെങ്കിൽ ഉയർന്നത്) ഉപയോഗിക്കുക.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'നിലവിലുള്ള പശ്ചാത്തലത്തിൽ API കോൾ സാധുവാണ്.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'ഈ നിർദിഷ്ട കൊയേഴ്സൺ തരം ഈ ബൈൻഡിംഗ് തരവുമായി യോജിക്കുന്നില്ല.';
Strings.OfficeOM.L_InvalidResourceUrl = 'അസാധുവായ ആപ്ലിക്കേഷൻ റിസോഴ്സ് Url നൽകി.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'മെർജ് ചെയ്ത സെല്ലുകൾ പട്ടികയിൽ അടങ്ങിയിരിക്കുമ്പോൾ കൊയേഴ്സൺ തരവുമായി കോർഡിനേറ്റ് ഘടകങ്ങൾ ഉപയോഗിക്കാനാവില്ല.';
Strings.OfficeOM.L_NamedItemNotFound = 'എന്ന പേരിലുള്ള ഇനം നിലവിലില്ല.';
Strings.OfficeOM.L_SettingNameNotExist = 'നിർദിഷ്ട സജ്ജീകരണത്തിന്റെ പേര് നിലവിലില്ല.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'ആപ്ലിക്കേഷൻ {0} നിലവിലില്ല. Microsoft.Office.WebExtension.initialize(reason)-നെ വിളിച്ചിട്ടില്ല.';
Strings.OfficeOM.L_Timeout = 'പ്രക്രിയ കാലഹരണപ്പെട്ടു.';
Strings.OfficeOM.L_InvalidArgument =
  "ഈ സാഹചര്യത്തിനായി '{0}' ആർഗ്യുമെന്റ് പ്രവർത്തിക്കുന്നില്ല, കാണുന്നില്ല അല്ലെങ്കിൽ ശരിയായ ഫോർമാറ്റിലല്ല.";
Strings.OfficeOM.L_SettingsAreStale = 'സജ്ജീകരണങ്ങൾ നിലവിലുള്ളവ അല്ലാത്തതിനാൽ അവ സംരക്ഷിക്കാൻ കഴിഞ്ഞില്ല.';
Strings.OfficeOM.L_UserClickIgnore = 'ഉപയോക്താവ് ഡയലോഗ് ബോക്സ് അവഗണിക്കുന്നത് നോക്കിയെടുത്തു.';
Strings.OfficeOM.L_InvalidCoercion = 'അസാധുവായ കൊയേർഷൻ ടൈപ്പ്';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl ടൈപ്പിനെ പിന്താങ്ങുന്നില്ല.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'ഈ നിർദിഷ്ട ഡാറ്റാ ഓബ്ജക്റ്റ് വളരെ വലുതാണ്.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'ഈ വിഭാഗത്തിലെ ഉപയോക്തൃ സമ്മതത്തെ ഈ ആഡ്-ഇൻ പിന്തുണയ്‌ക്കാത്തതിനാൽ പ്രക്രിയ പരാജയപ്പെട്ടു';
Strings.OfficeOM.L_InValidOptionalArgument = 'അസാധുവായ ഐച്ഛികപരമായ ആർഗ്യുമെന്റുകൾ';
Strings.OfficeOM.L_NoCapability = 'ഈ പ്രവൃത്തിക്ക് നിങ്ങൾക്കു മതിയായ അനുമതി ഇല്ല.';
Strings.OfficeOM.L_DocumentIsInactive = 'ഈ ആഡ്-ഇൻ അടങ്ങിയിരിക്കുന്ന ഡോക്യുമെന്റ് നിഷ്ക്രിയമായതിനാൽ ഓപ്പറേഷൻ പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'അവഗണിക്കുക';
Strings.OfficeOM.L_NotSupportedEventType = 'ഈ നിര്‍ദിഷ്ട ഇവന്റ് ടൈപ്പിനെ {0} പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'ദയവായി ഒരു തിരഞ്ഞെടുപ്പ് നടത്തുക.';
Strings.OfficeOM.L_PermissionDenied = 'അനുമതി നിഷേധിച്ചിരിക്കുന്നു';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'ഒന്നോ അതിലധികമോ TableOptions പാരാമീറ്ററുകൾക്ക് അനുവദനീയമല്ലാത്ത മൂല്യങ്ങൾ. മൂല്യങ്ങൾ പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'സൈനിൻ പ്രോസസ്സിനിടയിൽ ഒരു കണക്ഷൻ നഷ്‌ടപ്പെട്ടു, ഉപയോക്താവ് സൈനിൻ ചെയ്‌തിരിക്കാനിടയില്ല. ഇത്, സുരക്ഷാ മേഖലകൾ പോലുള്ള ഉപയോക്താവിന്‍റെ ബ്രൗസർ കോൺഫിഗറേഷൻ ക്രമീകരണത്താൽ സംഭവിച്ചതാകാം.';
Strings.OfficeOM.L_TooManyArguments = 'വളരെയധികം ആർഗ്യുമെന്റുകൾ';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'ഉപയോക്തൃ സമ്മതത്തെ ഈ ആഡ്-ഇൻ പിന്തുണയ്‌ക്കുന്നില്ല.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "നിങ്ങളുടെ ബ്രൗസറിലെ സുരക്ഷാ ക്രമീകരണം ഒരു ഡയലോഗ് ബോക്സ് സൃഷ്‌ടിക്കുന്നതിൽ നിന്നും ഞങ്ങളെ തടഞ്ഞു. മറ്റൊരു ബ്രൗസർ പരീക്ഷിക്കുക, അല്ലെങ്കിൽ {0}, എന്നാൽ മാത്രമേ '{1}' എന്നതും വിലാസ ബാറിൽ കാണിച്ചിരിക്കുന്ന ഡൊമെയ്‌നും ഒരേ സുരക്ഷാ മേഖലയിൽ വരുകയുള്ളൂ.";
Strings.OfficeOM.L_ModalDialogOpeng = 'ഈ ആഡ്-ഇന്നിന് ഇതിനകം ഒരു സജീവ ഡയലോഗ് ഉള്ളതിനാൽ, ഓപ്പറേഷൻ പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_SettingsStaleError = 'ക്രമീകരണങ്ങളിലെ സ്റ്റെയ്ൽ തെറ്റ്';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'മറ്റൊന്ന് വീണ്ടെടുക്കുന്നതിന് മുമ്പ് നിലവിലുള്ള ഫയലിലെ closeAsync വിളിക്കുക.';
Strings.OfficeOM.L_NetworkProblem = 'നെറ്റ്‍വ‍ർക്ക് പ്രശ്നം';
Strings.OfficeOM.L_MissingParameter = 'വിട്ടുപോയ പാരാമീറ്ററുകൾ';
Strings.OfficeOM.L_RequestTokenUnavailable = 'കോൾ ആവൃത്തി കുറക്കുന്നതിനായി ഈ API കുറച്ചിരിക്കുന്നു.';
Strings.OfficeOM.L_ActivityLimitReached = 'പ്രവർത്തന പരിധിയിലെത്തി.';
Strings.OfficeOM.L_InvalidParameters = 'ഫങ്ഷന്റെ {0} ഘടകങ്ങൾ അസാധുവാണ്.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL സ്കീം പിന്തുണയ്‌ക്കാത്തതാണ്. പകരം HTTPS ഉപയോഗിക്കുക.';
Strings.OfficeOM.L_DataReadError = 'ഡാറ്റ വായിക്കുന്നതിൽ തെറ്റ്';
Strings.OfficeOM.L_CannotNavigateTo = 'നാവിഗേഷൻ പിന്തുണയ്ക്കാത്ത സ്ഥലത്താണ് ഓബ്ജക്റ്റിന്റെ സ്ഥാനം.';
Strings.OfficeOM.L_InvalidGrantMessage = 'ഈ ആഡ്-ഇൻ ന് വേണ്ടിയുള്ള അനുമതി നഷ്ടമായിരിക്കുന്നു.';
Strings.OfficeOM.L_UserAborted = 'സമ്മത അഭ്യർത്ഥന ഉപയോക്താവ് റദ്ദാക്കി.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'സെഷൻ അസാധുവാണ് അല്ലെങ്കിൽ കാലഹരണപ്പെട്ടു';
Strings.OfficeOM.L_DocumentReadOnly = 'ആവശ്യപ്പെട്ടിരിക്കുന്ന പ്രവർത്താന്മ് നിലവിലുള്ള ഡോക്യുമെന്റ് മോഡിൽ അനുവദനീയമല്ല.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'സജ്ജീകരിച്ചിരിക്കുന്ന {1} ആവശ്യകതയുടെ ഭാഗമായ {0} എന്ന രീതിയോ ഗുണവിശേഷതയോ നിങ്ങളുടെ {2} പതിപ്പിൽ ലഭ്യമല്ല.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'പരാമീറ്റർ പട്ടികയിലെ ഒന്നിലധികം ഓപ്ഷണൽ ഫംഗ്ഷനുകൾ';
Strings.OfficeOM.L_IndexOutOfRange = 'ഇൻഡെക്സ് പരിധിക്കു പുറത്ത്.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'ഈ ആഡ്-ഇൻ ഇതിനകം ഒരു ആക്‌സസ് ടോക്കൺ അഭ്യർത്ഥിക്കുന്നതിനാൽ പ്രക്രിയ പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_FormattingReminder = 'ഫോർമാറ്റിംഗ് ഓർമ്മപ്പെടുത്തൽ';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  '{0} എന്ന അവസ്ഥാ കോഡും {1} എന്ന തെറ്റ് കോഡും ഈ തെറ്റ് സന്ദേശവും നൽകി അഭ്യർത്ഥന പരാജയപ്പെട്ടു: {2}';
Strings.OfficeOM.L_DisplayDialogError = 'ഡയലോഗ് തെറ്റ് പ്രദർശിപ്പിക്കുക';
Strings.OfficeOM.L_SSOClientErrorMessage = 'ക്ലയന്‍റില്‍ ഒരു അപ്രതീക്ഷിത പിശക് സംഭവിച്ചു.';
Strings.OfficeOM.L_DialogNavigateError = 'ഡയലോഗ് നാവിഗേഷൻ തെറ്റ്';
Strings.OfficeOM.L_CannotRegisterEvent = 'ഇവന്‍റ് ഹാൻഡ്‌ലർ രജിസ്റ്റർ ചെയ്യാനാകുന്നില്ല.';
Strings.OfficeOM.L_InvalidBindingOperation = 'അസാധുവായ ബൈൻഡിംഗ് പ്രവർത്തനം';
Strings.OfficeOM.L_InternalError = 'ആന്തരിക തെറ്റ്';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'മാനിഫെസ്റ്റിലെ AppDomains ഘടകാംശത്തിൽ URL-ന്‍റെ ഡൊമെയ്‌ൻ ഉൾപ്പെടുത്തിയിട്ടില്ല, കൂടാതെ ഉറവിട സ്ഥാനത്തിന്റെ സബ്ഡൊമെയ്‌ന്‍ അല്ല.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'കാര്യപ്രവർത്തനത്തിന്‍റെ നിർവ്വചനത്തെ പ്രതിനിധീകരിക്കുന്ന ഈ പേരുള്ള ഒരു ഗുണവിശേഷത Excel.Script.CustomFunctions-ൽ ഉണ്ടായിരിക്കണം.';
Strings.OfficeOM.L_InvalidNode = 'അസാധുവായ നോഡ്';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'ഈ പ്ലാറ്റ്‌ഫോമിൽ API-യ്‌ക്ക് പിന്തുണയില്ല.';
Strings.OfficeOM.L_GetDataParametersConflict = 'നിർദിഷ്ട ഘടകങ്ങളുടെ ചേർച്ചയില്ലായ്മ.';
Strings.OfficeOM.L_APICallFailed = 'API കോൾ പരാജയപ്പെട്ടു';
Strings.OfficeOM.L_InvalidSetRows = 'നിർദിഷ്ട വരികൾ അസാധുവാണ്.';
Strings.OfficeOM.L_CancelButton = 'റദ്ദാക്കുക';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath തിരഞ്ഞെടുക്കലിനെ 1024 ഇനങ്ങളിലേക്ക് പരിമിതപ്പെടുത്തിയിരിക്കുന്നു.';
Strings.OfficeOM.L_SSOServerError = 'പ്രാമാണീകരണ ദാതാവിൽ പിശക് സംഭവിച്ചു.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'നിർദിഷ്ട വരി ശൂന്യമാണ്.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'നിര സൂചിക മൂല്യം അനുവദിച്ച പരിധിക്ക് പുറത്താണ്. നിരകളുടെ എണ്ണത്തേക്കാൾ കുറവുള്ള ഒരു മൂല്യം (0 അല്ലെങ്കിൽ ഉയർന്നത്) ഉപയോഗിക്കുക.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'ഒരു നിമിഷം ...';
Strings.OfficeOM.L_CallbackNotAFunction = 'കോൾബാക്ക് ടൈപ്പ് ഫങ്ഷൻ ആയിരിക്കണം, ടൈപ്പ് {0} ആയിരുന്നു.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'തിരഞ്ഞെടുക്കൽ പരിധിയിലെത്തി';
Strings.OfficeOM.L_NotSupported = '{0} ഫങ്ഷനെ പിന്താങ്ങുന്നില്ല.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'ഈ നിർദിഷ്ട ഡാറ്റാ ഓബ്ജക്റ്റ് ബൈൻഡിംഗ് തരവുമായി പൊരുത്തപ്പെടുന്നില്ല.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'പരാമീറ്റർ പട്ടികയിലെ ഒന്നിലധികം ഓപ്ഷണൽ ഒബ്ജക്റ്റുകൾ';
Strings.OfficeOM.L_InvalidGetRows = 'നിർദിഷ്ട വരികൾ അസാധുവാണ്.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'അഭ്യർത്ഥിച്ച പേലോഡ് വലുപ്പം പരിധി കവിഞ്ഞിരിക്കുന്നു. ലഘുലേഖ: “https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins” പരിശോധിക്കുക.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".run" രീതിയിലേക്ക് പാസ് ചെയ്ത ബാച്ച് കാര്യപ്രവർത്തനം ഒരു പ്രോമിസ് മടക്കിനൽകിയില്ല. ബാച്ച് പ്രവർത്തന പൂർത്തീകരണത്തിൽ സ്വപ്രേരിതമായി ട്രാക്കുചെയ്ത എല്ലാ ഒബ്ജക്റ്റുകളും റിലീസ് ചെയ്യാൻ, കാ���്യപ്രവർത്തനം ഒരു പ്രോമിസ് മടക്കിനൽകേണ്ടതുണ്ട്. സാധാരണയായി, "context.sync()" എന്നതിൽ നിന്നുള്ള പ്രതികരണം മടക്കിനൽകിയാണ് നിങ്ങൾ ഒരു പ്രോമിസ് മടക്കിനൽകാറുള്ളത്.';
Strings.OfficeOM.L_SettingsCannotSave = 'സജ്ജീകരണങ്ങൾ സേവ് ചെയ്യാൻ കഴിഞ്ഞില്ല.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'മുൻ കോൾ പൂർത്തിയാകുന്നതുവരെ കാത്തിരിക്കുക.';
Strings.OfficeOM.L_EventHandlerNotExist = 'നിർദിഷ്ട ഇവന്റ് ഹാൻഡ്‌ലർ ഈ ബൈൻഡിംഗിനായി കണ്ടെത്തിയില്ല.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'ഈ നിർദിഷ്ട ഐഡി നിലവിലില്ല.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'ഈ നിര്‍ദിഷ്ട startRow അഥവാ startColumn മൂല്യങ്ങൾ അസാധുവാണ്.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'അഭ്യർത്ഥിച്ച പേലോഡ് വലുപ്പം പരിധി കവിഞ്ഞിരിക്കുന്നു. ലഘുലേഖ: “https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins” പരിശോധിക്കുക.';
Strings.OfficeOM.L_InvalidRequestContext = 'വ്യത്യസ്ത അഭ്യർത്ഥനാ സന്ദർഭങ്ങൾക്കിടയിൽ ഓബ്ജക്റ്റ് ഉപയോഗിക്കാനാകില്ല.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'നിലവിലെ തിരഞ്ഞെടുപ്പ് പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'കുറിപ്പ്: ഒരു ഫോർമാറ്റിംഗ് API കോൾ മുന്നോട്ടു വെക്കുന്ന ഫോർമാറ്റിംഗ് സെറ്റുകൾ 100-ൽ താഴെ ആയിരിക്കാനാണ് നിർദേശം.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'പിന്തുണയ്ക്കപ്പെടാത്ത എണ്ണൽ';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'നിലവിലെ ഹോസ്റ്റ് അപ്ലിക്കേഷനിൽ എണ്ണൽ പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_DataWriteReminder = 'ഡാറ്റ എഴുത്ത് ഓർമപ്പെടുത്തൽ';
Strings.OfficeOM.L_OutOfRange = 'പരിധിക്ക് പുറത്ത്';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'അസാധുവായ ഇൻപുട്ട് ആര്‍ഗുമെന്‍റ്സ്.';
Strings.OfficeOM.L_InvalidValue = 'അസാധുവായ മൂല്യം';
Strings.OfficeOM.L_BadSelectorString =
  'സെലക്ടറിലേക്കു കടന്ന സ്ട്രിംഗ് തെറ്റായ ഫോർമാറ്റിൽ ആണ് അല്ലെങ്കിൽ അതിനെ പിന്താങ്ങുന്നില്ല.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  '{0}\' എന്ന ഗുണവിശേഷതയിലെ മാറ്റങ്ങൾ ഒരു "object.set" രീതിയിലൂടെ പ്രയോഗിക്കാനാകില്ല.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Callback ആർഗ്യുമെന്റ് ലിസ്റ്റിലും ഓപ്ഷണൽ ഓബ്ജക്റ്റിലും നിയതമായി വ്യക്തമാക്കാൻ കഴിയില്ല.';
Strings.OfficeOM.L_CannotWriteToSelection = 'നിലവിലുള്ള തിരഞ്ഞെടുപ്പിൽ എഴുതാനാവില്ല.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'ഡയലോഗ് ബോക്സ് സൃഷ്‌ടിക്കുന്നതിൽ നിന്നും ബ്രൗസർ നിയന്ത്രണങ്ങൾ ഞങ്ങളെ തടഞ്ഞു. ഡയലോഗ് ബോക്സ് ഡൊമെയ്‌നും ആഡ്-ഇൻ ഹോസ്റ്റ് ഡൊമെയ്‌നും ഉള്ളത് ഒരേ സുരക്ഷാ മേഖലയിലല്ല.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'തുടർച്ചയായുള്ളതല്ലാത്ത തിരഞ്ഞെടുപ്പുകളെ പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'ഡാറ്റ പുതിയതല്ല';
Strings.OfficeOM.L_FormatValueOutOfRange = 'മൂല്യം അനുവദനീയമായ പരിധിക്ക് പുറത്താണ്.';
Strings.OfficeOM.L_InvalidFormatValue =
  'ഒന്നോ അതിലധികമോ ഫോർമാറ്റ് പാരാമീറ്ററുകൾക്ക് അനുവദനീയമല്ലാത്ത മൂല്യങ്ങൾ. മൂല്യങ്ങൾ പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.';
Strings.OfficeOM.L_UnknownBindingType = 'ഈ ബൈൻഡിംഗ് തരത്തെ പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_NoHttpsWAC =
  'ഈ Office സെഷൻ ഒരു സുരക്ഷിത കണക്ഷൻ ഉപയോഗിക്കുന്നില്ല. വളരെ മുൻകരുതലുകൾ എടുക്കാൻ ഞങ്ങൾ ശുപാർശ ചെയ്യുന്നു.';
Strings.OfficeOM.L_APINotSupported = 'API പിന്താങ്ങുന്നില്ല';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'മാനിഫെസ്റ്റിൽ അസാധുവായ റിസോഴ്സ് Url നല്‍കിയിരിക്കുന്നു.';
Strings.OfficeOM.L_InvalidCellsValue =
  'ഒന്നോ അതിലധികമോ സെൽ പാരാമീറ്ററുകൾക്ക് അനുവദനീയമല്ലാത്ത മൂല്യങ്ങൾ. മൂല്യങ്ങൾ പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.';
Strings.OfficeOM.L_NotImplemented = '{0} ഫങ്ഷൻ നടപ്പിലായിട്ടില്ല.';
Strings.OfficeOM.L_InvalidAPICall = 'അസാധുവായ API Call';
Strings.OfficeOM.L_InvalidObjectPath =
  'നിങ്ങൾ ചെയ്യാൻ ശ്രമിക്കുന്നതിനായി \'{0}\' ഓബ്ജക്റ്റ് പാത്ത് പ്രവർത്തിക്കുന്നില്ല. നിങ്ങൾ ഒന്നിലേറെ "context.sync" കോളുകളിൽ ഉടനീളവും ".run" ബാച്ചിന്റെ അനുക്രമമായ നിർവഹണത്തിന് പുറത്തും ഓബ്ജക്റ്റ് ഉപയോഗിക്കുകയാണെങ്കിൽ, ഓബ്ജക്റ്റിന്റെ ലൈഫ്‌‌ടൈം നിയന്ത്രിക്കാൻ "context.trackedObjects.add()", "context.trackedObjects.remove()" രീതികൾ ഉപയോഗിക്കുക.';
Strings.OfficeOM.L_NotSupportedBindingType = 'ഈ നിര്‍ദിഷ്ട ബൈൻഡിംഗ് തരത്തെ {0} പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_SSOConnectionLostError = 'സൈനിൻ പ്രോസസ്സിനിടയിൽ ഒരു കണക്ഷൻ നഷ്‌ടപ്പെട്ടു.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'ഈ ആഡ്-ഇന്നിന് ഇതിനകം ഒരു സജീവ ഡയലോഗ് ഉള്ളതിനാൽ, പ്രക്രിയ പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'ഈ നിർദിഷ്ട കൊയേഴ്സൺ തരം പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_SaveSettingsError = 'ക്രമീകരണങ്ങളിലെ തെറ്റ് സംരക്ഷിക്കുക';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'ഈ നിര്‍ദിഷ്ട startRow അഥവാ startColumn മൂല്യങ്ങൾ അസാധുവാണ്.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'ഇവന്റ് ഹാൻഡ്‌ലർ ചേർക്കാൻ പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_SetDataParametersConflict = 'നിർദിഷ്ട ഘടകങ്ങളുടെ ചേർച്ചയില്ലായ്മ.';
Strings.OfficeOM.L_DataStale = 'ഡാറ്റ പുതിയതല്ല';
Strings.OfficeOM.L_ValueNotLoaded =
  'ഫല ഓബ്ജക്റ്റ് മൂല്യം ഇതുവരെയും ലോഡ് ചെയ്തില്ല. മൂല്യ ഗുണവിശേഷത വായിക്കുന്നതിന് മുമ്പ്, ബന്ധപ്പെട്ട അഭ്യർത്ഥനാ സന്ദർഭത്തിൽ "context.sync()" കോൾ ചെയ്യുക.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'ആവശ്യപ്പെട്ടിരിക്കുന്ന API–യെ ഈ ബ്രൗസർ പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_ConfirmDialog =
  'ഡൊമെയ്ൻ {0} Microsoft Office ആയി പ്രവർത്തിക്കുന്നു, കൂടാതെ നിങ്ങളുടെ വ്യക്തിഗത ഡാറ്റ ആക്സസ് ചെയ്യാൻ കഴിയുന്ന Office ആഡ്-ഇന്നുകൾ പ്രവർത്തിപ്പിക്കാനും കഴിയും. Office ആയി പ്രവർത്തിക്കുന്നതിനും നിങ്ങളുടെ ഡാറ്റ ആക്സസ് ചെയ്യുന്നതിനും, നിങ്ങൾ ഡൊമെയ്നിനെ വിശ്വസിക്കുന്നുവെങ്കിൽ തുടരുന്നതിന് ശരി ക്ലിക്ക് ചെയ്യുക.';
Strings.OfficeOM.L_OKButton = 'ശരി';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'നിലവിലുള്ള തിരഞ്ഞെടുപ്പ് ഈ നിർദിഷ്ട കൊയേഴ്സൺ തരവുമായി യോജിക്കുന്നില്ല.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel കളം ചിട്ടപ്പെടുത്തൽ മോഡിലാണുള്ളത്. ENTER അല്ലെങ്കിൽ TAB അമർത്തിയോ മറ്റൊരു കളം തിരഞ്ഞെടുത്തോ ചിട്ടപ്പെടുത്തൽ മോഡിൽ നിന്നും പുറത്തുകടന്ന ശേഷം വീണ്ടും ശ്രമിക്കുക.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'ഉപയോക്താവിന്‍റെ ഐഡന്‍റിറ്റി തരം പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'നിലവിലുള്ള തിരഞ്ഞെടുപ്പുമായോ നിര്‍ദിഷ്ട ബൈൻഡിംഗ് ടൈപ്പുമായോ ഒരു ബൈൻഡിംഗ് ഉണ്ടാക്കാനാവില്ല.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'ഉപയോക്താവ് പ്രക്രിയ റദ്ദാക്കി.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  '{0}-ൽ നിന്ന് നിങ്ങൾ സാധ്യതയുള്ള സെൻസിറ്റീവ് വിവരങ്ങൾ അയയ്ക്കാനും സ്വീകരിക്കാനും പോകുകയാണ് സെൻസിറ്റീവ് വിവരങ്ങൾ സ്വീകരിക്കുന്ന ഇനിപ്പറയുന്ന വെബ്സൈറ്റിനെ നിങ്ങൾ വിശ്വസിക്കുന്നുവെങ്കിൽ മാത്രം ശരി ക്ലിക്കുചെയ്യുക: {1}.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'നിങ്ങളുടെ Office സെഷൻ കാലഹരണപ്പെട്ടു അല്ലെങ്കിൽ അസാധുവാണ്. തുടരാൻ, പേജ് പുതുക്കിയെടുക്കുക.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'ഉപയോക്താവിന്‍റെ ഐഡന്‍റിറ്റി തരം പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_PropertyDoesNotExist = "ഓബ്‌ജക്റ്റിൽ '{0}' എന്ന ഗുണവിശേഷത നിലവിലില്ല.";
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'കാര്യപ്രവർത്തനത്തിന്‍റെ പേരിൽ അക്ഷരങ്ങളും അക്കങ്ങളും അണ്ടർസ്‌കോറുകളും വിരാമങ്ങളും മാത്രമേ ഉൾപ്പെടാവൂ.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "കാര്യപ്രവർത്തനത്തിന്‍റെ നിർവ്വചനത്തെ പ്രതിനിധീകരിക്കുന്ന Excel.Script.CustomFunctions-ലെ ഈ പേരുള്ള ഒരു ഗുണവിശേഷതയിൽ കാര്യപ്രവർത്തനം നടപ്പിലാക്കുന്ന ഒരു 'കോൾ' ഗുണവിശേഷത അടങ്ങിയിരിക്കണം.";
Strings.OfficeOM.L_InvalidDataObject = 'അസാധുവായ ഡാറ്റാ ഓബ്ജക്റ്റ്';
Strings.OfficeOM.L_SSOClientError = 'Office-ൽ നിന്നുള്ള പ്രാമാണീകരണ അഭ്യർത്ഥനയിൽ പിശക് സംഭവിച്ചു.';
Strings.OfficeOM.L_BindingCreationError = 'ബൈൻഡിംഗ് ക്രിയേഷൻ തെറ്റ്';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'കാര്യക്രമത്തിലേക്ക് കൈമാറിയ ആർഗ്യുമെന്‍റ് (ആർഗ്യുമെന്‍റുകൾ ഈ സാഹചര്യത്തിൽ പ്രവർത്തിക്കുന്നില്ല, അവ വിട്ടുപോയിരിക്കുന്നു അല്ലെങ്കിൽ അവ ശരിയായ ഫോർമാറ്റിലല്ല.';
Strings.OfficeOM.L_SelectionCannotBound = 'നിലവിലുള്ള തിരഞ്ഞെടുപ്പുമായി ബൈൻഡുചെയ്യാൻ കഴിയില്ല.';
Strings.OfficeOM.L_ElementMissing =
  'ചില പരാമീറ്റർ മൂല്യങ്ങൾ ഇല്ലാത്തതിനാൽ ടേബിൾ സെൽ ഫോർമാറ്റ് ചെയ്യാൻ കഴിഞ്ഞില്ല. പരാമീറ്ററുകൾ പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'പാരന്റ് ജാലകം കുറച്ചതിനാൽ ഓപ്പറേഷൻ പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_InvalidBindingError = 'അസാധുവായ ബൈൻഡിംഗ് എന്ന തെറ്റ്';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'പ്രവർത്തനം ഈ ബൈൻഡിംഗ് ടൈപ്പിൽ പിന്തുണയ്ക്കില്ല.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'നൽകിയിരിക്കുന്ന ഡാറ്റാ ഓബ്ജക്റ്റ് നിലവിലുള്ള തിരഞ്ഞെടുപ്പിന്റെ വലുപ്പവുമായി യോജിക്കുന്നില്ല.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'കുറിപ്പ്: ഒരു പട്ടിക��ിൽ കളങ്ങളുടെ എണ്ണം 20,000 കളങ്ങളിൽ താഴെ ആയിരിക്കാനാണ് നിർദേശം.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'ശരി ക്ലിക്ക് ചെയ്യുന്നതിലൂടെ, നിങ്ങളുടെ ഉള്ളടക്കത്തിലേക്കും വ്യക്തിഗത വിവരങ്ങളിലേക്കും {0} എന്നയാൾക്ക് ആക്സസ് അനുവദിക്കും. ';
Strings.OfficeOM.L_InvalidBinding = 'അസാധുവായ ബൈൻഡിംഗ്';
Strings.OfficeOM.L_MissingRequiredArguments = 'ചില അവശ്യ ആർഗ്യുമെന്റുകൾ കാണാനില്ല';
Strings.OfficeOM.L_UserNotSignedIn = 'Office-ൽ ഉപയോക്താവ് സൈൻ-ഇൻ ചെയ്തിട്ടില്ല.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'നൽകിയിരിക്കുന്ന ഡാറ്റാ ഒബ്ജക്റ്റ് നിലവിലുള്ള തിരഞ്ഞെടുപ്പിന്റെ ആകൃതിയുമായോ അളവുകളുമായോ യോജിക്കുന്നില്ല.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = '{0} എന്ന അവസ്ഥാ കോഡ് നൽകി അഭ്യർത്ഥന പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_DialogOK = 'ശരി';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'തിരഞ്ഞെടുത്ത ഉള്ളടക്കം ടേബിൾ ഫോർമാറ്റിൽ ആയിരിക്കണം. ഡാറ്റ ഒരു പട്ടികയായി ഫോർമാറ്റ് ചെയ്തിട്ട് വീണ്ടും ശ്രമിക്കുക.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'നെറ്റ്‍വർക്കിലെ ഒരു പ്രശ്നം ഫയൽ വീണ്ടെടുക്കുന്നതിനെ തടഞ്ഞിരിക്കുന്നു.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'ആഡ്-ഇൻ ഇതിനകം ഒരു ആക്‌സസ് ടോക്കൺ അഭ്യർത്ഥിക്കുന്നു.';
Strings.OfficeOM.L_ReadSettingsError = 'ക്രമീകരണങ്ങളിലെ തെറ്റ് വായിക്കുക';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'നിർദിഷ്ട കോളങ്ങൾ അസാധുവാണ്.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'നിർദിഷ്ട നോഡ് കണ്ടെത്തിയില്ല.';
Strings.OfficeOM.L_DataWriteError = 'ഡാറ്റ എഴുതുന്നതിൽ തെറ്റ്';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'തുടരുന്നതിന്, ആഡ്-ഇൻ നീക്കംചെയ്ത് വീണ്ടും ചേർക്കുക, അല്ലെങ്കിൽ പേജ് പുതുക്കിയെടുക്കുക.';
Strings.OfficeOM.L_PropertyNotLoaded =
  '{0}\' പ്രോപ്പർട്ടി ലഭ്യമല്ല. പ്രോപ്പർട്ടിയുടെ മൂല്യം വായിക്കുന്നതിന് മുമ്പ്, അടങ്ങിയിട്ടുള്ള ഓബ്ജ്കറ്റിലെ ലോഡ് രീതി കോൾ ചെയ്യുക, ബന്ധപ്പെട്ട അഭ്യർത്ഥനാ സന്ദർഭത്തിലെ "context.sync()" കോൾ ചെയ്യുക.';
Strings.OfficeOM.L_InvalidGetColumns = 'നിർദിഷ്ട കോളങ്ങൾ അസാധുവാണ്.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'ഇതേ പേരിലുള്ള ഒന്നിലധികം ഓബ്ജക്റ്റുകൾ കണ്ടെത്തിയിയിരിക്കുന്നു.';
Strings.OfficeOM.L_OperationCancelledError = 'പ്രക്രിയ റദ്ദാക്കി';
Strings.OfficeOM.L_SSOServerErrorMessage = 'സെര്‍വറില്‍ ഒരു അവിചാരിത പിശക് സംഭവിച്ചു.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'ഈ നിർദിഷ്ട ഡാറ്റാ ഓബ്ജക്റ്റിന്റെ ടൈപ്പ് നിലവിലുള്ള സെലക്‍ഷനുമായി പൊരുത്തപ്പെടുന്നില്ല.';
Strings.OfficeOM.L_AppNameNotExist = '{0}-നുള്ള ആഡ്-ഇൻ പേര് നിലവിലില്ല.';
Strings.OfficeOM.L_InvalidDataFormat = 'ഈ നിർദിഷ്ട ഡാറ്റാ ഓബ്ജക്റ്റിന്റെ ഫോർമാറ്റ് അസാധുവാണ്.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'ഡാറ്റ കാലഹരണപ്പെട്ടു. ഓബ്ജക്റ്റ് വീണ്ടും വീണ്ടെടുക്കുക.';
Strings.OfficeOM.L_NavOutOfBound = 'സൂചിക പരിധിക്ക് പുറത്ത് ആയതിനാൽ ഈ പ്രവർത്തനം പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_UnsupportedDataObject = 'നൽകിയിരിക്കുന്ന ഡേറ്റാ ഒബ്ജക്ട് ടൈപ്പിനെ പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'ഈ ആഡ്-ഇനിന് വേണ്ടി ഐഡന്‍റിറ്റി API പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_UserAbortedMessage = 'ആഡ്-ഇൻ അനുമതികള്‍ക്ക് ഉപയോക്താവ് സമ്മതം നല്‍കിയില്ല.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'കാര്യപ്രവർത്തനത്തിന്‍റെ പേരിൽ ശൂന്യമല്ലാത്ത ഒരു നെയിംസ്‌പെയ്‌സും ശൂന്യമല്ലാത്ത ഒരു ഹ്രസ്വനാമവും അടങ്ങിയിരിക്കണം.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'അനുവദിക്കണോ';
Strings.OfficeOM.L_InvalidGrant = 'പ്രീഓതറൈസേഷന്‍ നഷ്ടമായി.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'ക്ഷമിക്കണം, ഞങ്ങൾക്ക് തുടരാൻ കഴിയില്ല.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'ആവശ്യപ്പെട്ട വിവരങ്ങളുടെ സെറ്റ് വളരെ വലുതാണ്.';
Strings.OfficeOM.L_ShuttingDown = 'ഡാറ്റാ സെർവറിൽ നിലവിലുള്ളത് അല്ലാത്തതിനാൽ പ്രവർത്തനം പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js ഇതുവരെ പൂർണമായി ലോഡ് ആയിട്ടില്ല. ദയവായി പിന്നീട് ശ്രമിക്കുകയോ നിങ്ങളുടെ ഇനിഷ്യലൈസേഷൻ കോഡ് Office.initialize ഫങ്ഷനിൽ ചേർക്കുന്നുവെന്ന് ഉറപ്പാക്കുകയോ ചെയ്യുക.';
Strings.OfficeOM.L_InvalidSetColumns = 'നിർദിഷ്ട കോളങ്ങൾ അസാധുവാണ്.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'ഒരു മോഡൽ ഡയലോഗ് തുറന്നിരിക്കുമ്പോൾ എഴുത്ത് പ്രക്രിയ Office പിന്തുണയ്‌ക്കുന്നില്ല.';
Strings.OfficeOM.L_OperationNotSupported = 'ഈ പ്രവർത്തനത്തെ പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_ContinueButton = 'തുടരുക';
Strings.OfficeOM.L_RequestTimeout = 'ഈ കോളിന് വളരെ സമയമെടുത്തു.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'ഈ നിർദിഷ്ട rowCount അഥവാ columnCount മൂല്യങ്ങൾ അസാധുവാണ്.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'ഡാറ്റാ ഓബ്ജക്റ്റ് ഓവർറൈറ്റ് ആകും അല്ലെങ്കിൽ ഡാറ്റാ ഷിഫ്റ്റ് ആകും എന്നതിനാൽ ഈ സെറ്റ് ഓപ്പറേഷൻ പരാജയപ്പെട്ടു.';
Strings.OfficeOM.L_HostError = 'ഹോസ്റ്റ് തെറ്റ്';
Strings.OfficeOM.L_InvalidNamedItemForBindingType = 'ഈ നിർദിഷ്ട ബൈൻഡിംഗ് തരം എന്ന പേരിലുള്ള ഇനവുമായി യോജിക്കുന്നില്ല.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP പ്രോട്ടോക്കോൾ പിന്തുണയ്‌ക്കാത്തതാണ്. പകരം HTTPS ഉപയോഗിക്കുക';
Strings.OfficeOM.L_InternalErrorDescription = 'ഒരു ആന്തരിക തെറ്റ് സംഭവിച്ചിരിക്കുന്നു.';
Strings.OfficeOM.L_BindingNotExist = 'നിര്‍ദിഷ്ട ബൈൻഡിംഗ് നിലവിലില്ല.';
Strings.OfficeOM.L_InvalidFormat = 'അസാധുവായ ഫോർമാറ്റ് തെറ്റ്';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'നിങ്ങളുടെ ബ്രൗസർ കോൺഫിഗർ ചെയ്യുക';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'മെർജ് ചെയ്ത സെല്ലുകൾ പട്ടികയിൽ അടങ്ങിയിരിക്കുമ്പോൾ കൊയേഴ്സൺ തരവുമായി കോർഡിനേറ്റ് ഘടകങ്ങൾ ഉപയോഗിക്കാനാവില്ല.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "'{0}' എന്ന 'വായന മാത്രം' ഗുണവിശേഷത സജ്ജീകരിക്കാൻ ശ്രമിക്കുന്നു.";
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0}, ഒരു പുതിയ ജാലകം പ്രദർശിപ്പിക്കാൻ താൽപ്പര്യപ്പെടുന്നു.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'വർക്ക്‌ബുക്ക് മറച്ചിരിക്കുന്നതിനാൽ JavaScript API അഭ്യർത്ഥന പരാജയപ്പെട്ടു. വർക്ക്‌ബുക്ക് മറച്ചത് മാറ്റിയതിന് ശേഷം വീണ്ടും ശ്രമിക്കുക.';
Strings.OfficeOM.L_MemoryLimit = 'മെമ്മറി പരിധി കവിഞ്ഞിരിക്കുന്നു';
Strings.OfficeOM.L_SliceSizeNotSupported = 'നിർദിഷ്ട സ്ലൈസിന്റെ വലുപ്പത്തെ പിന്തുണയ്ക്കുന്നില്ല.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'പ്രാമാണീകരണ സന്ദർഭം ലഭ്യമാക്കാനുള്ള കാര്യപ്രവർത്തനം കാണുന്നില്ല';
Strings.OfficeOM.L_NotTrustedWAC =
  'നിങ്ങളെ സുരക്ഷിതമായി സൂക്ഷിക്കാൻ സഹായിക്കുന്നതിന് ഈ ആഡ്-ഇൻ അപ്രാപ്തമാക്കി. ആഡ്-ഇൻ ഉപയോഗിക്കുന്നത് തുടരാൻ, ഈ ഇനം ഒരു വിശ്വസനീയ ഡൊമെയ്നിൽ ഹോസ്റ്റുചെയ്തിട്ടുണ്ടെന്ന് സാധൂകരിക്കുക അല്ലെങ്കിൽ Office ഡെസ്ക്ടോപ്പ് അപ്ലിക്കേഷനിൽ തുറക്കുക.';
Strings.OfficeOM.L_CustomXmlError = 'ഇച്ഛാനുസൃത XML തെറ്റ്.';
