Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_InternalErrorDescription = 'Det har oppstått ein intern feil.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Dataa er forelda. Hent objektet på nytt.';
Strings.OfficeOM.L_ShuttingDown = 'Operasjonen mislukkast, fordi dataa på tenaren ikkje er oppdaterte.';
Strings.OfficeOM.L_SettingsCannotSave = 'Innstillingane kan ikkje lagrast.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Funksjonsnamnet kan berre innehalde bokstavar, siffer, understrekingsteikn og punktum.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'fleire valfrie objekt i parameterliste';
Strings.OfficeOM.L_NotSupportedBindingType = 'Den oppgitte bindingstypen {0} er ikkje støtta.';
Strings.OfficeOM.L_DataReadError = 'Datalesefeil';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Førespurnaden vart mislukka med statuskoden {0}, feilkoden {1} og den følgjande feilmeldinga: {2}';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Ugyldige inndataargument.';
Strings.OfficeOM.L_InvalidParameters = 'Funksjonen {0} har ugyldige parametrar.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Det oppstod ein uventa feil i klienten.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} vil vise i eit nytt vindauge.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Det oppgitte dataobjektet er ikkje kompatibelt med forma eller dimensjonane til gjeldande utval.';
Strings.OfficeOM.L_EventRegistrationError = 'Feil under hendingsregistrering';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Den oppgitte rada er tom.';
Strings.OfficeOM.L_BindingCreationError = 'Feil under oppretting av binding';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Office-økta er avbroten eller er ugyldig. Oppdater sida for å halde fram.';
Strings.OfficeOM.L_ReadSettingsError = 'Feil for leseinnstillingar';
Strings.OfficeOM.L_InvalidGrant = 'Førehandsgodkjenning manglar.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Operasjonen blei avbroten av brukaren.';
Strings.OfficeOM.L_CustomXmlError = 'Egendefinert XML-feil.';
Strings.OfficeOM.L_OperationNotSupported = 'Operasjonen blir ikkje støtta.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Den oppgitte stykkestorleiken blir ikkje støtta.';
Strings.OfficeOM.L_NavOutOfBound = 'Operasjonen mislukkast fordi indeksen er utanfor området.';
Strings.OfficeOM.L_ConfirmDialog =
  'Domenet {0} fungerer som Microsoft Office, og kan køyre Office-tillegg som kan få tilgang til personleg informasjon. Dersom du stolar på at domenet køyrer som Office og får tilgang til dataa dine, kan du klikke på OK for å halde fram.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Verdien av resultatobjektet er ikkje lasta inn enno. Før du les verdieigenskapen, kan du ringe "context.sync()" på tilknytta spørjingskontekst.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_ActivityLimitReached = 'Aktivitetsgrensa er nådd.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argumentet eller argumenta som vart ført inn i funksjonen, fungerer ikkje for denne situasjonen, manglar eller er ikkje i rett format.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Dette tilleggsprogrammet er deaktivert for å halde deg trygg. Dersom du vil halde fram med å bruke tillegget, må du validere at dette elementet er drifta i eit klarert domene, eller opne tilleggsprogrammet i skrivebordsprogrammet for Office.';
Strings.OfficeOM.L_OutOfRange = 'Utanfor området';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Det oppgitte dataobjektet er for stort.';
Strings.OfficeOM.L_InvalidValue = 'Ugyldig verdi';
Strings.OfficeOM.L_SSOServerError = 'Det oppstod ein feil i godkjenningsleverandøren.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Det merkte innhaldet må vere i tabellformat. Formater dataa som ein tabell, og prøv på nytt.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Kan ikkje fjerne hendingshandsaminga.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Det førespurte datasettet er for stort.';
Strings.OfficeOM.L_InValidOptionalArgument = 'ugyldig valfritt argument';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Kolonneindeksverdien er utanfor det tillatne området. Bruk ein verdi (0 eller høgare) som er mindre enn talet på kolonnar.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js er ikkje fullstendig lasta inn enno. Prøv på nytt seinare, eller kontroller at du legg til initialiseringskoden din i Office.initialize-funksjonen.';
Strings.OfficeOM.L_MissingParameter = 'Manglar parameter';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Opplistinga blir ikkje støtta i gjeldande vertsprogram.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Eigenskapen {0} er ikkje tilgjengeleg. Før du les verdien til eigenskapen, kall opplastingsmetoden på det overordna objektet og kall context.sync() på den tilknytta førespurnadskonteksten.';
Strings.OfficeOM.L_ContinueButton = 'Hald fram';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Eigenskapen med dette namnet på Excel.Scrpt.CustomFunctions som representerer definisjonen av funksjonen, må innehalde ein samtaleeigenskap som implementerer funksjonen.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Det oppgitte dataobjektet samsvarer ikkje med storleiken til gjeldande utval.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeksen er utanfor området.';
Strings.OfficeOM.L_UserNotSignedIn = 'Ingen brukar er pålogga Office.';
Strings.OfficeOM.L_DocumentReadOnly =
  'Den førespurte operasjonen er ikkje tillaten i den gjeldande dokumentmodusen.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Éin eller fleire av tableOptions-parametrane har verdiar som ikkje er tillatne. Dobbeltsjekk verdiane, og prøv på nytt.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Ugyldig eller tidsavbroten økt';
Strings.OfficeOM.L_InvalidGrantMessage = 'Manglar løyve for tillegget.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Beklagar, men vi kan ikkje halde fram.';
Strings.OfficeOM.L_Timeout = 'Operasjonen blei tidsavbroten.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Den oppgitte konverteringstypen er ikkje støtta.';
Strings.OfficeOM.L_InvalidRequestContext = 'Kan ikkje bruke objektet over ulike førespurnadskontekstar.';
Strings.OfficeOM.L_BindingNotExist = 'Den oppgitte bindinga finst ikkje.';
Strings.OfficeOM.L_NotImplemented = 'Funksjonen {0} er ikkje implementert.';
Strings.OfficeOM.L_MemoryLimit = 'Minnegrense overskriden';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Nyttelaststorleik i svar har overskride grensa. Referer til dokumentasjonen: «https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins».';
Strings.OfficeOM.L_FunctionCallFailed = 'Kallet for funksjonen {0} mislukkast, feilkode: {1}.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Obs!  Formatet som er oppgitt av eit API-kall for formatering, er foreslått å vere under 100.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Det oppstod ein uventa feil på tenaren.';
Strings.OfficeOM.L_UserClickIgnore = 'Brukaren valde å ignorere dialogboksen.';
Strings.OfficeOM.L_UserAborted = 'Brukar avbraut førespurnaden om samtykke.';
Strings.OfficeOM.L_NamedItemNotFound = 'Det namngitte elementet finst ikkje.';
Strings.OfficeOM.L_InvalidBinding = 'Ugyldig binding';
Strings.OfficeOM.L_UserAbortedMessage = 'Brukaren gav ikkje samtykke til tilleggsløyva.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Denne API-en er dempa for å redusere frekvensen for kall.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Kan ikkje opprette ei binding med gjeldande utval og oppgitt bindingstype.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Set-operasjonen mislukkast fordi det oppgitte dataobjektet vil overskrive eller flytte data.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Domenet til nettadressa er ikkje inkludert i AppDomains-elementet i manifestet og er ikkje underdomene av kjeldeplasseringa.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Dei oppgitte startRow- eller startColumn-verdiane er ugyldige.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Ei tilkopling gjekk tapt under påloggingprosessen.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Funksjonsnamnet må innehalde eit namneområde og eit kort namn.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Verdien er utan for det tillatne området.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Skriveoperasjonen er ikkje støtta for Office når ein sperrande dialog er open.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Funksjonen for å hente samanheng for godkjenning manglar';
Strings.OfficeOM.L_APINotSupported = 'API blir ikkje støtta';
Strings.OfficeOM.L_CallbackNotAFunction = 'Tilbakekall må vere av typen function, men var av typen {0}.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Kan ikkje leggje til hendingshandsaminga.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_InvalidNode = 'Ugyldig node';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Finn ikkje den oppgitte noden.';
Strings.OfficeOM.L_DialogNavigateError = 'Dialognavigasjonsfeil';
Strings.OfficeOM.L_OperationCancelledError = 'Operasjonen blei avbroten';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operasjonen mislukkast fordi dette tillegget allereie har ein aktiv sperrande dialogboks.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Dataa er ikkje oppdaterte';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Ikkje-kontinuerlege utval blir ikkje støtta.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinatparametrar kan ikkje brukast med konverteringstypetabell når tabellen inneheld samanslåtte celler.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Det gjeldande utvalet blir ikkje støtta.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Den oppgitte bindingstypen er ikkje kompatibel med oppgitt namngitt element.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath avgrensar valet til 1024 element.';
Strings.OfficeOM.L_MissingRequiredArguments = 'manglar nokre nødvendige argument';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Dei oppgitte kolonnane er ugyldige.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Eigenskapen {0} finst ikkje på objektet.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript-API-førespurnaden mislukkast fordi arbeidsboka er skjult. Vis arbeidsboka, og prøv på nytt.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Programmet {0} finst ikkje. Microsoft.Office.WebExtension.initialize(reason) blir ikkje kalla.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operasjonen mislukkast fordi tillegget ikkje støttar brukarsamtykke i kategorien';
Strings.OfficeOM.L_NotSupported = 'Funksjonen {0} blir ikkje støtta.';
Strings.OfficeOM.L_NetworkProblem = 'Nettverksproblem';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Dersom du klikkar OK, gir du {0} tilgang til innhaldet og personlege opplysingar. ';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Prøver å oppgi den skriveverna eigenskapen {0}.';
Strings.OfficeOM.L_DataWriteError = 'Dataskrivefeil';
Strings.OfficeOM.L_CancelButton = 'Avbryt';
Strings.OfficeOM.L_HostError = 'Vertsfeil';
Strings.OfficeOM.L_NoHttpsWAC =
  'Denne Office-økta bruker ikkje ei sikkert tilkopling. Vi tilrår at du tek ekstra forholdsreglar.';
Strings.OfficeOM.L_InvalidGetRows = 'Dei oppgitte radene er ugyldige.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Bunkefunksjonen som vart sendt til .run-metoden returnerte ikkje eit løfte. Funksjonen må returnere eit løfte, slik at objekt som er automatisk spora kan bli frigitt når bunkinga er ferdig. Vanlegvis returnerer du eit løfte ved å returnere svaret frå context.sync().';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operasjonen mislukkast fordi dokumentet som inneheld dette tillegget er inaktivt.';
Strings.OfficeOM.L_SSOClientError = 'Det oppstod ein feil i godkjenningsførespurnaden frå Office.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Tillegget ber allereie om ein tilgangstoken.';
Strings.OfficeOM.L_InvalidArgument =
  'Argumentet {0} fungerer ikkje for denne situasjonen, manglar eller er ikkje i rett format.';
Strings.OfficeOM.L_BadSelectorString =
  'Strengen som blei send til veljaren, er feil formatert eller blir ikkje støtta.';
Strings.OfficeOM.L_InvalidSetRows = 'Dei oppgitte radene er ugyldige.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Tillat';
Strings.OfficeOM.L_InvalidSetColumns = 'Dei oppgitte kolonnane er ugyldige.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'fleire valfrie funksjonar i parameterliste';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Ugyldig API-kall i den gjeldande konteksten.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Obs!  Talet på celler i ein tabell er foreslått å vere mindre enn 20 000 celler.';
Strings.OfficeOM.L_AppNameNotExist = 'Tilleggsnamnet for {0} finst ikkje.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Typen for det oppgitte dataobjektet er ikkje kompatibel med gjeldande utval.';
Strings.OfficeOM.L_DataStale = 'Dataa er ikkje oppdaterte';
Strings.OfficeOM.L_GetDataParametersConflict = 'Dei oppgitte parametrane er i konflikt.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Operasjonen mislukkast fordi overordna vindauge er minimert.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Tillegget støttar ikkje brukarsamtykke.';
Strings.OfficeOM.L_InvalidGetColumns = 'Dei oppgitte radene er ugyldige.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Dei oppgitte rowCount- eller columnCount-verdiane er ugyldige.';
Strings.OfficeOM.L_InvalidAPICall = 'Ugyldig API-kall';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Gjeldande utval er ikkje kompatibelt med den oppgitte konverteringstypen.';
Strings.OfficeOM.L_SettingNameNotExist = 'Det oppgitte innstillingsnamnet finst ikkje.';
Strings.OfficeOM.L_InvalidDataObject = 'Ugyldig dataobjekt';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Denne nettlesaren støttar ikkje den førespurte API-en.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metoden eller eigenskapen {0} er ein del av {1}-krava, som ikkje er tilgjengelege i versjonen din av {2}.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modulen blir ikkje lasta inn før eit token er henta';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Vent til det førre kallet er fullført.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API er ikkje støtta på denne plattforma.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'configureer uw browser';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Ein augeblink ...';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Gjer eit val.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Du er i ferd med å sende og ta imot potensielt sensitiv informasjon frå {0}. Berre klikk OK dersom du stoler på denne nettstaden mottek den sensitive informasjonen: {1}.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objektet er plassert på ein stad der navigasjon ikkje blir støtta.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Det oppgitte dataobjektet er ikkje kompatibelt med bindingstypen.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Den oppgitte konverteringstypen er ikkje kompatibel med denne bindingstypen.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Tryggleiksinnstillingane i nettlesaren din hindrar oppretting av ein dialogboks. Prøv ein annan nettlesar, eller {0} slik at {1} og domenet som blir vist i adresselina, er i same tryggleikssone.';
Strings.OfficeOM.L_PermissionDenied = 'Ingen tilgang';
Strings.OfficeOM.L_DialogInvalidScheme = 'Skjemaet for nettadressa blir ikkje støtta. Bruk HTTPS i staden.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Endringar på eigenskapen {0} kan ikkje bli brukt gjennom ein objekt.set-metode.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP-protokollen blir ikkje støtta. Bruk HTTPS i staden';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel er i celleredigeringsmodus. Gå ut av redigeringsmodusen ved å trykkje på ENTER eller TAB eller velje ei anna celle, og prøv deretter på nytt.';
Strings.OfficeOM.L_SettingsAreStale = 'Innstillingane kan ikkje lagrast, fordi dei ikkje er gjeldande.';
Strings.OfficeOM.L_APICallFailed = 'API-kall mislukkast';
Strings.OfficeOM.L_InvalidResourceUrl = 'Ugyldig nettadresse oppgitt for programressurs.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Objektbanen {0} fungerer ikkje for det du prøver på. Dersom du brukar objektet over fleire context.sync-kall og utanfor den sekvensielle utføringa av ein .run-bunke, bruk metodane context.trackedObjects.add() og context.trackedObjects.remove() for å handsame objektet si levetid.';
Strings.OfficeOM.L_TooManyArguments = 'for mange argument';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Operasjonen blir ikkje støtta for denne bindingstypen.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Den oppgitte ID-en finst ikkje.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Identitetstypen til brukaren blir ikkje støtta.';
Strings.OfficeOM.L_SaveSettingsError = 'Feil under lagring av innstillingar';
Strings.OfficeOM.L_NotSupportedEventType = 'Den oppgitte hendingstypen {0} er ikkje støtta.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Opplisting blir ikkje støtta';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Grensa for val er nådd';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinatparametrar kan ikkje brukast med konverteringstypetabell når tabellen inneheld samanslåtte celler.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Éin eller fleire av celleparametrane har verdiar som ikkje er tillatne. Dobbeltsjekk verdiane, og prøv på nytt.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Kan ikkje skrive til gjeldande utval.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Ugyldig nettadresse for ressurs spesifisert i manifestet.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Ei tilkopling gjekk tapt under påloggingsprosessen, og brukaren kan ikkje loggast på. Dette var sannsynlegvis på grunn av konfigurasjonsinnstillingane til nettlesaren til brukaren, for eksempel tryggleikssoner.';
Strings.OfficeOM.L_DisplayDialogError = 'Visingsdialogfeil';
Strings.OfficeOM.L_InvalidFormat = 'Feil om ugyldig format';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Handlinga mislukkast fordi dette tillegget allereie har ein aktiv dialog.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Eit nettverksproblem har forhindra henting av fila.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl-typen blir ikkje støtta.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'For å halde fram må du fjerne tilleggsprogrammet og legge til på nytt, eller oppdatere sida.';
Strings.OfficeOM.L_InvalidDataFormat = 'Formatet til det oppgitte dataobjektet er ugyldig.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Éin eller fleire av formatparametrane har verdiar som ikkje er tillatne. Dobbeltsjekk verdiane, og prøv på nytt.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Tilbakekall kan ikkje bli oppgitt både i argumentlista og i valfrie objekt.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Den oppgitte filtypen blir ikkje støtta.';
Strings.OfficeOM.L_InvalidBindingError = 'Feil om ugyldig binding';
Strings.OfficeOM.L_RequestTimeout = 'Det tok for lang tid å utføre kallet.';
Strings.OfficeOM.L_InvalidCoercion = 'Ugyldig konverteringstype';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Dei oppgitte startRow- eller startColumn-verdiane er ugyldige.';
Strings.OfficeOM.L_UnknownBindingType = 'Bindingstypen blir ikkje støtta.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Ugyldig bindingsoperasjon';
Strings.OfficeOM.L_ElementMissing =
  'Vi kan ikkje formatere tabellcella, fordi det manglar nokre parameterverdiar. Dobbeltsjekk parametrane, og prøv på nytt.';
Strings.OfficeOM.L_FormattingReminder = 'Formateringspåminning';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Førespurnaden vart mislukka med statuskoden {0}.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Fann fleire objekt med same namn.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Hendingshandsaminga kan ikkje bli registrert.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Ein eigenskap med dette namnet som representerer definisjonen av funksjonen, må finnast på Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorer';
Strings.OfficeOM.L_SelectionCannotBound = 'Kan ikkje binde til gjeldande utval.';
Strings.OfficeOM.L_NoCapability = 'Du har ikkje tilstrekkelege løyve for denne handlinga.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Identitetstypen for brukaren blir ikkje støtta.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Finn ikkje den oppgitte hendingshandsaminga for denne bindinga.';
Strings.OfficeOM.L_SettingsStaleError = 'Feil for forelda innstillingar';
Strings.OfficeOM.L_InternalError = 'Intern feil';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Kall closeAsync på den gjeldande fila før du hentar ei anna.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Radindeksverdien er utanfor det tillatne området. Bruk ein verdi (0 eller høgare) som er mindre enn talet på rader.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Dei oppgitte parametrane er i konflikt.';
Strings.OfficeOM.L_DataWriteReminder = 'Påminning om dataskriving';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Nettlesarrestriksjonar hindra oppretting av dialogboksen. Domenet til dialogboksen og domenet til verten for tilleggsprogrammet er ikkje i same tryggleikssone.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operasjonen mislukkast fordi dette tillegget allereie ber om ein tilgangstoken.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Den oppgitte dataobjekttypen blir ikkje støtta.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Førespurt nyttelaststorleik har overskride grensa. Referer til dokumentasjonen: «https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins».';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Identitets-API-en blir ikkje støtta for tillegget.';
