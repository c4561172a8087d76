Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Zehaztutako lotura mota ez da adierazitako izendatutako elementuarekin bateragarria.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'Hautapena 1024 elementura mugatzen du XPath lengoaiak.';
Strings.OfficeOM.L_InvalidParameters = '{0} funtzioak parametro baliogabeak ditu.';
Strings.OfficeOM.L_InvalidResourceUrlMessage =
  'Balio ez duen aplikazioaren baliabideen URLa zehaztu da manifestuan.';
Strings.OfficeOM.L_ShuttingDown = 'Eragiketak huts egin du zerbitzariko datuak unekoak ez direlako.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Idazketa-eragiketa ez da onartzen Office-n modu-elkarrizketa bat irekita dagoenean.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Ezin da egin APIaren deia testuinguru honetan.';
Strings.OfficeOM.L_Timeout = 'Eragiketaren denbora-muga gainditu da.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile =
  'Sareko arazo bat dela-eta, ezin izan da fitxategia eskuratu.';
Strings.OfficeOM.L_NotSupported = 'Ez da {0} funtzioa onartzen.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Ados sakatuz gero, {0} domeinuari zure edukiari eta informazio pertsonalari sarbidea emango diozu. ';
Strings.OfficeOM.L_OKButton = 'Ados';
Strings.OfficeOM.L_InvalidObjectPath =
  'Objektuaren "{0}" bide-izenak ez du balio egin behar duzunerako. Objektua hainbat "context.sync" deitan erabiltzen ari bazara eta ".run" sortaren exekuzio sekuentzialetik kanpo, erabili "context.trackedObjects.add()" eta "context.trackedObjects.remove()" metodoak objektuaren iraupena kudeatzeko.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'APIa ez da onartzen plataforma honetan.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Adierazitako datu-objektua ez da uneko hautapenaren formarekin edo neurriekin bateragarria.';
Strings.OfficeOM.L_APINotSupported = 'APIa ez da bateragarria';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript APIaren eskaerak huts egin du, laneko liburua ezkutatuta dagoelako. Jarri laneko liburua ikusgai eta saiatu berriro.';
Strings.OfficeOM.L_DataWriteError = 'Datu-idazketaren errorea';
Strings.OfficeOM.L_NotSupportedEventType = 'Ez da zehaztutako {0} gertaera mota onartzen.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Funtzio-izenak hutsik ez dauden izen-leku bat eta izen labur bat izan behar ditu.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordenatu-parametroak ezin dira hertsadura motaren taularekin erabili taulak konbinatutako gelaxkak dituenean.';
Strings.OfficeOM.L_FunctionCallFailed = '{0} funtzioaren deiak huts egin du. Errore-kodea: {1}.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Zehaztutako StartRow edo StartColumn balioak baliogabeak dira.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Ez da uneko hautapena onartzen.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  '"{0}" propietatean egindako aldaketak ezin dira aplikatu "object.set" metodoaren bidez.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Ez da zehaztutako hertsadura mota onartzen.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Atzeradeiak funtzio motakoa izan behar du; {0} motakoa da.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Idatzitako argumentuek ez dute balio.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Oharra: taulek, gehienez, 20.000 gelaxka izatea gomendatzen da.';
Strings.OfficeOM.L_DialogOK = 'Ados';
Strings.OfficeOM.L_NotSupportedBindingType = 'Ez da zehaztutako {0} lotura mota onartzen.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfiguratu arakatzailea';
Strings.OfficeOM.L_UnknownBindingType = 'Ez da lotura mota onartzen.';
Strings.OfficeOM.L_OutOfRange = 'Barrutitik kanpo';
Strings.OfficeOM.L_NotTrustedWAC =
  'Segurtasuna bermatzeko osagarri hau desgaitu da.Osagarri hau erabiltzen jarraitzeko, baliozkotu elementu hau konfiantzazko domeinu batean dagoela edo ireki Officeren ordenagailuko aplikazioan.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Lotura mota honetan ez da eragiketa hori onartzen.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Zehaztutako StartRow edo StartColumn balioak baliogabeak dira.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indizea barrutitik kanpo dago.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Eskatutako APIa ez da arakatzailearekin bateragarria.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Une bat …';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Ezin dugu jarraitu.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Ez da adierazitako datu-objektu mota onartzen.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Adierazitako datu-objektua ez dator bat uneko hautapenaren tamainarekin.';
Strings.OfficeOM.L_BadSelectorString =
  'Hautatzailera igarotako kateak ez du formatu egokia edo ez da onartzen.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Ez da OsfControl mota onartzen.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Konexioa galdu da saioa hasi bitartean.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL eskema ez da onartzen. Erabili HTTPS.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Erantzunaren karga-tamainak muga gainditu du. Irakurri dokumentazioa: «https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins».';
Strings.OfficeOM.L_TooManyArguments = 'argumentu gehiegi';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Ez dira ondoz ondokoak ez diren hautapenak onartzen.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Hautatutako edukiak taula-formatuan egon behar du. Formateatu datuak taula gisa eta saiatu berriro.';
Strings.OfficeOM.L_SettingNameNotExist = 'Ez da zehaztutako ezarpenaren izena existitzen.';
Strings.OfficeOM.L_InvalidFormat = 'Formatu baliogabearen errorea';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Ezin da loturarik sortu uneko hautapenarekin eta zehaztutako lotura motarekin.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Funtzio-izenak hizkiak, digituak, azpimarrak eta puntuak baino ezin ditu izan.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Arakatzailearen segurtasun-ezarpenek ez digute uzten elkarrizketa-koadroa sortzen. Elkarrizketa-koadroaren domeinua eta osagarriaren ostalariaren domeinua ez daude segurtasun-zona berean.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Ez da zehaztutako nodoa aurkitu.';
Strings.OfficeOM.L_UserNotSignedIn = 'Ez dago Office-n saioa hasita duen erabiltzailerik.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Irakurtzeko soilik den "{0}" propietatea ezartzen saiatzen.';
Strings.OfficeOM.L_UserAbortedMessage = 'Erabiltzaileak ez ditu onartu osagarriaren baimenak.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Erabiltzaileak bertan behera utzi du eragiketa.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Eskaerak huts egin du eta egoera-kode honekin erantzun du: "{0}" egoera-kodea, "{1}" errore-kodea eta "{2}" errore-mezua.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Ezin izan da gauzatu eragiketa, osagarriak elkarrizketa-koadro bat aktibo duelako jada.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  '{0} metodoa edo propietatea {1} eskakizun multzoaren zati da, eta hura ez dago erabilgarri zuk darabilzun {2} bertsioan.';
Strings.OfficeOM.L_ReadSettingsError = 'Irakurketa-ezarpenen errorea';
Strings.OfficeOM.L_ElementMissing =
  'Ezin izan zaio taulako gelaxkari formatua eman, parametro-balio batzuk falta direlako. Egiaztatu parametroak eta saiatu berriro.';
Strings.OfficeOM.L_PropertyNotLoaded =
  '"{0}" propietatea ez dago erabilgarri. Propietatearen balioa irakurri aurretik, deitu edukitze-objektuaren kargatze-metodoari eta deitu "context.sync()" metodoari erlazionatutako eskaera-testuinguruan.';
Strings.OfficeOM.L_InvalidBindingError = 'Lotura-errore baliogabea';
Strings.OfficeOM.L_InvalidCoercion = 'Hertsadura mota baliogabea';
Strings.OfficeOM.L_InvalidBinding = 'Lotura baliogabea';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Ez da onartzen erabiltzailearen identitate mota hori.';
Strings.OfficeOM.L_DocumentReadOnly = 'Uneko dokumentu moduan ez da eskatutako eragiketa baimentzen.';
Strings.OfficeOM.L_PropertyDoesNotExist = '"{0}" propietatea ez dago objektuan.';
Strings.OfficeOM.L_ConfirmDialog =
  '{0} domeinua Microsoft Office gisa jarduten ari da eta Office osagarriak exekutatu ditzake, zure datu pertsonalak atzitu ditzaketenak. Domeinua Office gisa exekutatzea eta zure datuak atzitzea fidagarritzat jotzen badituzu, sakatu Ados jarraitzeko.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Ezin izan da gauzatu eragiketa, osagarri hori duen dokumentua inaktibo dagoelako.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Adierazitako errenkada hutsik dago.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objektua nabigatu ezin den toki batean kokatuta dago.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Autentifikazioaren testuingurua eskuratzeko funtzioa ez dago';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Datuak ez dira unekoak';
Strings.OfficeOM.L_CustomXmlError = 'XML errore pertsonalizatua.';
Strings.OfficeOM.L_UserClickIgnore = 'Erabiltzaileak ez ikusi egin dio elkarrizketa-koadroari.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Eragiketak huts egin du osagarri hau ez delako bateragarria kategoria honetako erabiltzailearen baimenarekin';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Gelaxkak editatzeko moduan dago Excel. Irten modu horretatik SARTU edo TAB sakatuta edo beste gelaxka bat hautatuta, eta saiatu berriro.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'parametroen zerrendan aukerako funtzio anizkoitzak daude';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".run" metodora pasatutako sorta-funtzioak ez du promesik itzuli. Funtzioak promes bat itzuli behar du, automatikoki jarraitutako objektuak askatu ahal izan daitezen sortaren eragiketa amaitu ondoren. Normalean, "context.sync()" metodotik erantzun bat itzultzen da promesen erantzun gisa.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Funtzioaren definizioa adierazten duen eta izen hau duen Excel.Script.CustomFunctions klaseko propietateak "call" (deitu) propietatea izan behar du funtzioa inplementatu ahal izateko.';
Strings.OfficeOM.L_SelectionCannotBound = 'Ezin zaio uneko hautapenari lotu.';
Strings.OfficeOM.L_InvalidSetColumns = 'Zehaztutako zutabeak baliogabeak dira.';
Strings.OfficeOM.L_ActivityLimitReached = 'Jardueren mugara iritsi zara.';
Strings.OfficeOM.L_SSOServerError = 'Errore bat gertatu da autentifikatzaile-hornitzailean.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Multzo-eragiketak huts egin du adierazitako datu-objektuak datuak gainidatzi edo lekualdatuko baititu.';
Strings.OfficeOM.L_PermissionDenied = 'Baimena ukatu da';
Strings.OfficeOM.L_SetDataParametersConflict = 'Zehaztutako parametroak gatazkan daude.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Konexioa galdu da saioa hasi bitartean, edo agian erabiltzaileak ez du hasi saioa. Seguruenik, erabiltzailearen arakatzailearen konfigurazio-ezarpenengatik (adibidez, segurtasun-zonak) gertatu da.';
Strings.OfficeOM.L_RequestTimeout = 'Denbora gehiegi behar izan da deia exekutatzeko.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Office-ren saioa ez da ari konexio segurua erabiltzen. Kontu handiarekin ibiltzea gomendatzen dizugu.';
Strings.OfficeOM.L_HostError = 'Ostalariaren errorea';
Strings.OfficeOM.L_NetworkProblem = 'Sareko arazoa';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Funtzioaren definizioa adierazten duen eta izen hau duen propietate bat izan behar duzu Excel.Script.CustomFunctions klasean.';
Strings.OfficeOM.L_InvalidSetRows = 'Zehaztutako errenkadak baliogabeak dira.';
Strings.OfficeOM.L_BindingNotExist = 'Zehaztutako lotura ez dago.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Zehaztutako zutabeak baliogabeak dira.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Ez da onartzen erabiltzailearen identitate mota hori.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Errenkada-indizearen balioa baimendutako barrutitik kanpo dago. Erabili errenkada kopurua baino txikiagoa den balio positibo bat (0 edo handiagoa).';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} erabiltzaileak beste leiho bat bistaratu nahi du.';
Strings.OfficeOM.L_NotImplemented = '{0} funtzioa ez dago inplementatuta.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Ez da lotura honen gertaera-maneiatzailea aurkitu.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Eskaeraren karga-tamainak muga gainditu du. Irakurri dokumentazioa: «https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins».';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Eskatutako datu multzoa handiegia da.';
Strings.OfficeOM.L_InvalidDataObject = 'Datu-objektu baliogabea';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Ezin izan da gauzatu eragiketa, leiho nagusia ikonotu delako.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Onartu';
Strings.OfficeOM.L_SSOClientError = 'Errore bat gertatu da Office-ren autentifikazio-eskaeran.';
Strings.OfficeOM.L_InvalidAPICall = 'API dei baliogabea';
Strings.OfficeOM.L_RequestTokenUnavailable = 'APIa mugatu da deien maiztasuna txikitzeko.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Formatuaren parametroetako batek edo gehiagok baimendu gabeko balioak dituzte. Egiaztatu balioak eta saiatu berriro.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Ez da zenbakitzea onartzen';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Ez da {0} aplikazioa existitzen. Ez da Microsoft.Office.WebExtension.initialize(reason) deitu.';
Strings.OfficeOM.L_InValidOptionalArgument = 'aukerako argumentu baliogabea';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Zutabe-indizearen balioa baimendutako barrutitik kanpo dago. Erabili zutabe kopurua baino txikiagoa den balio positiboa (0 edo handiagoa).';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Saioak ez du balio edo iraungi egin da';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Identitatearen API hori ezin da erabili osagarri honetan.';
Strings.OfficeOM.L_APICallFailed = 'API deiak huts egin du';
Strings.OfficeOM.L_SaveSettingsError = 'Gordetzeko ezarpenen errorea';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Ezin izan da gauzatu eragiketa, osagarriak elkarrizketa-koadro modal bat aktibo duelako jada.';
Strings.OfficeOM.L_EventRegistrationError = 'Errorea gertaera erregistratzean';
Strings.OfficeOM.L_ConnectionFailureWithStatus =
  'Eskaerak huts egin du eta egoera-kode honekin erantzun du: {0}.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Zehaztutako parametroak gatazkan daude.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Zehaztutako datu-objektu mota ez da uneko hautapenarekin bateragarria.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Ez da kargatu modulua tokena eskuratu aurretik';
Strings.OfficeOM.L_UserAborted = 'Erabiltzaileak bertan behera utzi du baimen-eskaera.';
Strings.OfficeOM.L_DataWriteReminder = 'Datuak idazteari buruzko abisua';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js oraindik ez da erabat kargatu. Saiatu berriro geroago edo ziurtatu hasieratze-kodea Office.initialize funtzioan gehitu duzula.';
Strings.OfficeOM.L_SettingsStaleError = 'Ezarpenen errore zaharkitua';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Kontuzkoa izan daitekeen {0} domeinuko informazioa bidaltzear zaude. Kontuzko informazioa jasotzen duen webgune honetan konfiantza baduzu, egin klik Ados botoian: {1}.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'TableOptions parametroetako batek edo gehiagok baimendu gabeko balioak dituzte. Egiaztatu balioak eta saiatu berriro.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP protokoloa ez da onartzen. Erabili HTTPS.';
Strings.OfficeOM.L_DataReadError = 'Datu-irakurketaren errorea';
Strings.OfficeOM.L_MemoryLimit = 'Memoriaren muga gainditu da';
Strings.OfficeOM.L_FileTypeNotSupported = 'Ez da zehaztutako fitxategi mota onartzen.';
Strings.OfficeOM.L_CancelButton = 'Utzi';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Itxaron aurreko deia osatzen den arte.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Ezin izan da gertaera-maneiatzailea kendu.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Ustekabeko errorea gertatu da memoria barruko eskemaren cachean.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Eragiketak huts egin du osagarriak dagoeneko eskatu duelako sarbide-tokena.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Ezin da uneko hautapenean idatzi.';
Strings.OfficeOM.L_NoCapability = 'Ez duzu ekintza honetarako baimen nahikorik.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Ustekabeko errore bat gertatu da zerbitzarian.';
Strings.OfficeOM.L_ContinueButton = 'Jarraitu';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Zehaztutako datu-objektua ez da lotura motarekin bateragarria.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Zehaztutako RowCount edo ColumnCount balioak baliogabeak dira.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Funtziora pasatako argumentuek ez dute funtzionatzen egoera honetan, ez daude, edo ez dute formatu egokia.';
Strings.OfficeOM.L_InvalidGetColumns = 'Zehaztutako zutabeak baliogabeak dira.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Deitu closeAsync metodoari uneko fitxategian, beste fitxategi bat eskuratu aurretik.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Zehaztutako hertsadura mota ez da lotura mota honekin bateragarria.';
Strings.OfficeOM.L_SettingsCannotSave = 'Ezin izan dira ezarpenak gorde.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URLaren domeinua ez dago manifestuaren AppDomains elementuan, eta ez da iturburuko kokalekuaren azpidomeinua.';
Strings.OfficeOM.L_MissingParameter = 'Parametroa falta da';
Strings.OfficeOM.L_MissingRequiredArguments = 'derrigorrezko zenbait argumentu falta dira';
Strings.OfficeOM.L_InvalidCellsValue =
  'Gelaxken parametroetako batek edo gehiagok baimendu gabeko balioak dituzte. Egiaztatu balioak eta saiatu berriro.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Osagarri hau ez da bateragarria erabiltzailearen baimenarekin.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Emaitza-objektuaren balioa ez da oraindik kargatu. Balioaren propietatea irakurri aurretik, deitu "context.sync()" funtzioari erlazionatutako eskaeraren testuinguruan.';
Strings.OfficeOM.L_OperationNotSupported = 'Ez da eragiketa onartzen.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Zehaztutako datu-objektua handiegia da.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Lotura-eragiketa baliogabea';
Strings.OfficeOM.L_InvalidNode = 'Nodo baliogabea';
Strings.OfficeOM.L_AppNameNotExist = '{0} osagarriaren izena ez dago.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Izen bereko objektu anizkoitzak aurkitu dira.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Arakatzailearen segurtasun-ezarpenek ez digute uzten elkarrizketa-koadroa sortzen. Erabili beste arakatzaile bat edo {0} "{1}" eta helbide-barran agertzen den domeinua segurtasun-zona berean egon daitezen.';
Strings.OfficeOM.L_InvalidGrant = 'Baimena falta da.';
Strings.OfficeOM.L_InvalidDataFormat = 'Zehaztutako datu-objektuaren formatua baliogabea da.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Aplikazioaren baliabideen URLak ez du balio.';
Strings.OfficeOM.L_DataStale = 'Datuak ez dira unekoak';
Strings.OfficeOM.L_InvalidGetRows = 'Zehaztutako errenkadak baliogabeak dira.';
Strings.OfficeOM.L_InvalidValue = 'Balio okerra';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Balioa baimendutako barrutitik kanpo dago.';
Strings.OfficeOM.L_NamedItemNotFound = 'Ez da izendatutako elementua existitzen.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Baztertu';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Hautatzeko mugara iritsi zara';
Strings.OfficeOM.L_BindingCreationError = 'Errorea lotura sortzean';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordenatu-parametroak ezin dira hertsadura motaren taularekin erabili taulak konbinatutako gelaxkak dituenean.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Ezin da atzeradeia zehaztu ez argumentu-zerrendan ez aukerako objektuan.';
Strings.OfficeOM.L_DialogNavigateError = 'Elkarrizketa-koadroaren nabigazio-errorea';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Egin hautapena.';
Strings.OfficeOM.L_SettingsAreStale = 'Ezin izan dira ezarpenak gorde unekoak ez direlako.';
Strings.OfficeOM.L_InternalErrorDescription = 'Barne-errore bat gertatu da.';
Strings.OfficeOM.L_DisplayDialogError = 'Elkarrizketa-koadroaren bistaratze-errorea';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Uneko aplikazio ostalarian ez da zenbakitzea onartzen.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Jarraitzeko, kendu osagarria eta gehitu berriro, edo freskatu orria.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Uneko hautapena ez da zehaztutako hertsadura motarekin bateragarria.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Zehaztutako IDa ez dago.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Osagarriak eskatu du jada sarbide-tokena.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Oharra: formatua ezartzeko APIaren bidez, gehienez, 100 formatu ezartzea gomendatzen da.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Zehaztutako zatiaren tamaina ez da onartzen.';
Strings.OfficeOM.L_InvalidArgument =
  '"{0}" argumentuak ez da baliozkoa egoera honetan, ez dago, edo ez dago formatu zuzenean.';
Strings.OfficeOM.L_NavOutOfBound = 'Eragiketak huts egin du indizea barrutitik kanpo dagoelako.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'parametroen zerrendan aukerako objektu anizkoitzak daude';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Office saioa iraungi egin da edo ez du balio. Aurrera egiteko, freskatu orria.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Ezin da erregistratu gertaera-maneatzailea.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Datuak ez daude eguneratuta. Eskuratu berriro objektua.';
Strings.OfficeOM.L_InvalidRequestContext = 'Ezin da erabili objektua eskaera-testuinguru desberdinetan.';
Strings.OfficeOM.L_FormattingReminder = 'Formatuari buruzko abisua';
Strings.OfficeOM.L_InvalidGrantMessage = 'Osagarri honen baimena falta da.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Ezin izan da gertaera-maneiatzailea gehitu.';
Strings.OfficeOM.L_OperationCancelledError = 'Bertan behera utzi da eragiketa';
Strings.OfficeOM.L_InternalError = 'Barne-errorea';
