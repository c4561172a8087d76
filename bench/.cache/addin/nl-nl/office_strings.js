Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_RowIndexOutOfRange =
  'De rij-indexwaarde ligt buiten het toegestane bereik. Gebruik een waarde (0 of hoger) die lager is dan het aantal rijen.';
Strings.OfficeOM.L_SaveSettingsError = 'Fout bij instellingen opslaan';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Er is een onverwachte fout opgetreden in de client.';
Strings.OfficeOM.L_MemoryLimit = 'Geheugenlimiet is overschreden';
Strings.OfficeOM.L_UserClickIgnore = 'De gebruiker heeft het dialoogvenster genegeerd.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Opmerking: het is raadzaam minder dan 20.000 cellen in een tabel te gebruiken.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Terugbellen moet van het type functie is van het type {0}.';
Strings.OfficeOM.L_InvalidSSOAddinMessage =
  'De API voor identiteit wordt niet ondersteund voor deze invoegtoepassing.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Ongeldige bindende werking';
Strings.OfficeOM.L_InvalidResourceUrl = 'Er is een ongeldige bron-URL voor de toepassing opgegeven.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'De bewerking is mislukt omdat er al een toegangstoken is aangevraagd voor deze invoegtoepassing.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'De opgegeven startRow- of startColumn-waarden zijn ongeldig.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Negeren';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'De gebeurtenis-handler verwijderen is mislukt.';
Strings.OfficeOM.L_InvalidGetColumns = 'De opgegeven kolommen zijn ongeldig.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel is in de celbewerkingsmodus. Sluit de bewerkingsmodus door op ENTER of TAB te drukken of een andere cel te selecteren. Probeer het vervolgens opnieuw.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'De instelbewerking is mislukt omdat met het opgegeven gegevensobject gegevens worden overschreven of verschuiven.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Deze invoegtoepassing biedt geen ondersteuning voor toestemming van de gebruiker.';
Strings.OfficeOM.L_ConfirmDialog =
  'Het domein {0} fungeert als Microsoft Office en kan Office invoegtoepassingen uitvoeren die mogelijk toegang hebben tot uw persoonlijke gegevens. Als u het domein vertrouwt om als Office uit te voeren en toegang te krijgen tot uw gegevens, klikt u op OK om door te gaan.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'De opgegeven startRow- of startColumn-waarden zijn ongeldig.';
Strings.OfficeOM.L_APINotSupported = 'API wordt niet ondersteund';
Strings.OfficeOM.L_ReadSettingsError = 'Fout bij het lezen instellingen';
Strings.OfficeOM.L_InvalidObjectPath =
  "Het objectpad {0} werkt niet voor wat u wilt doen. Als u het object gebruikt in combinatie met meerdere aanroepen van context.sync en buiten de sequentiële uitvoering van een batch '.run', gebruikt u de methoden context.trackedObjects.add() en context.trackedObjects.remove() voor het beheren van de levensduur van het object.";
Strings.OfficeOM.L_DataWriteError = 'Fout bij het schrijven van gegevens';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'De functienaam moet een niet-lege naamruimte en een niet-lege korte naam bevatten.';
Strings.OfficeOM.L_SettingsCannotSave = 'De instellingen kunnen niet worden opgeslagen.';
Strings.OfficeOM.L_SettingsAreStale = 'Instellingen kunnen niet worden opgeslagen omdat ze verouderd zijn.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Als u wilt doorgaan, verwijdert u de invoegtoepassing en voegt u deze opnieuw toe of vernieuwt u de pagina.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Selectielimiet bereikt';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'De grootte van de nettolading van het antwoord overschrijdt de limiet. Raadpleeg de documentatie: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidGrantMessage = 'Toestemming voor deze invoegtoepassing ontbreekt.';
Strings.OfficeOM.L_DialogInvalidScheme =
  'Het URL-schema wordt niet ondersteund. Gebruik in plaats hiervan HTTPS.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Er kan niet worden doorgegaan.';
Strings.OfficeOM.L_InvalidDataObject = 'Ongeldige gegevensobject';
Strings.OfficeOM.L_InvalidDataFormat = 'De indeling van het opgegeven gegevensobject is ongeldig.';
Strings.OfficeOM.L_InvalidGrant = 'Verificatie vooraf ontbreekt.';
Strings.OfficeOM.L_InvalidFormat = 'Fout: ongeldige indeling';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Maak een selectie.';
Strings.OfficeOM.L_DataWriteReminder = 'Herinnering voor gegevens schrijven';
Strings.OfficeOM.L_DataReadError = 'Fout bij het lezen van gegevens';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'De huidige selectie is niet compatibel met het opgegeven forceringstype.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'De gegevens zijn verouderd. Haal het object opnieuw op.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Niet-aaneengesloten selecties worden niet ondersteund.';
Strings.OfficeOM.L_CancelButton = 'Annuleren';
Strings.OfficeOM.L_CannotRegisterEvent = 'De gebeurtenis-handler kan niet worden geregistreerd.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl type wordt niet ondersteund.';
Strings.OfficeOM.L_ActivityLimitReached = 'Activiteitenlimiet is bereikt.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'De aanvraag is mislukt met statuscode {0}, foutcode {1} en het volgende foutbericht: {2}';
Strings.OfficeOM.L_InvalidBinding = 'Ongeldige Binding';
Strings.OfficeOM.L_InvalidCellsValue =
  'Een of meer celparameters hebben een waarde die niet is toegestaan. Controleer de waarden en probeer het opnieuw.';
Strings.OfficeOM.L_InternalError = 'Interne fout';
Strings.OfficeOM.L_InvalidValue = 'Ongeldige waarde';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Roep closeAsync op het huidige bestand aan voordat u een ander bestand ophaalt.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Het type van de opgegeven binding {0} wordt niet ondersteund.';
Strings.OfficeOM.L_ValueNotLoaded =
  'De waarde van het resultaatobject is nog niet geladen. Roep context.sync() in de context van de bijbehorende aanvraag aan voordat u de waarde-eigenschap leest.';
Strings.OfficeOM.L_DataStale = 'De gegevens zijn niet actueel';
Strings.OfficeOM.L_NetworkProblemRetrieveFile =
  'Een netwerkprobleem heeft het ophalen van het bestand verhinderd.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Ongeldige invoerargumenten.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Eigenschap {0} bestaat niet voor het object.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Het opgegeven gegevensobject is niet compatibel met de vorm of de afmetingen van de huidige selectie.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Terugbellen worden niet in de lijst met argumenten en optioneel object opgegeven.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Er kan geen dialoogvenster worden gemaakt vanwege de beveiligingsinstellingen in de browser. Gebruik een andere browser of {0} zodat {1} en het domein dat wordt weergegeven in de adresbalk, zich in dezelfde beveiligingszone bevinden.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Er wordt geprobeerd om de alleen-lezeneigenschap {0} in te stellen.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Coördinaatparameters mogen niet worden gebruikt in een tabel met forceringstypen wanneer de tabel samengevoegde cellen bevat.';
Strings.OfficeOM.L_BadSelectorString =
  'De tekenreeks doorgegeven in de kiezer is onjuist opgemaakt of niet ondersteund.';
Strings.OfficeOM.L_NoCapability = 'U hebt onvoldoende machtigingen voor deze actie.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage =
  'Het identiteitstype van de gebruiker wordt niet ondersteund.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'De opgegeven gebeurtenis-handler voor deze binding is niet gevonden.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'De gevraagde gegevensset is te groot.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'De waarde ligt buiten het toegestane bereik.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'De batchfunctie die is doorgegeven aan de .run-methode, heeft geen promise geretourneerd. De functie moet een promise retourneren, zodat alle automatisch bijgehouden objecten bij de voltooiing van de batch kunnen worden vrijgegeven. Normaal gesproken retourneert u een promise door de reactie van context.sync() te retourneren.';
Strings.OfficeOM.L_InvalidSetRows = 'De opgegeven rijen zijn ongeldig.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'De opgegeven id bestaat niet.';
Strings.OfficeOM.L_InvalidNode = 'Ongeldige knooppunt';
Strings.OfficeOM.L_NotImplemented = 'Functie {0} is niet geïmplementeerd.';
Strings.OfficeOM.L_TooManyArguments = 'te veel argumenten';
Strings.OfficeOM.L_NotSupportedEventType =
  'Het type van de opgegeven gebeurtenis {0} wordt niet ondersteund.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Het opgegeven gegevensobject is te groot.';
Strings.OfficeOM.L_ElementMissing =
  'De tabelcel kan niet worden opgemaakt omdat sommige parameterwaarden ontbreken. Controleer de parameters en probeer het opnieuw.';
Strings.OfficeOM.L_SelectionCannotBound = 'Kan niet binden aan de huidige selectie.';
Strings.OfficeOM.L_NamedItemNotFound = 'Het benoemde item bestaat niet.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Het opgegeven forceringstype is niet compatibel met dit bindingstype.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'Met XPath wordt de selectie beperkt tot 1024 items.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Tijdens het aanmeldproces is een verbinding verbroken.';
Strings.OfficeOM.L_FunctionCallFailed = 'Aanroepen van functie {0} is mislukt, foutcode: {1}.';
Strings.OfficeOM.L_InvalidBindingError = 'Ongeldige bindende fout';
Strings.OfficeOM.L_DialogNavigateError = 'Fout bij het navigeren naar het dialoogvenster';
Strings.OfficeOM.L_DialogRequireHTTPS =
  'Het HTTP-protocol wordt niet ondersteund. Gebruik in plaats hiervan HTTPS.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Er is een conflict tussen de opgegeven parameters.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js is nog niet volledig geladen. Probeer het later opnieuw of zorg ervoor dat uw initialisatiecode is toegevoegd aan de functie Office.initialize.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Er is een conflict tussen de opgegeven parameters.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Een of meer opmaakparameters hebben een waarde die niet is toegestaan. Controleer de waarden en probeer het opnieuw.';
Strings.OfficeOM.L_DocumentIsInactive =
  'De bewerking is mislukt omdat het document met deze invoegtoepassing inactief is.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Er kan geen dialoogvenster worden gemaakt vanwege beperkingen van de browser. Het domein van het dialoogvenster en het domein van de invoegtoepassingshost bevinden zich niet in dezelfde beveiligingszone.';
Strings.OfficeOM.L_NavOutOfBound = 'De bewerking is mislukt omdat de index buiten bereik is.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Gegevens zijn niet actueel';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Schrijfbewerking wordt niet ondersteund in Office wanneer een modaal dialoogvenster is geopend.';
Strings.OfficeOM.L_CustomXmlError = 'Aangepaste XML-fout.';
Strings.OfficeOM.L_InvalidParameters = 'Functie {0} heeft ongeldige parameters.';
Strings.OfficeOM.L_EventRegistrationError = 'Gebeurtenis Fout';
Strings.OfficeOM.L_InternalErrorDescription = 'Er is een interne fout opgetreden.';
Strings.OfficeOM.L_IndexOutOfRange = 'Index buiten bereik.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Wijzigingen in eigenschap {0} kunnen niet worden toegepast via de methode object.set.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'De opgegeven kolommen zijn ongeldig.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Deze Office-sessie maakt geen gebruik van een beveiligde verbinding. U wordt aangeraden extra voorzorgsmaatregelen te nemen.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Ongeldige API-aanroep in de huidige context.';
Strings.OfficeOM.L_CannotNavigateTo =
  'Het object bevindt zich op een plaats waar navigatie niet wordt ondersteund.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'De module is niet vooraf geladen haal een token op';
Strings.OfficeOM.L_CannotWriteToSelection = 'Kan niet schrijven naar de huidige selectie.';
Strings.OfficeOM.L_Timeout = 'Er is een time-out opgetreden voor de bewerking.';
Strings.OfficeOM.L_PermissionDenied = 'Toestemming geweigerd';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'De opgegeven rij is leeg.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Geselecteerde inhoud moet een tabelindeling hebben. Maak de gegevens op als een tabel en probeer het opnieuw.';
Strings.OfficeOM.L_SettingNameNotExist = 'De opgegeven instellingsnaam bestaat niet.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Een ogenblik geduld...';
Strings.OfficeOM.L_BindingNotExist = 'De opgegeven binding bestaat niet.';
Strings.OfficeOM.L_HostError = 'Host-fout';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'browser configureren';
Strings.OfficeOM.L_SettingsStaleError = 'Instellingen verlopen fout';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Een of meer tableOptions-parameters hebben een waarde die niet is toegestaan. Controleer de waarden en probeer het opnieuw.';
Strings.OfficeOM.L_OutOfRange = 'Buiten bereik';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Het type van het opgegeven gegevensobject is niet compatibel met de huidige selectie.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'U staat op het staat om mogelijk gevoelige informatie van {0} te verzenden en te ontvangen. Klik alleen op OK als u de volgende website vertrouwt die de gevoelige informatie ontvangt: {1}.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Er zijn meerdere objecten met dezelfde naam gevonden.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'De huidige selectie wordt niet ondersteund.';
Strings.OfficeOM.L_DocumentReadOnly =
  'De aangevraagde bewerking is niet toegestaan in de huidige documentmodus.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Uw Office-sessie is verlopen of is ongeldig. Vernieuw de pagina om door te gaan.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Het opgegeven bestandstype wordt niet ondersteund.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Deze browser biedt geen ondersteuning voor de aangevraagde API.';
Strings.OfficeOM.L_ContinueButton = 'Doorgaan';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Er moet een eigenschap met deze naam voorkomen in Excel.Script.CustomFunctions die de definitie van de functie vertegenwoordigd.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'De grootte van de nettolading van de aanvraag overschrijdt de limiet. Raadpleeg de documentatie: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_TooManyOptionalFunction = 'meerdere optionele functies in de lijst met parameters';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'De bewerking is mislukt omdat deze invoegtoepassing geen ondersteuning biedt voor toestemming van de gebruiker in deze categorie';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Opmerking: het is raadzaam het aantal opmaaksets dat door een opmaak-API-aanroep wordt ingesteld, onder de 100 te houden.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Type gebruikersidentiteit wordt niet ondersteund.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Er is een onverwachte fout opgetreden op de server.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken =
  'Er is al een toegangstoken aangevraagd voor deze invoegtoepassing.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Toestaan';
Strings.OfficeOM.L_UserAborted = 'Gebruiker heeft de toestemmingsaanvraag afgebroken.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "De eigenschap met deze naam in Excel.CustomFunctions die de definitie van de functie vertegenwoordigt, moet een eigenschap 'call' bevatten waarmee de functie wordt geïmplementeerd.";
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'De opsomming wordt niet ondersteund in de huidige hosttoepassing.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'De opgegeven segmentgrootte wordt niet ondersteund.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Als u op OK klikt, geeft u {0} toegang tot uw inhoud en persoonlijke gegevens. ';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Het domein van de URL is niet opgenomen in het AppDomains element in het manifest en is geen subdomein van de bronlocatie.';
Strings.OfficeOM.L_InValidOptionalArgument = 'ongeldig optioneel argument';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Coördinaatparameters mogen niet worden gebruikt in een tabel met forceringstypen wanneer de tabel samengevoegde cellen bevat.';
Strings.OfficeOM.L_InvalidCoercion = 'Ongeldig forceringstype';
Strings.OfficeOM.L_OperationNotSupported = 'De bewerking wordt niet ondersteund.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Kan de gebeurtenis-handler toevoegen.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Deze API is vertraagd om de oproepfrequentie te vertragen.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Ongeldige sessie of sessie met time-out';
Strings.OfficeOM.L_ShuttingDown = 'De bewerking is mislukt omdat de gegevens verouderd zijn op de server.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'De methode of eigenschap {0} maakt deel uit van de ingestelde vereiste {1} die niet beschikbaar is in uw versie van {2}.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'De bewerking is mislukt omdat deze invoegtoepassing al een actief modaal dialoogvenster heeft.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'De bewerking is mislukt omdat deze invoegtoepassing al een actief dialoogvenster heeft.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'De bewerking wordt niet ondersteund voor dit bindingstype.';
Strings.OfficeOM.L_MissingRequiredArguments = 'Sommige argumenten ontbreekt';
Strings.OfficeOM.L_InvalidGetRows = 'De opgegeven rijen zijn ongeldig.';
Strings.OfficeOM.L_FormattingReminder = 'Herinnering voor opmaak';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'De kolomindexwaarde ligt buiten het toegestane bereik. Gebruik een waarde (0 of hoger) die kleiner is dan het aantal kolommen.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'De functie voor verificatie van context ontbreekt';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'De bewerking is geannuleerd door de gebruiker.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'De opgegeven rowCount- of columnCount-waarden zijn ongeldig.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Wacht tot de vorige aanroep is voltooid.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Er is een ongeldige bron-URL opgegeven in het manifest.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'meerdere optionele objecten in de lijst met parameters';
Strings.OfficeOM.L_OperationCancelledError = 'Bewerking is geannuleerd';
Strings.OfficeOM.L_SSOServerError = 'Er is een fout opgetreden in de verificatieprovider.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Het opgegeven gegevensobject is niet compatibel met het bindingstype.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'De eigenschap {0} is niet beschikbaar. Voordat u de waarde van de eigenschap leest, roept u de laadmethode aan in het containerobject en context.sync() in de bijbehorende aanvraagcontext.';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'De bewerking is mislukt omdat het bovenliggende venster is geminimaliseerd.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Er kan geen binding worden gemaakt met de huidige selectie en het opgegeven bindingstype.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Kan het object niet gebruiken in combinatie met verschillende aanvraagcontexten.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Het opgegeven gegevensobject komt niet overeen met de grootte van de huidige selectie.';
Strings.OfficeOM.L_BindingCreationError = 'Fout bij het maken van binding';
Strings.OfficeOM.L_InvalidSetColumns = 'De opgegeven kolommen zijn ongeldig.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API wordt niet ondersteund op dit platform.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'De aanvraag van de JavaScript-API is mislukt omdat de werkmap is verborgen. De werkmap zichtbaar maken en probeer het opnieuw.';
Strings.OfficeOM.L_ShowWindowDialogNotification = 'Er wordt een nieuw venster geopend in {0}.';
Strings.OfficeOM.L_UserAbortedMessage =
  'De gebruiker heeft geen toestemming gegeven voor de machtigingen voor de invoegtoepassing.';
Strings.OfficeOM.L_AppNameNotExist = 'Naam van invoegtoepassing voor {0} bestaat niet.';
Strings.OfficeOM.L_DisplayDialogError = 'Fout bij het weergeven van het dialoogvenster';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Tijdens het aanmeldproces is een verbinding verbroken en de gebruiker is mogelijk niet aangemeld. Dit is waarschijnlijk vanwege de configuratie-instellingen van de browser van de gebruiker, zoals beveiligingszones.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Toepassing {0} bestaat niet. Microsoft.Office.WebExtension.Initialize(Reason) niet wordt aangeroepen.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Het opgegeven knooppunt is niet gevonden.';
Strings.OfficeOM.L_NotSupported = 'Functie {0} wordt niet ondersteund.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'De argumenten die zijn doorgegeven aan de functie, werken niet voor deze situatie, ontbreken of hebben niet de juiste indeling.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'De functienaam mag alleen letters, cijfers, onderstrepingstekens en punten bevatten.';
Strings.OfficeOM.L_InvalidAPICall = 'Ongeldige API-aanroep';
Strings.OfficeOM.L_APICallFailed = 'API-aanroep mislukt';
Strings.OfficeOM.L_InvalidArgument =
  'Het argument {0} werkt niet voor deze situatie, ontbreekt of heeft niet de juiste indeling.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Het opgegeven bindingstype is niet compatibel met het opgegeven benoemde item.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Niet-ondersteunde (opsomming)';
Strings.OfficeOM.L_RequestTimeout = 'Het gesprek duurde te lang om uit te voeren.';
Strings.OfficeOM.L_UserNotSignedIn = 'Er is geen gebruiker aangemeld bij Office.';
Strings.OfficeOM.L_MissingParameter = 'Ontbrekende parameter';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Het opgegeven forceringstype wordt niet ondersteund.';
Strings.OfficeOM.L_SSOClientError = 'Er is een fout opgetreden in de verificatieaanvraag van Office.';
Strings.OfficeOM.L_NetworkProblem = 'Netwerkprobleem';
Strings.OfficeOM.L_UnknownBindingType = 'Het bindingstype wordt niet ondersteund.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Het opgegeven type gegevensobject wordt niet ondersteund.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Deze invoegtoepassing is uitgeschakeld om u te helpen uw veiligheid te beschermen. Als u de invoegtoepassing wilt blijven gebruiken, controleert u of dit item wordt gehost in een vertrouwd domein of opent in de Office Desktop-app.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'De aanvraag is mislukt met statuscode {0}.';
