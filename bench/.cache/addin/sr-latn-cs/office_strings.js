Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Zanemari';
Strings.OfficeOM.L_ContinueButton = 'Nastavite';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Ovaj programski dodatak ne podržava pristanak korisnika.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Nije moguće kreirati povezivanje sa trenutnom selekcijom i navedenim tipom povezivanja.';
Strings.OfficeOM.L_DataWriteReminder = 'Podsetnik za pisanje podataka';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Vrednost indeksa kolone je izvan dozvoljenog opsega. Koristite vrednost (0 ili veću) koja je manja od broja kolona.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Napomena: Predloženo je da broj ćelija u tabeli bude ispod 20.000.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js još uvek nije potpuno učitan. Pokušajte ponovo kasnije ili postarajte se da dodate vaš kôd za pokretanje na vaš Office.initialize function.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Operacija postavljanja nije uspela zato što će navedeni objekat podataka zameniti ili premestiti podatke.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Neki parametri formata imaju vrednosti koje nisu dozvoljene. Proverite vrednosti još jednom i probajte ponovo.';
Strings.OfficeOM.L_MissingRequiredArguments = 'nedostaju neki neophodni argumenti';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Zahtevani skup podataka je prevelik.';
Strings.OfficeOM.L_NoCapability = 'Nemate dovoljno dozvola za ovu radnju.';
Strings.OfficeOM.L_CustomXmlError = 'Greška u prilagođenim XML.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operacija nije uspela zato što ovaj programski dodatak već zahteva token za pristup.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Navedeni tip datoteke nije podržan.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Nije moguće primeniti promene svojstva „{0}“ putem metoda „object.set“.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Navedeni parametri su neusaglašeni.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Nekontinuirane selekcije nisu podržane.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Navedena veličina isečka nije podržana.';
Strings.OfficeOM.L_InvalidFormat = 'Greška nevažećeg formata';
Strings.OfficeOM.L_BadSelectorString =
  'Niska koja je prosleđena u birač nije u ispravnom formatu ili nije podržan.';
Strings.OfficeOM.L_SettingsAreStale = 'Nije moguće sačuvati postavke jer nisu u toku.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Ovaj programski dodatak je onemogućen da bi se zaštitila vaša bezbednost. Da biste nastavili da koristite programski dodatak, proverite da li je ova stavka hostovana na pouzdanom domenu ili ga otvorite u Office aplikaciji za stone računare.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Navedeni objekat podataka ne podudara se sa veličinom trenutne selekcije.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Navedeni rukovalac događaja nije pronađen za ovo povezivanje.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Aplikacija {0} ne postoji. Microsoft.Office.WebExtension.initialize(razlog) nije pozvan.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeks je izvan opsega.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Navedeni tip povezivanja nije kompatibilan sa navedenom imenovanom stavkom.';
Strings.OfficeOM.L_SSOClientError = 'Došlo je do greške u zahtevu za potvrdu identiteta iz sistema Office.';
Strings.OfficeOM.L_DataStale = 'Podaci nisu u toku';
Strings.OfficeOM.L_UserAborted = 'Korisnik je obustavio zahtev za odobrenje.';
Strings.OfficeOM.L_PermissionDenied = 'Dozvola je odbijena';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Da biste nastavili, uklonite programski dodatak i ponovo ga dodajte ili osvežite stranicu.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Navedeni red je prazan.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Navedeni tip promene nije podržan.';
Strings.OfficeOM.L_ConfirmDialog =
  'Domen {0} radi kao Microsoft Office i može da pokrene Office programske dodatke, koji mogu da pristupe vašim ličnim podacima. Ako imate poverenja u domen koji ćete pokrenuti kao Office i pristupiti podacima, kliknite na dugme „U redu“ da biste nastavili.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Nedostaje odobrenje za ovaj programski dodatak.';
Strings.OfficeOM.L_ActivityLimitReached = 'Dostignuto je ograničenje aktivnosti.';
Strings.OfficeOM.L_RequestTimeout = 'Izvršavanje poziva je predugo trajalo.';
Strings.OfficeOM.L_InvalidGrant = 'Pred-autorizacija nedostaje.';
Strings.OfficeOM.L_InternalError = 'Unutrašnja greška';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Tip navedenog objekta podataka nije kompatibilan sa trenutnom selekcijom.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Korisnik je otkazao operaciju.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Podaci nisu aktuelni';
Strings.OfficeOM.L_InvalidGetRows = 'Navedeni redovi su nevažeći.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Nije moguće registrovati rukovalac događajem.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Sačekajte da se prethodni poziv dovrši.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Vrednost je izvan dozvoljenog opsega.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metod ili svojstvo {0} predstavlja deo skupa zahteva {1}, koji nije dostupan u vašoj verziji aplikacije {2}.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Pokušava se postavljanje svojstva samo za čitanje „{0}“.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Paketna funkcija prosleđena metodu „.run“ nije vratila obećanje. Funkcija mora da vrati obećanje kako bi automatski praćeni objekti mogli da se objave po dovršetku paketne operacije. Obećanje se obično vraća tako što se vrati odgovor iz poziva „context.sync()“.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Upravo ćete slati i primati potencijalno osetljive informacije od {0}. Kliknite na dugme „U redu“ ako imate poverenja u sledeću veb lokaciju koja prima osetljive informacije: {1}.';
Strings.OfficeOM.L_SettingsCannotSave = 'Nije bilo moguće sačuvati postavke.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Navedeni objekat podataka nije kompatibilan sa tipom povezivanja.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Potrebo je da izabrani sadržaj bude u formatu tabele. Oblikujte podatke u vidu tabele i probajte ponovo.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API nije podržan u ovoj platformi.';
Strings.OfficeOM.L_NotSupported = 'Funkcija {0} nije podržana.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Vrednost objekta rezultata još nije učitana. Pre čitanja svojstva vrednosti, pozovite „context.sync()“ na povezanom kontekstu zahteva.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Navedene vrednosti za broj redova ili broj kolona nisu važeće.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'višestruke opcionalne funkcije na listi parametara';
Strings.OfficeOM.L_APINotSupported = 'API nije podržan';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modul nije učitan pre preuzimanja tokena';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Veličina korisnih podataka zahteva je premašila ograničenje. Pogledajte dokumentaciju: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_OutOfRange = 'Izvan opsega';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Nevažeća ili istekla sesija';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Nevažeći API poziv u trenutnom kontekstu.';
Strings.OfficeOM.L_ElementMissing =
  'Nismo mogli da oblikujemo ćeliju tabele zato što nedostaju neke vrednosti parametara. Proverite parametre još jednom i probajte ponovo.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Navedeni objekat podataka nije kompatibilan sa oblikom ili dimenzijama trenutne selekcije.';
Strings.OfficeOM.L_InvalidAPICall = 'Nevažeći API poziv';
Strings.OfficeOM.L_GetDataParametersConflict = 'Navedeni parametri su neusaglašeni.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Trenutna selekcija nije kompatibilna sa navedenim tipom promene.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Svojstvo „{0}“ nije dostupno. Pre čitanja vrednosti svojstva, pozovite metod učitavanja na sadržanom objektu i pozovite „context.sync()“ na povezanom kontekstu zahteva.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Tip identiteta korisnika nije podržan.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Nije moguće koristiti objekat u više različitih konteksta zahteva.';
Strings.OfficeOM.L_DataWriteError = 'Greška u pisanju podataka';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Trenutna selekcija nije podržana.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Dodavanje rukovaoca događajem nije uspelo.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Navedeni tip objekta podataka nije podržan.';
Strings.OfficeOM.L_ShuttingDown = 'Operacija nije uspela zato što podaci na serveru nisu u toku.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Operacija nije podržana na ovom tipu povezivanja.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Operacija nevažećeg povezivanja';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Funkcija za dobijanje konteksta potvrde identiteta nedostaje';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Uklanjanje rukovaoca događajem nije uspelo.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operacija nije uspela zato što ovaj programski dodatak ne podržava pristanak korisnika u ovoj kategoriji';
Strings.OfficeOM.L_NamedItemNotFound = 'Imenovana stavka ne postoji.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Napomena: Predloženo je da skupovi oblikovanja koje je postavio poziv API oblikovanja budu ispod 100.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Obezbeđena je nevažeća URL adresa resursa aplikacije.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Ovaj pregledač ne podržava zahtevani API.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Dozvoli';
Strings.OfficeOM.L_OperationCancelledError = 'Operacija je otkazana';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Navedene vrednosti za početni red ili početnu kolonu nisu važeće.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Podaci su zastareli. Preuzmite objekat ponovo.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argumenti prosleđeni u funkciju ne funkcionišu u ovoj situaciji, nedostaju ili nisu u odgovarajućem formatu.';
Strings.OfficeOM.L_UserClickIgnore = 'Korisnik je odabrao da zanemari dijalog.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl tip nije podržan.';
Strings.OfficeOM.L_InvalidBindingError = 'Greška nevažećeg povezivanja';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Ograničenja pregledača sprečila su nas da kreiramo dijalog. Domen dijaloga i domen hosta programskog dodatka nisu u istoj bezbednosnoj zoni.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Navedeni tip povezivanja {0} nije podržan.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Nije moguće koristiti parametre za koordinaciju sa tabelom tipa promene kada tabela sadrži objedinjene ćelije.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Dostignuto je ograničenje izbora';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operacija nije uspela jer je dokument koji sadrži ovaj programski dodatak neaktivan.';
Strings.OfficeOM.L_NotImplemented = 'Funkcija {0} nije primenjena.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Napravite selekciju.';
Strings.OfficeOM.L_SSOServerError = 'Došlo je do greške u dobavljaču usluge potvrde identiteta.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath ograničava izbor na 1024 stavke.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API identiteta nije podržan za ovaj programski dodatak.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operacija nije uspela jer ovaj programski dodatak već ima aktivan modalni dijalog.';
Strings.OfficeOM.L_OperationNotSupported = 'Operacija nije podržana.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Ako kliknete na dugme „U redu“, dozvolićete domenu {0} pristup sadržaju i ličnim informacijama. ';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Navedene kolone su nevažeće.';
Strings.OfficeOM.L_APICallFailed = 'API poziv nije uspeo';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Nepodržano nabrajanje';
Strings.OfficeOM.L_BindingCreationError = 'Greška u stvaranju povezivanja';
Strings.OfficeOM.L_InvalidBinding = 'Nevažeće povezivanje';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Navedeni objekat podataka je prevelik.';
Strings.OfficeOM.L_NavOutOfBound = 'Operacija nije uspela zato što je indeks izvan opsega.';
Strings.OfficeOM.L_UserNotSignedIn = 'Nijedan korisnik nije prijavljen u Office.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'U manifestu je navedena nevažeća URL adresa resursa.';
Strings.OfficeOM.L_InvalidNode = 'Nevažeći čvor';
Strings.OfficeOM.L_DisplayDialogError = 'Greška u prikazu dijaloga';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Zahtev nije uspeo uz statusni kôd {0}.';
Strings.OfficeOM.L_SettingsStaleError = 'Greška usled zastarelih postavki';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Vaša Office sesija je istekla ili je nevažeća. Osvežite stranicu da biste nastavili.';
Strings.OfficeOM.L_NotSupportedEventType = 'Navedeni tip događaja {0} nije podržan.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Navedeni ID ne postoji.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Operacija pisanja nije podržana za Office kada je otvoren modalni dijalog.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objekat se nalazi na lokaciji na kojoj navigacija nije podržana.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Povratni poziv ne može biti naveden i u listi argumenata i u opcionalnom objektu.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Neki parametri ćelije imaju vrednosti koje nisu dozvoljene. Proverite vrednosti još jednom i probajte ponovo.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Nije moguće koristiti parametre za koordinaciju sa tabelom tipa promene kada tabela sadrži objedinjene ćelije.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Svojstvo „{0}“ ne postoji u objektu.';
Strings.OfficeOM.L_FormattingReminder = 'Podsetnik za oblikovanje';
Strings.OfficeOM.L_AppNameNotExist = 'Ime programskog dodatka za {0} ne postoji.';
Strings.OfficeOM.L_DialogNavigateError = 'Greška prilikom navigacije u dijalogu';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Pronađeno je više objekata sa istim imenom.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Veličina korisnih podataka odgovora je premašila ograničenje. Pogledajte dokumentaciju: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Došlo je do neočekivane greške u klijentu.';
Strings.OfficeOM.L_ReadSettingsError = 'Greška u postavkama čitanja';
Strings.OfficeOM.L_DocumentReadOnly = 'Zahtevana operacija nije dozvoljena u trenutnom režimu dokumenta.';
Strings.OfficeOM.L_UnknownBindingType = 'Tip povezivanja nije podržan.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel je u režimu uređivanja ćelija. Izađite iz režima uređivanja tako što ćete pritisnuti ENTER ili TAB odnosno izabrati drugu ćeliju, a zatim pokušajte ponovo.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} želi da se prikazuje u novom prozoru.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Upisivanje u trenutnu selekciju nije moguće.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Nabrajanje nije podržano u trenutnoj aplikaciji hosta.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Žao nam je, ne možemo da nastavimo.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Nije pronađen navedeni čvor.';
Strings.OfficeOM.L_InvalidDataObject = 'Nevažeći objekat podataka';
Strings.OfficeOM.L_InternalErrorDescription = 'Došlo je do unutrašnje greške.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'višestruki opcionalni objekti na listi parametara';
Strings.OfficeOM.L_CancelButton = 'Otkaži';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Došlo je do neočekivane greške na serveru.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Veza je prekinuta tokom procesa prijavljivanja.';
Strings.OfficeOM.L_MissingParameter = 'Parametar nedostaje';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Vrednost indeksa reda je izvan dozvoljenog opsega. Koristite vrednost (0 ili veću) koja je manja od broja redova.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Svojstvo sa ovim imenom koje predstavlja definiciju funkcije mora da postoji u okviru Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_InvalidSetRows = 'Navedeni redovi su nevažeći.';
Strings.OfficeOM.L_InvalidArgument =
  'Argument „{0}“ ne funkcioniše u ovoj situaciji, nedostaje ili nije u odgovarajućem formatu.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigurišite pregledač';
Strings.OfficeOM.L_InvalidObjectPath =
  'Putanja objekta „{0}“ ne funkcioniše za ono što pokušavate da uradite. Ako objekat koristite u više „context.sync“ poziva i izvan sekvencijalnog izvršavanja grupe „.run“, koristite metode „context.trackedObjects.add()“ i „context.trackedObjects.remove()“ da biste upravljali trajanjem objekta.';
Strings.OfficeOM.L_NetworkProblem = 'Problem sa mrežom';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL šema nije podržana. Koristite HTTPS.';
Strings.OfficeOM.L_InvalidCoercion = 'Nevažeći tip promene';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Navedeni tip promene nije kompatibilan sa ovim tipom povezivanja.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Ime funkcije mora da sadrži prostor za ime koji nije prazan i kratko ime koje nije prazno.';
Strings.OfficeOM.L_InvalidDataFormat = 'Format navedenog objekta podataka nije važeći.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Veza je prekinuta tokom procesa prijavljivanja i korisnik možda nije prijavljen. Do ovoga je verovatno došlo zbog korisnikovih postavki konfiguracije pregledača, kao što su bezbednosne zone.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Programski dodatak već zahteva token za pristup.';
Strings.OfficeOM.L_TooManyArguments = 'previše argumenata';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Domen URL adrese nije uključen u element AppDomains u manifestu i ne predstavlja poddomen izvorne lokacije.';
Strings.OfficeOM.L_FunctionCallFailed = 'Poziv funkcije {0} nije uspeo, kod greške: {1}.';
Strings.OfficeOM.L_DataReadError = 'Greška u čitanju podataka';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Argumenti nevažećeg unosa.';
Strings.OfficeOM.L_SelectionCannotBound = 'Nije moguće izvršiti povezivanje sa trenutnom selekcijom.';
Strings.OfficeOM.L_SaveSettingsError = 'Greška pri čuvanju postavki';
Strings.OfficeOM.L_InvalidValue = 'Nevažeća vrednost';
Strings.OfficeOM.L_EventRegistrationError = 'Greška pri registraciji događaja';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Operacija nije uspela zato što ovaj programski dodatak već ima aktivan dijalog.';
Strings.OfficeOM.L_InvalidParameters = 'Funkcija {0} ima nevažeće parametre.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Povratni poziv mora biti funkcija tipa, bila je tipa {0}.';
Strings.OfficeOM.L_MemoryLimit = 'Premašeno je ograničenje memorije';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Trenutak...';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Pozovite closeAsync na trenutnoj datoteci pre preuzimanja druge.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP protokol nije podržan. Koristite HTTPS';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API zahtev nije uspeo zato što je radna sveska skrivena. Otkrijte radnu svesku i pokušajte ponovo.';
Strings.OfficeOM.L_OKButton = 'U redu';
Strings.OfficeOM.L_InValidOptionalArgument = 'nevažeći opcionalni argument';
Strings.OfficeOM.L_HostError = 'Greška hosta';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Ovaj API je ograničen da bi se usporila učestalost poziva.';
Strings.OfficeOM.L_InvalidSetColumns = 'Navedene kolone su nevažeće.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Ova Office sesija ne koristi bezbednu vezu. Preporučujemo da preduzmete dodatne mere opreza.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Mrežni problem je sprečio preuzimanje datoteke.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Navedene vrednosti za početni red ili početnu kolonu nisu važeće.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Tip identiteta korisnika nije podržan.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Bezbednosne postavke u pregledaču sprečavaju nas da kreiramo dijalog. Pokušajte sa drugim pregledačem ili {0} kako bi „{1}“ i domen prikazan na traci adresa bili u istoj bezbednosnoj zoni.';
Strings.OfficeOM.L_BindingNotExist = 'Navedeno povezivanje ne postoji.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Neki tableOptions parametri imaju vrednosti koje nisu dozvoljene. Proverite vrednosti još jednom i probajte ponovo.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Ime funkcije može da sadrži samo slova, cifre, podvlake i tačke.';
Strings.OfficeOM.L_InvalidGetColumns = 'Navedene kolone su nevažeće.';
Strings.OfficeOM.L_SettingNameNotExist = 'Navedeno ime postavke ne postoji.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Operacija nije uspela jer je nadređeni prozor umanjen.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Svojstvo sa ovim imenom koje predstavlja definiciju funkcije u okviru Excel.Script.CustomFunctions mora da sadrži svojstvo „call“ koje primenjuje funkciju.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Zahtev nije uspeo uz statusni kôd {0}, kôd greške {1} i sledeću poruku o grešci: {2}';
Strings.OfficeOM.L_Timeout = 'Operacija je istekla.';
Strings.OfficeOM.L_DialogOK = 'U redu';
Strings.OfficeOM.L_UserAbortedMessage = 'Korisnik nije prihvatio dozvole za programski dodatak.';
