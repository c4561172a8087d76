Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_AppNameNotExist = 'Naziv dodatka za {0} ne postoji.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} želi prikazati novi prozor.';
Strings.OfficeOM.L_NoCapability = 'Nemate dovoljno ovlasti za pokretanje tog postupka.';
Strings.OfficeOM.L_SettingsCannotSave = 'Tu postavku nije moguće spremiti.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Navedeni stupci nisu valjani.';
Strings.OfficeOM.L_InvalidAPICall = 'Poziv API-ja nije valjan';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argumenti umetnuti u funkciju ne funkcioniraju u toj situaciji, nedostaju ili nisu u odgovarajućem obliku.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Navedene vrijednosti startRow ili startColumn nisu valjane.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'U manifestu je naveden URL resursa koji nije valjan.';
Strings.OfficeOM.L_PropertyDoesNotExist = "Svojstvo '{0}' ne postoji za objekt.";
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Napomena: za broj ćelija u tablici preporučuje se da bude manji od 20 000.';
Strings.OfficeOM.L_OperationCancelledError = 'Operacija je prekinuta';
Strings.OfficeOM.L_CancelButton = 'Otkažite';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API nije podržan na ovoj platformi.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Odabiri koji nisu susjedni nisu podržani.';
Strings.OfficeOM.L_InvalidArgument =
  "Argument '{0}' ne funkcionira za ovu situaciju, nema ga ili nije u pravilnom obliku.";
Strings.OfficeOM.L_GetDataIsTooLarge = 'Traženi je skup podataka prevelik.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Pričekajte da završi prethodni poziv.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Svojstvo \'{0}\' nije dostupno. Prije čitanja vrijednosti svojstva pozovite metodu učitavanja na objektu koji sadrži to svojstvo te pozovite "context.sync()" u kontekstu pridruženog zahtjeva.';
Strings.OfficeOM.L_BindingNotExist = 'Navedeno povezivanje ne postoji.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Priložena vrsta podatkovnog objekta nije podržana.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Svojstvo tog naziva koje predstavlja koje predstavlja definiciju funkcije u stavci Excel.Script.CustomFunctions mora sadržavati svojstvo "call" koje implementira tu funkciju.';
Strings.OfficeOM.L_InvalidGetColumns = 'Navedeni stupci nisu valjani.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'veći broj neobaveznih objekata na popisu parametara';
Strings.OfficeOM.L_InvalidNode = 'Čvor nije valjan';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Korisnik je otkazao operaciju.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Navedeni su parametri u sukobu.';
Strings.OfficeOM.L_CustomXmlError = 'Pogreška prilagođenog XML-a.';
Strings.OfficeOM.L_UnknownBindingType = 'Ta vrsta povezivanja nije podržana.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Navedeni su parametri u sukobu.';
Strings.OfficeOM.L_OperationNotSupported = 'Ta operacija nije podržana.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Tijekom postupka prijave prekinuta je veza.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Pronađen je veći broj objekata istog naziva.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Došlo je do neočekivane pogreške na poslužitelju.';
Strings.OfficeOM.L_APINotSupported = 'API nije podržan';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Da biste nastavili, uklonite dodatak i ponovno ga dodajte ili osvježite stranicu.';
Strings.OfficeOM.L_InValidOptionalArgument = 'neobavezni argument nije valjan';
Strings.OfficeOM.L_InvalidSetRows = 'Navedeni reci nisu valjani.';
Strings.OfficeOM.L_InvalidValue = 'Vrijednost nije valjana';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Promjene svojstva \'{0}\' ne mogu se primijeniti kroz metodu "object.set".';
Strings.OfficeOM.L_InvalidGetRows = 'Navedeni reci nisu valjani.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objekt se nalazi na mjestu na kojem nije podržana navigacija.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Nije moguće registrirati rukovatelj događajima.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Nije uspjelo uklanjanje rukovatelja događanja.';
Strings.OfficeOM.L_BindingCreationError = 'Pogreška pri stvaranju povezivanja';
Strings.OfficeOM.L_UserNotSignedIn = 'U Office nije prijavljen nijedan korisnik.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Nepodržano numeriranje';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Podaci su zastarjeli. Ponovno dohvatite objekt.';
Strings.OfficeOM.L_SettingNameNotExist = 'Naziv navedene postavke ne postoji.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Aplikacija {0} ne postoji. Nije pozvan Microsoft.Office.WebExtension.initialize(razlog).';
Strings.OfficeOM.L_CannotWriteToSelection = 'Nije moguće pisanje u trenutni odabir.';
Strings.OfficeOM.L_InvalidRequestContext = 'Objekt se ne može koristiti u različitim kontekstima zahtjeva.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Navedeni podatkovni objekt nije kompatibilan s tom vrstom povezivanja.';
Strings.OfficeOM.L_TooManyArguments = 'previše argumenata';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Operacija nije uspjela jer je nadređeni prozor minimiziran.';
Strings.OfficeOM.L_SelectionCannotBound = 'Nije moguće povezivanje s trenutnim odabirom.';
Strings.OfficeOM.L_InvalidCoercion = 'Vrsta prisile nije valjana';
Strings.OfficeOM.L_ShuttingDown = 'Operacija nije uspjela jer su podaci na poslužitelju zastarjeli.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Naveden je URL resursa aplikacija koji nije valjan.';
Strings.OfficeOM.L_InvalidParameters = 'Funkcija {0} ima parametre koji nisu valjani.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Zahtjev nije uspio uz šifru stanja {0}, šifru pogreške {1} i sljedeću poruku o pogrešci: {2}';
Strings.OfficeOM.L_NotImplemented = 'Funkcija {0} nije implementirana.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Navedena vrsta datoteke nije podržana.';
Strings.OfficeOM.L_HostError = 'Pogreška na glavnom računalu';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API zahtjev nije uspio jer je radna knjiga sakrivena. Otkrijte radnu knjigu i pokušajte ponovno.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Domena URL-a nije uvrštena u element AppDomains u manifestu i nije poddomena izvorne lokacije.';
Strings.OfficeOM.L_NotSupported = 'Funkcija {0} nije podržana.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Vrijednost indeksa retka nije u dopuštenom rasponu. Koristite vrijednost (0 ili veću) koja je manja od broja redaka.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Trenutni odabir nije podržan.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Nije moguće stvoriti povezivanje s trenutnim odabirom i navedenom vrstom povezivanja.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "Sigurnosne postavke u pregledniku sprječavaju nas pri stvaranju dijaloškog okvira. Isprobajte neki drugi preglednik ili {0} da bi domena '{1}' i domena prikazana u adresnoj traci bile u istoj sigurnosnoj zoni.";
Strings.OfficeOM.L_RequestTokenUnavailable = 'API je ograničen da bi se smanjila frekvencija poziva.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Numeriranje nije podržano u aktualnoj glavnoj aplikaciji.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Spremate se slati i primati potencijalno povjerljive podatke od {0}. Kliknite U redu samo ako sljedeće web-mjesto prima povjerljive podatke smatrate pouzdanim: {1}.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Klikom na U redu, vi dopuštate {0} pristup svojim sadržajima i osobnim podacima. ';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Vrsta identiteta korisnika nije podržana.';
Strings.OfficeOM.L_NotSupportedEventType = 'Navedena vrsta događaja {0} nije podržana.';
Strings.OfficeOM.L_InvalidBinding = 'Povezivanje nije valjano';
Strings.OfficeOM.L_ValueNotLoaded =
  'Vrijednost objekta rezultata još nije učitana. Prije čitanja svojstva vrijednosti pozovite "context.sync()" za povezani kontekst zahtjeva.';
Strings.OfficeOM.L_InternalError = 'Interna pogreška';
Strings.OfficeOM.L_PermissionDenied = 'Dozvola je odbijena';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operacija nije uspjela jer dodatak ne podržava korisnički pristanak u toj kategoriji';
Strings.OfficeOM.L_NavOutOfBound = 'Radnja nije uspjela jer je indeks izvan raspona.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Došlo je do neočekivane pogreške u klijentu.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Vrijednost indeksa stupca nije u dopuštenom rasponu. Koristite vrijednost (0 ili veću) koja je manja od broja stupaca.';
Strings.OfficeOM.L_NetworkProblem = 'Problem s mrežom';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Nedostaje funkcija dohvaćanja konteksta za provjeru autentičnosti';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Navedena vrsta prisile nije kompatibilna s tom vrstom povezivanja.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Navedena vrsta prisile nije podržana.';
Strings.OfficeOM.L_DataWriteError = 'Pogreška prilikom zapisivanja podataka';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Poziv API-ja nije valjan u trenutnom kontekstu.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Odaberite nešto.';
Strings.OfficeOM.L_APICallFailed = 'Poziv API-ju nije uspio';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel je u načinu uređivanja ćelija. Zatvorite načina uređivanja pritiskom na ENTER ili TAB ili odaberite neku drugu ćeliju, a zatim pokušajte ponovno.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API identiteta nije podržan u ovom dodatku.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Tijekom postupka prijave prekinuta je veza i korisnik se nije prijavio. Uzrok su vjerojatno konfiguracijske postavke korisnikova preglednika, npr. sigurnosne zone.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Nema dodjele za ovaj dodatak.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Odabrani sadržaj mora biti u obliku tablice. Oblikujte podatke kao tablicu pa pokušajte ponovno.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'Radnja nije uspjela jer dodatak već ima aktivni dijaloški okvir.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Trenutni odabir nije kompatibilan s navedenom vrstom prisile.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Vrijednost je izvan dopuštenog raspona.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Preglednik ne podržava zatraženi API.';
Strings.OfficeOM.L_ConfirmDialog =
  'Domena {0} u svojstvu Microsoft Office može pokretati Office dodatke koji mogu pristupati vašim osobnim podacima. Ako domenu smatrate pouzdanom za pokretanje Office pristup podacima, kliknite U redu da biste nastavili.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Ograničenja preglednika spriječila su nas pri stvaranju dijaloškog okvira. Domena dijaloškog okvira i domena glavnog računala dodatka nisu u istoj sigurnosnoj zoni.';
Strings.OfficeOM.L_InvalidDataFormat = 'Oblik navedenog podatkovnog objekta nije valjan.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath ograničava odabir na 1024 stavke.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Navedeni čvor nije pronađen.';
Strings.OfficeOM.L_NamedItemNotFound = 'Stavka s tim nazivom ne postoji.';
Strings.OfficeOM.L_SettingsStaleError = 'Pogreška zastarjelih postavki';
Strings.OfficeOM.L_CallbackNotAFunction = 'Povratni poziv mora biti vrste funkcija, a sada je vrsta {0}.';
Strings.OfficeOM.L_SSOClientError =
  'U zahtjevu za provjeru autentičnosti iz sustava Office došlo je do pogreške.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modul nije učitan prije dohvaćanja tokena';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'U stavci Excel.Script.CustomFunctions mora postojati svojstvo tog naziva koje predstavlja definiciju funkcije.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Skupna funkcija proslijeđena metodi ".run" nije vratila obećanje. Funkcija mora vratiti obećanje da bi se automatski praćeni objekti mogli osloboditi nakon dovršetka skupne operacije­­­. Obećanje se najčešće vraća tako da se vrati odgovor funkcije "context.sync()".';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Napomena: za skupove oblikovanja postavljene pozivom API-ja za oblikovanje preporučuje se da budu ispod 100.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL shema nije podržana. Umjesto nje upotrijebite HTTPS.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Navedeni ID ne postoji.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Dodatak ne podržava korisnički pristanak.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Operacija pisanja nije podržana za Office kada je otvoren neki drugi dijaloški okvir.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Navedena vrsta povezivanja {0} nije podržana.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js još nije posve učitan. Pokušajte ponovno kasnije ili pazite da svoj kod za pokretanje dodate funkciji Office.initialize.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Dodatak je onemogućen radi vaše sigurnosti. Da biste nastavili koristiti dodatak, provjerite je li ova stavka smještena u pouzdanom domeni ili je otvorite u aplikaciji Office na radnoj površini.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Parametre koordinata nije moguće koristiti uz vrstu prisile Tablica ako tablica sadrži spojene ćelije.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Zanemari';
Strings.OfficeOM.L_DataStale = 'Zastarjeli podaci';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Operacija skupa nije uspjela jer će priloženi podatkovni objekt prebrisati ili pomaknuti podatke.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Sesija je istekla ili nije valjana';
Strings.OfficeOM.L_FunctionCallFailed = 'Nije uspio poziv funkcije {0}, kod pogreške: {1}.';
Strings.OfficeOM.L_FormattingReminder = 'Podsjetnik o oblikovanju';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  "Pokušaj postavljanja svojstva namijenjenog samo čitanju '{0}'.";
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metoda svojstva {0} dio je skupa preduvjeta {1} koji nije dostupan u vašoj verziji aplikacije {2}.';
Strings.OfficeOM.L_MissingParameter = 'Nema parametra';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Dosegnuto je ograničenje odabira';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Veličina korisnih odgovora prekoračila je ograničenje. Obratite se dokumentaciji: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins”.';
Strings.OfficeOM.L_DataReadError = 'Pogreška pri čitanju podataka';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Dopusti';
Strings.OfficeOM.L_BadSelectorString =
  'Niz koji je ušao u odabiratelj nije pravilno oblikovan ili nije podržan.';
Strings.OfficeOM.L_InvalidDataObject = 'Podatkovni objekt nije valjan';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Nije uspjelo dodavanje rukovatelja događaja.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Navedene vrijednosti startRow ili startColumn nisu valjane.';
Strings.OfficeOM.L_MissingRequiredArguments = 'nema zatraženih argumenata';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Navedena veličina odsječka nije podržana.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Nažalost, nastavak nije moguć.';
Strings.OfficeOM.L_UserAborted = 'Korisnik je povukao zahtjev za davanje pristanka.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP protokol nije podržan. Umjesto njega upotrijebite HTTPS';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operacija nije uspjela jer dodatak već zahtijeva token za pristup.';
Strings.OfficeOM.L_Timeout = 'Isteklo je vremensko ograničenje za operaciju.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Navedena vrsta povezivanja nije kompatibilna s priloženom imenovanom stavkom.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Navedeni je podatkovni objekt prevelik.';
Strings.OfficeOM.L_DocumentReadOnly = 'Zatražena operacija nije dopuštena u trenutnom načinu rada dokumenta.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Ova sesija sustava Office ne koristi sigurnu vezu. Preporučujemo da provedete dodatne mjere opreza.';
Strings.OfficeOM.L_RequestTimeout = 'Izvršavanje poziva trajalo je predugo.';
Strings.OfficeOM.L_UserAbortedMessage = 'Korisnik nije dao dozvolu za dodatak.';
Strings.OfficeOM.L_ContinueButton = 'Nastavi';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Naziv funkcije mora sadržavati polje naziva koje nije prazno i kratki naziv koji nije prazan.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'veći broj neobaveznih funkcija na popisu parametara';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Ulazni argumenti nisu valjani.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operacija nije uspjela jer dokument koji sadrži taj dodatak nije aktivan.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Navedeni je redak prazan.';
Strings.OfficeOM.L_OKButton = 'U redu';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Nje podržana vrsta OsfControl.';
Strings.OfficeOM.L_UserClickIgnore = 'Korisnik je odlučio zanemariti dijaloški okvir.';
Strings.OfficeOM.L_DialogOK = 'U redu';
Strings.OfficeOM.L_EventRegistrationError = 'Pogreška pri registraciji događaja';
Strings.OfficeOM.L_OutOfRange = 'Izvan raspona';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Za povezivanje nije pronađena navedena vrsta upravljača događajem.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Poziv closeAsync na trenutnoj datoteci prije dohvaćanja druge.';
Strings.OfficeOM.L_DataWriteReminder = 'Podsjetnik o pisanju podataka';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Vrsta navedenog podatkovnog objekta nije kompatibilna s navedenim odabirom.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Sesija sustava Office istekla je ili nije valjana. Da biste nastavili, osvježite stranicu.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Jedan od parametara tableOptions ili više njih sadrže nedopuštene vrijednosti. Provjerite vrijednosti i pokušajte ponovno.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Povratni poziv nije moguće navesti i na popisu argumenata i u neobaveznom objektu.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Vrsta korisničkog identiteta nije podržana.';
Strings.OfficeOM.L_SettingsAreStale = 'Postavke se ne mogu spremiti jer su zastarjele.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Jedan od parametara oblika ili više njih sadrže nedopuštene vrijednosti. Provjerite vrijednosti i pokušajte ponovno.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Operacija povezivanja koje nije valjano';
Strings.OfficeOM.L_SSOServerError = 'U davatelju usluge provjere autentičnosti došlo je do pogreške.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Dodatak već zahtijeva token za pristup.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Jedan od parametara ćelije ili više njih sadrže nedopuštene vrijednosti. Provjerite vrijednosti i pokušajte ponovno.';
Strings.OfficeOM.L_InvalidGrant = 'Nema predautorizacije.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Dohvaćanje datoteke nije moguće zbog problema s mrežom.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Put objekta \'{0}\' ne funkcionira za to što pokušavate učiniti. Ako objekt koristite u više poziva "context.sync" i izvan uzastopnih izvođenja serije ".run", za upravljanje vijekom trajanja objekta koristite metode "context.trackedObjects.add()" i "context.trackedObjects.remove()".';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Priloženi podatkovni objekt ne odgovara veličini trenutnog odabira.';
Strings.OfficeOM.L_InvalidFormat = 'Pogreška oblika koji nije valjan';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigurirajte preglednik';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Radnja nije podržana na toj vrsti povezivanja.';
Strings.OfficeOM.L_InvalidSetColumns = 'Navedeni stupci nisu valjani.';
Strings.OfficeOM.L_MemoryLimit = 'Prekoračeno je ograničenje memorije';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeks je izvan raspona.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Naziv funkcije smije sadržavati samo slova, znamenke, podcrte i točke.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Parametre koordinata nije moguće koristiti uz vrstu prisile Tablica ako tablica sadrži spojene ćelije.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Zastarjeli podaci';
Strings.OfficeOM.L_InternalErrorDescription = 'Došlo je do unutarnje pogreške.';
Strings.OfficeOM.L_ActivityLimitReached = 'Dostignuto je ograničenje aktivnosti.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Navedene vrijednosti rowCount ili columnCount nisu valjane.';
Strings.OfficeOM.L_ReadSettingsError = 'Pogreška postavki čitanja';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Veličina tereta odgovora premašila je ograničenje. Dodatne informacije potražite u dokumentaciji: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins”.';
Strings.OfficeOM.L_DialogNavigateError = 'Pogreška dijaloškog okvira za navigaciju';
Strings.OfficeOM.L_SaveSettingsError = 'Pogreška postavki spremanja';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operacija nije uspjela jer dodatak već ima aktivan modalni dijaloški okvir.';
Strings.OfficeOM.L_DisplayDialogError = 'Pogreška dijaloškog okvira prikaza';
Strings.OfficeOM.L_ElementMissing =
  'Nismo mogli oblikovati ćeliju tablice jer nedostaju neke vrijednosti parametara. Provjerite parametre i pokušajte ponovno.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Zahtjev nije uspio uz šifru stanja {0}.';
Strings.OfficeOM.L_InvalidBindingError = 'Pogreška povezivanja koje nije valjano';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Priloženi podatkovni objekt nije kompatibilan s tim oblikom ili dimenzijama trenutnog odabira.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Samo trenutak ...';
