Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_InvalidBindingOperation = 'Operació de vinculació no vàlida';
Strings.OfficeOM.L_SetDataParametersConflict = 'Els paràmetres especificats estan en conflicte.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = "L'usuari ha cancel·lat l'operació.";
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} vol mostrar una finestra nova.';
Strings.OfficeOM.L_InvalidValue = 'Valor no vàlid';
Strings.OfficeOM.L_UnsupportedUserIdentity = "El tipus d'identitat d'usuari no s'admet.";
Strings.OfficeOM.L_InternalErrorDescription = "S'ha produït un error intern.";
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Permet';
Strings.OfficeOM.L_IndexOutOfRange = "Índex fora de l'Interval.";
Strings.OfficeOM.L_BadSelectorString = "La cadena passada al selector no està ben formatada o no s'admet.";
Strings.OfficeOM.L_APINotSupported = 'API no admesa';
Strings.OfficeOM.L_ElementMissing =
  'No hem pogut formatar la cel·la de la taula perquè falten alguns valors dels paràmetres. Comproveu-los i torneu-ho a provar.';
Strings.OfficeOM.L_SSOClientError = "S'ha produït un error a la sol·licitud d'autenticació de l'Office.";
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Les dades no són actuals';
Strings.OfficeOM.L_DataNotMatchBindingType =
  "L'objecte de dades especificat no és compatible amb el tipus de vinculació.";
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Espereu fins que es completi la trucada anterior.';
Strings.OfficeOM.L_SettingsStaleError = 'Error de configuració obsoleta';
Strings.OfficeOM.L_InvalidApiCallInContext = "Crida d'API no vàlida en el context actual.";
Strings.OfficeOM.L_DataNotMatchSelection =
  "L'objecte de dades subministrat no és compatible amb la forma o les dimensions de la selecció actual.";
Strings.OfficeOM.L_NavOutOfBound = "L'operació ha fallat perquè l'índex està fora de l'interval.";
Strings.OfficeOM.L_InvalidObjectPath =
  'La ruta de l\'objecte "{0}" no s\'admet per a l\'acció que esteu provat de realitzar. Si esteu utilitzant l\'objecte en diverses crides de "context.sync" i fora de l\'execució seqüencial d\'un lot de ".run", utilitzeu els mètodes "context.trackedObjects.add()" i "context.trackedObjects.remove()" per administrar el cicle de vida de l\'objecte.';
Strings.OfficeOM.L_CannotWriteToSelection = 'No es pot escriure a la selecció actual.';
Strings.OfficeOM.L_SSOConnectionLostError = "S'ha perdut una connexió durant el procés d'inici de la sessió.";
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Els paràmetres de coordenades no es poden fer servir amb el tipus de coerció Taula quan aquesta conté cel·les combinades.';
Strings.OfficeOM.L_SpecifiedIdNotExist = "L'identificador especificat no existeix.";
Strings.OfficeOM.L_NotSupportedBindingType = "El tipus de vinculació {0} especificat no s'admet.";
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  "El contingut seleccionat ha d'estar en format de taula. Canvieu el format de les dades a taula i torneu-ho a provar.";
Strings.OfficeOM.L_RequestTimeout = "S'ha trigat massa temps a executar la trucada.";
Strings.OfficeOM.L_InternalError = 'Error intern';
Strings.OfficeOM.L_InvalidFormatValue =
  'Hi ha un o més paràmetres de format que tenen valors no permesos. Comproveu-los i torneu-ho a provar.';
Strings.OfficeOM.L_UnsupportedDataObject = "El tipus d'objecte de dades subministrat no s'admet.";
Strings.OfficeOM.L_InvalidSetColumns = 'Les columnes especificades no són vàlides.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'configureu el vostre navegador';
Strings.OfficeOM.L_CustomXmlNodeNotFound = "No s'ha trobat el node especificat.";
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Un moment...';
Strings.OfficeOM.L_NamedItemNotFound = "L'element amb nom no existeix.";
Strings.OfficeOM.L_UserAbortedMessage = "L'usuari no ha acceptat els permisos del complement.";
Strings.OfficeOM.L_SSOServerError = "S'ha produït un error al proveïdor d'autenticació.";
Strings.OfficeOM.L_CustomXmlError = "Error d'XML personalitzat.";
Strings.OfficeOM.L_RedundantCallbackSpecification =
  "La trucada no es pot especificar alhora a la llista d'arguments i a l'objecte opcional.";
Strings.OfficeOM.L_GetDataParametersConflict = 'Els paràmetres especificats estan en conflicte.';
Strings.OfficeOM.L_HostError = "Error d'amfitrió";
Strings.OfficeOM.L_SliceSizeNotSupported = "No s'admet la mida del sector especificat.";
Strings.OfficeOM.L_InvalidApiArgumentsMessage = "Els arguments d'entrada no són vàlids.";
Strings.OfficeOM.L_ValueNotLoaded =
  'El valor de l\'objecte resultant encara no s\'ha calculat. Abans de llegir la propietat del valor, feu una crida a "context.sync()" al context de sol·licitud associat.';
Strings.OfficeOM.L_ShuttingDown = "L'operació ha fallat perquè actualment les dades no estan al servidor.";
Strings.OfficeOM.L_InitializeNotReady =
  "Office.js encara no s'ha carregat completament. Torneu-ho a provar més tard o assegureu-vos d'afegir el vostre codi d'inicialització a la funció Office.initialize.";
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Cal que una propietat amb aquest nom que representi la definició de la funció existeixi a Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  "S'ha limitat aquesta API per alentir la freqüència de les trucades.";
Strings.OfficeOM.L_APICallFailed = "Ha fallat la trucada de l'API";
Strings.OfficeOM.L_PermissionDenied = 'Permís denegat';
Strings.OfficeOM.L_ReadSettingsError = 'Error de configuració de lectura';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'La fila especificada és buida.';
Strings.OfficeOM.L_NoCapability = 'No teniu els permisos suficients per a aquesta acció.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  "El tipus de vinculació especificat no és compatible amb l'element amb nom subministrat.";
Strings.OfficeOM.L_CustomXmlOutOfDateMessage =
  "Les dades no estan actualitzades. Torneu a recuperar l'objecte.";
Strings.OfficeOM.L_SetDataIsTooLarge = "L'objecte de dades especificat és massa gran.";
Strings.OfficeOM.L_CannotNavigateTo = "L'objecte es troba situat a un lloc on no s'admet la navegació.";
Strings.OfficeOM.L_CancelButton = 'Cancel·la';
Strings.OfficeOM.L_DialogAlreadyOpened =
  "Ha fallat l'operació perquè aquest complement ja té un diàleg actiu.";
Strings.OfficeOM.L_InvalidGrant = 'Falta una autorització prèvia.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = "L'XPath limita la selecció a 1024 elements.";
Strings.OfficeOM.L_NotTrustedWAC =
  "Aquest complement s'ha inhabilitat perquè us ajudi a protegir-vos. Per continuar utilitzant el complement, valideu si aquest element està allotjat en un domini de confiança o obriu-lo a l'aplicació d'escriptori de l'Office.";
Strings.OfficeOM.L_DisplayDialogError = 'Error de visualització del diàleg';
Strings.OfficeOM.L_ApiNotFoundDetails =
  "El mètode o propietat {0} forma part del conjunt de requisits {1}, que no està disponible a la vostra versió de l'aplicació {2}.";
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Amb la selecció actual i el tipus de vinculació especificat no es pot crear una vinculació.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Cal que la propietat d\'Excel.Script.CustomFunctions amb aquest nom que representi la definició de la funció contingui una propietat "crida" que implementi la funció.';
Strings.OfficeOM.L_SSOClientErrorMessage = "S'ha produït un error inesperat al client.";
Strings.OfficeOM.L_TooManyArguments = 'massa arguments';
Strings.OfficeOM.L_InvalidArgument =
  'L\'argument "{0}" no s\'admet en aquesta situació, falta o bé té un format incorrecte.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  "L'operació ha fallat perquè aquest complement ja està demanant un testimoni d'accés.";
Strings.OfficeOM.L_UserNotSignedIn = "No hi ha cap usuari amb la sessió iniciada a l'Office.";
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'La mida de la càrrega de la resposta ha superat el límit. Consulteu la documentació: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_SettingsCannotSave = "No s'ha pogut desar la configuració.";
Strings.OfficeOM.L_ColIndexOutOfRange =
  "El valor de l'índex de columnes està fora de l'interval permès. Feu servir un valor (0 o superior) inferior al nombre de columnes.";
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Aquest tipus de vinculació no admet aquesta operació.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  "L'aplicació {0} no existeix. Microsoft.Office.WebExtension.initialize(reason) no s'ha cridat.";
Strings.OfficeOM.L_RowIndexOutOfRange =
  "El valor de l'índex de files està fora de l'interval permès. Feu servir un valor (0 o superior) que sigui inferior al nombre de files.";
Strings.OfficeOM.L_InvalidDataObject = 'Objecte de dades no vàlid';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  "El domini de l'URL no està inclòs en l'element disponibles en el manifest i no és el subdomini d'ubicació d'origen.";
Strings.OfficeOM.L_UserClickIgnore = "L'usuari ha decidit ignorar el quadre de diàleg.";
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Els paràmetres de coordenades no es poden fer servir amb el tipus de coerció Taula quan aquesta conté cel·les combinades.';
Strings.OfficeOM.L_ActivityLimitReached = "S'ha assolit el límit d'activitat.";
Strings.OfficeOM.L_ContinueButton = 'Continua';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'La mida de la càrrega de la sol·licitud ha superat el límit. Consulteu la documentació: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Feu una selecció.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  "No s'admet l'operació d'escriptura per a l'Office quan hi ha un quadre de diàleg modal obert.";
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignora';
Strings.OfficeOM.L_DataReadError = 'Error de lectura de dades';
Strings.OfficeOM.L_CannotRegisterEvent = "El controlador d'incidències no es pot registrar.";
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Els canvis en la propietat "{0}" no es poden aplicar mitjançant un mètode "object.set".';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  "Esteu a punt d'enviar i rebre informació potencialment confidencial de {0}. Feu clic a d'acord només si confieu en el lloc web següent que rep la informació confidencial: {1}.";
Strings.OfficeOM.L_MemoryLimit = "S'ha superat el límit de memòria";
Strings.OfficeOM.L_InvalidGetRows = 'Les files especificades no són vàlides.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'El nom de la funció només pot contenir lletres, dígits, guions baixos i punts.';
Strings.OfficeOM.L_DialogOK = "D'acord";
Strings.OfficeOM.L_WorkbookHiddenMessage =
  "La sol·licitud de l'API de JavaScript ha fallat perquè el llibre de treball estava amagat. Mostreu-lo i torneu-ho a provar.";
Strings.OfficeOM.L_NewWindowCrossZone =
  'La configuració de seguretat del vostre navegador no ens permet crear un quadre de diàleg. Proveu-ho amb un altre navegador o bé {0}, de manera que "{1}" i el domini que es mostra a la vostra barra d\'adreces siguin a la mateixa zona de seguretat.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Els valors startRow o startColumn especificats no són vàlids.';
Strings.OfficeOM.L_AppNameNotExist = 'El nom del complement relatiu a {0} no existeix.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = "No s'admet el tipus OsfControl.";
Strings.OfficeOM.L_ImplicitNotLoaded = "El mòdul no es carrega abans d'adquirir un testimoni";
Strings.OfficeOM.L_GetDataIsTooLarge = 'El conjunt de dades sol·licitat és massa gran.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = "No s'ha pogut eliminar el controlador d'incidències.";
Strings.OfficeOM.L_DialogRequireHTTPS = 'El protocol HTTP no és compatible. Utilitzeu el protocol HTTPS.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  "Hi ha hagut un error en processar la sol·licitud. Codi d'estat: {0}; codi d'error: {1}; missatge d'error: {2}.";
Strings.OfficeOM.L_InvalidRequestContext =
  "No es pot utilitzar l'objecte en contextos de sol·licitud diferents.";
Strings.OfficeOM.L_InvalidGrantMessage = 'Falta una concessió per a aquest complement.';
Strings.OfficeOM.L_NoHttpsWAC =
  "Aquesta sessió de l'Office no està fent servir una connexió segura. Us recomanem que preneu precaucions addicionals.";
Strings.OfficeOM.L_DocumentReadOnly = "L'operació sol·licitada no és permesa en el mode de document actual.";
Strings.OfficeOM.L_ConnectionFailureWithStatus = "La sol·licitud no s'ha pogut completar. Codi d'estat: {0}.";
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  "S'ha perdut una connexió durant el procés d'inici de la sessió i és possible que l'usuari no la pugui iniciar. Això probablement ha estat a causa dels valors de configuració del navegador de l'usuari, com ara les zones de seguretat.";
Strings.OfficeOM.L_ModalDialogOpeng =
  "L'operació ha fallat perquè aquest complement ja té un diàleg modal actiu.";
Strings.OfficeOM.L_ConfirmDialog =
  "El domini {0} actua com a Microsoft Office i pot executar complements Office, que poden accedir a les vostres dades personals. Si confieu en el domini que s'executarà com a Office accedir a les vostres dades, feu clic a D'acord per continuar.";
Strings.OfficeOM.L_ConfirmCancelMessage = 'Ho sentim, no podem continuar.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  "Els arguments que s'han passat a la funció no funcionen per a aquesta situació, no hi són o no tenen el format correcte.";
Strings.OfficeOM.L_CoercionTypeNotSupported = "El tipus de coerció especificat no s'admet.";
Strings.OfficeOM.L_DataWriteReminder = "Recordatori d'escriptura de dades";
Strings.OfficeOM.L_RunMustReturnPromise =
  'La funció per lots passada al mètode ".run" no ha retornat cap promesa. Normalment, la funció ha de retornar una promesa, de manera que qualsevol objecte rastrejat automàticament es pot alliberar quan es completa el lot. Es pot retornar una promesa retornant la resposta de "context.sync()".';
Strings.OfficeOM.L_InvalidBinding = 'Vinculació no vàlida';
Strings.OfficeOM.L_SettingNameNotExist = 'El nom del paràmetre especificat no existeix.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  "L'operació designada ha fallat perquè l'objecte de dades subministrat sobreescriurà o canviarà dades.";
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Un problema de xarxa ha impedit la recuperació del fitxer.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Enumeració no admesa';
Strings.OfficeOM.L_TooManyOptionalFunction = 'múltiples funcions opcionals a la llista de paràmetres';
Strings.OfficeOM.L_InvalidSetRows = 'Les files especificades no són vàlides.';
Strings.OfficeOM.L_SSOServerErrorMessage = "S'ha produït un error inesperat al servidor.";
Strings.OfficeOM.L_UnknownBindingType = "Aquest tipus de vinculació no s'admet.";
Strings.OfficeOM.L_EventHandlerAdditionFailed = "No s'ha pogut afegir el controlador d'incidències.";
Strings.OfficeOM.L_OperationCancelledError = 'Operació cancel·lada';
Strings.OfficeOM.L_InvalidResourceUrl =
  "Heu proporcionat una adreça URL de recurs d'aplicació que no és vàlida.";
Strings.OfficeOM.L_InvalidAPICall = "Crida d'API no vàlida";
Strings.OfficeOM.L_NotSupported = "No s'admet la funció {0}.";
Strings.OfficeOM.L_BrowserAPINotSupported = "Aquest navegador no admet l'API sol·licitada.";
Strings.OfficeOM.L_OKButton = "D'acord";
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'El nom de la funció ha de contenir un espai de nom i un nom curt no buits.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'La selecció actual no és compatible amb el tipus de coerció especificat.';
Strings.OfficeOM.L_UserAborted = "L'usuari ha cancel·lat la sol·licitud de consentiment.";
Strings.OfficeOM.L_SSOUnsupportedPlatform = "L'API no s'admet en aquesta plataforma.";
Strings.OfficeOM.L_NotImplemented = 'La funció {0} no està implementada.';
Strings.OfficeOM.L_OperationNotSupported = 'Aquesta operació no és permesa.';
Strings.OfficeOM.L_SelectionCannotBound = 'No es pot enllaçar amb la selecció actual.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Hi ha un o més paràmetres de la taula Opcions que tenen valors no permesos. Comproveu-los i torneu-ho a provar.';
Strings.OfficeOM.L_OutOfRange = "Fora de l'interval";
Strings.OfficeOM.L_InvalidSSOAddinMessage = "L'API d'identitat no és compatible amb aquest complement.";
Strings.OfficeOM.L_TooManyOptionalObjects = 'múltiples objectes opcionals a la llista de paràmetres';
Strings.OfficeOM.L_CallbackNotAFunction = 'La resposta ha de ser de la funció tipus i era del tipus {0}.';
Strings.OfficeOM.L_FormattingReminder = 'Recordatori de format';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Els valors startRow o startColumn especificats no són vàlids.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Truca closeAsync en el fitxer actual abans de recuperar un altre.';
Strings.OfficeOM.L_BindingNotExist = 'La vinculació especificada no existeix.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  "Les restriccions del navegador han evitat que es creï el quadre de diàleg. El domini del quadre de diàleg i el de l'amfitrió del complement no són a la mateixa zona de seguretat.";
Strings.OfficeOM.L_InvalidDataFormat = "El format de l'objecte de dades especificat no és vàlid.";
Strings.OfficeOM.L_PropertyDoesNotExist = 'La propietat "{0}" no existeix a l\'objecte.';
Strings.OfficeOM.L_BindingCreationError = 'Error de creació de vinculació';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  "El tipus de l'objecte de dades especificat no és compatible amb la selecció actual.";
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Per continuar, suprimiu el complement i torneu-lo a afegir o actualitzeu la pàgina.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  "Nota: se suggereix que el nombre de cel·les d'una taula sigui inferior a 20.000.";
Strings.OfficeOM.L_GetSelectionNotSupported = "La selecció actual no s'admet.";
Strings.OfficeOM.L_UnsupportedEnumerationMessage = "L'aplicació amfitriona actual no admet l'enumeració.";
Strings.OfficeOM.L_DialogNavigateError = 'Error de navegació per diàleg';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Les columnes especificades no són vàlides.';
Strings.OfficeOM.L_InvalidBindingError = 'Error de vinculació no vàlida';
Strings.OfficeOM.L_EventRegistrationError = "Error de registre d'incidència";
Strings.OfficeOM.L_InvalidFormat = 'Error de format no vàlid';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Els valors rowCount o columnCount especificats no són vàlids.';
Strings.OfficeOM.L_Timeout = "S'ha esgotat el temps d'espera de l'operació.";
Strings.OfficeOM.L_DataStale = 'Les dades no són actuals';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  "L'Excel té activat el mode d'edició de cel·les. Sortiu del mode d'edició prement la tecla Retorn o el Tabulador, o bé seleccionant una altra cel·la i, a continuació, torneu-ho a provar.";
Strings.OfficeOM.L_MissingParameter = 'Falta un paràmetre';
Strings.OfficeOM.L_FormatValueOutOfRange = "El valor està fora de l'interval permès.";
Strings.OfficeOM.L_EventHandlerNotExist =
  "No s'ha trobat el controlador d'incidències per a aquesta vinculació.";
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = "El complement ja està demanant un testimoni d'accés.";
Strings.OfficeOM.L_InValidOptionalArgument = 'argument opcional no vàlid';
Strings.OfficeOM.L_InvalidOrTimedOutSession = "La sessió no és vàlida o s'ha esgotat el temps d'espera";
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  "Aquest complement no admet el consentiment de l'usuari.";
Strings.OfficeOM.L_SaveSettingsError = 'Error de configuració de desar';
Strings.OfficeOM.L_FileTypeNotSupported = "El tipus de fitxer especificat no s'admet.";
Strings.OfficeOM.L_ConfirmDialogConsent =
  "En fer clic a D'acord, permeteu {0} accés al vostre contingut i a la vostra informació personal. ";
Strings.OfficeOM.L_InvalidGetColumns = 'Les columnes especificades no són vàlides.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  "La vostra sessió de l'Office ha caducat o bé no és vàlida. Actualitzeu la pàgina per continuar.";
Strings.OfficeOM.L_DocumentIsInactive =
  "L'operació ha fallat perquè el document que conté aquest complement està inactiu.";
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = "El tipus d'identitat de l'usuari no s'admet.";
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  "No hi és la funció per aconseguir el context d'autenticació";
Strings.OfficeOM.L_FunctionCallFailed = "Error de crida de la funció {0}, codi d'error: {1}.";
Strings.OfficeOM.L_BindingToMultipleSelection = "No s'admeten les seleccions no contigües.";
Strings.OfficeOM.L_InvalidCellsValue =
  'Hi ha un o més paràmetres de cel·les amb valors no permesos. Comproveu-los i torneu-ho a provar.';
Strings.OfficeOM.L_MissingRequiredArguments = 'falten alguns arguments obligatoris';
Strings.OfficeOM.L_SettingsAreStale = "No s'ha pogut desar la configuració perquè no és actual.";
Strings.OfficeOM.L_NetworkProblem = 'Problema de xarxa';
Strings.OfficeOM.L_DialogInvalidScheme =
  "L'esquema de l'adreça URL no és compatible. Utilitzeu el protocol HTTPS.";
Strings.OfficeOM.L_InvalidParameters = 'La funció {0} té paràmetres no vàlids.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = "S'ha assolit el límit de selecció.";
Strings.OfficeOM.L_DataNotMatchBindingSize =
  "L'objecte de dades subministrat no coincideix amb la mida de la selecció actual.";
Strings.OfficeOM.L_DataWriteError = "Error d'escriptura de dades";
Strings.OfficeOM.L_PropertyNotLoaded =
  'La propietat "{0}" no està disponible. Abans de llegir el valor de la propietat, crideu el mètode de càrrega de l\'objecte contenidor i crideu "context.sync()" al context de sol·licitud associat.';
Strings.OfficeOM.L_InvalidNode = 'Node no vàlid';
Strings.OfficeOM.L_MultipleNamedItemFound = "S'han trobat múltiples objectes amb el mateix nom.";
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  "L'operació ha fallat perquè aquest complement no admet el consentiment de l'usuari en aquesta categoria.";
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Nota: se suggereix que hi hagi menys de 100 conjunts de formats definits per una crida a una API de format.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'El tipus de coerció especificat no és compatible amb aquest tipus de vinculació.';
Strings.OfficeOM.L_InvalidResourceUrlMessage =
  'Al manifest heu especificat una adreça URL de recurs que no és vàlida.';
Strings.OfficeOM.L_NotSupportedEventType = "El tipus d'incidència {0} especificat no s'admet.";
Strings.OfficeOM.L_DialogParentIsMinimized =
  "L'operació ha fallat perquè la finestra principal està minimitzada.";
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'S\'està provant d\'establir la propietat de només lectura "{0}".';
Strings.OfficeOM.L_InvalidCoercion = 'Tipus de coerció no vàlid';
