Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_SettingsCannotSave = 'Kan ikke lagre innstillingene.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Typen for det angitte dataobjektet er ikke kompatibel med gjeldende utvalg.';
Strings.OfficeOM.L_UserAborted = 'Brukeren har avbrutt forespørselen om samtykke.';
Strings.OfficeOM.L_DialogNavigateError = 'Navigasjonsfeil i dialogboks';
Strings.OfficeOM.L_SSOServerError = 'Det oppstod en feil i godkjenningstjenesten.';
Strings.OfficeOM.L_NavOutOfBound = 'Operasjonen mislyktes fordi indeksen er utenfor området.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Grensen for valg er nådd';
Strings.OfficeOM.L_FunctionCallFailed = 'Funksjonen {0} mislyktes, feilkode: {1}.';
Strings.OfficeOM.L_ActivityLimitReached = 'Aktivitetsgrensen er nådd.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Leserbegrensninger forhindret oss i å opprette dialogboksen. Domenet for dialogboksen og domenet til verten for tillegget er ikke i den samme sikkerhetssonen.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Obs!  Antall celler i en tabell er foreslått å være mindre enn 20 000 celler.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objektet er plassert på et sted der navigasjon ikke støttes.';
Strings.OfficeOM.L_InvalidGrant = 'Forhåndsautorisering mangler.';
Strings.OfficeOM.L_EventRegistrationError = 'Feil under registrering av hendelsen';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Beklager, vi kan ikke fortsette.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Skriveoperasjon støttes ikke for Office når en modal dialogboks er åpen.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Identitetstypen for brukeren støttes ikke.';
Strings.OfficeOM.L_SSOConnectionLostError = 'En tilkobling ble brutt under påloggingsprosessen.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'En eller flere av tableOptions-parameterne har verdier som ikke er tillatt. Dobbeltsjekk verdiene, og prøv på nytt.';
Strings.OfficeOM.L_TooManyArguments = 'for mange argumenter';
Strings.OfficeOM.L_InvalidGrantMessage = 'Manglende tildeling for dette tillegget.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorer';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_APINotSupported = 'API støttes ikke';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Sikkerhetsinnstillingene i leseren hindrer oss i å opprette en dialogboks. Prøv en annen nettleser eller {0} slik at {1} og domenet som vises i adresselinjen er i den samme sikkerhetssonen.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'De angitte kolonnene er ugyldige.';
Strings.OfficeOM.L_InvalidArgument =
  'Argumentet {0} fungerer ikke for denne situasjonen, mangler eller er ikke i riktig format.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argument(er) som ble sendt til funksjonen, fungerer ikke for denne situasjonen, mangler eller er ikke i riktig format.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API-forespørselen mislyktes fordi arbeids boken ble skjult. Ta frem arbeids boken, og prøv på nytt.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Du er i ferd med å sende og motta potensielt sensitiv informasjon fra {0}. Klikk bare OK hvis du stoler på at følgende nettsted mottar sensitiv informasjon: {1}.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js er ikke fullstendig lastet inn ennå. Prøv på nytt senere, eller kontroller at du legger til initialiseringskoden din i Office.initialize-funksjonen.';
Strings.OfficeOM.L_DataWriteReminder = 'Påminnelse om dataskriving';
Strings.OfficeOM.L_InvalidResourceUrl = 'Ugyldig nettadresse for programressurs er angitt.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Ugyldige inndataargumenter.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Navnet på funksjonen kan bare inneholde bokstaver, sifre, understrekingstegn og punktum.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Vent til det forrige kallet er fullført.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Dataene er ikke oppdaterte';
Strings.OfficeOM.L_NoHttpsWAC =
  'Denne Office-økten bruker ikke en sikker tilkobling. Vi anbefaler at du tar ekstra forhånds regler.';
Strings.OfficeOM.L_InValidOptionalArgument = 'ugyldig valgfritt argument';
Strings.OfficeOM.L_InvalidParameters = 'Funksjonen {0} har ugyldige parametere.';
Strings.OfficeOM.L_UnknownBindingType = 'Bindingstypen støttes ikke.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Kan ikke opprette en binding med gjeldende utvalg og angitt bindingstype.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Operasjonen ble avbrutt av brukeren.';
Strings.OfficeOM.L_DisplayDialogError = 'Vis dialogboksfeil';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Egenskapen med dette navnet på Excel.Script.CustomFunctions som representerer funksjonens definisjon, må inneholde en «kalle»-egenskap som implementerer funksjonen.';
Strings.OfficeOM.L_RequestTimeout = 'Samtalen tok for lang tid å kjøre.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP-protokollen støttes ikke. Bruk HTTPS i stedet';
Strings.OfficeOM.L_ReadSettingsError = 'Feil for leseinnstillinger';
Strings.OfficeOM.L_DialogInvalidScheme = 'Oppsettet for nettadressen støttes ikke. Bruk HTTPS i stedet.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Domenet for URL-adressen er ikke inkludert i AppDomains-elementet i manifestet, og er ikke under domene av kilde plasseringen.';
Strings.OfficeOM.L_SettingsStaleError = 'Feil for foreldede innstillinger';
Strings.OfficeOM.L_InvalidNode = 'Ugyldig node';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} vil vise et nytt vindu.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Kan ikke skrive til gjeldende utvalg.';
Strings.OfficeOM.L_ShuttingDown = 'Operasjonen mislyktes fordi dataene på serveren ikke er oppdaterte.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Det angitte dataobjektet er ikke kompatibelt med bindingstypen.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Objektbanen {0} fungerer ikke for det du prøver å gjøre. Hvis du bruker objektet på tvers av flere «context.sync»-kall og utenfor den sekvensielle utføringen av en satsvis «.run»-jobb, bruker du metodene «context.trackedObjects.add()» og «context.trackedObjects.remove()» til å administrere objektets levetid.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Det angitte dataobjektet er for stort.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Gjeldende utvalg støttes ikke.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Ugyldig eller tidsavbrutt økt';
Strings.OfficeOM.L_MissingRequiredArguments = 'mangler noen nødvendige argumenter';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'Konfigurer nettleseren';
Strings.OfficeOM.L_UserNotSignedIn = 'Ingen påloggede brukere i Office.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Programmet {0} finnes ikke. Microsoft.Office.WebExtension.Initialize(årsak) er ikke kalt.';
Strings.OfficeOM.L_InvalidCoercion = 'Ugyldig konverteringstype';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Den angitte konverteringstypen støttes ikke.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel er i celleredigeringsmodus. Avslutt redigeringsmodus ved å trykke på Enter eller Tab, eller ved å velge en annen celle og deretter prøve på nytt.';
Strings.OfficeOM.L_InvalidSetColumns = 'De angitte kolonnene er ugyldige.';
Strings.OfficeOM.L_InvalidAPICall = 'Ugyldig API-kall';
Strings.OfficeOM.L_TooManyOptionalFunction = 'flere valgfrie funksjoner i parameterliste';
Strings.OfficeOM.L_BindingNotExist = 'Den angitte bindingen finnes ikke.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Opplistingen støttes ikke i gjeldende vertsprogram.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Verdien for resultatobjektet er ikke lastet inn ennå. Før du leser value-egenskapen, kan du ringe opp "context.sync()" på den tilknyttede forespørselskonteksten.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Ugyldig bindingsoperasjon';
Strings.OfficeOM.L_SaveSettingsError = 'Feil under lagring av innstillinger';
Strings.OfficeOM.L_HostError = 'Vertsfeil';
Strings.OfficeOM.L_NetworkProblem = 'Nettverksproblem';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Forespørselen mislyktes med statuskoden {0}.';
Strings.OfficeOM.L_OperationCancelledError = 'Operasjonen ble avbrutt';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Forespørselens nyttelast-størrelse har overskredet grensen. Vennligst se dokumentasjonen: «https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins».';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Det forespurte datasettet er for stort.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operasjonen mislyktes fordi dokumentet som inneholder dette tillegget, er inaktivt.';
Strings.OfficeOM.L_OperationNotSupported = 'Operasjonen støttes ikke.';
Strings.OfficeOM.L_SelectionCannotBound = 'Kan ikke binde til gjeldende utvalg.';
Strings.OfficeOM.L_DataReadError = 'Datalesefeil';
Strings.OfficeOM.L_PermissionDenied = 'Ingen tilgang';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Egenskapen {0} er ikke tilgjengelig. Kall load-metoden på det inneholdende objektet før du leser egenskapens verdi, og kaller «context.sync()» på den tilknyttede forespørselskonteksten.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Funksjonen for å hente godkjenningskontekst mangler';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Ugyldig nettadresse for ressurs er angitt i manifestet.';
Strings.OfficeOM.L_MissingParameter = 'Mangler parameter';
Strings.OfficeOM.L_NotSupportedEventType = 'Den angitte hendelsestypen {0} støttes ikke.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_NotSupportedBindingType = 'Den angitte bindingstypen {0} støttes ikke.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modulen lastes ikke inn før det hentes et token';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Kolonneindeksverdien er utenfor det tillatte området. Bruk en verdi (0 eller høyere) som er lavere enn antallet kolonner.';
Strings.OfficeOM.L_CancelButton = 'Avbryt';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Det angitte dataobjektet er ikke kompatibelt med figuren eller dimensjonene for utvalget.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Set-operasjonen mislyktes fordi det angitte dataobjektet vil overskrive eller flytte data.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Den angitte bindingstypen er ikke kompatibel med angitt navngitt element.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Verdien er utenfor det tillatte området.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Hvis du klikker OK, gir du {0} tilgang til innholdet og personlige opplysninger. ';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Angitt rad er tom.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Den angitte størrelsen på stykket støttes ikke.';
Strings.OfficeOM.L_GetDataParametersConflict = 'De angitte parameterne er i konflikt.';
Strings.OfficeOM.L_InvalidValue = 'Ugyldig verdi';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API støttes ikke på denne plattformen.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Tillegget er deaktivert for å beskytte deg trygt. Hvis du vil fortsette å bruke tillegget, må du validere at dette elementet er vert på et klarert domene eller åpne det i Office Desktop app.';
Strings.OfficeOM.L_CustomXmlError = 'Egendefinerte XML-feil.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Navnet på funksjonen må inneholde et navneområde som ikke er tomt, og et kort navn som ikke er tomt.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Brukeridentitetstypen støttes ikke.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Tilbakekall kan ikke angis både i argumentlisten og valgfrie objektet.';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Operasjonen mislyktes fordi det overordnede vinduet er minimert.';
Strings.OfficeOM.L_FormattingReminder = 'Påminnelse om formatering';
Strings.OfficeOM.L_CallbackNotAFunction = 'Tilbakekall må være av typen function. Var av typen {0}.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Kall closeAsync på den gjeldende filen før du henter en annen.';
Strings.OfficeOM.L_NoCapability = 'Du har ikke tilstrekkelige tillatelser for denne handlingen.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Den angitte konverteringstypen er ikke kompatibel med bindingstypen.';
Strings.OfficeOM.L_InvalidFormat = 'Feil for ugyldig format';
Strings.OfficeOM.L_APICallFailed = 'API-kallet mislyktes';
Strings.OfficeOM.L_InvalidDataFormat = 'Formatet på det angitte dataobjektet er ugyldig.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Dataene er utdaterte. Hent objektet på nytt.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Finner ikke den angitte hendelsesbehandlingen for denne bindingen.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metoden eller egenskapen {0} er en del av {1}-kravsettet, som ikke er tilgjengelig i din versjon av {2}.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'De angitte verdiene for startRow/startColumn er ugyldige.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeksen er utenfor området.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Det oppstod en uventet feil i klienten.';
Strings.OfficeOM.L_InvalidCellsValue =
  'En eller flere av cellenes parametere har verdier som ikke er tillatt. Dobbeltsjekk verdiene, og prøv på nytt.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Merket innhold må være i tabellformat. Formater dataene som en tabell, og prøv på nytt.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operasjonen mislyktes fordi dette tillegget allerede har en aktiv modal dialogboks.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Radindeksverdien er utenfor det tillatte området. Bruk en verdi (0 eller høyere) som er lavere enn antallet rader.';
Strings.OfficeOM.L_Timeout = 'Operasjonen ble tidsavbrutt.';
Strings.OfficeOM.L_InternalError = 'Intern feil';
Strings.OfficeOM.L_DataStale = 'Dataene er ikke oppdaterte';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Vennligst velg.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Et nettverksproblem har forhindret henting av filen.';
Strings.OfficeOM.L_InvalidBinding = 'Ugyldig binding';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Office-økten er utløpt eller ugyldig. Oppdater siden for å fortsette.';
Strings.OfficeOM.L_MemoryLimit = 'Minne oversteget';
Strings.OfficeOM.L_BindingCreationError = 'Feil under oppretting av binding';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operasjonen mislyktes fordi dette tillegget allerede ber om et tilgangstoken.';
Strings.OfficeOM.L_SetDataParametersConflict = 'De angitte parameterne er i konflikt.';
Strings.OfficeOM.L_InternalErrorDescription = 'Det har oppstått en intern feil';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'De angitte verdiene for startRow/startColumn er ugyldige.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'En tilkobling ble brutt under påloggingsprosessen, og brukeren kan ikke logges på. Dette var sannsynligvis på grunn av konfigurasjonsinnstillingene for nettleseren til brukeren, for eksempel sikkerhetssoner.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Forespørselen mislyktes med statuskoden {0}, feilkoden {1} og den følgende feilmeldingen: {2}';
Strings.OfficeOM.L_DocumentReadOnly = 'Den forespurte operasjonen er ikke tillatt i gjeldende dokumentmodus.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Obs!  Formatet som er angitt av et API-kall for formatering, er foreslått å være under 100.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Egenskapen {0} ikke finnes på objektet.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Kan ikke fjerne hendelsesbehandlingen.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Gjeldende utvalg er ikke kompatibelt med angitt rangeringstype.';
Strings.OfficeOM.L_SettingNameNotExist = 'Det angitte innstillingsnavnet finnes ikke.';
Strings.OfficeOM.L_InvalidBindingError = 'Feil på grunn av ugyldig binding';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Identitet-API støttes ikke for dette tillegget.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Denne APIen er dempet for å redusere frekvensen for kall.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Forsøker å angi den skrivebeskyttede egenskapen {0}.';
Strings.OfficeOM.L_NotSupported = 'Funksjonen {0} støttes ikke.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinatparametere kan ikke brukes med rangeringstypetabell når tabellen inneholder sammenslåtte celler.';
Strings.OfficeOM.L_ElementMissing =
  'Vi kunne ikke formatere tabellcellen fordi det mangler noen parameterverdier. Dobbeltsjekk parameterne, og prøv på nytt.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Denne nettleseren støtter ikke den forespurte APIen.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Endringer av egenskapen {0} kan ikke brukes med en object.set-metode.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Operasjonen støttes ikke for denne bindingstypen.';
Strings.OfficeOM.L_OutOfRange = 'Utenfor området';
Strings.OfficeOM.L_InvalidSetRows = 'De angitte radene er ugyldige.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl-typen støttes ikke.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Finner ikke den angitte noden.';
Strings.OfficeOM.L_SSOClientError = 'Det oppstod en feil i godkjenningsforespørselen fra Office.';
Strings.OfficeOM.L_AppNameNotExist = 'Navnet på tillegget for {0} finnes ikke.';
Strings.OfficeOM.L_NotImplemented = 'Funksjonen {0} er ikke implementert.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Dette tillegget støtter ikke brukersamtykke.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Kan ikke registrere hendelsesbehandling.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Den angitte dataobjekttypen støttes ikke.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Tillat';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Den angitte IDen finnes ikke.';
Strings.OfficeOM.L_BadSelectorString =
  'Strengen som ble sendt til velgeren, er feil formatert eller støttes ikke.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Operasjonen mislyktes fordi dette tillegget allerede har en aktiv dialog.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Det angitte dataobjektet samsvarer ikke med størrelsen på gjeldende utvalg.';
Strings.OfficeOM.L_InvalidGetColumns = 'De angitte kolonnene er ugyldige.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Ugyldig API-kall i gjeldende kontekst.';
Strings.OfficeOM.L_InvalidDataObject = 'Ugyldig dataobjekt';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Finner flere objekter med samme navn.';
Strings.OfficeOM.L_InvalidGetRows = 'De angitte radene er ugyldige.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinatparametere kan ikke brukes med rangeringstypetabell når tabellen inneholder sammenslåtte celler.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Det oppstod en uventet feil på serveren.';
Strings.OfficeOM.L_UserClickIgnore = 'Brukeren valgte å ignorere dialogboksen.';
Strings.OfficeOM.L_ContinueButton = 'Fortsett';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Ikke-sammenhengende utvalg støttes ikke.';
Strings.OfficeOM.L_UserAbortedMessage = 'Brukeren samtykket ikke til tillatelsene for tillegget.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Den angitte filtypen støttes ikke.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Hvis du vil fortsette, fjerner du tillegget og legger det til på nytt, eller oppdaterer siden.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Tillegget ber allerede om et tilgangstoken.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'En egenskap med dette navnet som representerer funksjonens definisjon, må finnes i Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Kan ikke bruke objektet på tvers av ulike forespørselskontekster.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Et øyeblikk …';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Opplisting som ikke støttes';
Strings.OfficeOM.L_TooManyOptionalObjects = 'flere valgfrie objekter i parameterliste';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operasjonen mislyktes fordi dette tillegget ikke støtter brukersamtykke i denne kategorien';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Kan ikke legge til hendelsesbehandlingen.';
Strings.OfficeOM.L_DataWriteError = 'Dataskrivefeil';
Strings.OfficeOM.L_ConfirmDialog =
  'Domenet {0} fungerer som Microsoft Office og kan kjøre Office tillegg, som kan få tilgang til personopplysningene dine. Hvis du stoler på at domenet kjører som Office og får tilgang til dataene, klikker du OK for å fortsette.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Satsvis-funksjonen som ble sendt til «.run»-metoden returnerte ikke et promise-objekt. Funksjonen må returnere et promise-objekt, slik at objekter som er automatisk sporet kan bli frigitt når den satsvise oppgaven er fullført. Vanligvis returnerer du et promise-objekt ved å returnere svaret fra «context.sync()».';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath begrenser utvalget til 1024 elementer.';
Strings.OfficeOM.L_SettingsAreStale = 'Innstillingene kan ikke lagres fordi de ikke er oppdaterte.';
Strings.OfficeOM.L_NamedItemNotFound = 'Det navngitte elementet finnes ikke.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Størrelsen på svarets nyttelast har overskredet grensen. Vennligst se dokumentasjonen: «https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins».';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'De angitte verdiene for rowCount eller columnCount er ugyldige.';
Strings.OfficeOM.L_InvalidFormatValue =
  'En eller flere av formatparameterne har verdier som ikke er tillatt. Dobbeltsjekk verdiene, og prøv på nytt.';
