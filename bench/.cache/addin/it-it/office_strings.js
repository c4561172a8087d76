Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API non supportata in questa piattaforma.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Non è possibile continuare.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  "Non è possibile specificare callback nell'elenco di argomenti e nell'oggetto facoltativo.";
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Il nome della funzione può contenere solo lettere, cifre, caratteri di sottolineatura e punti.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'Il limite per la selezione di XPath è di 1024 elementi.';
Strings.OfficeOM.L_InvalidRequestContext =
  "Non è possibile usare l'oggetto in contesti di richiesta diversi.";
Strings.OfficeOM.L_InvalidApiCallInContext = 'Chiamata API non valida nel contesto corrente.';
Strings.OfficeOM.L_FormattingReminder = 'Promemoria di formattazione';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken =
  'Il componente aggiuntivo sta già richiedendo un token di accesso.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  "L'oggetto dati specificato non è compatibile con il tipo di associazione.";
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Non è possibile usare i parametri delle coordinate con il tipo di coercizione Tabella quando la tabella contiene celle unite.';
Strings.OfficeOM.L_OperationNotSupported = "L'operazione non è supportata.";
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  "Le restrizioni del browser hanno impedito la creazione della finestra di dialogo. Il dominio della finestra di dialogo e quello dell'host dei componenti aggiuntivi non si trovano nella stessa area di sicurezza.";
Strings.OfficeOM.L_InvalidResourceUrl = "URL di risorse dell'applicazione non valido specificato.";
Strings.OfficeOM.L_SSOClientErrorMessage = 'Si è verificato un errore imprevisto nel client.';
Strings.OfficeOM.L_SettingsCannotSave = 'Non è possibile salvare le impostazioni.';
Strings.OfficeOM.L_BadSelectorString =
  'La stringa passata nel selettore non è correttamente formattata o non è supportata.';
Strings.OfficeOM.L_InvalidBinding = 'Associazione non valida';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Non è possibile rimuovere il gestore eventi.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'La riga specificata è vuota.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  "L'argomento o gli argomenti passati alla funzione non funzionano in questa situazione, sono mancanti o non sono nel formato corretto.";
Strings.OfficeOM.L_ValueNotLoaded =
  'Il valore dell\'oggetto risultato non è stato ancora caricato. Prima di leggere il valore della proprietà, chiamare "context.sync()" nel contesto della richiesta associato.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Concessione mancante per questo componente aggiuntivo.';
Strings.OfficeOM.L_DataNotMatchSelection =
  "L'oggetto dati specificato non è compatibile con la forma o le dimensioni della selezione corrente.";
Strings.OfficeOM.L_DialogParentIsMinimized =
  "L'operazione non è riuscita perché la finestra padre è ridotta a icona.";
Strings.OfficeOM.L_MultipleNamedItemFound = 'Sono stati trovati più oggetti con lo stesso nome.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Raggiunto il limite per la selezione';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_NotSupported = 'La funzione {0} non è supportata.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  "L'operazione set non è riuscita perché l'oggetto dati fornito sovrascriverà o sposterà i dati.";
Strings.OfficeOM.L_CannotRegisterEvent = 'Non è possibile registrare il gestore eventi.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "Le impostazioni di sicurezza del browser impediscono la creazione di una finestra di dialogo. Provare a usare un browser differente oppure {0} in modo che '{1}' e il dominio visualizzato nella barra degli indirizzi si trovino nella stessa area di sicurezza.";
Strings.OfficeOM.L_APINotSupported = 'API non supportata';
Strings.OfficeOM.L_UserClickIgnore = "L'utente ha scelto di ignorare la finestra di dialogo.";
Strings.OfficeOM.L_SettingsStaleError = 'Errore di impostazioni non aggiornate';
Strings.OfficeOM.L_SettingsAreStale = 'Non è possibile salvare le impostazioni perché non sono correnti.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  "Il valore dell'indice di riga non è compreso nell'intervallo consentito. Usare un valore (0 o superiore) minore del numero di righe.";
Strings.OfficeOM.L_BindingNotExist = "L'associazione specificata non esiste.";
Strings.OfficeOM.L_CannotNavigateTo =
  "L'oggetto si trova in una posizione in cui non è supportato lo spostamento.";
Strings.OfficeOM.L_DisplayDialogError = 'Visualizza errore finestra di dialogo';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Il nome della funzione deve contenere uno spazio dei nomi non vuoto e un nome breve non vuoto.';
Strings.OfficeOM.L_SettingNameNotExist = "Il nome dell'impostazione specificato non esiste.";
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Un problema di rete ha impedito il recupero del file.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Operazione di associazione non valida';
Strings.OfficeOM.L_InvalidDataFormat = "Il formato dell'oggetto dati specificato non è valido.";
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'configurare il browser';
Strings.OfficeOM.L_InvalidAPICall = 'Chiamata API non valida';
Strings.OfficeOM.L_NotSupportedBindingType = 'Il tipo di associazione specificato {0} non è supportato.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Uno o più parametri di formato contengono valori non consentiti. Verificare i valori e riprovare.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Attendi...';
Strings.OfficeOM.L_OperationCancelledError = 'Operazione annullata';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'La selezione corrente non è compatibile con il tipo di coercizione specificato.';
Strings.OfficeOM.L_SelectionCannotBound = "Non è possibile eseguire l'associazione alla selezione corrente.";
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'La sessione di Office è scaduta o non è valida. Per continuare, aggiornare la pagina.';
Strings.OfficeOM.L_ModalDialogOpeng =
  "L'operazione non è riuscita perché questo componente aggiuntivo dispone già di una finestra di dialogo modale attiva.";
Strings.OfficeOM.L_SaveSettingsError = 'Errore di salvataggio delle impostazioni';
Strings.OfficeOM.L_TooManyOptionalObjects = "più oggetti facoltativi nell'elenco di parametri";
Strings.OfficeOM.L_GetDataParametersConflict = 'I parametri specificati sono in conflitto.';
Strings.OfficeOM.L_NetworkProblem = 'Problema di rete';
Strings.OfficeOM.L_EventRegistrationError = 'Errore di registrazione evento';
Strings.OfficeOM.L_FunctionCallFailed = 'Chiamata di funzione {0} non riuscita, codice di errore: {1}.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Questa sessione di Office non usa una connessione sicura. È consigliabile adottare ulteriori precauzioni.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  "L'operazione non è riuscita perché questo componente aggiuntivo sta già richiedendo un token di accesso.";
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js non è stato caricato completamente. Riprovare più tardi oppure aggiungere il codice di inizializzazione nella funzione Office.initialize.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Dati non agiornati';
Strings.OfficeOM.L_PropertyDoesNotExist = "La proprietà '{0}' non esiste nell'oggetto.";
Strings.OfficeOM.L_SSOServerErrorMessage = 'Si è verificato un errore imprevisto nel server.';
Strings.OfficeOM.L_ConfirmDialog =
  "Il dominio {0} funge da Microsoft Office e può eseguire Office componenti aggiuntivi, che possono accedere ai tuoi dati personali. Se si considera attendibile l'esecuzione del dominio come Office e si accede ai dati, fare clic su OK per continuare.";
Strings.OfficeOM.L_SSOConnectionLostError = 'La connessione si è interrotta durante il processo di accesso.';
Strings.OfficeOM.L_SSOServerError = 'Errore nel provider di autenticazione.';
Strings.OfficeOM.L_SetDataParametersConflict = 'I parametri specificati sono in conflitto.';
Strings.OfficeOM.L_InvalidCoercion = 'Tipo di coercizione non valido';
Strings.OfficeOM.L_InvalidSSOAddinMessage =
  "L'API di identità non è supportata per questo componente aggiuntivo.";
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Argomenti di input non validi.';
Strings.OfficeOM.L_DocumentReadOnly =
  "L'operazione richiesta non è consentita dalla modalità corrente del documento.";
Strings.OfficeOM.L_UnsupportedEnumeration = 'Enumerazione non supportata';
Strings.OfficeOM.L_ContinueButton = 'Continua';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'I valori di startRow o startColumn specificati non sono validi.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  "L'operazione non è riuscita perché il componente aggiuntivo ha già una finestra di dialogo attiva.";
Strings.OfficeOM.L_InvalidBindingError = 'Errore di associazione non valida';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'URL di risorse non valido specificato nel manifesto.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = "Il tipo di identità dell'utente non è supportato.";
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Per continuare, rimuovere il componente aggiuntivo e aggiungerlo di nuovo oppure aggiornare la pagina.';
Strings.OfficeOM.L_RequestTimeout = "L'esecuzione della chiamata ha richiesto troppo tempo.";
Strings.OfficeOM.L_DialogRequireHTTPS = 'Il protocollo HTTP non è supportato. Usare invece HTTPS.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'La richiesta di API JavaScript non riuscita perché la cartella di lavoro è stata nascosta. Per scoprire la cartella e riprovare.';
Strings.OfficeOM.L_InvalidArgument =
  "L'argomento '{0}' non funziona in questa situazione, è mancante o non è nel formato corretto.";
Strings.OfficeOM.L_DataWriteReminder = 'Promemoria di scrittura dati';
Strings.OfficeOM.L_MissingRequiredArguments = 'alcuni argomenti necessari sono assenti';
Strings.OfficeOM.L_TooManyOptionalFunction = "più funzioni facoltative nell'elenco di parametri";
Strings.OfficeOM.L_InValidOptionalArgument = 'argomento facoltativo non valido';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'La dimensione del payload della richiesta ha superato il limite. Consultare la documentazione: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_GetSelectionNotSupported = 'La selezione corrente non è supportata.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  "Il valore dell'indice di colonna non è compreso nell'intervallo consentito. Usare un valore (0 o superiore) minore del numero di colonne.";
Strings.OfficeOM.L_UnsupportedDataObject = 'Il tipo di oggetto dati fornito non è supportato.';
Strings.OfficeOM.L_OutOfRange = "Non compreso nell'intervallo";
Strings.OfficeOM.L_NotImplemented = 'La funzione {0} non è implementata.';
Strings.OfficeOM.L_TooManyArguments = 'troppi argomenti';
Strings.OfficeOM.L_DataWriteError = 'Errore di scrittura dei dati';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'I valori di rowCount o columnCount specificati non sono validi.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Il tipo di coercizione specificato non è supportato.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  "La connessione si è interrotta durante il processo di accesso e l'utente potrebbe non essere connesso. Il problema potrebbe essere dovuto alle impostazioni di configurazione del browser dell'utente, ad esempio le aree di sicurezza.";
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Sessione scaduta o non valida';
Strings.OfficeOM.L_FormatValueOutOfRange = "Il valore non è compreso nell'intervallo consentito.";
Strings.OfficeOM.L_NotTrustedWAC =
  "Questo componente aggiuntivo è stato disabilitato per motivi di sicurezza. Per continuarlo, verificare che questo elemento sia ospitato in un dominio attendibile oppure aprirlo nell'app desktop di Office.";
Strings.OfficeOM.L_NotSupportedEventType = 'Il tipo di evento specificato {0} non è supportato.';
Strings.OfficeOM.L_ReadSettingsError = 'Errore di lettura delle impostazioni';
Strings.OfficeOM.L_InvalidValue = 'Valore non valido';
Strings.OfficeOM.L_ActivityLimitReached = 'È stato raggiunto il limite di attività.';
Strings.OfficeOM.L_InvalidNode = 'Nodo non valido';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Non è possibile usare i parametri delle coordinate con il tipo di coercizione Tabella quando la tabella contiene celle unite.';
Strings.OfficeOM.L_DialogInvalidScheme = "Lo schema dell'URL non è supportato. Usare invece HTTPS.";
Strings.OfficeOM.L_HostError = 'Errore host';
Strings.OfficeOM.L_ShuttingDown = "L'operazione non è riuscita perché i dati non sono correnti sul server.";
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Il tipo di identità utente non è supportato.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  "L'applicazione {0} non esiste. Microsoft.Office.WebExtension.initialize(reason) non chiamato.";
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Funzione per ottenere il contesto di autenticazione mancante';
Strings.OfficeOM.L_NavOutOfBound =
  "L'operazione non è riuscita perché l'indice non è compreso nell'intervallo.";
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} vuole visualizzare una nuova finestra.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Il tipo di coercizione specificato non è compatibile con questo tipo di associazione.';
Strings.OfficeOM.L_Timeout = "Si è verificato un timeout dell'operazione.";
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  "Questo componente aggiuntivo non supporta il consenso dell'utente.";
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Non è possibile aggiungere il gestore eventi.';
Strings.OfficeOM.L_NamedItemNotFound = "L'elemento denominato non esiste.";
Strings.OfficeOM.L_InvalidSetColumns = 'Le colonne specificate non sono valide.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Il tipo di oggetto dati specificato non è compatibile con la selezione corrente.';
Strings.OfficeOM.L_UnknownBindingType = 'Il tipo di associazione non è supportato.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  "L'enumerazione non è supportata nell'applicazione host corrente.";
Strings.OfficeOM.L_InvalidCellsValue =
  'Uno o più parametri delle celle contengono valori non consentiti. Verificare i valori e riprovare.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Consenti';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  "L'oggetto dati specificato non corrisponde alle dimensioni della selezione corrente.";
Strings.OfficeOM.L_InternalErrorDescription = 'Si è verificato un errore interno.';
Strings.OfficeOM.L_IndexOutOfRange = "Indice non compreso nell'intervallo.";
Strings.OfficeOM.L_InternalError = 'Errore interno';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'La dimensione del payload della risposta ha superato il limite. Consultare la documentazione: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  "Non è possibile creare un'associazione con la selezione corrente e il tipo di associazione specificato.";
Strings.OfficeOM.L_ElementMissing =
  'Non è possibile formattare la cella di tabella perché alcuni valori di parametri risultano mancanti. Verificare i parametri e riprovare.';
Strings.OfficeOM.L_BindingCreationError = 'Errore di creazione associazione';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Le dimensioni specificate per la sezione non sono supportate.';
Strings.OfficeOM.L_CustomXmlError = 'Errore XML personalizzato.';
Strings.OfficeOM.L_SSOClientError = 'Errore nella richiesta di autenticazione di Office.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'Questa API è stata limitata per rallentare la frequenza delle chiamate.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Effettuare una selezione.';
Strings.OfficeOM.L_PropertyNotLoaded =
  "La proprietà '{0}' non è disponibile. Prima di leggere il valore della proprietà, chiamare il metodo Load sull'oggetto contenitore e chiamare \"context.sync()\" sul contesto di richiesta associato.";
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "La proprietà con questo nome in Excel.Script.CustomFunctions che rappresenta la definizione della funzione deve contenere una proprietà 'call' che implementa la funzione.";
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  "L'operazione non è supportata in questo tipo di associazione.";
Strings.OfficeOM.L_AppNameNotExist = 'Il nome del componente aggiuntivo per {0} non esiste.';
Strings.OfficeOM.L_DataReadError = 'Errore di lettura dei dati';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Il nodo specificato non è stato trovato.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Si stanno per inviare e ricevere informazioni potenzialmente riservate da {0}. Fare clic su OK solo se si considera attendibile il sito Web seguente che riceve le informazioni riservate: {1}.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Non è possibile scrivere sulla selezione corrente.';
Strings.OfficeOM.L_InvalidFormat = 'Errore di formato non valido';
Strings.OfficeOM.L_DataStale = 'Dati non correnti';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Il contenuto selezionato deve essere in formato tabella. Formattare i dati come tabella e riprovare.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Non è possibile applicare le modifiche alla proprietà \'{0}\' tramite un metodo "object.set".';
Strings.OfficeOM.L_PermissionDenied = 'Autorizzazione negata';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Attendere il completamento della chiamata precedente.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Le colonne specificate non sono valide.';
Strings.OfficeOM.L_DocumentIsInactive =
  "L'operazione non è riuscita perché il documento contenente questo componente aggiuntivo è inattivo.";
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'La richiesta non è riuscita con codice di stato {0}.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Il set di dati richiesto è troppo grande.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Nota: è consigliabile che il numero di celle di una tabella sia inferiore a 20.000.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'La richiesta non è riuscita con codice di stato {0}, codice errore {1} e il messaggio di errore seguente: {2}';
Strings.OfficeOM.L_RunMustReturnPromise =
  'La funzione batch passata al metodo ".run" non ha restituito una promessa. La funzione deve restituire una promessa in modo che gli oggetti tracciati automaticamente possano essere rilasciati al completamento dell\'operazione batch. In genere, si restituisce una promessa restituendo la risposta di "context.sync()".';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  "L'operazione non è riuscita perché questo componente aggiuntivo non supporta il consenso dell'utente in questa categoria";
Strings.OfficeOM.L_CallbackNotAFunction = 'Il callback deve essere di tipo funzione. Rilevato tipo {0}.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  "Nota: è consigliabile che i set di formattazione impostati da una chiamata all'API Formatting siano inferiori a 100.";
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  "Excel è in modalità di modifica cella. Uscire dalla modalità di modifica premendo INVIO o TAB oppure selezionando un'altra cella, quindi riprovare.";
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Se si fa clic su OK, si consentirà a {0} di accedere ai contenuti e alle informazioni personali. ';
Strings.OfficeOM.L_APICallFailed = 'Chiamata API non riuscita';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignora';
Strings.OfficeOM.L_SetDataIsTooLarge = "L'oggetto dati specificato è troppo grande.";
Strings.OfficeOM.L_CancelButton = 'Annulla';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Il gestore eventi specificato non è stato trovato per questa associazione.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = "I dati non sono aggiornati. Recuperare di nuovo l'oggetto.";
Strings.OfficeOM.L_InvalidGetRows = 'Le righe specificate non sono valide.';
Strings.OfficeOM.L_NoCapability = "Non si dispone di autorizzazioni sufficienti per l'azione.";
Strings.OfficeOM.L_MemoryLimit = 'Limite di memoria superato';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'I valori di startRow o startColumn specificati non sono validi.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Chiamare closeAsync nel file corrente prima di recuperarne un altro.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  "Il tipo di associazione specificato non è compatibile con l'elemento denominato fornito.";
Strings.OfficeOM.L_InvalidSetRows = 'Le righe specificate non sono valide.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Una proprietà con questo nome che rappresenta la definizione della funzione deve esistere in Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Tipo di OsfControl non supportato.';
Strings.OfficeOM.L_UserNotSignedIn = "Nessun utente ha effettuato l'accesso a Office.";
Strings.OfficeOM.L_MissingParameter = 'Parametro mancante';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  "Il dominio dell'URL non è incluso nell'elemento AppDomains nel manifesto e non è un sottodominio del percorso di origine.";
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Il metodo o la proprietà {0} fa parte del set di requisiti {1}, che non è disponibile in questa versione di {2}.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Il modulo non viene caricato prima di acquisire un token';
Strings.OfficeOM.L_UserAbortedMessage =
  "L'utente non ha concesso le autorizzazioni al componente aggiuntivo.";
Strings.OfficeOM.L_UserAborted = "L'utente ha annullato la richiesta di consenso.";
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  "L'operazione di scrittura non è supportata per Office quando è aperta una finestra di dialogo modale.";
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_InvalidObjectPath =
  'Il percorso dell\'oggetto \'{0}\' non funziona per l\'operazione che si sta provando a eseguire. Se l\'oggetto viene usato per più chiamate "context.sync" e all\'esterno dell\'esecuzione sequenziale di un batch ".run", usare i metodi "context.trackedObjects.add()" e "context.trackedObjects.remove()" per gestire la durata dell\'oggetto.';
Strings.OfficeOM.L_SpecifiedIdNotExist = "L'ID specificato non esiste.";
Strings.OfficeOM.L_InvalidGrant = 'Pre-autorizzazione mancante.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = "L'operazione è stata annullata dall'utente.";
Strings.OfficeOM.L_DialogNavigateError = 'Errore di spostamento finestra di dialogo';
Strings.OfficeOM.L_InvalidGetColumns = 'Le colonne specificate non sono valide.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Uno o più parametri tableOptions contengono valori non consentiti. Verificare i valori e riprovare.';
Strings.OfficeOM.L_BrowserAPINotSupported = "Il browser non supporta l'API richiesta.";
Strings.OfficeOM.L_FileTypeNotSupported = 'Il tipo di file specificato non è supportato.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  "Tentativo di impostare la proprietà di sola lettura '{0}'.";
Strings.OfficeOM.L_BindingToMultipleSelection = 'Le selezioni non contigue non sono supportate.';
Strings.OfficeOM.L_InvalidParameters = 'La funzione {0} dispone di parametri non validi.';
Strings.OfficeOM.L_InvalidDataObject = 'Oggetto dati non valido';
