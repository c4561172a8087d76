Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'የፍጻሜ አስተዳዳሪውን ለማከል አልቻለም።';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'በ {0} የአቋም ኮድ፣ የስህተት ኮድ {1} እና የሚከተለውን የስህተት መልዕክት፥ {2} ጥያቄው አልተሳካም።';
Strings.OfficeOM.L_OverwriteWorksheetData = 'የተሰጠው የውሂብ ነገር ውሂብን ስለሚተካ ወይም ስለሚቀይር የተዘጋጀው ክንውን አልተሳካም።';
Strings.OfficeOM.L_UserNotSignedIn = 'ማንም ወደ Office በማንነት የገባ ተጠቃሚ የለም።';
Strings.OfficeOM.L_RedundantCallbackSpecification = 'መልሰህደውል በክርክር ዝርዝር እና በኣማራጭያዊ ነገር ላይ ሊለይ ኣይችልም።';
Strings.OfficeOM.L_InvalidRequestContext = 'ነገሩ በሁሉም የተለያዩ የጥያቄ አገባበ ነገር ጥቅም ላይ ሊውል አይችልም።';
Strings.OfficeOM.L_DataReadError = 'ውሂብ የማንበብ ስህተት';
Strings.OfficeOM.L_EventRegistrationError = 'ፍጻሜ የመመዝገብ ስህተት';
Strings.OfficeOM.L_GetDataParametersConflict = 'ተለይተው የተገለፁት መለክያዎች ይጋጫሉ።';
Strings.OfficeOM.L_InvalidBindingOperation = 'የማይሰራ ማጣመር ኦፕሬሽን';
Strings.OfficeOM.L_InvalidFormat = 'የማይሰራ የቅርጽ ስህተት';
Strings.OfficeOM.L_SSOServerErrorMessage = 'በአገልጋዩ ላይ ያልተጠበቀ ክስተት ተከ';
Strings.OfficeOM.L_AppNameNotExist = 'የ {0} ተጨማሪ ስም የለም።';
Strings.OfficeOM.L_APINotSupported = 'API ኣይደገፍም';
Strings.OfficeOM.L_ConfirmRefreshMessage = 'ለመቀጠል፣ ውስጥ-ተጨማሪውን ያስወግዱት እና እንደገና ያክሉት፣ ወይም ገጹን ያድሱት።';
Strings.OfficeOM.L_NotImplemented = 'ተግባሩ {0} አልተፈጸመም።';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API በዚህ መድረክ ውስጥ አይደገፍም።';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'ተለይተው የተገለፁት የመደዳ ቆጠራ ወይም የዓምድ ቆጠራ እሴቶች ትክክል ያልሆኑ ናቸው።';
Strings.OfficeOM.L_InvalidArgument = "የነጋሪ እሴት '{0}' ለዚህ ሁኔታ አይሰራም፣ ጠፍቷል ወይም ትክክለኛውን ቅርጸት አይደለም።";
Strings.OfficeOM.L_SSOServerError = 'በፈቃድ አሰጣጥ አቅራቢው ውስጥ ስህተት ተከስቷል።';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'አሳሽዎን ያዋቅሩ';
Strings.OfficeOM.L_InvalidSelectionForBindingType = 'በአሁኑ ምርጫ እና በተወሰነው የማጣመር ዓይነት ማጣመር ሊፈጠር አይችልም።';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "በExcel.CustomFunctions ላይ የተግባሩን ፍች የሚወክል ይህ ስም ያለው ባህሪይ ተግባሩን በሥራ ላይ የሚያውል የ'call' ባህሪይ መያዝ አለበት።";
Strings.OfficeOM.L_InvalidColumnsForBinding = 'ተለይተው የተገለፁት ዓምዶች ትክክል ያልሆኑ ናቸው።';
Strings.OfficeOM.L_InvalidNode = 'የማይሰራ ኖድ';
Strings.OfficeOM.L_InvalidObjectPath =
  'የነገር መንገድ \'{0}\' እርስዎ ለመስራት በመሞከር ላይ ያሉትን አይሰራም። ነገሩ በሙሉ ብዙ "context.sync" ጥሪዎች እየተጠቀሙበት እና ከ ".run" ባች ተከታታይ መፈጸም ውጭ ከሆነ፣ እባክዎ የነገሩን ዕድሜ ለማስተዳደር የ "context.trackedObjects.add()" እና "context.trackedObjects.remove()" ስልት ይጠቀሙ።';
Strings.OfficeOM.L_SaveSettingsError = 'የክንውን አውዶች ስህተት ያስቀምጡ';
Strings.OfficeOM.L_PermissionDenied = 'ፈቃድ ተከልክሏል';
Strings.OfficeOM.L_InvalidDataObject = 'የማይሰራ የውሂብ አርእስት';
Strings.OfficeOM.L_SettingsStaleError = 'የክንውን አውዶች ስቴል ስህተት';
Strings.OfficeOM.L_DialogNavigateError = 'የንግግር ማስሻ ስህተት';
Strings.OfficeOM.L_MissingRequiredArguments = 'የተወሰኑ አስፈላጊ ክርክሮች ይጎድሉታል';
Strings.OfficeOM.L_InvalidDataFormat = 'ተለይቶ የተገለጸው ውሂብ ቅርጽ የማይሰራ ነው።';
Strings.OfficeOM.L_CancelButton = 'ተወው';
Strings.OfficeOM.L_InvalidParameters = 'ተግባሩ {0} የማይሰሩ ፓራሜትሮች አሉት።';
Strings.OfficeOM.L_Timeout = 'ክወናው ጊዜው አልፏል።';
Strings.OfficeOM.L_NotSupported = 'ተግባሩ {0} የሚደገፍ አይደለም።';
Strings.OfficeOM.L_NoCapability = 'ይህን ተግባር ለማከናወን በቂ ፍቃድ የለዎትም።';
Strings.OfficeOM.L_NoHttpsWAC =
  'ይህ የ Office ክፍለ ጊዜ ደህንነቱ የተጠበቀ ግንኙነትን እየተጠቀመ አይደለም። ተጨማሪ ቅድመ ጥንቃቄ እንዲወስዱ እንመክራለን።';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'ክንውኑ በተጠቃሚዉ ተሰርዟል።';
Strings.OfficeOM.L_InvalidGrantMessage = 'ለዚህ ውስጥ አክል ዋስትን ጠፍቷል።';
Strings.OfficeOM.L_NetworkProblem = 'አውታረመረብ ችግር';
Strings.OfficeOM.L_InvalidApiCallInContext = 'በአሁኑ የትርጉም አውድ ላይ ማይሰራ የ API ጥሪ።';
Strings.OfficeOM.L_ValueNotLoaded =
  'የእሴቱ የውጤት ነገር ገና አልተጫነም። የእሴት ባህሪ ከማንበብዎ በፊት፣ በተያያዘው የጥያቄ ይዘት ላይ "context.sync()" ይደውሉ።';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath ምርጫን ወደ 1024 ንጥል ነገሮች ይገድባል።';
Strings.OfficeOM.L_ShuttingDown = 'ውሂቡ በአሁኑ ሰአት ሰርቨሩ ላይ ስለሌለ ክንውኑ ሊሳካ አልቻለም።';
Strings.OfficeOM.L_InternalError = 'ውስጣዊ ስህተት';
Strings.OfficeOM.L_NewWindowCrossZone =
  "በአሳሽዎ ውስጥ ያሉትን የደህንነት የክንውን አውዶች የንግግር ሳጥኑን ከመፍጠር ከልክለውናል። የተለየ አሳሽ ወይም {0} ይሞክሩ ስለዚህ '{1}' እና በአድራሻ ትርዎ ላይ የታየውን ጎራ በተመሳሳይ የደህንነት ዞን ውስጥ ናቸው።";
Strings.OfficeOM.L_CannotWriteToSelection = 'የአሁኑ ምርጫ ላይ ሊጻፍ አይችልም።';
Strings.OfficeOM.L_OutOfRange = 'ከአውድ ውጪ';
Strings.OfficeOM.L_DataNotMatchBindingType = 'ተለይቶ ተገለፀው የውሂብ ነገር ከዚህ የማጣመር ዓይነቱ ጋር የሚጣጣም አይደለም።';
Strings.OfficeOM.L_UnsupportedEnumeration = 'የማይደገፍ ቁጥር አሰጣጥ';
Strings.OfficeOM.L_DialogParentIsMinimized = 'ክዋኔው አልተሳካም ምክንያቱም የወላጅ መስኮት ስለቀነሰ።';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'አሁን የተመረጠው ተለይቶ ከተገለጸው የአስገዳጅ አይነት የሚጣጣን አይደለም።';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'ተለይቶ የተገለፀው አስገዳጅ ዓይነት ከዚህ የማጣመር ዓይነቱ ጋር የሚጣጣም አይደለም።';
Strings.OfficeOM.L_BindingNotExist = 'ተለይቶ የተገለፀው ማጣመር የለም።';
Strings.OfficeOM.L_NotSupportedEventType = 'ተለይቶ የተገለፀው የፍፃሜ ያዥ ዓይነት {0} የሚደገፍ አይደለም።';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'ልክ ያልኾነ ወይም ጊዜ ያለፈበት ክፍለ ጊዜ';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "ተነባቢ-ብቻ ባህሪ '{0}' ለማዘጋጀት በሙከራ ላይ።";
Strings.OfficeOM.L_FunctionCallFailed = 'የተግባር {0} ጥሪ አልተሳካም፣ ስህተት ኮድ: {1}።';
Strings.OfficeOM.L_CannotNavigateTo = 'ነገሩ ዳሰሳ በማይደገፍበት ቦታ ነው ሰፍሮ የሚገኘው።';
Strings.OfficeOM.L_ConfirmDialog =
  '{0} የሚለው ጎራ እንደ Microsoft Office እየሰራ ነው እና የ Office add-ins ን ማስኬድ ይችላል ይህም የእርስዎን የግል ውሂብ መድረስ ይችል ይሆናል። ጎራው እንደ Office እንዲሰራ እና ውሂብዎን ለመድረስ ካመኑ ለመቀጠል እሺን ጠቅ ያድርጉ።';
Strings.OfficeOM.L_TooManyArguments = 'በጣም ብዙ ክርክሮች';
Strings.OfficeOM.L_PropertyDoesNotExist = "ባህሪ '{0}' በነገሩ ላይ አይኖርም።";
Strings.OfficeOM.L_FormattingReminder = 'ቅርጽ የማስያዝ አስታዋሽ';
Strings.OfficeOM.L_IndexOutOfRange = 'ኢንዴክስ ከአውድ ውጪ';
Strings.OfficeOM.L_InvalidCellsValue =
  'ከህዋሶቹ ፓራሜትሮች አንዱ ወይም ከዛ በላይ የማይፈቀዱ ዋጋዎች ይዘዋል። ዋጋዎቹን እንደገና ይፈትሹዋቸው እና እንደገና ይሞክሩ።';
Strings.OfficeOM.L_NotTrustedWAC =
  'ደህንነትዎን ጠብቆ ለማቆየት እንዲረዳ ይህ ውስጥ-ተጨማሪ ተሰናክሏል። ውስጥ-ተጨማሪውን መጠቀም ለመቀጠል፣ ይህ ንጥል የተስተናገደው የሚታመን ጎራ ውስጥ መሆኑን ያረጋግጡ ወይም የ Office ዴስክቶፕ መተግበሪያ ውስጥ ይክፈቱት።';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'ተለይቶ የተገለፀው ኖድ ሊገኝ አልቻለም።';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'ተለይቶ የተገለፀው አስገዳጅ ዓይነት የሚደገፍ አይደለም።';
Strings.OfficeOM.L_InvalidGrant = 'ቅድሚያ ፈቃድ መስጠት ጠፍቷል።';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'ማስታወሻ: ሰንጠረዡ ላይ የሚኖሩት የህዋሶች ቁጥር ከ 20,000ህዋሶች በታች እንዲሆኑ ይመከራል።';
Strings.OfficeOM.L_TooManyOptionalObjects = 'ብዙ አማራጭያዊ ተግባሮች በፓራሜትር ዝርዝር ላይ';
Strings.OfficeOM.L_DisplayDialogError = 'የማሳያ ንግግር ስህተት';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js እስካሁን ሙሉበሙሉ አልተጫነም። እባክዎ ቆየት ብለው እንደገና ይሞክሩ ወይም የመነሻ ኮድዎን Office.መነሻ ተግባር ላይ ማከልዎ እርግጠኛ ይሁኑ።';
Strings.OfficeOM.L_SetDataParametersConflict = 'ተለይተው የተገለፁት መለክያዎች ይጋጫሉ።';
Strings.OfficeOM.L_SelectionCannotBound = 'ወደ አሁኑ ስፍራ ሊጣመር አይችልም።';
Strings.OfficeOM.L_UserClickIgnore = 'ተጠቃሚው የንግግር ሳጥኑን ችላ ማለትን መርጧል።';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'በተጠቀሰው ውስጥ ልክ ያልሆነ የሃብት Url አለው።';
Strings.OfficeOM.L_InvalidAPICall = 'የማይሰራ የ API ጥሪ';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'ወደ ባህሪ \'{0}\' የተደረጉ ለውጦች በ "object.set" ስልት በኩል ሊተገበሩ አይችሉም።';
Strings.OfficeOM.L_DataNotMatchSelection = 'የቀረበው የውሂብ ነገር አሁን ካለው የምርጫ ቅርፅ እንዲሁም ስፋትና ቁመት ጋር አንድ አይደለም።';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'የማረጋገጫ ዓውድ ማግኛው ተግባር አልተገኘም';
Strings.OfficeOM.L_InvalidBinding = 'የማይሰራ ማጣመር';
Strings.OfficeOM.L_SliceSizeNotSupported = 'ተለይቶ የተገለፀው የቁራሽ መጠን የሚደገፍ አይደለም።';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'እባክዎ ምርጫ ያካሂዱ።';
Strings.OfficeOM.L_SSOClientError = 'ከ Office በፈቃድ አሰጣጥ ጥያቄው ውስጥ ስህተት ተከስቷል።';
Strings.OfficeOM.L_UserAbortedMessage = 'ተጠቃሚው የውስጥ አክል ፈቃዶችን አልተስማማም።';
Strings.OfficeOM.L_DialogRequireHTTPS = 'የ HTTP ፕሮተኮሉ አልተደገፈም። በምትኩ HTTPS ተጠቀም';
Strings.OfficeOM.L_InvalidSetRows = 'ተለይተው የተገለፁት መደዳዎች ትክክል ያልሆኑ ናቸው።';
Strings.OfficeOM.L_GetDataIsTooLarge = 'የተጠየቀው የውሂብ ስብስብ እጅግ ትልቅ ነው።';
Strings.OfficeOM.L_InvalidSetColumns = 'ተለይተው የተገለፁት ዓምዶች ትክክል ያልሆኑ ናቸው።';
Strings.OfficeOM.L_MultipleNamedItemFound = 'ብዙ አንድ አይነት ስም ያላቸው ነገሮች ተገኝተዋል።';
Strings.OfficeOM.L_OperationCancelledError = 'ክንውን ተሰርዟል';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'ተለይቶ የተገለፀው የማጣመር ዓይነት ከቀረበው የተጠቀሰ ንጥል ነገር ጋር የሚጣጣም አይደለም።';
Strings.OfficeOM.L_DataWriteError = 'ውሂብ የመጻፍ ስህተት';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'በመለያ በመግባት ሂደት ጊዜ ግንኙነት ተቋርጦ ነበር፣ ስለሆነም ተጠቃሚው ገብቶ ላይሆን ይችላል። ይህ ሊሆን የሚችልበት ምክንያት በተጠቃሚው አሳሽ አወቃቀር ቅንብሮች ለምሳሌ የደህንነት ቀጠናዎች ሊሆን ይችላል።';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'የፍጻሜ አስተዳዳሪውን ለማስወገድ አልቻለም።';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'ተለይቶ የተገለፀው መደዳ ባዶውን ነው።';
Strings.OfficeOM.L_MissingParameter = 'የታጣ ፓራሜትር';
Strings.OfficeOM.L_UserAborted = 'ተጠቃሚ ያቋረጠው የስምምነት ጥያቄ።';
Strings.OfficeOM.L_NavOutOfBound = 'ክንውኑ አልተሳካም ምክንያቱም ኢንዴክሱ ከአውዱ ውጪ ነው።';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'ማስታወሻ: በቅርጽ ማውጫ API ጥሪ የጠዘጋጁት የቅርጽ ማውጣት ስብስቦች ከ 100 በታች እንዲሆን ይመከራል።';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'አስተባባሪ ፓራሜትሮች ታብሌቱ የተዋሃዱ ህዋሶች በያዘበት ጊዜ ከአስገዳጅ የታብሌት አይነቶች ጋር መጠቀም አይቻልም።';
Strings.OfficeOM.L_MemoryLimit = 'የማከማቻ ገደብ ታልፈዋል';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'የጥያቄው የመጫኛ መጠን ገደቡን አልፏል። እባክዎን ወደ ሰነዱ ይመልከቱ: - "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"።';
Strings.OfficeOM.L_RunMustReturnPromise =
  'ወደ "run" ስልት የተላለፈው የባች ተግባር ቃሉን አልጠበቀም። ማናቸውም በራስሰር-ዱካካቸው በክክትል ስር ያሉ ነገሮች ባቹ ሲጠናቀቅ ነፃ መለቀቅ እንዲችሉ ተግባሩ የተገባን ቃል ማክበር አለበት። በመሰረቱ የተገባ ቃልዎን የሚያከብሩት ከ "context.sync()" የሚገኘውን ምላሽ በመመለስ ነው።';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'ውስጥ አክል ቀድሞውኑ የመዳረሻ ቶከን በመጠየቅ ላይ ነው።';
Strings.OfficeOM.L_SetDataIsTooLarge = 'ተለይቶ ተገለፀው የውሂብ ነገር በጣም ግዙፍ ነው።';
Strings.OfficeOM.L_NamedItemNotFound = 'የተጠቀሰው ንጥል ነገር የለም።';
Strings.OfficeOM.L_SettingsAreStale = 'የክንውን አውዶቹ ወቅታዊ ስላልሆኑ ሊቀመጡ አልቻሉም።';
Strings.OfficeOM.L_PropertyNotLoaded =
  'ባህሪ {0}\' አይገኝም። የባህሪ እሴት ከማንበብዎ በፊት፣ በያዘው ነገር ላይ ያለ የጫን ስልት ይጥሩ እና በተ��ያዘው የጥያቄ አገባበ ነገር ላይ "context.sync()" ይጥሩ።';
Strings.OfficeOM.L_CannotRegisterEvent = 'የክስተት እጀታው ሊመዘገብ አይችልም።';
Strings.OfficeOM.L_APICallFailed = 'API ጥሪ አልተሳካም';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'የአሳሽ ገደቦች የንግግር ሳጥኑን ከመፍጠር ከልክለውናል። የንግግር ሳጥኑ ጎራ እና የውስጥ-አክል አስተናጋጁ ጎራ በተመሳሳይ የድህንነት ዞን አይደሉም።';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'የተመረጠ ይዘት በሰንጠረዥ መልክ መሆን አለበት። ውሂቡን በሰንጠረዥ መልክ ያዘጋጁት እና እንደገና ይሞክሩት።';
Strings.OfficeOM.L_InvalidFormatValue =
  'ከቅርጽ ፓራሜትሮች አንዱ ወይም ከዛ በላይ የማይፈቀዱ ዋጋዎች ይዘዋል። ዋጋዎቹን እንደገና ይፈትሹዋቸው እና እንደገና ይሞክሩ።';
Strings.OfficeOM.L_RequestTokenUnavailable = 'ይህ API የጥሪውን ሞገድ እንዲያዘገይ ታፍኖ ነበር።';
Strings.OfficeOM.L_FormatValueOutOfRange = 'ዋጋው ከተፈቀደው አውድ ውጪ ነው።';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'ተለይቶ የተገለጸው ውሂብ ነገር ከአሁኑ ምርቻ ጋር የሚጣጣም አይደለም።';
Strings.OfficeOM.L_OperationNotSupported = 'ክወናው አልተደገፈም።';
Strings.OfficeOM.L_FileTypeNotSupported = 'ተለይቶ የተገለፀው የፋይል ዓይነት የሚደገፍ አይደለም።';
Strings.OfficeOM.L_InvalidValue = 'የማይሰራ ዋጋ';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl አይነት የሚደገፍ አይደለም።';
Strings.OfficeOM.L_TooManyOptionalFunction = 'ብዙ አማራጭያዊ ተግባሮች በፓራሜትር ዝርዝር ላይ';
Strings.OfficeOM.L_SSOConnectionLostError = 'በመለያ በመግባት ሂደት ጊዜ ግንኙነት ተቋርጦ ነበር።';
Strings.OfficeOM.L_DocumentReadOnly = 'የተጠየቀው ክንውን በአሁኑ የሰነድ አይነት አይፈቀድም።';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'የተጠቃሚ የማንነት ዓይነት አልተደገፈም።';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'አንድ ጊዜ...';
Strings.OfficeOM.L_InvalidResourceUrl = 'ልክ ያልሆነ የመተግበሪያ ሃብት Url ቀርቧል።';
Strings.OfficeOM.L_SettingsCannotSave = 'ቅንጅቶቹ ሊቀመጡ አይችሉም።';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel በህዋስ አርትዕ ሁኔታ ውስጥ ነው። እባክዎ ENTER ወይም TAB በመጫን ወይም ሌላ ህዋስ በመምረጥ የአርትዕ ሁኔታ ዘግተው ይውጡ እና ከዚያ እንደገና ይሞክሩ።';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'አስተባባሪ ፓራሜትሮች ታብሌቱ የተዋሃዱ ህዋሶች በያዘበት ጊዜ ከአስገዳጅ የታብሌት አይነቶች ጋር መጠቀም አይቻልም።';
Strings.OfficeOM.L_CustomXmlError = 'የታዛዥ XML ስህተት።';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'ውሂቡ ጊዜው ያለፈበት ነው። ነገሩን እንደገና ሰርስረው ያውጡ።';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} አዲስ ዊንዶዉ ለማሳየት ይፈልጋል።';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'የ Office የመስመር ላይ ክፍለ ጊዜዎ ጊዜው አልፎበታል ወይም ልክ ያልኾነ። ለመቀጠል፣ ገጹን ያድሱት።';
Strings.OfficeOM.L_InvalidBindingError = 'የማይሰራ ማጣመር ስህተት';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'የተግባሩን ፍች የሚወክል ይህ ስም ያለው ባህሪይ በExcel.CustomFunctions ላይ መኖር አለበት።';
Strings.OfficeOM.L_BrowserAPINotSupported = 'ይህ ማሰሻ የተጠየቀውን API አይደግፍም።';
Strings.OfficeOM.L_DataStale = 'ውሂቡ ወቅታዊ አይደለም';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'የመደዳው ኢንዴክስ ዋጋ ከተፈቀደው አውድ ውጪ ነው። ከመደዳዎቹ ቁጥር የሚያንስ ዋጋ (0 ወይም ከዛ የበለጠ) ያስገቡ።';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'ይህ ተጨማሪው በዚህ ፍቃድ ውስጥ የተጠቃሚ ይዘትን ስለማይደግፍ ክወናው አልተሳካም';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'ተለይተው የተገለፁት የመደዳ መጀመርያ ወይም የዓምድ መጀመርያ እሴቶች ትክክል ያልሆኑ ናቸው።';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'ችላ በል';
Strings.OfficeOM.L_InvalidCoercion = 'የማይሰራ የአስገዳጅ አይነት';
Strings.OfficeOM.L_ConfirmDialogConsent = 'እሺን ጠቅ በማድረግ {0} የእርስዎን ይዘት እና የግል መረጃ እንዲደርስ ይፈቅዳሉ። ';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'ውሂቡ ወቅታዊ አይደለም';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'የ JavaScript API ጥያቄ አልተሳካም ምክንያቱም የሥራ ደብተሩ ተደብቆ ነበር። እባክዎ የሥራ ደብተሩን ከመደበቅ ያውጡ እና እንደገና ይሞክሩ።';
Strings.OfficeOM.L_BindingCreationError = 'ማጣመር የመፍጠር ስህተት';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'ፍቀድ';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'ሌላ መልሰው ከማምጣትዎ በፊት በአሁኑ ፋይል ላይ closeAsync';
Strings.OfficeOM.L_DialogAlreadyOpened = 'ይህ ዉስጠ-ተጨማሪ የነቃ ንግግር ስለአለዉ አንቅስቃሴዉ አልተሳካም';
Strings.OfficeOM.L_GetSelectionNotSupported = 'አሁን የተመረጠው የሚደገፍ አይደለም።';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory = 'ይህ ተጨማሪው የተጠቃሚ ይዘትን አይደግፍም።';
Strings.OfficeOM.L_InValidOptionalArgument = 'የማይሰራ አማራጭያዊ ክርክር';
Strings.OfficeOM.L_EventHandlerNotExist = 'ለዚህ ማጣመር የሚሆን ተለይቶ የተገለፀው የፍፃሜ ያዥ ሊገኝ አልቻለም።';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'በዚህ የማጣመር ዓይነት ክወና አይደገፍም።';
Strings.OfficeOM.L_ApiNotFoundDetails = 'ስልት ወይም ባህሪ {0} በ {2} ስሪትዎ ውስጥ የማይገኝ የ {1} መመዘኛ ስብስብ ክፍል ነው።';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'የተጠቃሚ የማንነት ዓይነት አልተደገፈም።';
Strings.OfficeOM.L_ConfirmCancelMessage = 'ይቅርታ፣ መቀጠል አንችልም።';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'የአምድ ኢንዴክስ ዋጋው ከተፈቀደው አውድ ውጪ ነው። ከአምዶች ቁጥር ያነሰ ዋጋ (0 ወይም የበለጠ) ይጠቀሙ።';
Strings.OfficeOM.L_SettingNameNotExist = 'ተለይቶ የተገለፀው የቅንጅት ስም የለም።';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen = 'ሁኔታዊ መገናኛ ክፍት ሲሆን የመፃፍ ክወና ለ Office አይደገፍም።';
Strings.OfficeOM.L_BindingToMultipleSelection = 'ተያያዥ ያልሆኑ ምርጫዎች አይደገፉም።';
Strings.OfficeOM.L_ModalDialogOpeng = 'ክዋኔው አልተሳካም ምክንያቱም ይህ ተጨማሪ ቀድሞውንም የነቃ ሞዳል ንግግር ስላለው።';
Strings.OfficeOM.L_InvalidGetRows = 'ተለይተው የተገለፁት መደዳዎች ትክክል ያልሆኑ ናቸው።';
Strings.OfficeOM.L_NotSupportedBindingType = 'ተለይቶ የተገለፀው የማጣመር ዓይነት {0} የሚደገፍ አይደለም።';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'ወደ ተግባሩ የተላለፈ ነጋሪ እሴት(ቶች) ለዚህ ሁኔታ አይሰራም፣ ጠፍቷል ወይም በትክክል ቅርጸት አይደሉም።';
Strings.OfficeOM.L_DialogOK = 'እሺ';
Strings.OfficeOM.L_CallbackNotAFunction = 'መልሶመደወል የአይነት ተግባር መሆን አለበት፣ የ {0} አይነት ነበር።';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'ከ {0} ጥንቃቄ ሊሻ የሚችል መረጃን ሊልኩ እና ሊቀበሉ ነው። ጥንቃቄ የሚሻውን መረጃ በመቀበል የሚከተለውን ድር ጣቢያ የሚያምኑ ከሆነ ብቻ እሺን ጠቅ ያድርጉ፦ {1}።';
Strings.OfficeOM.L_ReadSettingsError = 'የክንውን አውዶች ስህተት ያንብቡ';
Strings.OfficeOM.L_UnsupportedDataObject = 'የቀረበው የውሂብ ነገር አይነት የሚደገፍ አይደለም።';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'ልክ ያልሆነ የግቤት ነጋሪ እሴቶች።';
Strings.OfficeOM.L_ElementMissing =
  'የሰንጠረዡን ህዋስ ቅርፅ ማስያዝ አልቻልንም ምክንያቱም አንዳንድ መለክያ እሴቶች ስለጠፉ። መለክያዎቹን በድጋሚ-በማረጋገጥ እንደገና ይሞክሩ።';
Strings.OfficeOM.L_HostError = 'የአስተናጋጅ ስህተት';
Strings.OfficeOM.L_InvalidGetColumns = 'ተለይተው የተገለፁት ዓምዶች ትክክል ያልሆኑ ናቸው።';
Strings.OfficeOM.L_DocumentIsInactive = 'ይህ ተጨማሪ ውስጥ ያለው ሰነድ የቦዘነ ስለሆነ ክዋኔው አልተሳካም።';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'ፋይሉ መልሶ የማግኘት ጉዳይ የአውታረመረብ ችግር ከልክሎታል።';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'የቀረበው የውሂብ ነገር አሁን ካለው የምርጫ መጠን ጋር አንድ አይደለም።';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'ተለይተው የተገለፁት የመደዳ መጀመርያ ወይም የዓምድ መጀመርያ እሴቶች ትክክል ያልሆኑ ናቸው።';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'ተለይቶ የተገለፀው ID የለም።';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars = 'ተግባሩ ፊደሎችን፣ አሀዞችን፣ ሰረዘዘብጦች እና ነጥቦችን ብቻ ሊያካትት ይችላል።';
Strings.OfficeOM.L_DialogInvalidScheme = 'የ URL አገባቡን አልተደገፈም። በምትኩ HTTPS ተጠቀም።';
Strings.OfficeOM.L_ActivityLimitReached = 'የእንቅስቃሴ ገደብ ደርሷል።';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'ውስጥ አክል ቀድሞውኑ የመዳረሻ ቶከን በመጠየቅ ላይ ስለሆነ ክወናው አልተሳካም።';
Strings.OfficeOM.L_InternalErrorDescription = 'አንድ ውሳጣዊ ስሕተት ተፈጥሯል።';
Strings.OfficeOM.L_BadSelectorString = 'ወደ መራጩ የሚያልፈው ዓረፍተነገር በትክክል ያልተቀረፀ ወይም የማይደገፍ ነው።';
Strings.OfficeOM.L_OKButton = 'እሺ';
Strings.OfficeOM.L_UnknownBindingType = 'የማጣመር ዓይነቱ የሚደገፍ አይደለም።';
Strings.OfficeOM.L_RequestTimeout = 'የጥሪ መውሰጃው በጣም ረዥም ስለሆነ ለመፈጸም ያስቸግራል።';
Strings.OfficeOM.L_DialogAddressNotTrusted = 'የጎራው URL በገለጻ ዝርዝሩ በመተግበሪያ ጎራዎች አባል ውስጥ አልተካተተም።';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'የምላሽ ክፍያ ጭነት መጠን ገደቡን አልፏል፡፡ እባክዎን ወደ ሰነዱ ይመልከቱ: - "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"።';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'ቀደም ብሎ የተጀመረው ጥሪ እስኪጠናቀቅ ይጠብቁ።';
Strings.OfficeOM.L_ContinueButton = 'ቀጥል';
Strings.OfficeOM.L_SSOClientErrorMessage = 'በደንበኛው ውስጥ ያልተጠበቀ ስህተት ተከስቷል።';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'ከሰንጠረዥ አማራጮች ፓራሜትሮች አንዱ ወይም ከዛ በላይ የማይፈቀዱ ዋጋዎች ይዘዋል። ዋጋዎቹን እንደገና ይፈትሹዋቸው እና እንደገና ይሞክሩ።';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'ኢኑሜሬሽኑ የአሁኑ አስተናጋጅ መተግበሪያላይ የሚደገፍ አይደለም።';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'የምርጫ ገደብ ደርሷል';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'የማንነቱ API በዚህ ውስጥ አክል ውስጥ አልተደገፈም።';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'በ {0} የአቋም ኮድ ጥያቄው አልተሳካም።';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'መተግበሪያ {0} የለም። Microsoft.Office.WebExtension.መነሻ(ምክንያት) አልተጠራም።';
Strings.OfficeOM.L_ImplicitNotLoaded = 'ማድዩሉ ቶክን ከመገኘቱ በፊት አልተጫነም';
Strings.OfficeOM.L_DataWriteReminder = 'ዳታ የመጻፍ አስታዋሽ';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit = 'የተግባር ስም ባዶ ያልሆነ የስም ቦታ እና ባዶ ያልሆነ አጭር ስም መያዝ አለበት።';
