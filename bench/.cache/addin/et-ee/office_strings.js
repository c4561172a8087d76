Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Kasutaja on toimingu tühistanud.';
Strings.OfficeOM.L_OutOfRange = 'Vahemikust väljas';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Rakendust {0} pole olemas. Microsoft.Office.WebExtension.initialize(reason) pole kutsutud.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Faili ei saanud võrguprobleemi tõttu tuua.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Määratud ID-d pole olemas.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Määratud väärtused rowCount ja columnCount  pole sobivad.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Lisandmoodulile pole õigust antud.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Toetuseta nummerdamine';
Strings.OfficeOM.L_SettingsStaleError = 'Sätete aegumise tõrge';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} soovib kuvada uue akna.';
Strings.OfficeOM.L_InvalidGetColumns = 'Määratud veerud ei sobi.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Identiteedi API-d selle lisandmooduli korral ei toetata.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Kirjutamise toimingut ei toetata Office’is, kui modaalne dialoog on avatud.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Märkus: vormindus-API määratud vorminduskogude arv peaks soovituslikult olema väiksem kui 100.';
Strings.OfficeOM.L_SelectionCannotBound = 'Praeguse valikuga ei saa siduda.';
Strings.OfficeOM.L_InvalidSetColumns = 'Määratud veerud ei sobi.';
Strings.OfficeOM.L_SSOClientError = "Office'i autentimistaotluses ilmnes tõrge.";
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Lisandmoodul taotleb juba pääsutõendit.';
Strings.OfficeOM.L_ContinueButton = 'Jätka';
Strings.OfficeOM.L_DisplayDialogError = 'Kuva dialoogitõrge';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Excel.Script.CustomFunctionsis asuv selle nimega atribuut, mis tähistab funktsiooni definitsiooni, peab sisaldama funktsiooni juurutavat atribuuti "call".';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Veeruindeksi väärtus on väljaspool lubatud vahemikku. Kasutage veergude arvust väiksemat väärtust (0 või suurem).';
Strings.OfficeOM.L_UserAborted = 'Kasutaja loobus nõustumistaotlusest.';
Strings.OfficeOM.L_InvalidArgument =
  'Argument "{0}" ei sobi selles olukorras kasutamiseks, puudub või pole õiges vormingus.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'Määratud kooshoidmistüüp ei ühildu selle sidumistüübiga.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Moodulit ei laadita enne tõendi hankimist';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Määratud sektorisuurust ei toetata.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Katse määrata kirjutuskaitstud atribuuti "{0}".';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Üks hetk ...';
Strings.OfficeOM.L_RunMustReturnPromise =
  'RUN-meetodile edastatud pakktööfunktsioon ei tagastanud lubadust. Funktsioon peab tagastama lubaduse, et automaatselt jälgitavad objektid saaks pakktöö lõpulejõudmisel vabastada. Enamasti tuleb lubaduse tagastamiseks tagastada meetodi "context.sync()" vastus.';
Strings.OfficeOM.L_NoHttpsWAC =
  'See Office’i seanss ei kasuta turvalist ühendust. Soovitame teil kasutusele võtta täiendavad ettevaatusabinõud.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Määratud kooshoidmistüüpi ei toetata.';
Strings.OfficeOM.L_NotSupportedEventType = 'Määratud sündmuse tüüp {0} pole toetatud.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Märkus: tabelis peaks soovituslikult olema alla 20 000 lahtri.';
Strings.OfficeOM.L_CancelButton = 'Loobu';
Strings.OfficeOM.L_InvalidResourceUrl = 'Esitatud on sobimatu rakenduse ressursi URL.';
Strings.OfficeOM.L_InvalidSetRows = 'Määratud read ei sobi.';
Strings.OfficeOM.L_TooManyArguments = 'liiga palju argumente';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeks on väljaspool vahemikku.';
Strings.OfficeOM.L_UserNotSignedIn = "Office'isse pole kasutajaid sisse logitud.";
Strings.OfficeOM.L_MissingParameter = 'Parameeter on puudu';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Kahjuks ei saa me jätkata.';
Strings.OfficeOM.L_NetworkProblem = 'Võrguprobleem';
Strings.OfficeOM.L_ValueNotLoaded =
  'Tulemiobjekti väärtust pole veel laaditud. Enne väärtuseatribuudi lugemist kutsuge seostatud päringukontekstis "context.sync()".';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Kasutaja identiteeditüüpi ei toetata.';
Strings.OfficeOM.L_APINotSupported = 'API tugi puudub';
Strings.OfficeOM.L_ActivityLimitReached = 'Tegevuslimiit on täis.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  "Teie Office ' i seanss on aegunud või kehtetu. Jätkamiseks värskendage lehte.";
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Enne teise faili toomist kutsuge praeguse faili jaoks closeAsync.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Päringu lasti suurus on ületanud piirangu. Palun lugege dokumentatsiooni: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_PermissionDenied = 'Õigusest keelduti';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Praegune hostrakendus ei toeta nummerdamist.';
Strings.OfficeOM.L_InvalidGrant = 'Eelautoriseering on puudu.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Palun valige.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Leiti mitu sama nimega objekti.';
Strings.OfficeOM.L_SettingsAreStale = 'Sätteid ei saanud salvestada, kuna need pole ajakohased.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Olete saatmas ja vastu võtmas potentsiaalselt tundlikku teavet domeenilt {0}. Klõpsake nuppu OK ainult juhul, kui usaldate järgmist veebisaiti, mis delikaatse teabe saab: {1}.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignoreeri';
Strings.OfficeOM.L_DataWriteError = 'Andmete kirjutamise tõrge';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinaatparameetreid ei saa kasutada kooshoidmistüübiga Tabel, kui tabel sisaldab liidetud lahtreid.';
Strings.OfficeOM.L_InvalidAPICall = 'Sobimatu API kutse';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP-protokolli ei toetata. Kasutage selle asemel HTTPS-i.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Praegusesse valikusse ei saa kirjutada.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Manifestis on määratud sobimatu ressursi URL.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'Praegune valik ei ühildu määratud kooshoidmistüübiga.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinaatparameetreid ei saa kasutada kooshoidmistüübiga Tabel, kui tabel sisaldab liidetud lahtreid.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Vähemalt ühe vorminguparameetri väärtus pole lubatud. Kontrollige väärtusi ja proovige uuesti.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Tagasikutse peab olema funktsioon-tüüpi, kuid on tüüpi {0}.';
Strings.OfficeOM.L_BindingNotExist = 'Määratud sidumist pole olemas.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Taotlus nurjus olekukoodiga {0}.';
Strings.OfficeOM.L_Timeout = 'Toiminguks ette nähtud aeg on lõppenud.';
Strings.OfficeOM.L_NotSupported = 'Funktsiooni {0} ei toetata.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Nõutud andmekomplekt on liiga mahukas.';
Strings.OfficeOM.L_HostError = 'Hosti tõrge';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Dialoogiboksi ei saa brauseri turbesätete tõttu luua. Proovige mõnda muud brauserit või {0} nii, et "{1}" ja aadressiribal kuvatav domeen asuksid samas turbetsoonis.';
Strings.OfficeOM.L_ReadSettingsError = 'Sätete lugemise tõrge';
Strings.OfficeOM.L_SSOConnectionLostError = 'Sisselogimise ajal ühendus katkes.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Vähemalt ühe tabelisuvandite parameetri väärtus pole lubatud. Kontrollige väärtusi ja proovige uuesti.';
Strings.OfficeOM.L_APICallFailed = 'API kutse nurjus';
Strings.OfficeOM.L_OperationNotSupported = 'Toimingut ei toetata.';
Strings.OfficeOM.L_ConfirmDialog =
  "Domeen {0} toimib Microsoft Office ja saab käivitada Office'i lisandmoodleid, mis võivad pääsevad juurde teie isikuandmetele. Kui usaldate, et domeen töötab Office'ina ja pääseb teie andmetele ligi, klõpsake jätkamiseks nuppu OK.";
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Jätkamiseks eemaldage see lisandmoodul ja lisage see uuesti või värskendage lehte.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Funktsiooni nimi võib sisaldada ainult tähti, numbreid, allkriipse ja punkte.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_NamedItemNotFound = 'Nimega üksust pole olemas.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Sobimatu sidumise toiming';
Strings.OfficeOM.L_InvalidNode = 'Sobimatu sõlm';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Sündmuseohjurit ei saanud lisada.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Määratud väärtus startRow või startColumn ei sobi.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Toiming nurjus, kuna sellel lisandmoodulil on juba aktiivne dialoog.';
Strings.OfficeOM.L_MemoryLimit = 'Mälupiirang on ületatud';
Strings.OfficeOM.L_FormattingReminder = 'Vormindamise meeldetuletus';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js pole veel täielikult laaditud. Palun proovige hiljem uuesti või veenduge, et lähtestamiskood on lisatud funktsiooni Office.initialize.';
Strings.OfficeOM.L_OperationCancelledError = 'Toiming on tühistatud';
Strings.OfficeOM.L_CannotRegisterEvent = 'Sündmuseohjurit ei saa registreerida.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'See brauser ei toeta taotletud API-t.';
Strings.OfficeOM.L_DataStale = 'Andmed pole ajakohased';
Strings.OfficeOM.L_ShuttingDown = 'Toiming nurjus, kuna serveris olevad andmed pole ajakohased.';
Strings.OfficeOM.L_RequestTimeout = 'Kutse täitmiseks kulus liiga palju aega.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Määratud andmeobjekt on liiga suur.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Toiming nurjus, kuna seda lisandmoodulit sisaldav dokument on passiivne.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Praegune valik pole toetatud.';
Strings.OfficeOM.L_NotImplemented = 'Funktsioon {0} pole juurutatud.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL-i skeemi ei toetata. Kasutage selle asemel HTTPS-i.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Valitud sisu peab olema tabelivormingus. Vormindage andmed tabelina ja proovige uuesti.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objekt asub kohas, kus navigeerimist ei toetata.';
Strings.OfficeOM.L_InvalidDataFormat = 'Määratud andmeobjekti vorming ei sobi.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Taotlus nurjus olekukoodiga {0}, tõrkekoodiga {1} ja järgmise tõrketeatega: {2}';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Andmed pole ajakohased';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Sisselogimise ajal ühendus katkes ja kasutaja ei pruugi olla sisse logitud. Tõenäoliselt on põhjus kasutaja brauseri konfiguratsioonisätetes (nt turbetsoonides).';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Toiming pole selle sidumistüübi korral toetatud.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Objektitee "{0}" ei sobi teie toimingu tegemiseks. Kui kasutate objekti mitmes context.sync-kutses ja väljaspool RUN-meetodi pakktöö järjestikkäitust, kasutage objekti eluea haldamiseks meetodeid "context.trackedObjects.add()" ja "context.trackedObjects.remove()".';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Määratud rida on tühi.';
Strings.OfficeOM.L_InternalError = 'Sisemine tõrge';
Strings.OfficeOM.L_InvalidCoercion = 'Sobimatu kooshoidmise tüüp';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Kasutaja identiteeditüüpi ei toetata.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Toiming nurjus, kuna see lisandmoodul juba nõuab pääsutõendit.';
Strings.OfficeOM.L_InvalidDataObject = 'Sobimatu andmeobjekt';
Strings.OfficeOM.L_InvalidParameters = 'Funktsiooni {0} parameetrid pole sobivad.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'See API on kutsete sageduse vähendamiseks ahendatud.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Klientrakenduses ilmnes ootamatu tõrge.';
Strings.OfficeOM.L_FunctionCallFailed = 'Funktsiooni {0} ei saanud kutsuda; tõrke kood: {1}.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Määratud sidumistüüp ei ühildu esitatud nimelise üksusega.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Excel.Script.CustomFunctions peab sisaldama selle nimega atribuuti, mis tähistab funktsiooni definitsiooni.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Serveris ilmnes ootamatu tõrge.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Sisendargumendid ei sobi.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Määramistoiming nurjus, kuna esitatud andmeobjekt kirjutab andmed üle või neid.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Määratud väärtus startRow või startColumn ei sobi.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Funktsiooni saadetud argumendid ei toimi selles situatsioonis, on puudu või pole õiges vormingus.';
Strings.OfficeOM.L_SSOServerError = 'Autentimisteenuse pakkujas ilmnes tõrge.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Tüüp OsfControl pole toetatud.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Esitatud andmeobjekt ei ühildu praeguse valiku kuju või mõõtmetega.';
Strings.OfficeOM.L_UserClickIgnore = 'Kasutaja eiras dialoogiboksi.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Määratud parameetrid on vastuolus.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Määratud sündmuseohjurit ei leitud selle sidumise jaoks.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Atribuut "{0}" pole saadaval. Enne atribuudi väärtuse lugemist kutsuge seda sisaldava objekti laadimismeetod ja seostuva päringukonteksti jaoks kutsuge meetod "context.sync()".';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Määratud veerud ei sobi.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Andmed on aegunud. Tooge objekt uuesti.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'See lisandmoodul ei toeta kasutaja nõusolekut.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Luba';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Sündmuseohjurit ei saanud eemaldada.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Reaindeksi väärtus on väljaspool lubatud vahemikku. Kasutage ridade arvust väiksemat väärtust (0 või suurem).';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Autentimiskonteksti toomise funktsioon on puudu';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel töötab lahtriredigeerimisrežiimis. Vajutage redigeerimisrežiimist väljumiseks sisestusklahvi (ENTER) või tabeldusklahvi (TAB) või valige mõni muu lahter ja proovige siis uuesti.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Määratud sidumistüüp {0} pole toetatud.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Nupu OK klõpsamisega annate domeenile {0} juurdepääsu oma sisule ja isikuandmetele. ';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Mittekülgnevaid valikuid ei toetata.';
Strings.OfficeOM.L_UserAbortedMessage = 'Kasutaja ei nõustunud lisandmoodulile õigusi andma.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Toiming nurjus, kuna emaaken on minimeeritud.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'parameetriloendis on mitu valikulist objekti';
Strings.OfficeOM.L_DocumentReadOnly = 'Nõutud toiming pole praeguses dokumendirežiimis lubatud.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Atribuudi "{0}" muudatusi ei saa rakendada meetodi "object.set" abil.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Sidumist ei saa praeguse valikuga ja määratud sidumistüübiga luua.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Meetod või atribuut {0} on osa nõuete komplektist "{1}", mis pole rakenduse {2} selles versioonis saadaval.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Atribuuti "{0}" pole objektis olemas.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPathis on valik piiratud 1024 üksusega.';
Strings.OfficeOM.L_NotTrustedWAC =
  'See lisandmoodul on teie turvalisuse huvides keelatud. Lisandmooduli kasutamise jätkamiseks veenduge, et see üksus oleks majutatud usaldusväärses domeenis, või avage see Office’i töölauarakenduses.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Oodake, kuni eelmine kutse lõpule jõuab.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Määratud sõlme ei leitud.';
Strings.OfficeOM.L_InvalidValue = 'Sobimatu väärtus';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL-i domeeni pole manifesti AppDomainsi elementi kaasatud ning see pole lähteasukoha alamdomeen.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Seanss ei sobi või on aegunud';
Strings.OfficeOM.L_InvalidBindingError = 'Sobimatu sidumise tõrge';
Strings.OfficeOM.L_InternalErrorDescription = 'Ilmnes sisemine tõrge.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'API kutse pole praeguses kontekstis sobiv.';
Strings.OfficeOM.L_BindingCreationError = 'Sidumise loomise tõrge';
Strings.OfficeOM.L_InvalidFormat = 'Sobimatu vormingu tõrge';
Strings.OfficeOM.L_EventRegistrationError = 'Sündmuse registreerimise tõrge';
Strings.OfficeOM.L_InValidOptionalArgument = 'sobimatu valikuline argument';
Strings.OfficeOM.L_InvalidBinding = 'Sobimatu sidumine';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigureerige brauser';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Tagasikutse ei saa olla korraga määratud nii argumendiloendis kui valikulises objektis.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Toiming nurjus, kuna see lisandmoodul ei toeta kasutaja nõusolekut selles kategoorias';
Strings.OfficeOM.L_CustomXmlError = 'Kohandatud XML-i tõrge.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Määratud parameetrid on vastuolus.';
Strings.OfficeOM.L_SettingsCannotSave = 'Sätteid ei saanud salvestada.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'See platvorm ei toeta seda API-t.';
Strings.OfficeOM.L_DataWriteReminder = 'Andmekirjutuse meeldetuletus';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Dialoogiboksi ei saanud brauseripiirangute tõttu luua. Dialoogiboksi domeen ja lisandmooduli hosti domeen ei asu samas turbetsoonis.';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'Esitatud andmeobjekt ei vasta praeguse valiku suurusele.';
Strings.OfficeOM.L_UnknownBindingType = 'Sidumistüüpi ei toetata.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Toiming nurjus, kuna sellel lisandmoodulil on juba aktiivne modaaldialoog.';
Strings.OfficeOM.L_DialogNavigateError = 'Dialooginavigeerimistõrge';
Strings.OfficeOM.L_InvalidRequestContext = 'Objekti ei saa kasutada mitmes eri päringukontekstis.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Funktsiooni nimi peab sisaldama mittetühja nimeruumi ja mittetühja lühinime.';
Strings.OfficeOM.L_NavOutOfBound = 'Toiming nurjus, sest indeks on väljaspool vahemikku.';
Strings.OfficeOM.L_SettingNameNotExist = 'Määratud sätte nime pole olemas.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Määratud andmeobjekt ei ühildu sidumistüübiga.';
Strings.OfficeOM.L_MissingRequiredArguments = 'mõned nõutavad argumendid on puudu';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Valikupiir on käes';
Strings.OfficeOM.L_ElementMissing =
  'Tabelilahtrit ei saanud vormindada, kuna mõni parameetriväärtus on puudu. Kontrollige parameetreid ja proovige uuesti.';
Strings.OfficeOM.L_InvalidGetRows = 'Määratud read ei sobi.';
Strings.OfficeOM.L_SaveSettingsError = 'Sätete salvestamise tõrge';
Strings.OfficeOM.L_InvalidCellsValue =
  'Vähemalt ühe lahtriparameetri väärtus pole lubatud. Kontrollige väärtusi ja proovige uuesti.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Määratud failitüüpi ei toetata.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Määratud andmeobjekti tüüp ei ühildu praeguse kooshoidmistüübiga.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Esitatud andmeobjektitüüpi ei toetata.';
Strings.OfficeOM.L_NoCapability = 'Teil pole selle toimingu  jaoks piisavaid lubasid.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'parameetriloendis on mitu valikulist funktsiooni';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Vastuse lasti suurus on ületanud piirangu. Palun lugege dokumentatsiooni: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_AppNameNotExist = 'Lisandmooduli {0} nime pole olemas.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Väärtus on väljaspool lubatud vahemikku.';
Strings.OfficeOM.L_DataReadError = 'Andmete lugemise tõrge';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScripti API taotlus nurjus, kuna töövihik oli peidetud. Eemaldage töövihik ja proovige uuesti.';
Strings.OfficeOM.L_BadSelectorString = 'Valijale edasi antud string on valesti vormindatud või toetuseta.';
