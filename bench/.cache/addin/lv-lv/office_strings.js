Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_RunMustReturnPromise =
  'Pakešuzdevuma funkcija, kas nodota metodei .run, neatgrieza solījumu. Funkcijai ir jāatgriež solījums, lai visus automātiski izsekojamos objektus varētu atbrīvot pēc pakešuzdevuma darbības pabeigšanas. Parasti solījums tiek atgriezts, atgriežot atbildi no context.sync().';
Strings.OfficeOM.L_AppNameNotExist = '{0} pievienojumprogrammas nosaukums nepastāv.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Atbildes vērtuma lielums ir pārsniedzis ierobežojumu. Lūdzu, skatiet dokumentāciju: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.';
Strings.OfficeOM.L_ElementMissing =
  'Nevarējām formatēt šo tabulas šūnu, jo trūkst dažu parametru vērtību. Kārtīgi pārbaudiet parametrus un mēģiniet vēlreiz.';
Strings.OfficeOM.L_OKButton = 'Labi';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Atzvanīšana nevar būt norādīta gan argumentu sarakstā, gan neobligātajā objektā.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Operācija neizdevās, jo šai pievienojumprogrammai jau ir aktīvs dialogs.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Pašreizējā kontekstā nederīgs API izsaukums.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Pievienojumprogramma jau pieprasa piekļuves pilnvaru.';
Strings.OfficeOM.L_InvalidSetColumns = 'Norādītās kolonnas ir nederīgas.';
Strings.OfficeOM.L_InvalidSetRows = 'Norādītās rindas ir nederīgas.';
Strings.OfficeOM.L_DialogOK = 'Labi';
Strings.OfficeOM.L_SSOClientError = 'Kļūda radās Office autentifikācijas pieprasījumā.';
Strings.OfficeOM.L_MissingRequiredArguments = 'trūkst dažu obligāto argumentu';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Lūdzu, veiciet atlasi.';
Strings.OfficeOM.L_NavOutOfBound = 'Operācija neizdevās, jo indekss ir ārpus diapazona.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operācija neizdevās, jo šai pievienojumprogrammai jau ir aktīvs modālais dialogs.';
Strings.OfficeOM.L_DataStale = 'Dati ir novecojuši';
Strings.OfficeOM.L_InvalidRequestContext = 'Nevar izmantot objektu dažādos pieprasījuma kontekstos.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'vairākas neobligātas funkcijas parametru sarakstā';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel darbojas šūnu rediģēšanas režīmā. Lūdzu, izejiet no rediģēšanas režīma, nospiežot taustiņu ENTER vai TAB vai izvēloties citu šūnu, un pēc tam mēģiniet vēlreiz.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Piezīme. Tabulā nav ieteicams izmantot vairāk nekā 20 000 šūnas.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operācija neizdevās, jo dokuments, kurā ir šī pievienojumprogramma, ir neaktīvs.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Uzgaidiet, līdz tiek pabeigts iepriekšējais izsaukums.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Norādītais mezgls nav atrasts.';
Strings.OfficeOM.L_UserAbortedMessage = 'Lietotājs nav piekritis pievienojumprogrammas atļaujām.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Norādītā rinda ir tukša.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Neizdevās noņemt notikumu apdarinātāju.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Noklikšķinot uz Labi, jūs atļaujat {0} piekļūt jūsu saturam un personas datiem.';
Strings.OfficeOM.L_InvalidParameters = 'Funkcijas {0} parametri nav derīgi.';
Strings.OfficeOM.L_ReadSettingsError = 'Iestatījumu lasīšanas kļūda';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Pieprasījums neizdevās ar statusa kodu {0}.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Neatbalstīta numerācija';
Strings.OfficeOM.L_CannotRegisterEvent = 'Nevar reģistrēt notikumu apdarinātāju.';
Strings.OfficeOM.L_MissingParameter = 'Trūkst parametra';
Strings.OfficeOM.L_APICallFailed = 'API izsaukums neizdevās';
Strings.OfficeOM.L_SSOConnectionLostError = 'Pierakstīšanās laikā zuda savienojums.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Dati ir novecojuši';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Lietotāja identitātes tips netiek atbalstīts.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Šī pievienojumprogramma neatbalsta lietotāja piekrišanu.';
Strings.OfficeOM.L_NotSupported = 'Funkcija {0} netiek atbalstīta.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Norādītais datu objekts nav saderīgs ar šo saistījuma tipu.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Darbību atcēla lietotājs.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath atlases ierobežojums ir 1024 vienumi.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Iestatītā operācija neizdevās, jo nodrošinātais datu objekts pārrakstīs vai pārbīdīs datus dokumentā.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Attālu vienumu atlase netiek atbalstīta.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Rindas indeksa vērtība ir ārpus atļautā diapazona. Izmantojiet vērtību (0 vai lielāku), kas ir mazāka par rindu skaitu.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Norādītie parametri konfliktē.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Šī pievienojumprogramma ir atspējota jūsu drošībai. Lai turpinātu izmantot šo pievienojumprogrammu, aplieciniet to, ka šis domēns ir izvietots uzticamā domēnā vai atveriet to Office datora lietojumprogrammā.';
Strings.OfficeOM.L_UserNotSignedIn = 'Office kontā nav pierakstījies neviens lietotājs.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metode vai rekvizīts {0} ir daļa no {1} prasību kopuma, kas jūsu {2} versijā nav pieejams.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Šai pievienojumprogrammai nav piešķirtas atļaujas.';
Strings.OfficeOM.L_SettingsCannotSave = 'Iestatījumus nevarēja saglabāt.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Lai turpinātu, dzēsiet pievienojumprogrammu un pievienojiet to atkārtoti vai atsvaidziniet lapu.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Šī Office sesija neizmanto drošu savienojumu. Iesakām veikt papildu drošības pasākumus.';
Strings.OfficeOM.L_InvalidGetRows = 'Norādītās rindas ir nederīgas.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Tīkla problēmas neļāva izgūt failu.';
Strings.OfficeOM.L_InternalErrorDescription = 'Ir radusies iekšēja kļūda.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Norādītais saistījuma tips {0} netiek atbalstīts.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Funkcijas nosaukumā jābūt netukšai nosaukumvietai un netukšam īsajam nosaukumam.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Pašreizējā resursdatora programmā numerācija netiek atbalstīta.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Pieprasīto datu kopa ir pārāk liela.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Šī pārlūkprogramma neatbalsta pieprasīto API.';
Strings.OfficeOM.L_CancelButton = 'Atcelt';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Vērtība ir ārpus atļautā diapazona.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Vismaz vienam šūnu parametram ir neatļauta vērtība. Kārtīgi pārbaudiet vērtības un mēģiniet vēlreiz.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Nederīgi ievades argumenti.';
Strings.OfficeOM.L_InvalidCoercion = 'Nederīgs piespiešanas tips';
Strings.OfficeOM.L_DocumentReadOnly = 'Pieprasītā operācija nav atļauta pašreizējā dokumenta režīmā.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigurēt pārlūkprogrammu';
Strings.OfficeOM.L_NotSupportedEventType = 'Norādītais notikuma tips {0} netiek atbalstīts.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Nevar rakstīt pašreizējā atlasē.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL vietrāža domēns nav iekļauts manifesta AppDomains elementā, un tas nav avota atrašanās vietas apakšdomēns.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Norādīts nederīgs lietojumprogrammas resursu vietrādis URL.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Pierakstīšanās laikā zuda savienojums, un lietotājs nevar pierakstīties. Iespējams, ka to izraisīja lietotāja pārlūkprogrammas konfigurācijas iestatījumi, piemēram, drošības zonas.';
Strings.OfficeOM.L_SelectionCannotBound = 'Nevar piesaistīt pašreizējai atlasei.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Sasniegts atlases ierobežojums';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Atlasītajam saturam ir jābūt tabulas formātā. Formatējiet datus kā tabulu un mēģiniet vēlreiz.';
Strings.OfficeOM.L_OperationCancelledError = 'Darbība atcelta';
Strings.OfficeOM.L_InvalidDataObject = 'Nederīgs datu objekts';
Strings.OfficeOM.L_InvalidBinding = 'Nederīgs saistījums';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Pašreizējā atlase nav saderīga ar norādīto piespiedu pārvēršanas tipu.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Rekvizīts {0} nepastāv objektā.';
Strings.OfficeOM.L_DataWriteReminder = 'Datu rakstīšanas atgādinājums';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} vēlas rādīt jaunā logā.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Atļaut';
Strings.OfficeOM.L_InvalidObjectPath =
  'Objekta ceļš {0} nav piemērots tam, ko mēģināt darīt. Ja izmantojat objektu vairākos context.sync izsaukumos un ārpus secīgas pakešuzdevuma .run izpildes, lūdzu, izmantojiet metodi context.trackedObjects.add() un context.trackedObjects.remove(), lai pārvaldītu objekta darbības laiku.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Norādītais sektora lielums netiek atbalstīts.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Norādītais notikuma apdarinātājs šim saistījumam netika atrasts.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Klientā radās neparedzēta kļūda.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js vēl nav pilnībā ielādēts. Lūdzu, vēlāk mēģiniet vēlreiz vai nodrošiniet, lai jūsu inicializācijas kods būtu pievienots Office.initialize funkcijai.';
Strings.OfficeOM.L_NetworkProblem = 'Tīkla problēma';
Strings.OfficeOM.L_SettingsAreStale = 'Iestatījumus nevarēja saglabāt, jo tie ir novecojuši.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Norādītie parametri konfliktē.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Atzvanīšanai jābūt funkcijas tipa; bija {0} tipa.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Lietojumprogramma {0} nepastāv. Microsoft.Office.WebExtension.Initialize(reason) nav izsaukts.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Nederīga sesija vai iestājies taimauts';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Vismaz vienam objekta tableOptions parametram ir neatļauta vērtība. Rūpīgi pārbaudiet vērtības un mēģiniet vēlreiz.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Uzgaidiet...';
Strings.OfficeOM.L_InvalidDataFormat = 'Norādītā datu objekta formāts nav derīgs.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objekts atrodas vietā, kur navigācija netiek atbalstīta.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Trūkst autentifikācijas konteksta noteikšanas funkcijas';
Strings.OfficeOM.L_ValueNotLoaded =
  'Rezultātu objekta vērtība vēl nav ielādēta. Pirms lasīt vērtības rekvizītu, saistītajā pieprasījuma kontekstā izsauciet "context.sync()".';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Operācija neizdevās, jo vecāklogs ir minimizēts.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Šis API ir droselēts, lai samazinātu izsaukumu biežumu.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Nodrošinātais datu objekta tips netiek atbalstīts.';
Strings.OfficeOM.L_RequestTimeout = 'Izsaukuma izpilde pārāk ieilga.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indekss ir ārpus diapazona.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operācija neizdevās, jo šī pievienojumprogramma jau pieprasa piekļuves pilnvaru.';
Strings.OfficeOM.L_InvalidAPICall = 'Nederīgs API izsaukums';
Strings.OfficeOM.L_InvalidNode = 'Nederīgs mezgls';
Strings.OfficeOM.L_NotImplemented = 'Funkcija {0} nav ieviesta.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Norādītais saistīšanas tips nav saderīgs ar norādīto nosaukto vienumu.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorēt';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Norādītais piespiedu pārvēršanas tips nav saderīgs ar šo saistīšanas tipu.';
Strings.OfficeOM.L_UserAborted = 'Lietotājs priekšlaikus pārtrauca piekrišanas pieprasījumu.';
Strings.OfficeOM.L_HostError = 'Resursdatora kļūda';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Rekvizīts {0} nav pieejams. Pirms lasīt rekvizīta vērtību, izsauciet ielādes metodi iekļaujošajam objektam un izsauciet context.sync() saistītajam pieprasījuma kontekstam.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Norādītās startRow vai startColumn vērtības nav derīgas.';
Strings.OfficeOM.L_TooManyArguments = 'pārāk daudz argumentu';
Strings.OfficeOM.L_Timeout = 'Iestājies operācijas taimauts.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Serverī radās neparedzēta kļūda.';
Strings.OfficeOM.L_InvalidGetColumns = 'Norādītās kolonnas ir nederīgas.';
Strings.OfficeOM.L_InvalidValue = 'Nederīga vērtība';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinātu parametri nevar tikt lietoti ar piespiedu tipu Tabula, ja tabulā ir sapludinātas šūnas.';
Strings.OfficeOM.L_InvalidFormat = 'Nederīga formāta kļūda';
Strings.OfficeOM.L_BadSelectorString =
  'Atlasītājā ievadītā virkne nav pareizi formatēta vai netiek atbalstīta.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Nederīga saistījuma operācija';
Strings.OfficeOM.L_EventRegistrationError = 'Notikuma reģistrācijas kļūda';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Rakstīšanas operācija netiek atbalstīta, kad ir atvērts modālais dialogs.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Norādītās startRow vai startColumn vērtības nav derīgas.';
Strings.OfficeOM.L_SaveSettingsError = 'Iestatījumu saglabāšanas kļūda';
Strings.OfficeOM.L_ConfirmDialog =
  'Domēna {0} darbojas kā Microsoft Office un var palaist Office pievienojumprogrammas, kas var piekļūt jūsu personas datiem. Ja uzticaties domēnam, ka tas darbosies kā Office un piekļūstiet saviem datiem, noklikšķiniet uz Labi, lai turpinātu.';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'Norādītā datu objekta tips nav saderīgs ar pašreizējo atlasi.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API netiek atbalstīts šajā platformā.';
Strings.OfficeOM.L_SettingsStaleError = 'Iestatījumu novecošanas kļūda';
Strings.OfficeOM.L_ShuttingDown = 'Operācija neizdevās, jo dati serverī ir novecojuši.';
Strings.OfficeOM.L_InValidOptionalArgument = 'nederīgs neobligātais arguments';
Strings.OfficeOM.L_TooManyOptionalObjects = 'vairāki neobligāti objekti parametru sarakstā';
Strings.OfficeOM.L_FormattingReminder = 'Formatēšanas atgādinājums';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Pieprasījuma vērtuma lielums ir pārsniedzis ierobežojumu. Lūdzu, skatiet dokumentāciju: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Manifestā norādīts nederīgs resursu vietrādis URL.';
Strings.OfficeOM.L_BindingNotExist = 'Norādītais saistījums nepastāv.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Rekvizīta {0} izmaiņas nevar lietot, izmantojot metodi "object.set".';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Pārlūkprogrammas ierobežojumi neļāva mums izveidot dialoglodziņu. Dialoglodziņa domēns un pievienojumprogrammas resursdatora domēns atrodas atšķirīgās drošības zonās.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Pašreizējā atlase netiek atbalstīta.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Norādītais datu objekts nav saderīgs ar pašreizējās atlases formu vai dimensijām.';
Strings.OfficeOM.L_DataWriteError = 'Datu rakstīšanas kļūda';
Strings.OfficeOM.L_UnknownBindingType = 'Šis saistīšanas tips netiek atbalstīts.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Dati ir novecojuši. Izgūstiet šo objektu vēlreiz.';
Strings.OfficeOM.L_OutOfRange = 'Ārpus diapazona';
Strings.OfficeOM.L_SettingNameNotExist = 'Norādītais iestatījuma nosaukums nepastāv.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Norādītās kolonnas ir nederīgas.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Rekvizītam ar šādu nosaukumu, kas apzīmē funkcijas definīciju, ir jāatrodas šeit: Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_ActivityLimitReached = 'Ir sasniegts darbību ierobežojums.';
Strings.OfficeOM.L_OperationNotSupported = 'Operācija netiek atbalstīta.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API pieprasījums neizdevās, jo bija paslēpta darbgrāmata. Lūdzu parādiet darbgrāmatu un mēģiniet vēlreiz.';
Strings.OfficeOM.L_ContinueButton = 'Turpināt';
Strings.OfficeOM.L_DialogNavigateError = 'Dialoglodziņa navigācijas kļūda';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Jūsu Office sesijai ir beidzies derīgums, vai tas nav derīgs. Lai turpinātu, atsvaidziniet lapu.';
Strings.OfficeOM.L_PermissionDenied = 'Atļauja liegta';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinātu parametri nevar tikt lietoti ar piespiedu tipu Tabula, ja tabulā ir sapludinātas šūnas.';
Strings.OfficeOM.L_NamedItemNotFound = 'Nosauktais vienums nepastāv.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Funkcijā nodotais(ie) arguments(i) šajā situācijā nedarbojas, trūkst vai nav pareizā formātā.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Protokols HTTP netiek atbalstīts. Tā vietā izmantojiet HTTPS';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Funkcijas nosaukumā drīkst būt tikai burti, cipari, pasvītras un punkti.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Norādītais ID nepastāv.';
Strings.OfficeOM.L_InvalidGrant = 'Trūkst sākotnējās autorizācijas.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Kolonnas indeksa vērtība ir ārpus atļautā diapazona. Izmantojiet vērtību (0 vai lielāku), kas ir mazāka par kolonnu skaitu.';
Strings.OfficeOM.L_CustomXmlError = 'Pielāgota XML kļūda.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL shēma netiek atbalstīta. Tās vietā izmantojiet HTTPS.';
Strings.OfficeOM.L_APINotSupported = 'API netiek atbalstīts';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Pieprasījums neizdevās; statusa kods {0}, kļūdas kods {1} un šāds kļūdas ziņojums: {2}';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Jūs gatavojaties nosūtīt un saņemt iespējami sensitīvu informāciju no {0}. Noklikšķiniet uz Labi tikai tad, ja uzticaties šai tīmekļa vietnei, kas saņem sensitīvu informāciju: {1}.';
Strings.OfficeOM.L_UserClickIgnore = 'Lietotājs izvēlējās ignorēt dialoglodziņu.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Neizdevās pievienot notikumu apdarinātāju.';
Strings.OfficeOM.L_MemoryLimit = 'Pārsniegts atmiņas ierobežojums';
Strings.OfficeOM.L_NoCapability = 'Jums nav pietiekamu atļauju, lai veiktu šo darbību.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Izsauciet closeAsync pašreizējam failam, pirms izgūstat citu.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Nodrošinātais datu objekts neatbilst pašreizējās atlases lielumam.';
Strings.OfficeOM.L_InvalidBindingError = 'Nederīga saistījuma kļūda';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Norādītais datu objekts ir pārāk liels.';
Strings.OfficeOM.L_FunctionCallFailed = 'Funkcijas {0} izsaukums neizdevās, kļūdas kods: {1}.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Diemžēl nevaram turpināt.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Operācija šī tipa saistījumā nav atbalstīta.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Pārlūkprogrammas drošības iestatījumi neļauj mums izveidot dialoglodziņu. Mēģiniet izmantot citu pārlūkprogrammu vai {0}, lai {1} un domēns, kas redzams adrešu joslā, būtu vienā drošības zonā.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Izmantojot pašreizējo atlasi un norādīto saistījuma tipu, saistījumu nevar izveidot.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operācija neizdevās, jo šī pievienojumprogramma neatbalsta lietotāja piekrišanu šajā kategorijā';
Strings.OfficeOM.L_InvalidFormatValue =
  'Vismaz vienam formāta parametram ir neatļauta vērtība. Kārtīgi pārbaudiet vērtības un mēģiniet vēlreiz.';
Strings.OfficeOM.L_InternalError = 'Iekšēja kļūda';
Strings.OfficeOM.L_FileTypeNotSupported = 'Norādītais faila tips netiek atbalstīts.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Piezīme. Formatējuma kopām, ko iestata formatējuma API izsaukums, ieteicams būt zem 100.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Rekvizītam ar šādu nosaukumu, kas atrodas Excel.Script.CustomFunctions un apzīmē funkcijas definīciju, jāsatur rekvizīts "call", kurš īsteno funkciju.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Lietotāja identitātes tips netiek atbalstīts.';
Strings.OfficeOM.L_DisplayDialogError = 'Parādīt dialoglodziņa kļūdu';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Norādītās rowCount vai columnCount vērtības nav derīgas.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Atrasti vairāki objekti ar vienādiem nosaukumiem.';
Strings.OfficeOM.L_DataReadError = 'Datu lasīšanas kļūda';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Identitātes API šai pievienojumprogrammai netiek atbalstīts.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl tips netiek atbalstīts.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Tiek mēģināts iestatīt tikai lasāmu rekvizītu {0}.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Pirms marķiera iegūšanas nav ielādēts modulis ';
Strings.OfficeOM.L_BindingCreationError = 'Saistījuma izveides kļūda';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Norādītais piespiedu pārvēršanas tips netiek atbalstīts.';
Strings.OfficeOM.L_SSOServerError = 'Kļūda radās autentifikācijas nodrošinātājā.';
Strings.OfficeOM.L_InvalidArgument =
  'Arguments {0} nedarbojas šajā situācijā, nav norādīts vai nav pareizajā formātā.';
