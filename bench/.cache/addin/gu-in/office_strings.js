Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_APINotSupported = 'API સમર્થિત નથી';
Strings.OfficeOM.L_UserNotSignedIn = 'Office માં કોઈ ઉપયોગકર્તા સાઇન ઇન થયેલ નથી.';
Strings.OfficeOM.L_NotSupportedEventType = 'નિર્દિષ્ટ ઇવેંટ પ્રકાર {0} સમર્થિત નથી.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'તમે {0} થી સંભવિત રીતે સંવેદનશીલ જાણકારી પ્રાપ્ત કરવા, અને તેને મોકલવા, જઈ રહ્યાં છો. જો તમને નીચે આપેલ વેબસાઇટ દ્વારા સંવેદનશીલ જાણકારી પ્રાપ્ત કરવા પર વિશ્વાસ હોય, તો જ ‘ઠીક’ પર ક્લિક કરો: {1}.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'પેરામીટર સૂચિમાં બહુવિધ વૈકલ્પિક ઑબ્જેક્ટ્સ છે';
Strings.OfficeOM.L_Timeout = 'ઑપરેશનનો સમય સમાપ્ત થયો છે.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'તમારા બ્રાઉઝરને કન્ફિગર કરો';
Strings.OfficeOM.L_InvalidFormat = 'અમાન્ય સ્વરૂપ ભૂલ';
Strings.OfficeOM.L_PropertyDoesNotExist = "ગુણધર્મ '{0}' ઑબ્જેક્ટ પર હાજર નથી.";
Strings.OfficeOM.L_InvalidGetRows = 'નિર્દિષ્ટ પંક્તિઓ અમાન્ય છે.';
Strings.OfficeOM.L_SetDataParametersConflict = 'નિર્ધિષ્ટ પેરામીટર્સ વિરોધ.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'નિર્દિષ્ટ મોડ મળ્યો ન હતો.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'પસંદગી મર્યાદા સુધી પહોંચી';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'નિર્દિષ્ટ startRow અથવા startColumn મૂલ્યો માન્ય નથી.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'અસમર્થિત ગણના';
Strings.OfficeOM.L_UserAbortedMessage = 'ઉપયોગકર્તાએ ઍડ-ઇન અનુમતિઓની સંમતિ આપી નથી.';
Strings.OfficeOM.L_DialogOK = 'ઠીક';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'જ્યારે કોષ્ટકમાં મર્જ કરેલ કોષો સામેલ હોય ત્યારે નિગ્રહ પ્રકારના કોષ્ટક સાથે અનુબદ્ધ પેરામીટર્સનો ઉપયોગ કરી શકાતો નથી.';
Strings.OfficeOM.L_SettingsAreStale = 'સેટિંગ્સ સાચવી શકાઈ નથી કારણ કે તે વર્તમાન નથી.';
Strings.OfficeOM.L_NotSupportedBindingType = 'નિર્દિષ્ટ બાઇંડિંગ પ્રકાર {0} સમર્થિત નથી.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'એપ્લિકેશન {0} હાજર નથી Microsoft.Office.WebExtension.initialize(reason) ને કૉલ કરેલ નથી.';
Strings.OfficeOM.L_InvalidDataFormat = 'નિર્દિષ્ટ ડેટા ઑબ્જેક્ટનું સ્વરૂપ અમાન્ય છે.';
Strings.OfficeOM.L_GetDataParametersConflict = 'નિર્ધિષ્ટ પેરામીટર્સ વિરોધ.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "તમારા બ્રાઉઝરમાંના સુરક્ષા સેટિંગ્સ અમને સંવાદ બૉક્સ બનાવતાં અટકાવે છે. એક ભિન્ન બ્રાઉઝરનો પ્રયાસ કરો, અથવા {0} કે જેથી '{1}' અને તમારી સરનામા પટ્ટીમાં બતાવેલ ડોમેન એક જ સુરક્ષા ઝોનમાં રહે.";
Strings.OfficeOM.L_NotTrustedWAC =
  'તમને સલામત રાખવામાં સહાય માટે આ ઍડ-ઇન અક્ષમ કરવામાં આવ્યું છે. ઍડ-ઇનનો ઉપયોગ ચાલુ રાખવા માટે, માન્ય કરો કે આ આઇટમ કોઈ વિશ્વસનીય ડોમેનમાં હોસ્ટ કરેલી છે અથવા તેને Office ડેસ્કટૉપ એપ્લિકેશનમાં ખોલો.';
Strings.OfficeOM.L_NoCapability = 'તમારી પાસે આ ક્રિયા માટે પર્યાપ્ત અનુમતિઓ નથી.';
Strings.OfficeOM.L_InvalidGrant = 'પૂર્વ પ્રમાણીકરણ ખૂંટે છે.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'ધ્યાન ન આપો';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'એક નેટવર્ક સમસ્યાએ ફાઇલની પુનઃપ્રાપ્તિને અટકાવેલ છે.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'નોંધ: સ્વરૂપણ API કૉલ દ્વારા સેટ કરવામાં આવેલ સ્વરૂપણ સેટ્સ 100 કરતા ઓછા હોવાનું સૂચવેલ છે.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'પેરામીટર સૂચિમાં બહુવિધ વૈકલ્પિક ફંક્શન્સ છે';
Strings.OfficeOM.L_HostError = 'હોસ્ટ ભૂલ';
Strings.OfficeOM.L_FunctionCallFailed = 'ફંક્શન {0} કૉલ નિષ્ફળ થયો, ભૂલ કોડ: {1}.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API વિનંતી નિષ્ફળ થઈ કારણ કે કાર્યપુસ્તિકા છુપાવેલ હતી. કૃપયા કાર્યપુસ્તિકાને સામે લાવો અને ફરી પ્રયાસ કરો.';
Strings.OfficeOM.L_DataStale = 'ડેટા વર્તમાન નથી';
Strings.OfficeOM.L_EventHandlerNotExist = 'આ બાઇંડિંગ માટે નિર્દિષ્ટ ઇવેંટ હેન્ડલર મળ્યું ન હતું.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'વર્તમાન પસંદગી અને નિર્દિષ્ટ કરેલ બાઇંડિંગ પ્રકાર સાથે બાઇંડિંગ બનાવી શકાતું નથી.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP પ્રોટોકૉલ સમર્થિત નથી. તેના બદલે HTTPS નો ઉપયોગ કરો';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'પરવાનગી આપો';
Strings.OfficeOM.L_DocumentIsInactive = 'ઑપરેશન નિષ્ફળ થયું કારણ કે આ ઍડ-ઇન ધરાવતો દસ્તાવેજ નિષ્ક્રિય છે.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'ઇવેંટ હેન્ડલર ઍડ કરવામાં નિષ્ફળ થયું.';
Strings.OfficeOM.L_CannotNavigateTo = 'ઑબ્જેક્ટ એવા સ્થાનમાં સ્થિત છે કે જ્યાં નેવિગેશન સમર્થિત નથી.';
Strings.OfficeOM.L_OutOfRange = 'રેંજની બહાર';
Strings.OfficeOM.L_InvalidCellsValue =
  'કોષો પેરામીટર્સમાંથી એક કે વધુમાં એવા મૂલ્યો છે કે જેની પરવાનગી આપેલ નથી. મૂલ્યને બીજીવાર તપાસો અને ફરી પ્રયાસ કરો.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'ઑપરેશન નિષ્ફળ ગયું કારણ કે આ ઍડ-ઇન આ શ્રેણીમાં ઉપયોગકર્તાની સંમતિને સમર્થન કરતું નથી';
Strings.OfficeOM.L_EventRegistrationError = 'ઇવેંટ નોંધણીમાં ભૂલ';
Strings.OfficeOM.L_MissingRequiredArguments = 'કેટલીક આવશ્યક દલીલો ખૂટે છે';
Strings.OfficeOM.L_InvalidCoercion = 'અમાન્ય નિગ્રહ પ્રકાર';
Strings.OfficeOM.L_SliceSizeNotSupported = 'નિર્દિષ્ટ સ્લાઇસ કદ સમર્થિત નથી.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js હજુ સુધી સંપૂર્ણપણે લોડ થયું નથી. કૃપયા પછીથી ફરી પ્રયાસ કરો અથવા Office.initialize ફંક્શન પર પ્રારંભિક કોડ ઍડ કરવાનું સુનિશ્ચિત કરો.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = '1024 આઇટમ્સ માટે XPath પસંદગી મર્યાદિત કરે છે.';
Strings.OfficeOM.L_CallbackNotAFunction = 'કૉલબેક ફંક્શનનો પ્રકાર હોવો આવશ્યક છે, {0} પ્રકારનું હતું.';
Strings.OfficeOM.L_CannotWriteToSelection = 'વર્તમાન પસંદગી પર લખી શકાતું નથી.';
Strings.OfficeOM.L_InternalError = 'આંતરિક ભૂલ';
Strings.OfficeOM.L_FormatValueOutOfRange = 'આ મૂલ્ય પરવાનગી આપેલ રેંજથી વધારે છે.';
Strings.OfficeOM.L_InvalidSetRows = 'નિર્દિષ્ટ પંક્તિઓ અમાન્ય છે.';
Strings.OfficeOM.L_SettingsStaleError = 'સેટિંગ્સ સ્ટૉલમાં ભૂલ';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'વિનંતી પેલોડ આકારે સીમાને વટાવી દીધી છે. કૃપયા આ દસ્તાવેજીકરણનો સંદર્ભ લો: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_NamedItemNotFound = 'નામવાળી આઇટમ હાજર નથી.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'એક કે વધુ tableOptions પેરામીટર્સમાં એવા મૂલ્યો છે કે જેની પરવાનગી આપેલ નથી. મૂલ્યોને બીજીવાર તપાસો અને ફરી પ્રયાસ કરો.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'કૉલબેકને દલીલ સૂચિ અને વૈકલ્પિક ઑબ્જેક્ટ બન્નેમાં નિર્દિષ્ટ કરી શકાતું નથી.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'ઍડ-ઇને પહેલેથી એક ઍક્સેસ ટોકનની વિનંતી કરી હોવાને કારણે ઑપરેશન નિષ્ફળ થયું.';
Strings.OfficeOM.L_DataNotMatchSelection = 'પૂરો પાડેલ ડેટા ઑબ્જેક્ટ વર્તમાન પસંદગીની આકૃતિ અથવા પરિમાણોથી સુસંગત નથી.';
Strings.OfficeOM.L_RequestTimeout = 'કૉલને ક્રિયાન્વિત થવામાં લાંબો સમય લાગ્યો.';
Strings.OfficeOM.L_InvalidArgument = "દલીલ '{0}' આ પરિસ્થિતિ માટે કાર્ય કરતી નથી, તે ખૂટે છે અથવા યોગ્ય સ્વરૂપમાં નથી.";
Strings.OfficeOM.L_InvalidNamedItemForBindingType = 'નિર્દિષ્ટ બાઇંડિંગ પ્રકાર પૂરી પાડેલ નામની આઇટમ સાથે સુસંગત નથી.';
Strings.OfficeOM.L_ConfirmDialog =
  'ડોમેન {0} Microsoft Office તરીકે કાર્ય કરી રહ્યું છે અને Office ઍડ-ઇન્સ ચલાવી શકે છે, જે તમારા વ્યક્તિગત ડેટાને ઍક્સેસ કરી શકે છે. જો તમે Office તરીકે ચલાવવા અને તમારા ડેટાને ઍક્સેસ કરવા માટે ડોમેન પર વિશ્વાસ કરતા હોય, તો ચાલુ રાખવા માટે ઠીક પર ક્લિક કરો.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'ક્લાયંટમાં એક અનપેક્ષિત ભૂલ આવી.';
Strings.OfficeOM.L_NotSupported = 'ફંક્શન {0} સમર્થિત નથી.';
Strings.OfficeOM.L_SSOClientError = 'Office તરફથી પ્રમાણીકરણ વિનંતીમાં ભૂલ આવી.';
Strings.OfficeOM.L_BadSelectorString = 'સિલેક્ટરમાં પસાર કરવામાં આવેલી આ સ્ટ્રિંગ અગ્યોય રીતે સ્વરૂપિત છે અથવા અસમર્થિત છે.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'ઓળખ API આ ઍડ-ઇન માટે સમર્થિત નથી.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'જ્યારે કોષ્ટકમાં મર્જ કરેલ કોષો સામેલ હોય ત્યારે નિગ્રહ પ્રકારના કોષ્ટક સાથે અનુબદ્ધ પેરામીટર્સનો ઉપયોગ કરી શકાતો નથી.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'પ્રમાણીકરણ સંદર્ભ મેળવવા માટેનું ફંક્શન ગુમ છે';
Strings.OfficeOM.L_InvalidApiCallInContext = 'વર્તમાન સંદર્ભમાં અમાન્ય API કૉલ.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'ઠીક પર ક્લિક કરીને, તમે {0}ને તમારી સામગ્રી અને વ્યક્તિગત જાણકારીની ઍક્સેસની પરવાનગી આપશો.';
Strings.OfficeOM.L_BindingNotExist = 'નિર્દિષ્ટ બાઇંડિંગ હાજર નથી.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl પ્રકાર સમર્થિત નથી.';
Strings.OfficeOM.L_InvalidDataObject = 'અમાન્ય ડેટા ઑબ્જેક્ટ';
Strings.OfficeOM.L_TooManyArguments = 'ઘણી બધી દલીલો છે';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'ઉપયોગકર્તાનો ઓળખ પ્રકાર સમર્થિત નથી.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'ટોકન પ્રાપ્ત કરવા પહેલાં મૉડ્યૂલ લોડ કરાયેલ નથી';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'આ બાઇંડિંગ પ્રકાર પર ઑપરેશન સમર્થિત નથી.';
Strings.OfficeOM.L_InvalidAPICall = 'અમાન્ય API કૉલ';
Strings.OfficeOM.L_MultipleNamedItemFound = 'સમાન નામવાળા બહુવિધ ઑબ્જેક્ટ્સ મળ્યાં હતાં.';
Strings.OfficeOM.L_NoHttpsWAC =
  'આ Office સત્ર સુરક્ષિત કનેક્શનનો ઉપયોગ કરી રહ્યું નથી. અમે તમને વધારાની સાવચેતી રાખવાની ભલામણ કરીએ છીએ.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'ડેટા જ���નો છે. ઑબ્જેક્ટ ફરીથી પુન:પ્રાપ્ત કરો.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'હરોળ અનુક્રમણિકા મૂલ્ય પરવાનગી આપેલ રેંજની બહાર છે. હરોળોની સંખ્યા કરતા ઓછું હોય તેવા (0 અથવા વધુ) મૂલ્ય પસંદ કરો.';
Strings.OfficeOM.L_InvalidBinding = 'અમાન્ય બાઇંડિંગ';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'પસંદ કરેલી સામગ્રી કોષ્ટક સ્વરૂપમાં હોવી જરૂરી છે. ડેટાને એક કોષ્ટક તરીકે સ્વરૂપિત કરો અને ફરી પ્રયાસ કરો.';
Strings.OfficeOM.L_ActivityLimitReached = 'પ્રવૃત્તિ સીમા પર પહોંચી ગયા.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'ગુણધર્મ \'{0}\' માટેનાં પરિવર્તનો "object.set" પદ્ધતિ મારફતે લાગુ કરી શકાતા નથી.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'વિનંતી કરેલ ડેટા સેટ ખૂબ મોટો છે.';
Strings.OfficeOM.L_InvalidSetColumns = 'નિર્દિષ્ટ હરોળો અમાન્ય છે.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'પહેલાનો કૉલ પૂર્ણ થાય ત્યાં સુધી પ્રતીક્ષા કરો.';
Strings.OfficeOM.L_ReadSettingsError = 'વાંચો સેટિંગ્સમાં ભૂલ';
Strings.OfficeOM.L_SettingsCannotSave = 'સેટિંગ્સ સાચવી શકાઈ નથી.';
Strings.OfficeOM.L_SSOConnectionLostError = 'સાઇન ઇન કરવાની પ્રક્રિયા દરમિયાન એક કનેક્શન ગુમ થઈ ગયું હતું.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'તમારા Office સત્રની સમય સીમા સમાપ્ત થઈ અથવા તે અમાન્ય છે. ચાલુ રાખવા માટે પૃષ્ઠને તાજું કરો.';
Strings.OfficeOM.L_InvalidNode = 'અમાન્ય નોડ';
Strings.OfficeOM.L_PropertyNotLoaded =
  'ગુણધર્મ \'{0}\' ઉપલબ્ધ નથી. ગુણધર્મનું મૂલ્ય વાંચતા પહેલાં, ઑબ્જેક્ટ સામેલ થવા પર લોડ પદ્ધતિને કૉલ કરો અને સંકળાયેલ વિનંતી સંદર્ભ પર "context.sync()" ને કૉલ કરો.';
Strings.OfficeOM.L_DocumentReadOnly = 'વિનંતી કરેલ ઑપરેશનની વર્તમાન દસ્તાવેજ મોડ પર પરવાનગી નથી.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'ડેટા વર્તમાન નથી';
Strings.OfficeOM.L_ContinueButton = 'ચાલુ રાખો';
Strings.OfficeOM.L_InternalErrorDescription = 'કોઈ આંતરિક ભૂલ આવી છે.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'પ્રતિસાદ પેલોડ આકારે સીમાને વટાવી દીધી છે. કૃપયા આ દસ્તાવેજીકરણનો સંદર્ભ લો: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidBindingOperation = 'અમાન્ય બાઇંડિંગ ઑપરેશન';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'પદ્ધતિ અથવા ગુણધર્મ {0} જરૂરિયાત સમૂહ {1} નો ભાગ છે, જે તમારા {2} ના વર્ઝનમાં ઉપલબ્ધ નથી.';
Strings.OfficeOM.L_NavOutOfBound = 'ઑપરેશન નિષ્ફળ થયું કારણ કે અનુક્રમણિકા રેંજની બહાર છે.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'ઑપરેશન નિષ્ફળ થયું કારણ કે પેરેંટ વિંડોને નાની કરેલી છે.';
Strings.OfficeOM.L_CancelButton = 'રદ કરો';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'બ્રાઉઝર પ્રતિબંધો અમને સંવાદ બૉક્સ બનાવતાં અટકાવે છે. સંવાદ બૉક્સનું ડોમેન અને ઍડ-ઇન હોસ્ટનું ડોમેન એક જ સુરક્ષા ઝોનમાં નથી.';
Strings.OfficeOM.L_ConfirmRefreshMessage = 'ચાલુ રાખવા માટે, ઍડ-ઇનને દૂર કરો અને તેને ફરીથી ઉમેરો અથવા પૃષ્ઠને તાજું કરો.';
Strings.OfficeOM.L_InvalidValue = 'અમાન્ય મૂલ્ય';
Strings.OfficeOM.L_SelectionCannotBound = 'વર્તમાન પસંદગીથી બાઇંડ કરી શકાતું નથી.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'આ નામ સાથેનો ગુણધર્મ જે ફંક્શનની વ્યાખ્યાને રજૂ કરે છે તે Excel પર અસ્તિત્વમાં હોવો આવશ્યક છે. કસ્ટમફંક્શન્સ.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'એક ક્ષણ ...';
Strings.OfficeOM.L_ElementMissing =
  'અમે કોષ્ટક કોષને સ્વરૂપિત કરી શકતા નથી કારણ કે કેટલાક પેરામીટર મૂલ્યો ખૂટે છે. પેરામીટર્સને બીજીવાર તપાસો અને ફરી પ્રયાસ કરો.';
Strings.OfficeOM.L_MissingParameter = 'પેરામીટર ખૂટે છે';
Strings.OfficeOM.L_NotImplemented = 'ફંક્શન {0} લાગુ કરાયેલ નથી.';
Strings.OfficeOM.L_MemoryLimit = 'મેમરી સીમા વટાવી';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL નું ડોમેન મેનિફેસ્ટમાં AppDomains તત્વમાં સામલે નથી, અને તે સ્રોત સ્થાનનું પેટાડોમેન નથી.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'આ ઍડ-ઇન ઉપયોગકર્તાની સંમતિને સમર્થન કરતું નથી.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "માત્ર વાંચનલક્ષી ગુણધર્મ '{0}' ને સેટ કરવાનો પ્રયાસ કરે છે.";
Strings.OfficeOM.L_UnsupportedUserIdentity = 'ઉપયોગકર્તા ઓળખ પ્રકાર સમર્થિત નથી.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'સેટ ઑપરેશન નિષ્ફળ થયું કારણ કે પૂરો પાડેલ ડેટા ઑબ્જેક્ટ ડેટાને અધિલેખિત કરશે અથવા ખસેડશે.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".run" પદ્ધતિ પર પાસ કરવામાં આવેલ બૅચ ફંક્શને વચન પાછું કર્યુ નથી. ફંક્શને વચન પાછું કરવું આવશ્યક છે, જેથી સ્વચાલિત રૂપે ટ્રૅક થયેલ કોઈપણ ઑબ્જેક્ટ્સ બૅચ ઑપરેશનની સમાપ્તિ પર રિલીઝ થઈ શકે. સામાન્ય રીતે, તમે "context.sync()" થી પ્રતિસાદ પાછો કરીને વચન પાછું કરો છો.';
Strings.OfficeOM.L_OKButton = 'ઠીક';
Strings.OfficeOM.L_DataNotMatchBindingType = 'નિર્દિષ્ટ ડેટા ઑબ્જેક્ટ બાઇંડિંગ પ્રકાર સાથે સુસંગત નથી.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'ફંક્શનના નામમાં કોઈ બિન-ખાલી નામ સ્થાન અને કોઈ બિન-ખાલી ટૂંકા નામ હોવું આવશ્યક છે.';
Strings.OfficeOM.L_CustomXmlError = 'કસ્ટમ XML ભૂલ.';
Strings.OfficeOM.L_InValidOptionalArgument = 'અમાન્ય વૈકલ્પિક દલીલ';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'નિર્દિષ્ટ નિગ્રહ પ્રકાર સમર્થિત નથી.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'ઉપયોગકર્તા દ્વારા ઑપરેશન રદ કરવામાં આવ્યું હતું.';
Strings.OfficeOM.L_IndexOutOfRange = 'અનુક્રમણિકાની રેંજ સમાપ્ત.';
Strings.OfficeOM.L_OperationNotSupported = 'ઑપરેશન સમર્થિત નથી.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits = 'નોંધ: કોષ્ટકમાં કોષોની સંખ્યા 20,000 કોષો કરતા નીચે હોવાનું સૂચવેલ છે.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'ક્ષમા કરશો, અમે અહીં ચાલુ રાખી શકતા નથી.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'નિર્દિષ્ટ ડેટા ઑબ્જેક્ટ ખૂબ મોટો છે.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'નિર્દિષ્ટ હરોળો અમાન્ય છે.';
Strings.OfficeOM.L_InvalidGetColumns = 'નિર્દિષ્ટ હરોળો અમાન્ય છે.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'બીજી પ્રાપ્ત કરતા પહેલાં વર્તમાન ફાઇલ પર closeAsync ને કૉલ કરો.';
Strings.OfficeOM.L_FileTypeNotSupported = 'નિર્દિષ્ટ ફાઇલ પ્રકાર સમર્થિત નથી.';
Strings.OfficeOM.L_CannotRegisterEvent = 'ઇવેન્ટ હેન્ડલર નોંધાવી શકાતું નથી.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'નિર્દિષ્ટ ID હાજર નથી.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL યોજના સમર્થિત નથી. તેના બદલે HTTPS નો ઉપયોગ કરો.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'અમાન્ય અથવા સમય સમાપ્ત થયેલ સત્ર';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'નિર્દિષ્ઠ rowCount અથવા columnCount મૂલ્યો અમાન્ય છે.';
Strings.OfficeOM.L_UserClickIgnore = 'ઉપયોગકર્તા સંવાદ બૉક્સને અવગણવાનું પસંદ કરે છે.';
Strings.OfficeOM.L_NetworkProblem = 'નેટવર્ક સમસ્યા';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} નવી વિંડો પ્રદર્શિત કરવા માગે છે.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'કૃપયા એક પસંદગી કરો.';
Strings.OfficeOM.L_UnsupportedDataObject = 'પૂરો પાડેલ ડેટા ઑબ્જેક્ટ પ્રકાર સમર્થિત નથી.';
Strings.OfficeOM.L_AppNameNotExist = '{0} માટે ઍડ-ઇન નામ હાજર નથી.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = '{0} ના સ્થિતિ કોડ સાથે વિનંતી નિષ્ફળ થઈ છે.';
Strings.OfficeOM.L_InvalidParameters = 'ફંક્શન {0} માં અમાન્ય પેરામીટર્સ છે.';
Strings.OfficeOM.L_DataReadError = 'ડેટા વાંચનમાં ભૂલ';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'નિર્દિષ્ટ પંક્તિ રિક્ત છે.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'ઍડ-ઇને પહેલેથી એક ઍક્સેસ ટોકનની વિનંતી કરી છે.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'સર્વર પર એક અનપેક્ષિત ભૂલ આવી.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'વર્તમાન પસંદગી નિર્દિષ્ટ નિગ્રહ પ્રકાર સાથે સુસંગત નથી.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'ઇવેંટ હેન્ડલર કાઢી નાંખવામાં નિષ્ફળ થયું.';
Strings.OfficeOM.L_InvalidGrantMessage = 'આ ઍડ-ઇન માટે પરવાનગી ખૂંટે છે.';
Strings.OfficeOM.L_UnknownBindingType = 'બાઇંડિંગ પ્રકાર સમર્થિત નથી.';
Strings.OfficeOM.L_SSOServerError = 'પ્રમાણીકરણ પ્રદાતામાં ભૂલ આવી.';
Strings.OfficeOM.L_ValueNotLoaded =
  'પરિણામ ઑબ્જેક્ટનું મૂલ્ય હજી સુધી લોડ કરવામાં આવ્યું નથી. મૂલ્ય ગુણધર્મ વાંચતા પહેલાં, સંકળાયેલ વિનંતી સંદર્ભ પર "context.sync()" ને કૉલ કરો.';
Strings.OfficeOM.L_BindingCreationError = 'બાઇંડિંગની રચનામાં ભૂલ';
Strings.OfficeOM.L_InvalidResourceUrl = 'અમાન્ય એપ્લિકેશન સ્રોત Url પ્રદાન કરી હતી.';
Strings.OfficeOM.L_OperationCancelledError = 'ઑપરેશન રદ કર્યું';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel એ કોષ-સંપાદન મોડમાં છે. કૃપા કરીને ENTER અથવા TAB દબાવીને અથવા અન્ય કોષ પસંદ કરીને સંપાદન મોડથી બહાર નીકળો અને ફરીથી પ્રયાસ કરો.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'પંક્તિ અનુક્રમણિકા મૂલ્ય પરવાનગી આપેલ રેંજની બહાર છે. પંક્તિઓની સંખ્યા કરતા ઓછું હોય તેવા (0 અથવા વધુ) મૂલ્ય પસંદ કરો.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'આ બ્રાઉઝર વિનંતી કરેલ API નું સમર્થન કરતું નથી.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'ઑપરેશન નિષ્ફળ થયું કારણ કે આ ઍડ-ઇનમાં પહેલેથી સક્રિય સંવાદ છે.';
Strings.OfficeOM.L_DataWriteError = 'ડેટા લેખનમાં ભૂલ';
Strings.OfficeOM.L_DataWriteReminder = 'ડેટા લેખન રીમાઇન્ડર';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'મેનિફેસ્ટમાં અમાન્ય સ્રોત Url ઉલ્લેખિત છે.';
Strings.OfficeOM.L_ShuttingDown = 'ઑપરેશન નિષ્ફળ થયું કારણ કે સર્વર પરનો ડેટા વર્તમાન નથી.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'સાઇન ઇન કરવાની પ્રક્રિયા દરમિયાન એક કનેક્શન ગુમ થઈ ગયું હતું અને ઉપયોગકર્તા સાઇન ઇન થઈ શક્યાં નહીં હોય. આ સંભવતઃ સુરક્ષા ઝોન્સના જેવી ઉપયોગકર્તાની બ્રાઉઝર કન્ફિગરેશન સેટિંગ્સ કારણે થયું હોઈ શકે છે.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'જ્યારે મોડાલ સંવાદ ખુલ્લો હોય ત્યારે Office માટે લખો ઑપરેશન સમર્થિત નથી.';
Strings.OfficeOM.L_UserAborted = 'ઉપયોગકર્તાએ સંમતિની વિનંતી નિરસ્ત કરી.';
Strings.OfficeOM.L_InvalidBindingError = 'અમાન્ય બાઇંડિંગ ભૂલ';
Strings.OfficeOM.L_APICallFailed = 'API કૉલ નિષ્ફળ થયો';
Strings.OfficeOM.L_GetSelectionNotSupported = 'વર્તમાન પસંદગી સમર્થિત નથી.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'દલીલ(લો) ફંક્શંનમાંથી પાસ કરેલ છે જે આ સ્થિતિ માટે કાર્ય નથી કરતી, ખૂટે છે અથવા યોગ્ય સ્વરૂપમાં નથી.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'અસંનિહિત પસંદગીઓ સમર્થિત નથી.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'કૉલ આવર્તન દેખાડવા માટે આ API ને રોકવામાં આવેલ છે.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'આ પ્લેટફોર્મમાં API સમર્થિત નથી.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  '{0} ના સ્થિતિ કોડ, {1} ભૂલ કોડ અને નીચેના ભૂલ સંદેશ સાથે વિનંતી નિષ્ફળ થઈ છે: {2}';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'ફંક્શનના નામમાં માત્ર અક્ષરો, આંકડા અને અન્ડરસ્કોર્સ અને પીરિયડ્સ હોઈ શકે છે.';
Strings.OfficeOM.L_SettingNameNotExist = 'નિર્દિષ્ટ સેટિંગ નામ હાજર નથી.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'વર્તમાન હોસ્ટ એપ્લિકેશનમાં ગણના સમર્થિત નથી.';
Strings.OfficeOM.L_PermissionDenied = 'પરવાનગી નકારાઈ';
Strings.OfficeOM.L_InvalidFormatValue =
  'એક કે વધુ સ્વરૂપ પેરામીટર્સમાં એવા મૂલ્યો છે કે જેની પરવાનગી આપેલ નથી. મૂલ્યોને બીજીવાર તપાસો અને ફરી પ્રયાસ કરો.';
Strings.OfficeOM.L_DialogNavigateError = 'સંવાદ નેવિગેશન ભૂલ';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'નિર્દિષ્ટ startRow અથવા startColumn મૂલ્યો માન્ય નથી.';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'પૂરો પાડેલ ડેટા ઑબ્જેક્ટ વર્તમાન પસંદગીના કદથી મેળ ખાતો નથી.';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'નિર્દિષ્ટ ડેટા ઑબ્જેક્ટનો પ્રકાર વર્તમાન પસંદગી સાથે સુસંગત નથી.';
Strings.OfficeOM.L_FormattingReminder = 'સ્વરૂપણ રીમાઇન્ડર';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'નિર્દિષ્ટ નિગ્રહ પ્રકાર આ બાઇંડિંગ પ્રકાર સાથે સમર્થિત નથી.';
Strings.OfficeOM.L_ModalDialogOpeng = 'ઑપરેશન નિષ્ફળ થયું કારણ કે આ ઍડ-ઇનમાં પહેલેથી સક્રિય મૉડલ સંવાદ છે.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'અમાન્ય ઇનપુટ દલીલો.';
Strings.OfficeOM.L_SaveSettingsError = 'સાચવો સેટિંગ્સમાં ભૂલ';
Strings.OfficeOM.L_InvalidRequestContext = 'ભિન્ન વિનંતી સંદર્ભો પર ઑબ્જેક્ટનો ઉપયોગ કરી શકાતો નથી.';
Strings.OfficeOM.L_DisplayDialogError = 'પ્રદર્શન સંવાદ ભૂલ';
Strings.OfficeOM.L_InvalidObjectPath =
  'ઑબ્જેક્ટ પાથ \'{0}\' તમે જે કાર્ય કરવાનો પ્રયાસ કરી રહ્યા છો તેના માટે કાર્ય કરતો નથી. જો તમે બહુવિધ "context.sync" કૉલ્સ પર અને ".run" બૅચના પરિણામી અપવાદોની બહાર ઑબ્જેક્ટનો ઉપયોગ કરતા હોય, તો કૃપયા ઑબ્જેક્ટનો લાઇફટાઇમ મેનેજ કરવા માટે "context.trackedObjects.add()" અને "context.trackedObjects.remove()" પદ્ધતિઓનો ઉપયોગ કરો.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Excel.Script.CustomFunctions પર આ નામ સાથેનો ગુણધર્મ જે ફંક્શનની વ્યાખ્યાને રજૂ કરે છે તેમાં 'કૉલ' ગુણધર્મનો સમાવેશ હોવો જ જોઈએ જે ફંક્શનને અમલમાં મૂકે છે.";
