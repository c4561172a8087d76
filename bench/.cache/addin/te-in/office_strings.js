Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_InvalidGrantMessage = 'ఈ యాడ్-ఇన్ కోసం అనుమతి లేదు.';
Strings.OfficeOM.L_NoCapability = 'ఈ చర్య కోసం మీ వద్ద తగిన అనుమతులు లేవు.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'పేర్కొన్న స్లయిస్ పరిమాణానికి మద్దతు లేదు.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'పేర్కొన్న అడ్డు వరుస ఖాళీగా ఉంది.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP ప్రోటోకాల్‌కి మద్దతు లేదు. బదులుగా HTTPSని ఉపయోగించండి';
Strings.OfficeOM.L_OKButton = 'సరే';
Strings.OfficeOM.L_BrowserAPINotSupported = 'ఈ బ్రౌజర్ అభ్యర్థించిన APIకి మద్దతు ఇవ్వదు.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'డేటా గడువు ముగిసింది. అంశాన్ని మళ్లీ తిరిగి పొందండి.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'టోకెన్‌ని పొందడం కంటే ముందు మాడ్యూల్ లోడ్ కాదు';
Strings.OfficeOM.L_NotImplemented = '{0} విధి అమలు కాలేదు.';
Strings.OfficeOM.L_OperationCancelledError = 'చర్య రద్దు చేయబడింది';
Strings.OfficeOM.L_SettingsAreStale = 'సెట్టింగ్‌లు తాజాగా లేనందున అవి సేవ్ చేయబడవు.';
Strings.OfficeOM.L_DataWriteReminder = 'డేటా వ్రాత రిమైండర్';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'ఒక్క క్షణం ...';
Strings.OfficeOM.L_PropertyNotLoaded =
  'లక్షణం \'{0}\' అందుబాటులో లేదు. ఈ లక్షణం విలువను చదవడానికి ముందు, అంశాన్ని కలిగి ఉన్నదానిలో లోడ్ విధానానికి కాల్ చేయండి మరియు సంబంధిత అభ్యర్థన సందర్భంలో "context.sync()"కు కాల్ చేయండి.';
Strings.OfficeOM.L_InvalidGetColumns = 'పేర్కొన్న నిలువు వరుసలు చెల్లవు.';
Strings.OfficeOM.L_UserAbortedMessage = 'యాడ్-ఇన్ అనుమతులను అందించడానికి వినియోగదారు సమ్మతించలేదు.';
Strings.OfficeOM.L_ConfirmRefreshMessage = 'కొనసాగించడానికి, అదనపుచేర్పు‌ను తీసివేసి, దాన్ని మళ్ళీ జోడించండి లేదా పేజీని రిఫ్రెష్ చేయండి.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit = 'ఫంక్షన్ పేరులో నాన్-ఎంప్‌టీ నేమ్‌స్పేస్ మరియు నాన్-ఎంప్‌టీ షార్ట్ నేమ్.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'కాల్ తరచుదనాన్ని తగ్గించేందుకు ఈ APIకి పరిమితి విధించబడింది.';
Strings.OfficeOM.L_InvalidDataFormat = 'పేర్కొన్న డేటా అంశం యొక్క ఆకృతి చెల్లదు.';
Strings.OfficeOM.L_MissingParameter = 'కనిపించని పారామీటర్';
Strings.OfficeOM.L_InvalidDataObject = 'చెల్లని డేటా అంశం';
Strings.OfficeOM.L_GetDataParametersConflict = 'పేర్కొన్న పారామీటర్‌లు వైరుధ్యంగా ఉన్నాయి.';
Strings.OfficeOM.L_DialogNavigateError = 'డైలాగ్ నావిగేషన్ దోషం';
Strings.OfficeOM.L_TooManyOptionalObjects = 'పారామీటర్ జాబితాలో పలు ఐచ్ఛిక విధులు';
Strings.OfficeOM.L_ReadSettingsError = 'పఠనా సెట్టింగ్‌ల దోషం';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'పట్టిక విలీనమైన గడులను కలిగి ఉన్నప్పుడు నిర్బంధ రకం పట్టికలో నిర్దేశాంక పారామీటర్‌లను ఉపయోగించలేరు.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js ఇప్పటికీ పూర్తిగా లోడ్ కాలేదు. దయచేసి తరువాత మళ్లీ ప్రయత్నించండి లేదా Office.initialize విధిలో మీ ప్రారంభ కోడ్‌ని జోడించినట్లు నిర్ధారించుకోండి.';
Strings.OfficeOM.L_UserNotSignedIn = 'Officeలో వినియోగదారు ఎవరూ సైన్ ఇన్ చేయలేదు.';
Strings.OfficeOM.L_CannotNavigateTo = 'అంశం నావిగేషన్‌కు మద్దతు లేని ప్రదేశంలో ఉంది.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'మానిఫెస్ట్‌లోని AppDomains ఎలిమెంట్‌లో URL యొక్క డొమైన్ జోడించబడలేదు, ఇది మూలాధార స్థానం యొక్క ఉపడొమైన్ కాదు.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'ఈవెంట్ నిర్వాహకాన్ని తొలగించడం విఫలమైంది.';
Strings.OfficeOM.L_HostError = 'హోస్ట్ దోషం';
Strings.OfficeOM.L_BindingCreationError = 'బైండింగ్ సృష్టి దోషం';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'సెషన్ చెల్లదు లేదా సమయం ముగిసింది';
Strings.OfficeOM.L_EventRegistrationError = 'ఈవెంట్ నమోదు దోషం';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'పద్ధతి లేదా లక్షణం {0} {1} ఆవశ్యకత సెట్ యొక్క భాగం, ఇది మీ {2} యొక్క సంస్కరణలో అందుబాటులో లేదు.';
Strings.OfficeOM.L_NotTrustedWAC =
  'మిమ్మల్ని సురక్షితంగా ఉంచడంలో సహాయపడటానికి ఈ అదనపుచేర్పు నిలిపివేయబడింది. అదనపుచేర్పు ఉపయోగించడం కొనసాగించడానికి, ఈ అంశం విశ్వసనీయ డొమైన్‌లో హోస్ట్ చేయబడిందని ధృవీకరించండి లేదా Office డెస్క్‌టాప్ అనువర్తనంలో తెరవండి.';
Strings.OfficeOM.L_UnknownBindingType = 'బైండింగ్ రకానికి మద్దతు లేదు.';
Strings.OfficeOM.L_PropertyDoesNotExist = "అంశంలో '{0}' లక్షణం లేదు.";
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'వినియోగదారు గుర్తింపు రకానికి మద్దతు లేదు.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'నిలువ వరుస సూచిక విలువ అనుమతించిన పరిధికి వెలుపల ఉంది. నిలువు వరుసల సంఖ్య కంటే తక్కువగా ఉన్న విలువని (0 లేదా అంతకంటే ఎక్కువ) ఉపయోగించండి.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'పేర్కొన్న నిలువు వరుసలు చెల్లవు.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'ఈ ప్లాట్‌ఫారమ్‌లో APIకి మద్దతు లేదు.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'పేర్కొన్న ప్రారంభ అడ్డు వరుస లేదా ప్రారంభ నిలువు వరుస విలువలు చెల్లవు.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'పేర్కొన్న నిర్బంధ రకానికి మద్దతు లేదు.';
Strings.OfficeOM.L_PermissionDenied = 'అనుమతి తిరస్కరించబడింది';
Strings.OfficeOM.L_InternalErrorDescription = 'అంతర్గత దోషం ఏర్పడింది.';
Strings.OfficeOM.L_Timeout = 'ఆపరేషన్ గడువు ముగిసింది.';
Strings.OfficeOM.L_ContinueButton = 'కొనసాగించు';
Strings.OfficeOM.L_SetDataIsTooLarge = 'పేర్కొన్న డేటా అంశం చాలా పెద్దదిగా ఉంది.';
Strings.OfficeOM.L_InvalidFormat = 'చెల్లని ఆకృతి దోషం';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'ప్రస్తుత ఎంపికకు పేర్కొన్న డేటా అంశం యొక్క రకం అనుకూలంగా లేదు.';
Strings.OfficeOM.L_MemoryLimit = 'మెమరీ పరిమితిని మించిపోయారు';
Strings.OfficeOM.L_MultipleNamedItemFound = 'ఒకే పేరుతో పలు అంశాలు గుర్తించబడ్డాయి.';
Strings.OfficeOM.L_DataStale = 'డేటా తాజాగా లేదు';
Strings.OfficeOM.L_SSOClientErrorMessage = 'క్లయింట్ వైపున ఊహించని దోషం ఏర్పడింది.';
Strings.OfficeOM.L_InvalidSelectionForBindingType = 'ప్రస్తుత ఎంపిక మరియు పేర్కొన్న బైండింగ్ రకంతో బైండింగ్‌ని సృష్టించలేము.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'యాడ్-ఇన్‌లు ఇప్పటికే ప్రాప్తి టోకెన్‌ని అభ్యర్థించాయి.';
Strings.OfficeOM.L_CannotWriteToSelection = 'ప్రస్తుత ఎంపికకు వ్రాయలేరు.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'డేటా తాజాగా లేదు';
Strings.OfficeOM.L_NoHttpsWAC =
  'ఈ Office సెషన్ సురక్షిత కనెక్షన్‌ను ఉపయోగించడం లేదు. మీరు అదనపు జాగ్రత్తలు తీసుకోవాలని మేము సిఫార్సు చేస్తున్నాము.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'ఈ బైండింగ్ రకంపై చర్యకు మద్దతు లేదు.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Excel.Script.CustomFunctionsలో ఈ పేరును కలిగిన లక్షణం తప్పనిసరిగా ప్రమేయం యొక్క నిర్వచనాన్ని సూచించి, అది ప్రమేయాన్ని అమలు చేయగల 'కాల్' లక్షణాన్ని కలిగి ఉండాలి.";
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'బ్రౌజర్ పరిమితుల కారణంగా డైలాగ్ పెట్టెని మేము సృష్టించలేము. డైలాగ్ పెట్టె యొక్క డొమైన్ మరియు యాడ్-ఇన్ హోస్ట్ యొక్క డొమైన్ రెండూ ఒకే భద్రత మండలికి చెందినవి కావు.';
Strings.OfficeOM.L_InternalError = 'అంతర్గత దోషం';
Strings.OfficeOM.L_InvalidResourceUrl = 'చెల్లని అనువర్తన వనరు Url అందించబడింది.';
Strings.OfficeOM.L_FileTypeNotSupported = 'పేర్కొన్న ఫైల్ రకానికి మద్దతు లేదు.';
Strings.OfficeOM.L_DocumentReadOnly = 'ప్రస్తుత పత్ర విధానంలో అభ్యర్థించిన చర్యకు అనుమతి లేదు.';
Strings.OfficeOM.L_InvalidAPICall = 'చెల్లని API కాల్';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  '{0} అప్లికేషన్ లేదు. Microsoft.Office.WebExtension.initialize(కారణం)కి కాల్ చేయలేదు.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'అభ్యర్దన చెల్లింపు భారం పరిమాణ పరిమితిని మించిపోయింది. దయచేసి, డాక్యుమెంటేషన్‌ని చూడండి: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_MissingRequiredArguments = 'కొన్ని అవసరమైన వాదనలు కనిపించడం లేదు';
Strings.OfficeOM.L_SSOServerErrorMessage = 'సర్వర్‌లో ఊహించని దోషం సంభవించింది.';
Strings.OfficeOM.L_ValueNotLoaded =
  'ఫలితంగా వచ్చిన అంశం యొక్క విలువ ఇప్పటికీ లోడ్ కాలేదు. విలువ లక్షణాన్ని చదవడం కంటే ణుందు, అనుబంధిత అభ్యర్థన సందర్భంలో "context.sync()"ని ఉపయోగించండి.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory = 'వినియోగదారు సమ్మతికి ఈ యాడ్-ఇన్ మద్దతు ఇవ్వదు.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".run" పద్ధతి అమలు చేయబడిన బ్యాచ్ విధి ఏ ప్రామిస్‌ని అందించలేదు. విధి తప్పనిసరిగా ఒక ప్రామిస్‌ని అందించాలి, కనుక బ్యాచ్ ఆపరేషన్ పూర్తయిన తర్వాత ఏవైనా స్వయంచాలకంగా-ట్రాక్ చేయగల ఆబ్జెక్ట్‌లు విడుదల చేయబడవచ్చు. సాధారంణంగా, "context.sync()" నుండి ప్రతిస్పందనను అందించడం ద్వారా ప్రామిస్‌ని అందించవచ్చు.';
Strings.OfficeOM.L_CannotRegisterEvent = 'ఈవెంట్ హ్యాండ్లర్‌ని నమోదు చేయడం సాధ్యం కాదు.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType = 'అందించిన పేరుపెట్టిన అంశానికి పేర్కొన్న బైండింగ్ రకం అనుకూలంగా లేదు.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'పేర్కొన్న నిర్బంధ రకానికి ప్రస్తుత ఎంపిక అనుకూలంగా లేదు.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'విచ్ఛిన్న ఎంపికలకు మద్దతు లేదు.';
Strings.OfficeOM.L_InvalidFormatValue =
  'ఒకటి లేదా అంతకంటే ఎక్కువ ఆకృతి పారామీటర్‌సు అనుమతించని విలువలను కలిగి ఉన్నాయి. విలువలను ఒకటి రెండుసార్లు తనిఖీ చ��సి, మళ్లీ ప్రయత్నించండి.';
Strings.OfficeOM.L_IndexOutOfRange = 'సూచిక పరిధిలో లేదు.';
Strings.OfficeOM.L_DisplayDialogError = 'డైలాగ్ దోషాన్ని ప్రదర్శించు';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'ఈ బైండింగ్ రకానికి పేర్కొన్న నిర్బంధ రకం అనుకూలంగా లేదు.';
Strings.OfficeOM.L_BadSelectorString = 'ఎంపిక సాధనంలోకి వెళ్లిన వరుస సరిగ్గా ఆకృతీకరించబడలేదు లేదా దానికి మద్దతు లేదు.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "చదవడానికి మాత్రమే లక్షణం '{0}'ని సెట్ చేయడానికి ప్రయత్నిస్తోంది.";
Strings.OfficeOM.L_CustomXmlError = 'అనుకూల XML దోషం.';
Strings.OfficeOM.L_SetDataParametersConflict = 'పేర్కొన్న పారామీటర్‌లు వైరుధ్యంగా ఉన్నాయి.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'మీ Office సెషన్ గడువు ముగిసింది లేదా చెల్లదు. కొనసాగించడానికి పేజీని రీఫ్రెష్ చేయండి.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'ప్రస్తుత ఎంపికకు మద్దతు లేదు.';
Strings.OfficeOM.L_ActivityLimitReached = 'కార్యాచరణ పరిమితిని చేరుకున్నారు.';
Strings.OfficeOM.L_InvalidSetColumns = 'పేర్కొన్న నిలువు వరుసలు చెల్లవు.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'లక్షణం \'{0}\'కు "object.set" పద్ధతిలో మార్పులు వర్తింపజేయడం సాధ్యం కాదు.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'మునుపటి కాల్ పూర్తయ్యే వరకు వేచి ఉండండి.';
Strings.OfficeOM.L_DataWriteError = 'డేటా వ్రాయడంలో దోషం';
Strings.OfficeOM.L_DialogAlreadyOpened = 'ఈ యాడ్-ఇన్ ఇప్పటికే సక్రియ డైలాగ్‌ని కలిగి ఉన్నందున చర్య విఫలమైంది.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'పేర్కొన్న నోడ్ గుర్తించబడలేదు.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'ఎంపిక పరిమితిని చేరుకున్నారు';
Strings.OfficeOM.L_ElementMissing =
  'కొన్ని ప్రమాణ విలువలు కనిపించని కారణంగా మేము పట్టిక గడిని ఆకృతీకరించలేకపోయాము. ప్రమాణాలను ఒకటికి రెండుసార్లు తనిఖీ చేసి, మళ్లీ ప్రయత్నించండి.';
Strings.OfficeOM.L_InvalidValue = 'చెల్లని విలువ';
Strings.OfficeOM.L_TooManyOptionalFunction = 'పారామీటర్ జాబితాలో పలు ఐచ్ఛిక విధులు';
Strings.OfficeOM.L_InvalidObjectPath =
  'మీరు చేయడానికి ప్రయత్నిస్తున్న దాని కోసం అంశం పథం \'{0}\' పని చేయడం లేదు. బహుళ "context.sync" కాల్‌లలో మరియు వెలుపల ".run" బ్యాచ్ వరుస అమలులోని అంశాన్ని మీరు ఉపయోగిస్తే, దయచేసి అంశాల జీవితకాలాన్ని నిర్వహించడానికి "context.trackedObjects.add()" మరియు "context.trackedObjects.remove()" విధానాలను ఉపయోగించండి.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'ప్రస్తుత సందర్భంలో చెల్లని API కాల్.';
Strings.OfficeOM.L_OperationNotSupported = 'ఆపరేషన్‌కు మద్దతు లేదు.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'స్థితి కోడ్ {0}తో అభ్యర్థన విఫలమైంది.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'మానిఫెస్ట్‌లో చెల్లని వనరు Url అందించబడింది.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'ఈవెంట్ నిర్వాహకాన్ని జోడించడం విఫలమైంది.';
Strings.OfficeOM.L_FormattingReminder = 'ఆకృతీకరణ రిమైండర్';
Strings.OfficeOM.L_APINotSupported = 'APIకి మద్దతు లేదు';
Strings.OfficeOM.L_InvalidSetRows = 'పేర్కొన్న అడ్డు వరుసలు చెల్లవు.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'ఈ వర్గంలో వినియోగదారు సమ్మతికి ఈ యాడ్-ఇన్ మద్దతు ఇవ్వని కారణంగా చర్య విఫలమైంది';
Strings.OfficeOM.L_ConfirmDialog =
  'డొమైన్ {0}Microsoft Office వలె పని చేస్తుంది మరియు మీ వ్యక్తిగత డేటాను ప్రాప్తి చేయగల Office యాడ్-ఇన్‌లను అమలు చేయగలదు. మీరు డొమైన్‌ను Office‌గా అమలు చేసి, మీ డేటాను ప్రాప్తి చేయాలని విశ్వసిస్తే, కొనసాగించడానికి సరే ని క్లిక్ చేయండి.';
Strings.OfficeOM.L_UserClickIgnore = 'వినియోగదారు వ్యాఖ్య పెట్టెను విస్మరించాలనుకుంటున్నారు.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} ఒక కొత్త విండోని చూపాలనుకుంటోంది.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPathలో ఎంపిక పరిమితి 1024 అంశాలు.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'గమనిక: ఒక ఆకృతీకరణ API కాల్ చేత నిర్దేశించబడే ఆకృతీకరణ సమితులు 100 కంటే తక్కువగా ఉండాలి.';
Strings.OfficeOM.L_SSOServerError = 'ప్రమాణీకరణ ప్రదాతలో దోషం సంభవించింది.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'బైండింగ్ రకానికి పేర్కొన్న డేటా అంశం అనుకూలంగా లేదు.';
Strings.OfficeOM.L_TooManyArguments = 'చాలా ఎక్కువ వాదనలు';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen = 'మోడల్ డైలాగ్ తెరిచినప్పుడు కార్యాలయానికి వ్రాసే ఆపరేషన్‌కి మద్దతు లేదు.';
Strings.OfficeOM.L_InvalidCoercion = 'చెల్లని నిర్బంధ రకం';
Strings.OfficeOM.L_NotSupportedEventType = 'పేర్కొన్న ఈవెంట్ రకం {0}కు మద్దతు లేదు.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'కార్యపుస్తకం దాచబడింది కనుక JavaScript API అభ్యర్థన విఫలమైంది. కార్యపుస్తకాన్ని సదృశ్యం చేయబడిన తర్వాత మళ్లీ ప్రయత్నించండి.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'అందించిన డేటా అంశం డేటా స్థానంలోకి వస్తుంది లేదా దానిని మారుస్తుంది కాబట్టి సమితి చర్య విఫలమైంది.';
Strings.OfficeOM.L_SettingsStaleError = 'సెట్టింగ్‌లు పాతబడిన దోషం';
Strings.OfficeOM.L_NotSupported = '{0} విధికి మద్దతు లేదు.';
Strings.OfficeOM.L_SettingsCannotSave = 'సెట్టింగ్‌లను సేవ్ చేయలేము.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'పేరెంట్ విండో కనిష్టం కనిష్టీకరించిన కారణంగా ఆపరేషన్ విఫలమైంది.';
Strings.OfficeOM.L_APICallFailed = 'API కాల్ విఫలమైంది';
Strings.OfficeOM.L_ModalDialogOpeng = 'ఈ అదనపుచేర్పు ఇప్పటికే యాక్టివ్‌గా ఉన్న మోడల్ డైలాగ్‌ని కలిగి ఉన్న కారణంగా చర్య విఫలమైంది.';
Strings.OfficeOM.L_DocumentIsInactive = 'ఈ అదనపుచేర్పును కలిగి ఉన్న పత్రం యాక్టివ్‌గా లేని కారణంగా ఆపరేషన్ విఫలమైంది.';
Strings.OfficeOM.L_EventHandlerNotExist = 'ఈ బైండింగ్ కోసం పేర్కొన్న ఈవెంట్ నిర్వాహకం గుర్తించబడలేదు.';
Strings.OfficeOM.L_UserAborted = 'సమ్మతి అభ్యర్థనను వినియోగదారు రద్దు చేసారు.';
Strings.OfficeOM.L_DialogOK = 'సరే';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'ఈ యాడ్-ఇన్‌లో గుర్తింపు APIకి మద్దతు లేదు.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL స్కీమ్‌కి మద్దతు లేదు. బదులుగా HTTPSని ఉపయోగించండి.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'పేర్కొన్న ప్రారంభ అడ్డు వరుస లేదా ప్రారంభ నిలువు వరుస విలువలు చెల్లవు.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'విలువ అనుమతించిన పరిధికి వెలుపల ఉంది.';
Strings.OfficeOM.L_InvalidBinding = 'చెల్లని బైండింగ్';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'ప్రస్తుత హోస్ట్ అప్లికేషన్‌లో లెక్కింపుకి మద్దతు లేదు.';
Strings.OfficeOM.L_SelectionCannotBound = 'ప్రస్తుత ఎంపికకు బైండ్ చేయలేరు.';
Strings.OfficeOM.L_FunctionCallFailed = '{0} విధి కాల్ విఫలమైంది, దోషం కోడ్: {1}.';
Strings.OfficeOM.L_AppNameNotExist = '{0}కి యాడ్-ఇన్ పేరు లేదు.';
Strings.OfficeOM.L_InvalidNode = 'చెల్లని నోడ్';
Strings.OfficeOM.L_InvalidCellsValue =
  'ఒకటి లేదా అంతకంటే ఎక్కువ గడుల పారామీటర్‌లు అనుమతించని విలువలను కలిగి ఉన్నాయి. విలువలను ఒకటి రెండుసార్లు తనిఖీ చేసి, మళ్లీ ప్రయత్నించండి.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'ఒకటి లేదా అంతకంటే ఎక్కువ పట్టిక ఐచ్ఛిక పారామీటర్‌లు అనుమతించని విలువలను కలిగి ఉన్నాయి. విలువలను ఒకటి రెండుసార్లు తనిఖీ చేసి, మళ్లీ ప్రయత్నించండి.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'పేర్కొన్న అడ్డు వరుస లెక్కింపు లేదా నిలువు వరుస లెక్కింపు విలువలు చెల్లుబాటు కావు.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'మీరు {0} నుండి సంభావ్య సున్నితమైన సమాచారాన్ని పంపబోతున్నారు మరియు స్వీకరించబోతున్నారు. సున్నితమైన సమాచారాన్ని స్వీకరిస్తున్న కింది వెబ్ సైట్‌ను మీరు విశ్వసించినట్లయితే మాత్రమే సరే నొక్కండి: {1}.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'విస్మరించు';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'ప్రస్తుత ఎంపిక యొక్క పరిమాణానానికి అందించిన డేటా అంశం సరిపోలడం లేదు.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'స్థితి కోడ్ {0}, దోషం కోడ్ {1} మరియు కింది దోష సందేశంతో అభ్యర్థన విఫలమైంది: {2}';
Strings.OfficeOM.L_CallbackNotAFunction = 'కాల్‌బ్యాక్ తప్పకుండా విధి రకం, {0} రకం అయి ఉండాలి.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'సరే క్లిక్ చేయడం ద్వారా, మీ కంటెంట్ మరియు వ్యక్తిగత సమాచారానికి {0} ప్రాప్యతను మీరు అనుమతిస్తారు. ';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'ఫంక్షన్ పేరులో అక్షరాలు, అంకెలు, అండర్‌స్కోర్‌లు మరియు విరామచిహ్నాలు మాత్రమే ఉండాలి.';
Strings.OfficeOM.L_RequestTimeout = 'అమల్లోకి వచ్చేందుకు కాల్ చాలా ఎక్కువ సమయం తీసుకుంది.';
Strings.OfficeOM.L_InvalidRequestContext = 'వివిధ అభ్యర్థన సందర్భాలలో అంశాన్ని ఉపయోగించడం సాధ్యం కాదు.';
Strings.OfficeOM.L_OutOfRange = 'పరిధిలో లేరు';
Strings.OfficeOM.L_BindingNotExist = 'పేర్కొన్న బైండింగ్ లేదు.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'ప్రతిస్పందన చెల్లింపు భారం పరిమాణ పరిమితిని మించిపోయింది. దయచేసి, డాక్యుమెంటేషన్‌ని చూడండి: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'ఈ యాడ్-ఇన్ ఇప్పటికే ప్రాప్తి టోకెన్‌ని అభ్యర్థించిన కారణంగా ఆపరేషన్ విఫలమైంది.';
Strings.OfficeOM.L_NetworkProblem = 'నెట్‌వర్క్ సమస్య';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'మరో ఫైల్‌ని పునరుద్ధరించే ముందు ప్రస్తుత ఫైల్‌పై closeAsyncని కాల్ చేయండి.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'అభ్యర్థించిన డేటా సమితి చాలా పెద్దదిగా ఉంది.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'వినియోగదారు గుర్తింపు రకానికి మద్దతు లేదు.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'విధిలోకి పంపబడిన ఆర్గ్యుమెంట్‌(లు) �� సందర్భంలో పని చేయవు, లేవు లేదా సరైన ఆకృతిలో లేవు.';
Strings.OfficeOM.L_SSOConnectionLostError = 'సైన్ ఇన్ చేసే సమయంలో అనుసంధానం పోయింది.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "మీ బ్రౌజర్‌లోని భద్రతా సెట్టింగ్‌ల కారణంగా మేము డైలాగ్ పెట్టెను సృష్టించలేకపోతున్నాము. మరొక బ్రౌజర్‌ని ఉపయోగించండి లేదా {0}, తద్వారా '{1}' మీ చిరునామా పట్టీలో చూపబడే డొమైన్ ఒకటే భద్రతా మండలిలో ఉంటాయి.";
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'మీ బ్రౌజర్‌ని నిర్మితీకరించండి';
Strings.OfficeOM.L_InvalidGrant = 'ముందస్తు ప్రమాణీకరణ లేదు.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl రకానికి మద్దతు లేదు.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'ప్రమేయం యొక్క నిర్వచనాన్ని సూచించే విధంగా ఈ పేరు కలిగిన ఒక లక్షణం తప్పనిసరిగా Excel.Script.CustomFunctionsలో ఉండాలి.';
Strings.OfficeOM.L_InvalidGetRows = 'పేర్కొన్న అడ్డు వరుసలు చెల్లవు.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'ఫైల్ పునరుద్ధరణను నెట్‌వర్క్ సమస్య నిరోధించింది.';
Strings.OfficeOM.L_RedundantCallbackSpecification = 'వాదనల జాబితా మరియు ఐచ్ఛిక జాబితా రెండింటిలో కాల్‌బ్యాక్‌ని పేర్కొనలేరు.';
Strings.OfficeOM.L_NamedItemNotFound = 'పేరు గల అంశం లేదు.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'అందించిన ఆర్గ్యుమెంట్‌లు చెల్లవు.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'చర్యను వినియోగదారు రద్దు చేసారు.';
Strings.OfficeOM.L_InValidOptionalArgument = 'చెల్లని ఐచ్ఛిక వాదన';
Strings.OfficeOM.L_NotSupportedBindingType = 'పేర్కొన్న బైండింగ్ రకం {0}కి మద్దతు లేదు.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'ఎంచుకున్న కంటెంట్ పట్టిక ఆకృతిలో ఉండాలి. డేటాని ఒక పట్టికగా ఆకృతీకరించి, మళ్లీ ప్రయత్నించండి.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits = 'గమనిక: ఒక పట్టికలో గడుల సంఖ్య 20,000 గడుల కంటే తక్కువగా ఉండాలి.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'మద్దతులేని లెక్కింపు';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'దయచేసి ఒక ఎంపిక చేయండి.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'అడ్డు వరుస సూచిక విలువ అనుమతించిన పరిధికి వెలుపల ఉంది. అడ్డు వరుసల సంఖ్య కంటే తక్కువగా ఉన్న విలువని (0 లేదా అంతకంటే ఎక్కువ) ఉపయోగించండి.';
Strings.OfficeOM.L_NavOutOfBound = 'సూచిక పరిధిలో లేనందున చర్య విఫలమైంది.';
Strings.OfficeOM.L_ShuttingDown = 'సర్వర్‌లో డేటా తాజాగా లేనందున చర్య విఫలమైంది.';
Strings.OfficeOM.L_InvalidBindingOperation = 'చెల్లని బైండింగ్ చర్య';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'పట్టిక విలీనమైన గడులను కలిగి ఉన్నప్పుడు నిర్బంధ రకం పట్టికలో నిర్దేశాంక పారామీటర్‌లను ఉపయోగించలేరు.';
Strings.OfficeOM.L_DataNotMatchSelection = 'ప్రస్తుత ఎంపిక యొక్క ఆకృతి లేదా కొలతలకు అందించిన డేటా అంశం అనుకూలంగా లేదు.';
Strings.OfficeOM.L_SaveSettingsError = 'సేవ్ సెట్టింగ్‌ల దోషం';
Strings.OfficeOM.L_InvalidBindingError = 'చెల్లని బైండింగ్ దోషం';
Strings.OfficeOM.L_DataReadError = 'డేటా చదవడంలో దోషం';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'పేర్కొన్న ID లేదు.';
Strings.OfficeOM.L_InvalidParameters = '{0} విధి చెల్లుబాటుకాని ప్రమాణాలు కలిగి ఉంది.';
Strings.OfficeOM.L_CancelButton = 'రద్దు చేయి';
Strings.OfficeOM.L_ConfirmCancelMessage = 'క్షమించండి, మేము కొనసాగించలేము.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'సైన్ ఇన్ చేసే సమయంలో అనుసంధానం పోయింది మరియు వినియోగదారు సైన్ అవుట్ చేయబడవచ్చు. భద్రతా మండళ్లు వంటి వినియోగదారు బ్రౌజర్ నిర్మితీకరణ సెట్టింగ్‌ల కారణంగా ఇది జరిగి ఉండవచ్చు.';
Strings.OfficeOM.L_SSOClientError = 'Office వచ్చిన అభ్యర్థనను ప్రమాణీకరిస్తున్నప్పుడు దోషం సంభవించింది.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel ఇప్పుడు గడి-సవరణ మోడ్‌లో ఉంది. దయచేసి ENTER లేదా TABని నొక్కడం లేదా మరొక గడిని ఎంచుకోవడం ద్వారా సవరణ మోడ్ నుండి నిష్క్రమించిన తర్వాత మళ్లీ ప్రయత్నించండి.';
Strings.OfficeOM.L_InvalidArgument = "వాదన '{0}' ఈ పరిస్థితిలో పని చేయదు, లేదు లేదా సరైన ఆకృతిలో లేదు.";
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'అనుమతించు';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'ప్రమాణీకరణ సందర్భాన్ని పొందడం కోసం ఫంక్షన్ లేదు';
Strings.OfficeOM.L_UnsupportedDataObject = 'అందించిన డేటా అంశం రకానికి మద్దతు లేదు.';
Strings.OfficeOM.L_SettingNameNotExist = 'పేర్కొన్న సెట్టింగ్ పేరు లేదు.';
