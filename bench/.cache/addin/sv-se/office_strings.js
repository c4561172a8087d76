Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_InvalidGrant = 'Förauktorisering saknas.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Den aktuella markeringen stöds inte.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Det gick inte att ta bort händelsehanteraren.';
Strings.OfficeOM.L_AppNameNotExist = 'Det finns inget tilläggsnamn för {0}.';
Strings.OfficeOM.L_InvalidCellsValue =
  'En eller flera av cellens parametrar har värden som inte är tillåtna. Kontrollera värdena och försök igen.';
Strings.OfficeOM.L_IndexOutOfRange = 'Index är utanför intervallet.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Det går inte att registrera händelsehanteraren.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'En egenskap med det här namnet som representerar funktionens definition måste finnas på Excel.CustomFunctions.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Ändringar av egenskapen {0} kan inte användas från en object.set-metod.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorera';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Markeringsgränsen har uppnåtts';
Strings.OfficeOM.L_InvalidGetColumns = 'De angivna kolumnerna är ogiltiga.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Programmet {0} finns inte. Microsoft.Office.WebExtension.initialize(reason) har inte anropats.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'En anslutning bröts under inloggningen och användaren kanske inte är inloggad. Detta berodde troligen på användarens webbläsarinställningar för t.ex. säkerhetszoner.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Ett eller flera av tabellAlternativens parameterar har värden som inte är tillåtna. Kontrollera värdena och försök igen.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl-typen stöds inte.';
Strings.OfficeOM.L_InvalidValue = 'Ogiltigt värde';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Genom att klicka på OK ger du {0} åtkomst till ditt innehåll och din personliga information. ';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Värdet för kolumnindex ligger utanför det tillåtna intervallet. Använd ett värde (0 eller högre) som är mindre än antalet kolumner.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Ogiltigt API-anrop i den aktuella kontexten.';
Strings.OfficeOM.L_FormattingReminder = 'Formateringspåminnelse';
Strings.OfficeOM.L_TooManyArguments = 'för många argument';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'De angivna värdena för startRow eller startColumn är ogiltiga.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Tillägget begär redan en åtkomsttoken.';
Strings.OfficeOM.L_InvalidBindingError = 'Fel med ogiltig bindning';
Strings.OfficeOM.L_SettingsCannotSave = 'Inställningarna kunde inte sparas.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Det här tillägget stöder inte användarmedgivande.';
Strings.OfficeOM.L_SetDataParametersConflict = 'De angivna parametrarna är i konflikt.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Storleken på begärd nyttolast har överskridit gränsen. Mer information finns i dokumentationen: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidDataObject = 'Ogiltigt dataobjekt';
Strings.OfficeOM.L_TooManyOptionalObjects = 'flera valfria objekt i parameterlistan';
Strings.OfficeOM.L_APICallFailed = 'API-anropet misslyckades';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Anropa closeAsync på den aktuella filen innan du hämtar en annan.';
Strings.OfficeOM.L_DataReadError = 'Dataläsningsfel';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Ta bort tillägget och Lägg till det igen, eller uppdatera sidan om du vill fortsätta.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Den begärda datauppsättningen är för stor.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel är i cellredigeringsläge. Avsluta redigeringsläget genom att trycka på RETUR eller TABB eller genom att markera en annan cell och sedan försöka igen.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Det går inte att fortsätta.';
Strings.OfficeOM.L_SSOClientError = 'Fel uppstod i autentiseringsbegäran från Office.';
Strings.OfficeOM.L_DisplayDialogError = 'Fel i dialogrutevisning';
Strings.OfficeOM.L_NetworkProblem = 'Nätverksproblem';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Användarens identitetstyp stöds inte.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Den eller de argument som överfördes till funktionen fungerar inte i den här situationen, saknas eller är inte i rätt format.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Data är inaktuella. Hämta objektet igen.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Valt innehåll måste vara i tabellformat. Formatera data som en tabell och försök igen.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Försöker att konfigurera den skrivskyddade egenskapen {0}.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Den här Office-sessionen använder inte en säker anslutning. Vi rekommenderar att du tar extra försiktighets åtgärder.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Åtgärden stöds inte för den här bindningstypen.';
Strings.OfficeOM.L_GetDataParametersConflict = 'De angivna parametrarna är i konflikt.';
Strings.OfficeOM.L_CancelButton = 'Avbryt';
Strings.OfficeOM.L_DataWriteError = 'Dataskrivningsfel';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Tillåt';
Strings.OfficeOM.L_CellDataAmountBeyondLimits = 'Obs! Det bör inte finnas fler än 20 000 celler i en tabell.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinatparametrar kan inte användas med konverteringstypen Tabell när tabellen innehåller sammanfogade celler.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Icke sammanhängande markeringar kan inte användas.';
Strings.OfficeOM.L_ActivityLimitReached = 'Aktivitetsgränsen har nåtts.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Ogiltiga indataargument.';
Strings.OfficeOM.L_MemoryLimit = 'Minnesbegränsningen överskreds';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Sessionen är ogiltig eller har upphört';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Ett nätverksproblem förhindrade hämtningen av filen.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Ett oväntat fel uppstod på servern.';
Strings.OfficeOM.L_NoCapability = 'Du har inte tillräcklig behörighet för den här åtgärden.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Motringning kan inte anges i både argumentlistan och valfria objekt.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Den angivna filtypen stöds inte.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Värdet för radindex ligger utanför det tillåtna intervallet. Använd ett värde (0 eller högre) som är mindre än antalet rader.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_DocumentReadOnly = 'Den begärda åtgärden tillåts inte för det aktuella dokumentläget.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Motringning måste vara av typen funktion, men var av typen {0}.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Värdet ligger utanför det tillåtna intervallet.';
Strings.OfficeOM.L_Timeout = 'Åtgärden överskred tidsgränsen.';
Strings.OfficeOM.L_InvalidSetRows = 'De angivna raderna är ogiltiga.';
Strings.OfficeOM.L_SSOConnectionLostError = 'En anslutning bröts under inloggningen.';
Strings.OfficeOM.L_InvalidCoercion = 'Ogiltig typkonvertering';
Strings.OfficeOM.L_ElementMissing =
  'Det gick inte att formatera tabellcellen eftersom vissa parametrar saknas. Kontrollera parametrarna och försök igen.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Obs! De formateringsuppsättningar som anges av ett anrop av formaterings-API:t bör vara under 100.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Den angivna åtgärden misslyckades eftersom det angivna dataobjektet skriver över eller flyttar data.';
Strings.OfficeOM.L_UserNotSignedIn = 'Ingen användare är inloggad i Office.';
Strings.OfficeOM.L_OperationNotSupported = 'Åtgärden stöds inte.';
Strings.OfficeOM.L_InvalidArgument =
  'Argumentet {0} fungerar inte för den här situationen, saknas eller har felaktigt format.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Det finns flera objekt med samma namn.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Säkerhetsinställningarna i din webbläsare hindrar oss från att skapa en dialogruta. Försök med en annan webbläsare eller {0} så att {1} och den domän som visas i adressfältet är i samma säkerhetszon.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL-adressen ingår inte i AppDomains-elementet i manifestet, och är inte under domänen för käll platsen.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Identitets-API stöds inte för detta tillägg.';
Strings.OfficeOM.L_RequestTimeout = 'Det tog för lång tid att köra samtalet.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Det går inte att använda objektet i flera olika begärankontexter.';
Strings.OfficeOM.L_SettingsAreStale = 'Det gick inte att spara inställningarna eftersom de är inaktuella.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metoden eller egenskapen {0} är en del av kravuppsättningen för {1}, som inte är tillgängligt i din version av {2}.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Det går inte att skriva till den aktuella markeringen.';
Strings.OfficeOM.L_HostError = 'Värdfel';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modulen lästes inte in innan token förvärvades';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Gör ett val.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Den begärda API:n stöds inte i den här webbläsaren.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Egenskapen {0} finns inte i objektet.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Skrivåtgärden stöds inte för Office när en modal dialogruta är öppen.';
Strings.OfficeOM.L_ConfirmDialog =
  'Domänen {0} fungerar som Microsoft Office och kan köra Office tillägg som kan komma åt dina personliga uppgifter. Om du litar på att domänen ska köras som Office och komma åt dina data klickar du på OK för att fortsätta.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'De angivna värdena för rowCount eller columnCount är ogiltiga.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Det angivna ID:t finns inte.';
Strings.OfficeOM.L_SettingsStaleError = 'Fel med inaktuella inställningar';
Strings.OfficeOM.L_BindingCreationError = 'Fel inträffade när bindningen skapades';
Strings.OfficeOM.L_PermissionDenied = 'Åtkomst nekad';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Det angivna dataobjektets typ är inte kompatibel med den aktuella markeringen.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Funktionsnamnet måste innehålla ett icke-tomt namnområde och ett icke-tomt kortnamn.';
Strings.OfficeOM.L_OperationCancelledError = 'Åtgärden avbröts';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Data är inte aktuella';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Begäran misslyckades med statuskod {0}, felkod {1} och följande felmeddelande: {2}';
Strings.OfficeOM.L_APINotSupported = 'API:n stöds inte';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath begränsar urvalet till 1024 artiklar.';
Strings.OfficeOM.L_SSOServerError = 'Fel uppstod i autentiseringsprovidern.';
Strings.OfficeOM.L_InvalidParameters = 'Funktionen {0} har ogiltiga parametrar.';
Strings.OfficeOM.L_InvalidFormatValue =
  'En eller flera av formatparametrarna har värden som inte är tillåtna. Kontrollera värdena och försök igen.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Åtgärden avbröts av användaren.';
Strings.OfficeOM.L_SaveSettingsError = 'Fel när inställningar sparades';
Strings.OfficeOM.L_UserClickIgnore = 'Användaren valde att ignorera dialogrutan.';
Strings.OfficeOM.L_BadSelectorString =
  'Strängen som skickades in i väljaren är felaktigt formaterad eller stöds inte.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objektet finns på en plats där navigering inte stöds.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Office-sessionen har upphört att gälla eller är ogiltig. Uppdatera sidan om du vill fortsätta.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Vänta tills det föregående samtalet har avslutats.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Den angivna noden hittades inte.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Ett ögonblick...';
Strings.OfficeOM.L_InvalidSetColumns = 'De angivna kolumnerna är ogiltiga.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Funktionen för att hämta kontext för autentisering saknas';
Strings.OfficeOM.L_InvalidGrantMessage = 'Behörighet saknas för detta tillägg.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} vill visa ett nytt fönster.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'flera valfria funktioner i parameterlistan';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Ogiltig resurs-URL har angetts i manifestet.';
Strings.OfficeOM.L_NotSupported = 'Funktionen {0} stöds inte.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Den angivna bindningstypen {0} kan inte användas.';
Strings.OfficeOM.L_DataWriteReminder = 'Påminnelse om dataskrivning';
Strings.OfficeOM.L_NotSupportedEventType = 'Den angivna händelsetypen {0} kan inte användas.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Åtgärden misslyckades eftersom tillägget redan begär en åtkomsttoken.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'De angivna kolumnerna är ogiltiga.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Begäran misslyckades med statuskod {0}.';
Strings.OfficeOM.L_InvalidNode = 'Ogiltig nod';
Strings.OfficeOM.L_SettingNameNotExist = 'Det angivna inställningsnamnet finns inte.';
Strings.OfficeOM.L_MissingRequiredArguments = 'saknar vissa obligatoriska argument';
Strings.OfficeOM.L_InvalidBinding = 'Ogiltig bindning';
Strings.OfficeOM.L_UnsupportedDataObject = 'Den angivna dataobjekttypen kan inte användas.';
Strings.OfficeOM.L_InValidOptionalArgument = 'ogiltigt argument som tillval';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Batchfunktionen som har överförts till metoden ".run" returnerade inte ett löfte. Funktionen måste returnera ett löfte så att automatiskt spårade objekt kan frisläppas när batchen slutförs. Normalt returnerar du ett löfte genom att returnera svaret från "context.sync()".';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP-protokollet stöds inte. Använd HTTPS i stället';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Den angivna segmentstorleken stöds inte.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Ett oväntat fel uppstod i klienten.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'En bindning kan inte skapas med den aktuella markeringen och den angivna bindningstypen.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Den aktuella markeringen är inte kompatibel med den angivna konverteringstypen.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Egenskapen med det här namnet på Excel.CustomFunctions som representerar funktionens definition måste innehålla en anropsegenskap som implementerar funktionen.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Det angivna dataobjektet är inte kompatibelt med bindningstypen.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Objektsökvägen {0} fungerar inte för det du försöker göra. Om du använder objektet i flera "context.sync"-anrop och utanför den sekventiella körningen av en ".run"-batch använder du metoderna "context.trackedObjects.add()" och "context.trackedObjects.remove()" för att hantera objektets livstid.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Funktionsnamnet får bara innehålla bokstäver, siffror, understreck och punkter.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Webbläsarbegränsningar hindrade oss från att skapa dialogrutan. Dialogrutans domän och domänen för tilläggsvärden är inte i samma säkerhetszon.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Egenskapen {0} är inte tillgänglig. Innan du läser egenskapens värde anropar du inläsningsmetoden för det innehållande objektet och anropar "context.sync()" för den associerade begärankontexten.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Åtgärden misslyckades eftersom dokumentet som innehåller det här tillägget är inaktivt.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Den angivna konverteringstypen är inte kompatibel med den här bindningstypen.';
Strings.OfficeOM.L_NotImplemented = 'Funktionen {0} är inte implementerad.';
Strings.OfficeOM.L_UnknownBindingType = 'Bindningstypen kan inte användas.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Användarens identitetstyp stöds inte.';
Strings.OfficeOM.L_ReadSettingsError = 'Fel när inställningar lästes';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Den angivna bindningstypen är inte kompatibel med det angivna namngivna objektet.';
Strings.OfficeOM.L_UserAbortedMessage = 'Användaren har inte godkänt behörigheterna för tillägget.';
Strings.OfficeOM.L_DataStale = 'Data är inte aktuella';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Det angivna dataobjektet matchar inte storleken på den aktuella markeringen.';
Strings.OfficeOM.L_InvalidGetRows = 'De angivna raderna är ogiltiga.';
Strings.OfficeOM.L_DialogNavigateError = 'Fel i dialogrutenavigering';
Strings.OfficeOM.L_NavOutOfBound = 'Åtgärden misslyckades eftersom indexet ligger utanför intervallet.';
Strings.OfficeOM.L_InternalError = 'Internt fel';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Åtgärden misslyckades eftersom det här tillägget redan har en aktiv modal dialogruta.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Ogiltig programresurs-URL har angetts.';
Strings.OfficeOM.L_ContinueButton = 'Fortsätt';
Strings.OfficeOM.L_InvalidBindingOperation = 'Ogiltig åtgärd för bindning';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Åtgärden misslyckades eftersom tillägget inte stöder användarmedgivande i den här kategorin';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Åtgärden misslyckades eftersom tillägget redan har en aktiv dialogruta.';
Strings.OfficeOM.L_InvalidFormat = 'Ogiltigt formatfel';
Strings.OfficeOM.L_NotTrustedWAC =
  'Det här tillägget har inaktiverats så att du kan hålla dig säker. Om du vill fortsätta använda tillägget verifierar du att det här objektet finns i en betrodd domän eller öppnar det i Office Desktop-appen.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinatparametrar kan inte användas med konverteringstypen Tabell när tabellen innehåller sammanfogade celler.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js har inte lästs in helt ännu. Försök igen senare eller lägg till din initieringskod för funktionen Office.initialize.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Det angivna dataobjektet är inte kompatibelt med den aktuella markeringens form och mått.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Den angivna konverteringstypen kan inte användas.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL-schemat stöds inte. Använd HTTPS i stället.';
Strings.OfficeOM.L_MissingParameter = 'Parameter saknas';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Den här API:n har begränsats för att sänka samtalsfrekvensen.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Den här uppräkningen stöds inte i det aktuella värdprogrammet.';
Strings.OfficeOM.L_UserAborted = 'Användaren avbröt begäran om godkännande.';
Strings.OfficeOM.L_OutOfRange = 'Utanför intervallet';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Du håller på att skicka och ta emot känslig information från {0}. Klicka bara på OK om du litar på att följande webbplats får känslig information: {1}.';
Strings.OfficeOM.L_BindingNotExist = 'Den angivna bindningen finns inte.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Det angivna dataobjektet är för stort.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'De angivna värdena för startRow eller startColumn är ogiltiga.';
Strings.OfficeOM.L_ShuttingDown = 'Åtgärden misslyckades eftersom data är inaktuella på servern.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Den angivna händelsehanteraren kan inte användas för den här bindningen.';
Strings.OfficeOM.L_InvalidDataFormat = 'Det angivna dataobjektets format är ogiltigt.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript-API-begäran misslyckades eftersom arbetsboken har dolts. Ta fram arbetsboken och försök igen.';
Strings.OfficeOM.L_NamedItemNotFound = 'Det namngivna objektet finns inte.';
Strings.OfficeOM.L_FunctionCallFailed = 'Funktionsanropet {0} misslyckades, felkod: {1}.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API stöds inte på den här plattformen.';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Åtgärden misslyckades eftersom det överordnade fönstret är minimerat.';
Strings.OfficeOM.L_SelectionCannotBound = 'Det går inte att binda till den aktuella markeringen.';
Strings.OfficeOM.L_InvalidAPICall = 'Ogiltigt API-anrop';
Strings.OfficeOM.L_CustomXmlError = 'Anpassat XML-fel.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Det gick inte att lägga till händelsehanteraren.';
Strings.OfficeOM.L_EventRegistrationError = 'Fel vid händelseregistrering';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Den angivna raden är tom.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Uppräkning stöds inte';
Strings.OfficeOM.L_ValueNotLoaded =
  'Värdet för ett resultatobjekt har inte lästs in ännu. Anropa "context.sync()" i den associerade begärandekontexten innan du läser värdeegenskapen.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Storleken på svarets nyttolast har överskridit gränsen. Mer information finns i dokumentationen: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigurera webbläsaren';
Strings.OfficeOM.L_InternalErrorDescription = 'Ett internt fel har uppstått.';
