Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Handlingen mislykkedes, fordi dette tilføjelsesprogram allerede har en aktiv dialogboks.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Det angivne dataobjekt understøttes ikke.';
Strings.OfficeOM.L_TooManyArguments = 'for mange argumenter';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigurer din browser';
Strings.OfficeOM.L_NotSupportedEventType = 'Den angivne hændelsestype {0} understøttes ikke.';
Strings.OfficeOM.L_InvalidSetColumns = 'De angivne kolonner er ugyldige.';
Strings.OfficeOM.L_Timeout = 'Handlingen fik timeout og er blevet afbrudt.';
Strings.OfficeOM.L_OutOfRange = 'Uden for intervallet';
Strings.OfficeOM.L_ElementMissing =
  'Vi kunne ikke formatere tabelcellen, fordi der mangler nogle parameterværdier. Dobbelttjek parametrene, og prøv igen.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Ugyldigt API-kald i den aktuelle kontekst.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Egenskaben \'{0}\' er ikke tilgængelig. Før du læser egenskabens værdi, skal du kalde indlæsningsmetoden på det indeholdende objekt og kalde "context.sync()" på den tilknyttede anmodningskontekst.';
Strings.OfficeOM.L_UnknownBindingType = 'Bindingstypen understøttes ikke.';
Strings.OfficeOM.L_InvalidParameters = 'Funktion {0} har ugyldige parametre.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Der er angivet en ugyldig URL-adresse for programressourcen.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Handlingen mislykkedes, fordi det dokument, der indeholder dette tilføjelsesprogram, er inaktivt.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'Denne API er blevet begrænset for at nedsætte opkaldshyppigheden.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Tillad';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Der kan ikke specificeres tilbagekald både i argumentlisten og i valgfrit objekt.';
Strings.OfficeOM.L_InvalidBinding = 'Ugyldig binding';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Størrelsen af anmodningsdata har overskredet grænsen. Se dokumentationen: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Markeret indhold skal være i tabelformat. Formatér dataene som en tabel, og prøv igen.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'De angivne kolonner er ugyldige.';
Strings.OfficeOM.L_GetDataParametersConflict = 'De angivne parametre er i konflikt.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modulet er ikke indlæst før et token er erhvervet';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Handlingen mislykkedes, fordi det overordnede vindue er minimeret.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Browserens begrænsninger forhindrede os i at oprette dialogboksen. Domænet for dialogboksen og domænet for tilføjelsesprogrammets vært er ikke i samme sikkerhedszone.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Typen for det angivne dataobjekt er ikke kompatibel med den aktuelle markering.';
Strings.OfficeOM.L_FunctionCallFailed = 'Kald til funktionen {0} mislykkedes, fejlkode: {1}.';
Strings.OfficeOM.L_UserAbortedMessage =
  'Brugeren har ikke givet samtykke til tilføjelsesprogramtilladelserne.';
Strings.OfficeOM.L_ActivityLimitReached = 'Aktivitetsgrænsen er nået.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Den angivne type tvangsforanstaltning er ikke kompatibel med denne bindingstype.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Ved at klikke på OK giver du {0} adgang til dit indhold og dine personlige oplysninger. ';
Strings.OfficeOM.L_OperationNotSupported = 'Handlingen understøttes ikke.';
Strings.OfficeOM.L_InvalidSetRows = 'De angivne rækker er ugyldige.';
Strings.OfficeOM.L_AppNameNotExist = 'Navnet på tilføjelsesprogrammet til {0} findes ikke.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Det eller de argumenter, der er overført til funktionen, fungerer ikke i denne situation, mangler eller har ikke det rigtige format.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Handlingen mislykkedes, fordi dette tilføjelsesprogram allerede har en aktiv modal dialogboks.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Brugeridentitetstypen understøttes ikke.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Anmodningen mislykkedes. Statuskode: {0}.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'flere valgfrie objekter på parameterliste';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Sikkerhedsindstillingerne i din browser forhindrer os i at oprette en dialogboks. Prøv en anden browser eller {0}, så "{1}" og det domæne, der vises i adresselinjen, er i samme sikkerhedszone.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'En eller flere af parametrene for TabelIndstillinger har værdier, som ikke er tilladt. Dobbelttjek værdierne, og prøv igen.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Tilbagekald skal være af typen funktion, men var af typen {0}.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Indstillingshandlingen mislykkedes, fordi det medfølgende dataobjekt vil overskrive eller skifte data.';
Strings.OfficeOM.L_NotImplemented = 'Funktion {0} er ikke implementeret.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Det angivne dataobjekt er ikke kompatibelt med bindingstypen.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Kolonneindeksværdien ligger uden for det tilladte interval. Brug en værdi (0 eller højere), som er lavere end antallet af kolonner.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Domænet for URL-adressen er ikke inkluderet i elementet AppDomains i manifestet, og det er ikke underdomænet for kildeplaceringen.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Handlingen understøttes ikke på denne bindingstype.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API-anmodning mislykkedes, da projektmappen blev skjult. Vis projektmappen, og prøv igen.';
Strings.OfficeOM.L_MissingRequiredArguments = 'en række obligatoriske argumenter mangler';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Den angivne node blev ikke fundet.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Den angivne filtype understøttes ikke.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel er i celleredigeringstilstand. Afslut redigeringstilstand ved at trykke på ENTER eller TAB eller ved at vælge en anden celle, og derefter prøve igen.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Funktionens navn skal indeholde et navneområde, der ikke er tomt, og et kort navn, der ikke er tomt.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Den angivne udsnitsstørrelse understøttes ikke.';
Strings.OfficeOM.L_SettingsAreStale = 'Indstillingerne kunne ikke gemmes, fordi de ikke er aktuelle.';
Strings.OfficeOM.L_ShuttingDown = 'Handlingen mislykkedes, fordi dataene ikke findes på serveren.';
Strings.OfficeOM.L_MissingParameter = 'Parameter mangler';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Størrelsen af svardata har overskredet grænsen. Se dokumentationen: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidGetColumns = 'De angivne kolonner er ugyldige.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Egenskaben med dette navn på Excel.Script.CustomFunctions, der repræsenterer funktionens definition, skal indeholde en "kald"-egenskab, der implementerer funktionen.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Ugyldig bindingshandling';
Strings.OfficeOM.L_BindingCreationError = 'Fejl ved oprettelse af binding';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Handlingen mislykkedes, fordi dette tilføjelsesprogram ikke understøtter brugersamtykke i denne kategori';
Strings.OfficeOM.L_SettingNameNotExist = 'Den angivne indstilling findes ikke.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Optællingen understøttes ikke i det aktuelle værtsprogram.';
Strings.OfficeOM.L_NotSupported = 'Funktionen {0} understøttes ikke.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Dataene er ikke aktuelle';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Denne browser understøtter ikke den anmodede API.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Objektet kan ikke bruges på tværs af forskellige anmodningskontekster.';
Strings.OfficeOM.L_CustomXmlError = 'Brugerdefineret XML-fejl.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Den angivne række er tom.';
Strings.OfficeOM.L_NetworkProblem = 'Netværksproblem';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinatparametre kan ikke bruges med tvangsforanstaltningen af typen Tabel, hvis tabellen indeholder flettede celler.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} vil vise et nyt vindue.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'De angivne værdier for wowCount eller columnCount er ugyldige.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Funktionen for at hente godkendelseinformation mangler';
Strings.OfficeOM.L_SettingsCannotSave = 'Indstillingerne kunne ikke gemmes.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP-protokollen understøttes ikke. Brug HTTPS i stedet';
Strings.OfficeOM.L_CancelButton = 'Annuller';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Hændelseshandleren blev ikke tilføjet.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Det angivne id findes ikke.';
Strings.OfficeOM.L_InvalidCoercion = 'Ugyldig type tvangsforanstaltning';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Den aktuelle markering er ikke kompatibel med den angivne type tvangsforanstaltning.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Vent, indtil det forrige opkald er fuldført.';
Strings.OfficeOM.L_InvalidResourceUrlMessage =
  'Der er angivet en ugyldig URL-adresse for ressourcen i manifestet.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Grænsen for valg er nået';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Handlingen mislykkedes, fordi dette tilføjelsesprogram allerede anmoder om en adgangstoken.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Kald closeAsync i den aktuelle fil, før du henter en anden.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Der opstod en uventet fejl i klienten.';
Strings.OfficeOM.L_UserNotSignedIn = 'Ingen bruger er logget på Office.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorer';
Strings.OfficeOM.L_InvalidArgument =
  "Argumentet '{0}' virker ikke i denne situation, det mangler, eller det har ikke det rigtige format.";
Strings.OfficeOM.L_DocumentReadOnly = 'Den ønskede handling er ikke tilladt i den aktuelle dokumenttilstand.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Session er ugyldig eller har fået timeout';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'De angivne værdier for startRow eller startColumn er ugyldige.';
Strings.OfficeOM.L_SaveSettingsError = 'Fejl ved lagring af indstillinger';
Strings.OfficeOM.L_EventRegistrationError = 'Fejl ved registrering af hændelse';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Foretag en markering.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Dette tilføjelsesprogram er blevet deaktiveret for at hjælpe dig med at holde dig sikker. Hvis du vil fortsætte med at bruge tilføjelsesprogrammet, skal du kontrollere, at dette element er placeret i et domæne, der er tillid til, eller åbne det i Office-app-appen.';
Strings.OfficeOM.L_FormattingReminder = 'Påmindelse om formatering';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Det angivne dataobjekt svarer ikke til størrelsen på den aktuelle markering.';
Strings.OfficeOM.L_NamedItemNotFound = 'Det navngivne element findes ikke.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Din Office-session er udløbet eller ugyldig. Opdater siden for at fortsætte.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'De angivne værdier for startRow eller startColumn er ugyldige.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Programmet {0} findes ikke. Microsoft.Office.WebExtension.initialize(reason) er ikke kaldt.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Skrivehandling understøttes ikke af Office, når en modal dialogboks er åben.';
Strings.OfficeOM.L_InternalErrorDescription = 'Der opstod en intern fejl.';
Strings.OfficeOM.L_BindingNotExist = 'Den angivne binding findes ikke.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Bemærk! Det foreslås, at antallet af formateringssæt, der er angivet af et Formatting API-kald, er under 100.';
Strings.OfficeOM.L_InvalidCellsValue =
  'En eller flere af parametrene i cellerne har værdier, som ikke er tilladt. Dobbelttjek værdierne, og prøv igen.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Der opstod en uventet fejl på serveren.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Den aktuelle markering understøttes ikke.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken =
  'Tilføjelsesprogrammet anmoder allerede om en adgangstoken.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Et netværksproblem har forhindret hentning af filen.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath begrænser valget til 1.024 elementer.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Den angivne hændelseshandler blev ikke fundet for denne binding.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API understøttes ikke på denne platform.';
Strings.OfficeOM.L_DataWriteReminder = 'Påmindelse om dataskrivning';
Strings.OfficeOM.L_SelectionCannotBound = 'Den aktuelle markering kan ikke bindes.';
Strings.OfficeOM.L_RequestTimeout = 'Opkaldet tog for lang tid at udføre.';
Strings.OfficeOM.L_BadSelectorString =
  'Den streng, der er overført til vælgeren, er formateret forkert eller understøttes ikke.';
Strings.OfficeOM.L_APICallFailed = 'API-kald mislykkedes';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Ændringer i egenskaben "{0}" kan ikke anvendes gennem en "object.set"-metode.';
Strings.OfficeOM.L_SSOConnectionLostError = 'En forbindelse blev afbrudt under logonprocessen.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Dataene er forældede. Hent objektet igen.';
Strings.OfficeOM.L_InvalidFormatValue =
  'En eller flere af formatparametrene har værdier, som ikke er tilladt. Dobbelttjek værdierne, og prøv igen.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Rækkeindeksværdien ligger uden for det tilladte interval. Brug en værdi (0 eller højere), som er lavere end antallet af rækker.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Det angivne dataobjekt er for stort.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinatparametre kan ikke bruges med tvangsforanstaltningen af typen Tabel, hvis tabellen indeholder flettede celler.';
Strings.OfficeOM.L_ReadSettingsError = 'Fejl ved læsning af indstillinger';
Strings.OfficeOM.L_DisplayDialogError = 'Få vist fejl i dialogboksen';
Strings.OfficeOM.L_InvalidDataFormat = 'Formatet for det angivne dataobjekt er ugyldigt.';
Strings.OfficeOM.L_InValidOptionalArgument = 'ugyldigt valgfrit argument';
Strings.OfficeOM.L_HostError = 'Værtsfejl';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Bemærk! Det foreslås, at antallet af celler i en tabel er under 20.000 celler.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metoden eller egenskaben {0} er del af det {1}-sæt af krav, som ikke er tilgængeligt i din version af {2}.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Hændelseshandleren kan ikke registreres.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Du er ved at sende og modtage potentielt følsomme oplysninger fra {0}. Klik kun på OK, hvis du har tillid til, at følgende websted modtager følsomme oplysninger: {1}.';
Strings.OfficeOM.L_ContinueButton = 'Fortsæt';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js er endnu ikke fuldt indlæst. Prøv igen senere, eller sørg for at tilføje din initialiseringskode i funktionen Office.initialize.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Ugyldige inputargumenter.';
Strings.OfficeOM.L_InvalidValue = 'Ugyldig værdi';
Strings.OfficeOM.L_ConfirmDialog =
  'Domænet {0} fungerer som Microsoft Office og kan køre Office tilføjelsesprogrammer, som kan få adgang til dine personlige oplysninger. Hvis du har tillid til, at domænet kører som Office og f��r adgang til dine data, skal du klikke på OK for at fortsætte.';
Strings.OfficeOM.L_SettingsStaleError = 'Fejl pga. forældede indstillinger';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Typen OsfControl understøttes ikke.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Stien til objektet \'{0}\' fungerer ikke for det, du forsøger at gøre. Hvis du bruger objektet på tværs af flere "context.sync"-kald og uden for den sekventielle udførelsen af et ".run" batch, skal du bruge metoderne "context.trackedObjects.add()" og "context.trackedObjects.remove()" til at administrere objektets levetid.';
Strings.OfficeOM.L_MemoryLimit = 'Hukommelsesgrænsen er overskredet';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Ikke-understøttet optælling';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Dette tilføjelsesprogram understøtter ikke brugersamtykke.';
Strings.OfficeOM.L_InvalidBindingError = 'Ugyldig bindingsfejl';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeks er uden for område.';
Strings.OfficeOM.L_InvalidGetRows = 'De angivne rækker er ugyldige.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Værdien af resultatobjektet er endnu ikke indlæst. Før du læser værdiegenskaben, skal du kalde "context.sync()" i den tilknyttede anmodningskontekst.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Den batchfunktion, der blev videresendt til ".run"-metoden, returnerede ikke et tilsagn. Funktionen skal returnere et tilsagn, så de automatisk registrerede objekter kan frigives, når batchhandlingen er fuldført. Normalt kan du returnere et tilsagn ved at returnere svaret fra "context.sync()".';
Strings.OfficeOM.L_OperationCancelledError = 'Handlingen blev annulleret';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Der er fundet flere objekter med samme navn.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Den angivne type tvangsforanstaltning understøttes ikke.';
Strings.OfficeOM.L_SetDataParametersConflict = 'De angivne parametre er i konflikt.';
Strings.OfficeOM.L_UserClickIgnore = 'Brugeren valgte at ignorere dialogboksen.';
Strings.OfficeOM.L_InvalidNode = 'Ugyldig node';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Id-API understøttes ikke for dette tilføjelsesprogram.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Hvis du vil fortsætte, skal du fjerne tilføjelsesprogrammet og tilføje det igen eller opdatere siden.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Hændelseshandleren blev ikke fjernet.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Vent et øjeblik...';
Strings.OfficeOM.L_DataReadError = 'Fejl i læsning af data';
Strings.OfficeOM.L_TooManyOptionalFunction = 'flere valgfrie funktioner på parameterliste';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Værdien er uden for det tilladte interval.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Identitetstypen for brugeren understøttes ikke.';
Strings.OfficeOM.L_PermissionDenied = 'Tilladelse nægtet';
Strings.OfficeOM.L_InternalError = 'Intern fejl';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Ikke-sammenhængende markeringer understøttes ikke.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Egenskaben "{0}" findes ikke på objektet.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Manglende tilskud til dette tilføjelsesprogram.';
Strings.OfficeOM.L_SSOServerError = 'Der opstod en fejl i godkendelsesprovideren.';
Strings.OfficeOM.L_InvalidFormat = 'Ugyldigt format-fejl';
Strings.OfficeOM.L_DataWriteError = 'Fejl i skrivning af data';
Strings.OfficeOM.L_InvalidGrant = 'Forhåndsgodkendelse mangler.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Beklager, vi kan ikke fortsætte.';
Strings.OfficeOM.L_InvalidDataObject = 'Ugyldigt dataobjekt';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Det anmodede datasæt er for stort.';
Strings.OfficeOM.L_DataStale = 'Data er ikke aktuelle';
Strings.OfficeOM.L_InvalidAPICall = 'Ugyldigt API-kald';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Handlingen blev annulleret af brugeren.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Det angivne dataobjekt er ikke kompatibelt med figuren eller målene i den aktuelle markering.';
Strings.OfficeOM.L_NoCapability = 'Du har ikke tilstrækkelige rettigheder til at udføre denne handling.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Der kan ikke skrives til det aktuelle valg.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Denne Office-session bruger ikke en sikker forbindelse. Vi anbefaler, at du tager ekstra forholdsregler.';
Strings.OfficeOM.L_NavOutOfBound = 'Handlingen mislykkedes, fordi indekset er uden for området.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objektet er placeret et sted, hvor navigation ikke understøttes.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Forsøger at indstille den skrivebeskyttede egenskab "{0}".';
Strings.OfficeOM.L_DialogNavigateError = 'Fejl i dialogboksen Navigation';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Der kan ikke oprettes en binding med den aktuelle markering og den angivne bindingstype.';
Strings.OfficeOM.L_SSOClientError = 'Der opstod en fejl i anmodningen om godkendelse fra Office.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Funktionens navn må kun indeholde bogstaver, tal, understregningstegn og punktummer.';
Strings.OfficeOM.L_APINotSupported = 'API understøttes ikke';
Strings.OfficeOM.L_UserAborted = 'Brugeren afbrød samtykkeanmodningen.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Anmodningen mislykkedes med statuskoden {0}, fejlkoden {1} og følgende fejlmeddelelse: {2}';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'En egenskab med dette navn, der repræsenterer funktionens definition, skal findes på Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Den angivne bindingstype er ikke kompatibel med det navngivne element. ';
Strings.OfficeOM.L_NotSupportedBindingType = 'Den angivne bindingstype {0} understøttes ikke.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'En forbindelse blev afbrudt under logonprocessen, og brugeren er muligvis ikke logget på. Det var sandsynligvis på grund af brugerens browserindstillinger, såsom sikkerhedszoner.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL-skema understøttes ikke. Brug HTTPS i stedet.';
