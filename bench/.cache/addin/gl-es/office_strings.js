Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_TooManyArguments = 'número excesivo de argumentos';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'A enumeración non é compatible coa aplicación do computador servidor actual.';
Strings.OfficeOM.L_NotImplemented = 'A función {0} non está implementada.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'O valor do índice de columna está fóra do intervalo permitido. Utiliza un valor (0 ou superior) menor que o número de columnas.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'O tamaño dos sectores non é compatible.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Coordinar parámetros non se pode utilizar co tipo de coerción Táboa cando a táboa contén celas combinadas.';
Strings.OfficeOM.L_UnsupportedDataObject = 'O tipo de obxecto de datos fornecido non é compatible.';
Strings.OfficeOM.L_NetworkProblem = 'Problema de rede';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'O tipo OsfControl non é compatible.';
Strings.OfficeOM.L_InvalidBindingError = 'Erro de vinculación non válida';
Strings.OfficeOM.L_APICallFailed = 'Produciuse un erro na chamada á API';
Strings.OfficeOM.L_SSOServerError = 'Ocorreu un erro no fornecedor de autenticación.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} quere mostrar unha ventá nova.';
Strings.OfficeOM.L_InvalidBinding = 'Vinculación non válida';
Strings.OfficeOM.L_DocumentReadOnly = 'A operación solicitada non se permite no modo de documento actual.';
Strings.OfficeOM.L_ElementMissing =
  'Non puidemos formatar a cela da táboa porque algúns valores de parámetros están ausentes. Verifica outra vez os parámetros e téntao de novo.';
Strings.OfficeOM.L_CallbackNotAFunction =
  'A chamada de retorno debe ser de tipo función, pero era de tipo {0}.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Non se admite o tipo de identidade do usuario.';
Strings.OfficeOM.L_CannotRegisterEvent = 'O indicador de eventos non se pode rexistrar.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'O obxecto de datos especificado non é compatible co tipo de vinculación.';
Strings.OfficeOM.L_NotSupportedBindingType = 'O tipo de vinculación especificado {0} non é compatible.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Non se admite o esquema de URL. Usa HTTPS.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Estás a piques de enviar e recibir información potencialmente confidencial de {0}. Preme Aceptar só se confías no seguinte sitio web para que reciba a información confidencial: {1}.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'A selección actual non é compatible co tipo de coerción especificada.';
Strings.OfficeOM.L_InitializeNotReady =
  'Aínda non se cargou totalmente Office.js. Téntao de novo máis tarde ou asegúrate de engadir o teu código de inicialización na función Office.initialize.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'múltiples obxectos opcionais na lista de parámetros';
Strings.OfficeOM.L_ActivityLimitReached = 'Alcanzouse o límite de actividade.';
Strings.OfficeOM.L_NotSupported = 'A función {0} non é compatible.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'O usuario cancelou a operación.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Ao premer Aceptar permitirás que {0} acceda ao teu contido e información persoal. ';
Strings.OfficeOM.L_DialogNavigateError = 'Erro de navegación por diálogo';
Strings.OfficeOM.L_IndexOutOfRange = 'Índice fóra do intervalo.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'A propiedade con este nome en Excel.Script.CustomFunctions que represente a definición da función debe conter unha propiedade "call" que aplique a función.';
Strings.OfficeOM.L_InvalidParameters = 'A función {0} ten parámetros non válidos.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Ocorreu un erro inesperado no cliente.';
Strings.OfficeOM.L_DataReadError = 'Erro de lectura de datos';
Strings.OfficeOM.L_NavOutOfBound = 'A operación fallou porque o índice está fóra do intervalo.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Non se pode crear unha vinculación coa selección actual e o tipo de vinculación especificada.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Non se poden aplicar os cambios á propiedade "{0}" a través dun método "object.set".';
Strings.OfficeOM.L_InternalErrorDescription = 'Houbo un erro interno.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath limita a selección a 1024 elementos.';
Strings.OfficeOM.L_SSOClientError = 'Ocorreu un erro na solicitude de autenticación de Office.';
Strings.OfficeOM.L_InvalidFormat = 'Erro de formato non válido';
Strings.OfficeOM.L_DisplayDialogError = 'Erro de presentación de diálogo';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Non se admite a API de identidade neste suplemento.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Un ou máis dos parámetros de celas teñen valores non permitidos. Verifica outra vez os valores e téntao de novo.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Límite de selección alcanzado';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'O tipo de vinculación especificada non é compatible co elemento con nome fornecido.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'A operación de escritura non é compatible con Office cando está aberto un cadro de diálogo modal.';
Strings.OfficeOM.L_CancelButton = 'Cancelar';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Non se pode completar a operación porque o suplemento xa ten un diálogo modal activo.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Esta API limitouse para diminuír a frecuencia de chamadas.';
Strings.OfficeOM.L_BindingCreationError = 'Erro de creación da vinculación';
Strings.OfficeOM.L_BadSelectorString =
  'A cadea pasada ao selector non ten o formato correcto ou non é compatible.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorar';
Strings.OfficeOM.L_RequestTimeout = 'A chamada tardou demasiado en executarse.';
Strings.OfficeOM.L_FileTypeNotSupported = 'O tipo de ficheiro especificado non é compatible.';
Strings.OfficeOM.L_SettingNameNotExist = 'O nome de configuración especificada non existe.';
Strings.OfficeOM.L_OperationCancelledError = 'Operación cancelada';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'O método ou propiedade {0} forma parte do conxunto de requirimentos de {1}, o que non está dispoñible na túa versión de {2}.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'O tipo do obxecto de datos especificado non é compatible coa selección actual.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Forneceuse un URL de recurso de aplicación non válido.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Os parámetros especificados teñen conflitos.';
Strings.OfficeOM.L_SettingsAreStale = 'Non se puido gardar a configuración porque non é actual.';
Strings.OfficeOM.L_UserAbortedMessage = 'O usuario non consentiu os permisos do suplemento.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Un ou máis dos parámetros tableOptions teñen valores non permitidos. Verifica outra vez os valores e téntao de novo.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Erro na solicitude API de JavaScript porque se ocultou o libro. Mostra o libro e téntao de novo.';
Strings.OfficeOM.L_InvalidSetColumns = 'As columnas especificadas non son válidas.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Non se pode escribir na selección actual.';
Strings.OfficeOM.L_InvalidGetRows = 'As filas especificadas non son válidas.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Erro ao engadir o indicador de eventos.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Ocorreu un erro inesperado no servidor.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'A selección actual non é compatible.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Argumentos de entrada non válidos.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'A función de lotes que pasou ao método ".run" non devolveu unha promesa. A función debe devolver unha promesa para que os obxectos con rastrexamento automático se poidan liberar ao final da operación de lotes. Normalmente, devólvese unha promesa ao devolver a resposta de "context.sync()".';
Strings.OfficeOM.L_MissingParameter = 'Parámetro ausente';
Strings.OfficeOM.L_InvalidGrantMessage = 'Falta unha concesión para este suplemento.';
Strings.OfficeOM.L_InValidOptionalArgument = 'argumento opcional non válido';
Strings.OfficeOM.L_GetDataParametersConflict = 'Os parámetros especificados teñen conflitos.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Tentando establecer a propiedade só de lectura "{0}".';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Os valores de startRow ou startColumn especificados non son válidos.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'A configuración de seguranza do teu explorador evita a creación dunha caixa de diálogo. Proba con outro explorador ou {0} para que "{1}" e o dominio que se mostran na barra de enderezos estean na mesma zona de seguranza.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'O obxecto de datos fornecido non é compatible coa forma ou as dimensións da selección actual.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'O dominio do URL non se inclúe no elemento AppDomains do manifesto e non é o subdominio da localización de orixe.';
Strings.OfficeOM.L_InvalidNode = 'Nodo non válido';
Strings.OfficeOM.L_InvalidBindingOperation = 'Operación de vinculación non válida';
Strings.OfficeOM.L_Timeout = 'A operación excedeu o tempo de espera.';
Strings.OfficeOM.L_InvalidDataObject = 'Obxecto de datos non válido';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Non se admite o protocolo HTTP. Usa HTTPS.';
Strings.OfficeOM.L_SaveSettingsError = 'Erro de configuración da función gardar';
Strings.OfficeOM.L_OutOfRange = 'Fóra do intervalo';
Strings.OfficeOM.L_InvalidAPICall = 'Chamada API non válida';
Strings.OfficeOM.L_ReadSettingsError = 'Erro de configuración da función ler';
Strings.OfficeOM.L_UserClickIgnore = 'O usuario escolleu ignorar a caixa de diálogo.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'As seleccións non contiguas non son compatibles.';
Strings.OfficeOM.L_SelectionCannotBound = 'Non se pode vincular á selección actual.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Este suplemento desactivouse para manterte protexido. Para continuar usándoo, validar que este elemento se aloxa nun dominio de confianza ou ábreo na aplicación de escritorio de Office.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Erro ao eliminar o indicador de eventos.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Non se puido completar a operación porque este suplemento xa está a solicitar un token de acceso.';
Strings.OfficeOM.L_OperationNotSupported = 'A operación non é compatible.';
Strings.OfficeOM.L_CustomXmlError = 'Erro de XML personalizado.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'O obxecto de datos especificado é moi grande.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Coordinar parámetros non se pode utilizar co tipo de coerción Táboa cando a táboa contén celas combinadas.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Especificouse un URL de recurso non válido no manifesto.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'O obxecto de datos fornecido non coincide co tamaño da selección actual.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API non é compatible con esta plataforma.';
Strings.OfficeOM.L_InvalidGrant = 'Falta a autorización previa.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile =
  'Un problema de rede non permitiu a recuperación do ficheiro.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Permitir';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Este suplemento non admite o consentimento do usuario.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Non se atopou o indicador de eventos especificado para esta vinculación.';
Strings.OfficeOM.L_InvalidArgument =
  'O argumento "{0}" non funciona para esta situación, falta ou non ten o formato correcto.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Un momento...';
Strings.OfficeOM.L_CannotNavigateTo = 'O obxecto está situado nun lugar onde a navegación non é compatible.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'O tipo de coerción especificado non é compatible con este tipo de vinculación.';
Strings.OfficeOM.L_DialogOK = 'Aceptar';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Nota: Suxírese que os conxuntos de formatación configurados por unha chamada á API de formatación sexan inferiores a 100.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'O valor do índice de fila está fóra do intervalo permitido. Utiliza un valor (0 ou superior) menor que o número de filas.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Sentímolo, non podemos continuar.';
Strings.OfficeOM.L_HostError = 'Erro do computador servidor';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'O tamaño da carga de solicitude superou o límite. Consulta a documentación: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Fai unha selección.';
Strings.OfficeOM.L_PermissionDenied = 'Permiso negado';
Strings.OfficeOM.L_EventRegistrationError = 'Erro do rexistro de eventos';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Unha propiedade con este nome que representa que a definición da función debe existir en Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Os valores de startRow ou startColumn especificados non son válidos.';
Strings.OfficeOM.L_DataWriteError = 'Erro de escritura de datos';
Strings.OfficeOM.L_AppNameNotExist = 'O nome de suplemento para {0} non existe.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'O ID especificado non existe.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'A aplicación {0} non existe. Non se chamou a Microsoft.Office.WebExtension.initialize(motivo).';
Strings.OfficeOM.L_TooManyOptionalFunction = 'múltiples funcións opcionais na lista de parámetros';
Strings.OfficeOM.L_InvalidGetColumns = 'As columnas especificadas non son válidas.';
Strings.OfficeOM.L_BindingNotExist = 'A vinculación especificada non existe.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Os valores de rowCount ou columnCount especificados non son válidos.';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Non se pode completar a operación porque a ventá principal está minimizada.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Un ou máis dos parámetros de formato teñen valores non permitidos. Verifica outra vez os valores e téntao de novo.';
Strings.OfficeOM.L_InvalidDataFormat = 'O formato do obxecto de datos especificado non é válido.';
Strings.OfficeOM.L_InvalidObjectPath =
  'O camiño de obxecto "{0}" non funciona para o que estás intentando facer. Se estás a usar o obxecto en varias chamadas de "context.sync" e fóra da execución secuencial dun lote ".run", usa os métodos "context.trackedObjects.add()" e "context.trackedObjects.remove()" para xestionar a duración do obxecto.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Produciuse un erro na operación porque este suplemento non admite o consentimento do usuario nesta categoría.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'O nome da función só pode conter letras, díxitos, guións baixos e puntos.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel está en modo de edición de celas. Para saír do modo de edición, preme INTRO ou TAB ou selecciona outra cela, e téntao de novo.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Os argumentos que se pasaron á función non funcionaron para esta situación, faltan ou non teñen o formato axeitado.';
Strings.OfficeOM.L_SettingsStaleError = 'Erro de configuración obsoleta';
Strings.OfficeOM.L_FormatValueOutOfRange = 'O valor está fóra do intervalo permitido.';
Strings.OfficeOM.L_OKButton = 'Aceptar';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Perdeuse a conexión durante o proceso de inicio de sesión e pode que o usuario non iniciase sesión. Probablemente iso produciuse debido á configuración do navegador do usuario, como as zonas de seguranza.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'A operación non é compatible neste tipo de vinculación.';
Strings.OfficeOM.L_FormattingReminder = 'Aviso de formatación';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'O tamaño da carga de resposta superou o límite. Consulta a documentación: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_MissingRequiredArguments = 'faltan algúns argumentos obrigatorios';
Strings.OfficeOM.L_InternalError = 'Erro interno';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Falta a función para obter o contexto de autenticación';
Strings.OfficeOM.L_GetDataIsTooLarge = 'O conxunto de datos solicitados é moi grande.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Non se atopou o nodo especificado.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Para continuar, elimina o suplemento e engádeo de novo ou actualiza a páxina.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Chama a closeAsync no ficheiro actual antes de recuperar outro.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'O contido seleccionado ten que estar en formato de táboa. Formata os datos como unha táboa e téntao de novo.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Non se admite o tipo de identidade do usuario.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Erro na solicitude. Código de estado: {0}.';
Strings.OfficeOM.L_NotSupportedEventType = 'O tipo de evento especificado {0} non é compatible.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'O suplemento xa está a solicitar un token de acceso.';
Strings.OfficeOM.L_ConfirmDialog =
  'O dominio {0} está a actuar como Microsoft Office e pode executar suplementos de Office que poden acceder aos teus datos persoais. Se confías no dominio para executarse como Office e acceder aos teus datos, preme Aceptar para continuar.';
Strings.OfficeOM.L_InvalidSetRows = 'As filas especificadas non son válidas.';
Strings.OfficeOM.L_InvalidCoercion = 'Tipo de coerción non válido';
Strings.OfficeOM.L_NamedItemNotFound = 'O elemento con nome non existe.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Non se cargou o módulo antes de adquirir un token';
Strings.OfficeOM.L_ContinueButton = 'Continuar';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'A chamada de retorno non se pode especificar na lista de argumentos e no obxecto opcional.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'O nome da función debe conter un espazo de nome que non estea baleiro e un nome corto que non estea baleiro.';
Strings.OfficeOM.L_NoCapability = 'Non tes permisos suficientes para esta acción.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Non se pode completar a operación porque o documento que contén este suplemento está inactivo.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'configurar o teu explorador';
Strings.OfficeOM.L_APINotSupported = 'A API non é compatible';
Strings.OfficeOM.L_DataStale = 'Datos non actuais';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Chamada API non válida no contexto actual.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Datos non actuais';
Strings.OfficeOM.L_UnknownBindingType = 'O tipo de vinculación non é compatible.';
Strings.OfficeOM.L_SettingsCannotSave = 'Non se pode gardar a configuración.';
Strings.OfficeOM.L_ValueNotLoaded =
  'O valor do obxecto de resultado aínda non se cargou. Antes de ler a propiedade do valor, chama a "context.sync()" no contexto da solicitude asociada.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Non se pode completar a operación porque o suplemento xa ten un diálogo activo.';
Strings.OfficeOM.L_ShuttingDown = 'A operación fallou porque os datos no servidor non son actuais.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Erro na solicitude. Código de estado: {0}; código de erro: {1}; mensaxe de erro: {2}';
Strings.OfficeOM.L_FunctionCallFailed = 'Erro na chamada da función {0}, código de erro: {1}.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'As restricións do explorador evitou que se crease a caixa de diálogo. O dominio da caixa de diálogo e o dominio do host do suplemento non están na mesma zona de seguranza.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Nota: Suxírese que o número de celas nunha táboa sexa inferior a 20.000 celas.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'A propiedade "{0}" non existe no obxecto.';
Strings.OfficeOM.L_DataWriteReminder = 'Aviso de escribir datos';
Strings.OfficeOM.L_SSOConnectionLostError = 'Perdeuse a conexión durante o proceso de inicio de sesión.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Non se pode usar o obxecto en distintos contextos de solicitudes.';
Strings.OfficeOM.L_UserNotSignedIn = 'Ningún usuario iniciou sesión en Office.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'A propiedade "{0}" non está dispoñible. Antes de ler o valor da propiedade, chama ao método de carga no obxecto contedor e chama a "context.sync()" no contexto de solicitude atribuído.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'As columnas especificadas non son válidas.';
Strings.OfficeOM.L_InvalidValue = 'Valor non válido';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'A sesión de Office caducou ou non é válida. Para continuar, actualiza a páxina.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Agarda a que remate a chamada anterior.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'A fila especificada está en branco.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Enumeración non compatible';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'A data é incorrecta. Volve recuperar o obxecto.';
Strings.OfficeOM.L_UserAborted = 'O usuario cancelou a solicitude de consentimento.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Atopáronse varios obxectos co mesmo nome.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'O tipo de coerción especificado non é compatible.';
Strings.OfficeOM.L_MemoryLimit = 'Superouse o límite de memoria';
Strings.OfficeOM.L_NoHttpsWAC =
  'Esta sesión de Office non usa unha conexión segura. Recomendámosche que tomes precaucións adicionais.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Superouse o tempo de espera da sesión ou non é válida';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'A operación de conxunto fallou porque o obxecto de datos fornecido sobrescribirá ou intercambiará datos.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Este explorador non é compatible coa API solicitada.';
