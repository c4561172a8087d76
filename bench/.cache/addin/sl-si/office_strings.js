Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_NotImplemented = 'Funkcija {0} ni izvedena.';
Strings.OfficeOM.L_OperationCancelledError = 'Postopek je preklican';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Navedeni podatkovni predmet je prevelik.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Paketna funkcija, poslana v metodo ».run«, ni vrnila obljube. Funkcija mora vrniti obljubo, tako da je vse samodejno sledene predmete mogoče izstaviti, ko je dokončan postopek paketa. Običajno vrnete obljubo tako, da vrnete odgovor iz »context.sync()«.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Vrednost predmeta rezultata še ni bila naložena. Preden preberete lastnost »Value«, v povezanem kontekstu zahteve pokličite »context.sync()«.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modul ni naložen pred pridobitvijo žetona';
Strings.OfficeOM.L_FormattingReminder = 'Opomnik za oblikovanje';
Strings.OfficeOM.L_BindingNotExist = 'Navedena vrsta vezave ne obstaja.';
Strings.OfficeOM.L_OperationNotSupported = 'Postopek ni podprt.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Opomba: število celic v tabeli naj bo manjše od 20.000 celic.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Izberite želeno možnost.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Zaradi omejitev brskalnika nismo mogli ustvariti pogovornega okna. Domena pogovornega okna in domena gostitelja dodatka nista v istem varnostnem območju.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Navedeni stolpci niso veljavni.';
Strings.OfficeOM.L_MemoryLimit = 'Presežena je omejitev pomnilnika';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Trenutna izbira ni podprta.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Dovoli';
Strings.OfficeOM.L_UserNotSignedIn = 'Noben uporabnik ni vpisan v Office.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Postopek pisanja ni podprt za Office, ko je odprto modalno pogovorno okno.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Neveljaven postopek vezave.';
Strings.OfficeOM.L_PermissionDenied = 'Dovoljenje je zavrnjeno';
Strings.OfficeOM.L_APICallFailed = 'Klic API ni uspel';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'V manifestu je naveden neveljaven URL vira.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Povratni klic mora biti vrste funkcija. Bil je vrste {0}.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'V odjemalcu je prišlo do nepričakovane napake.';
Strings.OfficeOM.L_ReadSettingsError = 'Napaka pri branju nastavitev';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API identitete ni podprt za ta datotek.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Neveljaven klic API v trenutnem kontekstu.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Vrednost indeksa vrstice je zunaj dovoljenega obsega. Uporabite vrednost (0 ali večjo), ki je manjša od števila vrstic.';
Strings.OfficeOM.L_OKButton = 'V redu';
Strings.OfficeOM.L_InvalidSetRows = 'Navedene vrstice niso veljavne.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Navedeni vrednosti »rowCount« ali »columnCount« nista veljavni.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Rutine za obravnavo dogodkov ni bilo mogoče odstraniti.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinatnih parametrov ni mogoče uporabiti s pretvorbeno tabelo, ko tabela vsebuje spojene celice.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Prezri';
Strings.OfficeOM.L_DialogOK = 'V redu';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Nastavljena operacija ni uspela, ker bo posredovani podatkovni predmet prepisal ali premaknil podatke.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Sprememb lastnosti »{0}« ni mogoče uporabiti z načinom predmeta »object.set«.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Operacija ni uspela, ker je nadrejeno okno minimizirano.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Pot predmeta »{0}« ne deluje za namen, ki ga želite. Če predmet uporabljate v več klicih »context.sync« in zunaj zaporedne izvedbe paketa ».run«, uporabite medoti »context.trackedObjects.add()« in »context.trackedObjects.remove()« za upravljanje življenjskega cikla predmeta.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Rutine za obravnavo dogodkov ni bilo mogoče dodati.';
Strings.OfficeOM.L_NavOutOfBound = 'Postopek ni uspel, ker je kazalo zunaj obsega.';
Strings.OfficeOM.L_ShuttingDown = 'Postopek ni uspel, ker podatki v strežniku niso ažurni.';
Strings.OfficeOM.L_AppNameNotExist = 'Ime dodatka za {0} ne obstaja.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Počakajte, da se prejšnji klic dokonča.';
Strings.OfficeOM.L_CannotNavigateTo = 'Predmet je na mestu, kjer krmarjenje ni podprto.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'V strežniku je prišlo do nepričakovane napake.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Manjka funkcija za pridobitev konteksta o preverjanju pristnosti';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Vaša Officeova seja je potekla ali pa ni veljavna. Če želite nadaljevati, osvežite stran.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Velikost koristne vsebine odgovora je presegla omejitev. Oglejte si gradivo: »https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins«.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Dodatek ne podpira privolitve uporabnika.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'V imenu funkcije mora biti neprazen imenski prostor in neprazno kratko ime.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Manjka odobritev za ta dodatek.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath omejuje izbor na 1024 elementov.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argumenti, podani v funkciji, ne delujejo v tem primeru, manjkajo ali pa niso pravilne oblike zapisa.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operacija ni uspela, ker dokument, ki vsebuje ta dodatek, ni dejaven.';
Strings.OfficeOM.L_HostError = 'Napaka gostitelja';
Strings.OfficeOM.L_OutOfRange = 'Zunaj obsega';
Strings.OfficeOM.L_BindingCreationError = 'Napaka pri ustvarjanju vezave';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Zahteva ni uspela s kodo stanja {0}, kodo napake {1} in s tem sporočilom o napaki: {2}';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Neveljavni argumenti vnosa';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Dosežena je bila omejitev za izbiro';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Zahteva ni uspela s kodo stanja {0}.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Navedena vrsta vezave ni združljiva s podanim imenovanim elementom.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Varnostne nastavitve v brskalniku onemogočajo ustvarjanje pogovornega okna. Poskusite uporabiti drug brskalnik ali {0}, tako da bosta »{1}« in domena, prikazana v naslovni vrstici, v istem varnostnem območju.';
Strings.OfficeOM.L_EventRegistrationError = 'Napaka pri prijavi na dogodek';
Strings.OfficeOM.L_InvalidAPICall = 'Neveljaven klic API';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Domena URL-ja ni vključena v element AppDomains v manifestu in ni poddomena izvorne lokacije.';
Strings.OfficeOM.L_SettingsStaleError = 'Napaka zaradi zastarelih nastavitev';
Strings.OfficeOM.L_InvalidBindingError = 'Napaka neveljavne vezave';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Navedene rutine za obravnavo dogodkov ni bilo mogoče najti za to vpenjanje.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeks je zunaj obsega.';
Strings.OfficeOM.L_FunctionCallFailed = 'Klic funkcije {0} ni uspel, koda napake: {1}.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metoda ali lastnost {0} je del nabora zahtev {1}, ki ni na voljo za vašo različico programa {2}.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Navedeni parametri so v sporu.';
Strings.OfficeOM.L_InvalidGetColumns = 'Navedeni stolpci niso veljavni.';
Strings.OfficeOM.L_DataReadError = 'Napaka pri branju podatkov';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Povratnega klica ni mogoče navesti hkrati v seznamu argumentov in v izbirnem predmetu.';
Strings.OfficeOM.L_InternalErrorDescription = 'Prišlo je do notranje napake.';
Strings.OfficeOM.L_InvalidCoercion = 'Neveljavna vrsta pretvorbe';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API zahteva ni uspela, ker je bil delovni zvezek skrit. Razkrijte delovni zvezek in poskusite znova.';
Strings.OfficeOM.L_InvalidGrant = 'Manjka vnaprejšnje pooblastilo.';
Strings.OfficeOM.L_InvalidDataFormat = 'Oblika navedenega podatkovnega predmeta je neveljavna.';
Strings.OfficeOM.L_MissingParameter = 'Manjkajoči parameter';
Strings.OfficeOM.L_DialogNavigateError = 'Napaka pri premikanju po pogovornem oknu';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Vezi ni mogoče ustvariti s trenutno izbiro in z navedeno vrsto vezave.';
Strings.OfficeOM.L_InvalidDataObject = 'Neveljaven podatkovni predmet';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Velikost koristne vsebine zahteve je presegla omejitev. Oglejte si gradivo: »https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins«.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'Ta API je bil zadušen zato, da je bila zmanjšana pogostost klicanja.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Vrednost je zunaj dovoljenega obsega.';
Strings.OfficeOM.L_RequestTimeout = 'Izvedba klica je trajala predolgo.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'V enem parametru ali več parametrih »tableOptions« so vrednosti, ki niso dovoljene. Znova preverite vrednosti in poskusite znova.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Poskus nastavitve lastnosti samo za branje »{0}«.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Podatki niso ažurni';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Nestični izbori niso podprti.';
Strings.OfficeOM.L_NoCapability = 'Nimate ustreznih dovoljenj za izvedbo tega dejanja.';
Strings.OfficeOM.L_InvalidRequestContext = 'Predmeta ni mogoče uporabiti v različnih kontekstih zahteve.';
Strings.OfficeOM.L_DisplayDialogError = 'Napaka pri prikazu pogovornega okna';
Strings.OfficeOM.L_ConfirmDialog =
  'Domena {0} deluje kot Microsoft Office in lahko zažene dodatke Office, ki lahko dostopajo do vaših osebnih podatkov. Če zaupate domeni, da se bo izvajala kot Office in dostopali do podatkov, kliknite »V redu«, da nadaljujete.';
Strings.OfficeOM.L_TooManyArguments = 'preveč argumentov';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Navedeni podatkovni predmet ni združljiv z vrsto vezave.';
Strings.OfficeOM.L_InvalidFormatValue =
  'V enem parametru ali več parametrih »format« so vrednosti, ki niso dovoljene. Znova preverite vrednosti in poskusite znova.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operacija ni uspela, ker ima ta dodatek že aktivno modalno pogovorno okno.';
Strings.OfficeOM.L_SelectionCannotBound = 'Na trenutno izbiro ni mogoče vezati.';
Strings.OfficeOM.L_CancelButton = 'Prekliči';
Strings.OfficeOM.L_UnknownBindingType = 'Vrsta vpenjanja ni podprta.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Navedeni ID ne obstaja.';
Strings.OfficeOM.L_InvalidBinding = 'Neveljavna vezava';
Strings.OfficeOM.L_SettingNameNotExist = 'Navedeno ime nastavitve ne obstaja.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Postopek ni podprt v tej vrsti vezave.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API ni podprt v tej platformi.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Opomba: za nabore oblikovanja, ki jih je nastavil klic vmesnika API za oblikovanje, priporočamo, da so pod 100.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Navedena vrstica je prazna.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Shema URL ni podprta. Namesto tega uporabite HTTPS.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Zahtevani nabor podatkov je prevelik.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Lastnost »{0}« ne obstaja v predmetu.';
Strings.OfficeOM.L_SSOServerError = 'Pri ponudniku preverjanja pristnosti je prišlo do napake.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Če kliknete »V redu«, boste domeni {0} dovolili dostop do vsebine in osebnih podatkov. ';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Program {0} ne obstaja. Microsoft.Office.WebExtension.Inicializiraj(razlog) ni bil klican.';
Strings.OfficeOM.L_InvalidArgument =
  'Argument »{0}« ne deluje v tem primeru, manjka ali pa ni pravilne oblike zapisa.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Vrsta identitete uporabnika ni podprta.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Vrsta navedenega podatkovnega predmeta ni združljiva s trenutno izbiro.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'na seznamu parametrov je več izbirnih funkcij';
Strings.OfficeOM.L_NotSupportedEventType = 'Navedena vrsta dogodka {0} ni podprta. ';
Strings.OfficeOM.L_FileTypeNotSupported = 'Navedena vrsta datoteke ni podprta.';
Strings.OfficeOM.L_NotSupported = 'Funkcija {0} ni podprta.';
Strings.OfficeOM.L_DataWriteReminder = 'Opomnik za zapis podatkov';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} želi prikazati novo okno.';
Strings.OfficeOM.L_InvalidGetRows = 'Navedene vrstice niso veljavne.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinatnih parametrov ni mogoče uporabiti s pretvorbeno tabelo, ko tabela vsebuje spojene celice.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Ta brskalnik ne podpira zahtevanega API-ja.';
Strings.OfficeOM.L_SettingsCannotSave = 'Nastavitev ni bilo mogoče shraniti.';
Strings.OfficeOM.L_CustomXmlError = 'Napaka XML po meri.';
Strings.OfficeOM.L_InvalidSetColumns = 'Navedeni stolpci niso veljavni.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'Navedena vrsta prisile ni združljiva s to vrsto vezave.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Ta Officeova seja ne uporablja varne povezave. Priporočamo dodatno previdnost.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Vrednost indeksa stolpca je zunaj dovoljenega obsega. Uporabite vrednost (0 ali večjo), ki je manjša od števila stolpcev.';
Strings.OfficeOM.L_UserAbortedMessage = 'Uporabnik se ni strinjal z dovoljenji dodatka.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Med postopkom vpisa je bila povezava prekinjena, uporabnik pa morda ni vpisan. Do tega je najverjetneje prišlo zaradi nastavitev uporabnikovega brskalnika, kot so na primer varnostna območja.';
Strings.OfficeOM.L_InvalidValue = 'Neveljavna vrednost';
Strings.OfficeOM.L_InvalidParameters = 'Parametri funkcije {0} so neveljavni.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Iz {0} boste pošiljali in prejemali občutljive informacije. Kliknite» v redu «, če v tem spletnem mestu zaupate le občutljive informacije: {1}.';
Strings.OfficeOM.L_SSOClientError = 'V Officeovi zahtevi za preverjanje pristnosti je prišlo do napake.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Datoteke ni mogoče dobiti zaradi napake omrežja.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Preden dobite drugo datoteko, pokličite closeAsync za trenutno datoteko.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Posredovani podatkovni predmet ni združljiv z obliko ali dimenzijami trenutne izbire.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Rutine za obravnavo dogodkov ni mogoče registrirati.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Oštevilčenje ni podprto v trenutnem gostiteljskem programu.';
Strings.OfficeOM.L_NamedItemNotFound = 'Imenovani element ne obstaja.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Neveljavna ali potekla seja';
Strings.OfficeOM.L_CannotWriteToSelection = 'V trenutno izbiro ni mogoče pisati.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Navedeni parametri so v sporu.';
Strings.OfficeOM.L_UserAborted = 'Uporabnik je prekinil zahtevo za soglasje.';
Strings.OfficeOM.L_UserClickIgnore = 'Uporabnik se je odločil prezrti pogovorno okno.';
Strings.OfficeOM.L_ContinueButton = 'Naprej';
Strings.OfficeOM.L_InValidOptionalArgument = 'neveljaven izbirni argument';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigurirajte svoj brskalnik';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Dodatek že zahteva žeton za dostop.';
Strings.OfficeOM.L_SettingsAreStale = 'Nastavitev ni mogoče shraniti, ker niso ažurne.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'na seznamu parametrov je več izbirnih predmetov';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Postopka ni mogoče nadaljevati.';
Strings.OfficeOM.L_ActivityLimitReached = 'Dosežena je omejitev dejavnosti.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Vnesen je URL vira neveljavne aplikacije.';
Strings.OfficeOM.L_MissingRequiredArguments = 'Manjka nekaj zahtevanih argumentov';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Lastnost s tem imenom, ki predstavlja definicijo funkcije, mora obstajati v lastnosti Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Postopek ni uspel, ker dodatek v tej kategoriji ne podpira soglasja uporabnika.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Trenutna izbira ni združljiva z navedeno vrsto prisile.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Navedena vrsta vezave {0} ni podprta. ';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Podatki so zastareli. Znova dobite predmet.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Posredovana vrsta podatkovnega predmeta ni podprta.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel je način urejanja celice. Zaprite način urejanja tako, da pritisnete ENTER ali TAB ali pa izberite drugo celico in nato poskusite znova.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Postopek ni uspel, ker ta dodatek že zahteva žeton za dostop.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Med postopkom vpisa je bila povezava prekinjena.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Navedeni vrednosti »startRow« ali »startColumn« nista veljavni.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Izbrana velikost rezine ni podrta.';
Strings.OfficeOM.L_APINotSupported = 'Klic API ni podprt';
Strings.OfficeOM.L_NotTrustedWAC =
  'Ta dodatek je bil onemogočen, da vam bo pomagal varno. Če želite še naprej uporabljati dodatek, preverite, ali je ta element gostovano v zaupanja vrednem domeni ali pa ga odprite v namizni aplikaciji Office.';
Strings.OfficeOM.L_DataStale = 'Podatki niso ažurni';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Lastnost s tem imenom v lastnosti Excel.Script.CustomFunctions, ki predstavlja definicijo funkcije, mora vsebovati lastnost »call«, ki implementira funkcijo.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Lastnost »{0}« ni na voljo. Preden preberete vrednost lastnosti, pokličite metodo nalaganja v predmetu, ki jo vsebuje, in v kontekstu povezane zahteve pokličite »context.sync()«.';
Strings.OfficeOM.L_DocumentReadOnly = 'Zahtevan postopek ni dovoljen v trenutnem načinu dokumenta.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Vrsta identitete uporabnika ni podprta.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Najdenih je bilo več predmetov z istim imenom.';
Strings.OfficeOM.L_InternalError = 'Notranja napaka';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Samo trenutek ...';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Vrsta »OsfControl« ni podprta.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js se še ni v celoti naložil. Poskusite znova kasneje ali dodajte svojo inicializacijsko kodo funkciji »Office.initialize«.';
Strings.OfficeOM.L_NetworkProblem = 'Težava z omrežjem';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Navedena vrsta prisile ni podprta.';
Strings.OfficeOM.L_InvalidNode = 'Neveljavno vozlišče';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Protokol HTTP ni podprt. Namesto tega uporabite HTTPS';
Strings.OfficeOM.L_ElementMissing =
  'Celice tabele ni mogoče oblikovati, ker manjkajo nekatere vrednosti parametrov. Znova preverite parametre in poskusite znova.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Izbrana vsebina mora biti v obliki tabele. Oblikujte podatke v obliki tabele in poskusite znova.';
Strings.OfficeOM.L_BadSelectorString = 'Niz, posredovan v izbirnik, ni pravilno oblikovana ali pa ni podprt.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'Postopek ni uspel, ker ima ta dodatek že aktivno pogovorno okno.';
Strings.OfficeOM.L_DataWriteError = 'Napaka pri pisanju podatkov';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'V imenu funkcije so lahko le črke, števke, podčrtaji in pike.';
Strings.OfficeOM.L_InvalidFormat = 'Neveljavna napaka pri oblikovanju';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Navedeni vrednosti »startRow« ali »startColumn« nista veljavni.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Navedenega vozlišča ni bilo mogoče najti.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Posredovani podatkovni predmet se ne ujema z velikostjo trenutne izbire.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Nepodprto naštevanje';
Strings.OfficeOM.L_SaveSettingsError = 'Napaka pri shranjevanju nastavitev';
Strings.OfficeOM.L_Timeout = 'Časovna omejitev postopka je potekla.';
Strings.OfficeOM.L_InvalidCellsValue =
  'V enem parametru ali več parametrih »cells« so vrednosti, ki niso dovoljene. Znova preverite vrednosti in poskusite znova.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Če želite nadaljevati, odstranite dodatek in ga znova dodajte ali osvežite stran.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Ta postopek je preklical uporabnik.';
