Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'A função para obter o contexto de autenticação está em falta';
Strings.OfficeOM.L_BindingToMultipleSelection = 'As seleções não contíguas não são suportadas.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Um problema de rede impediu a obtenção do ficheiro.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Um ou mais parâmetros de formatação possuem valores que não são permitidos. Verifique os valores e tente novamente.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'A operação falhou porque a janela principal está minimizada.';
Strings.OfficeOM.L_UserClickIgnore = 'O utilizador optou por ignorar a caixa de diálogo.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'O suplemento já está a pedir um token de acesso.';
Strings.OfficeOM.L_NoCapability = 'Não possui permissões suficientes para efetuar esta ação.';
Strings.OfficeOM.L_InvalidObjectPath =
  'O caminho do objeto "{0}" não está a funcionar para a ação que está a tentar efetuar. Se estiver a utilizar o objeto em múltiplas chamadas de "context.sync" e fora da execução sequencial de um lote ".run", utilize os métodos "context.trackedObjects.add()" e "context.trackedObjects.remove()" para gerir a duração do objeto.';
Strings.OfficeOM.L_OperationCancelledError = 'Operação Cancelada';
Strings.OfficeOM.L_DataWriteError = 'Erro de Escrita de Dados';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'As colunas especificadas são inválidas.';
Strings.OfficeOM.L_SSOClientError = 'Ocorreu um erro no pedido de autenticação do Office.';
Strings.OfficeOM.L_MissingParameter = 'Parâmetro em Falta';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Foram encontrados vários objetos com o mesmo nome.';
Strings.OfficeOM.L_MissingRequiredArguments = 'faltam alguns argumentos necessários';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Permitir';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Os valores de rowCount e columnCount especificados são inválidos.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'O módulo não foi carregado antes de adquirir um token';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Aguarde até a chamada anterior ser concluída.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Esta sessão do Office não está a utilizar uma ligação segura. Recomendamos que tome precauções extras.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Um ou mais parâmetros das células possuem valores que não são permitidos. Verifique os valores e tente novamente.';
Strings.OfficeOM.L_InvalidArgument =
  'O argumento "{0}" não funciona para esta situação, está em falta ou não está no formato correto.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'O método ou propriedade {0} faz parte do conjunto de requisitos {1}, que não está disponível na sua versão do {2}.';
Strings.OfficeOM.L_APINotSupported = 'API Não Suportada';
Strings.OfficeOM.L_UnsupportedDataObject = 'O objeto de dados fornecido não é suportado.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'O conteúdo selecionado tem de estar em formato de tabela. Formate os dados como uma tabela e tente novamente.';
Strings.OfficeOM.L_ConfirmDialog =
  'o {0} de domínio está a atuar como Microsoft Office e pode executar Office suplementos, o que pode aceder aos seus dados pessoais. se confiar no domínio para ser executado como Office e aceder aos seus dados, clique em OK para continuar.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Os argumentos fornecidos à função não funcionam para esta situação, estão em falta ou não estão no formato correto.';
Strings.OfficeOM.L_NotImplemented = 'A função {0} não está implementada.';
Strings.OfficeOM.L_Timeout = 'A operação excedeu o tempo limite.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'configure o seu browser';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'O objeto de dados especificado não é compatível com o tipo de vínculo.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'O URL do recurso especificado no manifesto é inválido.';
Strings.OfficeOM.L_DataStale = 'Dados Obsoletos';
Strings.OfficeOM.L_EventHandlerNotExist =
  'O processador de eventos especificado não foi encontrado para este vínculo.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'O tipo de identidade do utilizador não é suportado.';
Strings.OfficeOM.L_BindingNotExist = 'O vínculo especificado não existe.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Os dados estão desatualizados. Obtenha novamente o objeto.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Operação de Vínculo Inválido';
Strings.OfficeOM.L_InvalidDataObject = 'Objeto de Dados Inválido';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_ShuttingDown = 'A operação falhou porque os dados no servidor estão obsoletos.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Este suplemento não suporta o consentimento do utilizador.';
Strings.OfficeOM.L_NetworkProblem = 'Problema de Rede';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'A API de identidade não é suportada para este suplemento.';
Strings.OfficeOM.L_InternalErrorDescription = 'Ocorreu um erro interno.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Os valores de startRow or startColumn especificados são inválidos.';
Strings.OfficeOM.L_FunctionCallFailed = 'Chamada de função {0} falhou, código de erro: {1}.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'O nome da função só pode conter letras, algarismos, carateres de sublinhado e pontos finais.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Desculpe, mas não podemos continuar.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'O tipo do objeto de dados especificado não é compatível com a seleção atual.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'A operação falhou porque este suplemento já tem uma caixa de diálogo modal ativa.';
Strings.OfficeOM.L_NotSupported = 'A função {0} não é suportada.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'O valor do índice de linhas encontra-se fora do intervalo permitido. Utilize um valor (0 ou superior) que seja inferior ao número de linhas.';
Strings.OfficeOM.L_InValidOptionalArgument = 'argumento opcional inválido';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Foi perdida uma ligação durante o processo de início de sessão e o utilizador poderá não ter sessão iniciada. Isto deve-se provavelmente às definições de configuração do browser do utilizador, como as zonas de segurança.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'O objeto de dados fornecido não corresponde ao tamanho da seleção atual.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'várias funções opcionais na lista de parâmetros';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'O pedido de API de JavaScript falhou porque o livro foi ocultado. Verifique a mostrar o livro e tente novamente.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'A tentar definir a propriedade só de leitura "{0}".';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Esta API foi limitada para diminuir a frequência de chamadas.';
Strings.OfficeOM.L_InvalidGrant = 'Autorização prévia em falta.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Não é possível escrever para a seleção atual.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'O tipo de identidade de utilizador não é suportado.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'O ID especificado não existe.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Os parâmetros especificados estão em conflito.';
Strings.OfficeOM.L_InvalidCoercion = 'Tipo de Coerção Inválido';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Dados Obsoletos';
Strings.OfficeOM.L_InvalidDataFormat = 'O formato do objeto de dados especificado é inválido.';
Strings.OfficeOM.L_DataReadError = 'Erro de Leitura de Dados';
Strings.OfficeOM.L_UserNotSignedIn = 'Nenhum utilizador tem sessão iniciada no Office.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'A operação foi cancelada pelo utilizador.';
Strings.OfficeOM.L_CannotNavigateTo = 'O objeto está localizado num lugar onde a navegação não é suportada.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Tem de existir em Excel.Script.CustomFunctions uma propriedade com este nome que represente a definição da função.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'A seleção atual não é compatível com tipo de coerção especificado.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Não foi possível adicionar o processador de eventos.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'O valor do índice de colunas encontra-se fora do intervalo permitido. Utilize um valor (0 ou superior) que seja inferior ao número de colunas.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Não é possível utilizar o objeto em contextos de pedido diferentes.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Um ou mais parâmetros tableOptions possuem valores que não são permitidos. Verifique os valores e tente novamente.';
Strings.OfficeOM.L_SettingsAreStale = 'Não foi possível guardar as definições por estarem obsoletas.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Não tem permissão para este suplemento.';
Strings.OfficeOM.L_InvalidGetColumns = 'As colunas especificadas são inválidas.';
Strings.OfficeOM.L_DisplayDialogError = 'Erro de Apresentação da Caixa de Diálogo';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'O pedido falhou com o código de estado {0}, código de erro {1} e a seguinte mensagem de erro: {2}';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Os parâmetros coordenados não podem ser usados com Tabelas de tipo coerção quando a tabela contém células unidas.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Nota: sugerimos que os conjuntos de formatação definidos por uma chamada de API de Formatação sejam inferiores a 100.';
Strings.OfficeOM.L_InvalidGetRows = 'As linhas especificadas são inválidas.';
Strings.OfficeOM.L_CallbackNotAFunction = 'A chamada de retorno tem de ser do tipo função e era do tipo {0}.';
Strings.OfficeOM.L_PermissionDenied = 'Permissão Recusada';
Strings.OfficeOM.L_FileTypeNotSupported = 'O tipo de ficheiro especificado não é suportado.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Os parâmetros coordenados não podem ser usados com Tabelas de tipo coerção quando a tabela contém células unidas.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Um momento...';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'A dimensão do payload do excedeu o limite. Consulte por favor a documentação: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_TooManyOptionalObjects = 'vários objetos opcionais na lista de parâmetros';
Strings.OfficeOM.L_ActivityLimitReached = 'O limite de atividade foi atingido.';
Strings.OfficeOM.L_DocumentIsInactive =
  'A operação falhou porque o documento que contém este suplemento está inativo.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'A chamada de retorno não pode ser especificada simultaneamente na lista de argumentos e no objeto opcional.';
Strings.OfficeOM.L_InternalError = 'Erro Interno';
Strings.OfficeOM.L_IndexOutOfRange = 'O índice está fora do intervalo.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'O conjunto de dados pedido é grande demais.';
Strings.OfficeOM.L_NavOutOfBound = 'A operação falhou porque o índice está fora do intervalo.';
Strings.OfficeOM.L_SaveSettingsError = 'Erro ao Guardar Definições';
Strings.OfficeOM.L_ShowWindowDialogNotification = 'O suplemento {0} quer apresentar uma nova janela.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Ocorreu um erro inesperado no servidor.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'A linha especificada está em branco.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'As alterações à propriedade "{0}" não podem ser aplicadas através de um método "object.set".';
Strings.OfficeOM.L_NewWindowCrossZone =
  'As definições de segurança no seu browser impedem-nos de criar uma caixa de diálogo. Experimente um browser diferente ou {0} para que o "{1}" e o domínio apresentado na barra de endereços estejam na mesma zona de segurança.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Nota: sugerimos que o número de células numa tabela seja inferior a 20.000 células.';
Strings.OfficeOM.L_InvalidParameters = 'A função {0} tem parâmetros inválidos.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'O nó especificado não foi encontrado.';
Strings.OfficeOM.L_InvalidSetColumns = 'As colunas especificadas são inválidas.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Para continuar, remova o suplemento e adicione-o novamente, ou atualize a página.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Os valores de startRow or startColumn especificados são inválidos.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'O tipo de coerção especificado não é compatível com o este tipo de vínculo.';
Strings.OfficeOM.L_CancelButton = 'Cancelar';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Este browser não suporta a API pedida.';
Strings.OfficeOM.L_UserAborted = 'O utilizador abortou o pedido de consentimento.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'O tamanho de setor especificado não é suportado.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'O objeto de dados fornecido não é compatível com a forma ou dimensões da seleção atual.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'O XPath limita a seleção a 1 024 itens.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'A operação falhou porque este suplemento já está a pedir um token de acesso.';
Strings.OfficeOM.L_BadSelectorString =
  'A cadeia transmitida para o seletor está formatada de forma incorreta ou não é suportada.';
Strings.OfficeOM.L_InvalidNode = 'Nó Inválido';
Strings.OfficeOM.L_ValueNotLoaded =
  'O valor do objeto de resultado ainda não foi carregado. Antes de ler a propriedade de valor, faça uma chamada a "context.sync()" no contexto do pedido associado.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'A função de lotes passada para o método ".run" não devolveu uma promessa. A função tem de devolver uma promessa, para que todos os objetos controlados automaticamente possam ser libertados na conclusão da operação de lote. Normalmente, uma promessa é devolvida ao devolver a resposta de "context.sync()".';
Strings.OfficeOM.L_InvalidBindingError = 'Erro de Vínculo Inválido';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'O tipo de vínculo especificado não é compatível com item nomeado fornecido.';
Strings.OfficeOM.L_BindingCreationError = 'Erro de Criação de Vínculo';
Strings.OfficeOM.L_OutOfRange = 'Fora do Intervalo';
Strings.OfficeOM.L_FormattingReminder = 'Lembrete de Formatação';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'A API não é suportada nesta plataforma.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'O pedido falhou com o código de estado {0}.';
Strings.OfficeOM.L_SettingsStaleError = 'Erro Obsoleto de Definições';
Strings.OfficeOM.L_InitializeNotReady =
  'O Office.js ainda não foi totalmente carregado. Tente novamente mais tarde ou certifique-se de que adiciona o seu código de inicialização na função Office.initialize.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Não é possível registar o processador de eventos.';
Strings.OfficeOM.L_InvalidResourceUrl = 'O URL do recurso de aplicação fornecido é inválido.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Está prestes a enviar e receber informações potencialmente confidenciais da {0}. Clique em OK se confiar no seguinte Web site que está a receber as informações confidenciais: {1}.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'A aplicação {0} não existe. O Microsoft.Office.WebExtension.Initialize(reason) não foi chamado.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Ao clicar em OK, permitirá acesso {0} aos seus conteúdos e informações pessoais. ';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'A operação definida falhou porque o objeto de dados fornecido irá substituir ou alterar dados.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'A sua sessão do Office expirou ou é inválida. Para continuar, atualize a página.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Os parâmetros especificados estão em conflito.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'O protocolo HTTP não é suportado. Em alternativa, utilize HTTPS';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'A operação falhou porque este suplemento já tem uma caixa de diálogo ativa.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'A seleção atual não é suportada.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'A dimensão do payload do pedido excedeu o limite. Consulte por favor a documentação: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidAPICall = 'Chamada de API Inválida';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Ocorreu um erro inesperado no cliente.';
Strings.OfficeOM.L_InvalidBinding = 'Vínculo Inválido';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'O tipo de coerção especificado não é suportado.';
Strings.OfficeOM.L_InvalidSetRows = 'As linhas especificadas são inválidas.';
Strings.OfficeOM.L_APICallFailed = 'Falha na Chamada à API';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'A enumeração não é suportada na aplicação do anfitrião atual.';
Strings.OfficeOM.L_InvalidFormat = 'Erro de Formato Inválido';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Ligar ao closeAsync no Ficheiro atual antes de obter outro.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Tipo de OsfControl não suportado.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'O Excel está em modo de edição de célula. Saia do modo de edição ao premir Enter ou a Tecla de Tabulação ou ao selecionar outra célula. Em seguida, tente novamente.';
Strings.OfficeOM.L_MemoryLimit = 'Limite de Memória Excedido';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'O domínio do URL não está incluído no elemento AppDomains no manifesto e não é um subdomínio da localização de origem.';
Strings.OfficeOM.L_OperationNotSupported = 'A operação não é suportada.';
Strings.OfficeOM.L_ContinueButton = 'Continuar';
Strings.OfficeOM.L_PropertyDoesNotExist = 'A propriedade "{0}" não existe no objeto.';
Strings.OfficeOM.L_SelectionCannotBound = 'Não é possível vincular à seleção atual.';
Strings.OfficeOM.L_NotSupportedBindingType = 'O tipo de vínculo especificado {0} não é suportado.';
Strings.OfficeOM.L_NotSupportedEventType = 'O tipo de evento especificado {0} não é suportado.';
Strings.OfficeOM.L_DataWriteReminder = 'Lembrete de Escrita de Dados';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Não foi possível remover o processador de eventos.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'O nome da função tem de conter um espaço de nomes não vazio e um nome abreviado não vazio.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'O valor está fora do intervalo permitido.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Faça uma seleção.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Enumeração Não Suportada';
Strings.OfficeOM.L_SettingNameNotExist = 'O nome da definição especificada não existe.';
Strings.OfficeOM.L_ReadSettingsError = 'Erro ao Ler Definições';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'A operação de escrita não é suportada para o Office quando um diálogo modal está aberto.';
Strings.OfficeOM.L_UnknownBindingType = 'O tipo de vínculo não é suportado.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Chamada de API inválida no contexto atual.';
Strings.OfficeOM.L_NamedItemNotFound = 'O item com nome não existe.';
Strings.OfficeOM.L_UserAbortedMessage = 'O utilizador não consentiu as permissões do suplemento.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'A operação falhou porque este suplemento não suporta o consentimento do utilizador nesta categoria';
Strings.OfficeOM.L_AppNameNotExist = 'O Nome do Suplemento {0} não existe.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'O objeto de dados especificado é grande demais.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Não é possível criar um vínculo com a seleção atual e o tipo de vínculo especificado.';
Strings.OfficeOM.L_TooManyArguments = 'demasiados argumentos';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_SettingsCannotSave = 'Não foi possível guardar as definições.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Foi perdida uma ligação durante o processo de início de sessão.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorar';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'A operação não é suportada neste tipo de vínculo.';
Strings.OfficeOM.L_DialogNavigateError = 'Erro de Navegação da Caixa de Diálogo';
Strings.OfficeOM.L_NotTrustedWAC =
  'Este suplemento foi desativado para ajudar a proteger a sua segurança. Para continuar a utilizar o suplemento, certifique que este item está alojado num domínio fidedigno ou abra-o na aplicação de ambiente de trabalho do Office.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'A propriedade com este nome em Excel.Script.CustomFunctions que representa a definição da função tem de conter uma propriedade "call" que implemente a função.';
Strings.OfficeOM.L_HostError = 'Erro de Anfitrião';
Strings.OfficeOM.L_DocumentReadOnly = 'A operação solicitada não é permitida no modo de documento atual.';
Strings.OfficeOM.L_RequestTimeout = 'A chamada demorou demasiado tempo a ser executada.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Sessão Inválida ou Sessão Cujo Tempo Limite Foi Excedido';
Strings.OfficeOM.L_EventRegistrationError = 'Erro de Registo de Evento';
Strings.OfficeOM.L_CustomXmlError = 'Erro de XML Personalizado.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Limite de Seleção Atingido';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'As restrições do browser impediram-nos de criar a caixa de diálogo. O domínio da caixa de diálogo e o domínio do anfitrião do suplemento não estão na mesma zona de segurança.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Os argumentos de entrada são inválidos.';
Strings.OfficeOM.L_InvalidValue = 'Valor Inválido';
Strings.OfficeOM.L_PropertyNotLoaded =
  'A propriedade "{0}" não está disponível. Antes de ler o valor da propriedade, chame o método de carregamento no objeto contentor e chame "context.sync()" no contexto de pedido associado.';
Strings.OfficeOM.L_DialogInvalidScheme = 'O esquema de URL não é suportado. Em alternativa, utilize HTTPS.';
Strings.OfficeOM.L_SSOServerError = 'Ocorreu um erro no fornecedor de autenticação.';
Strings.OfficeOM.L_ElementMissing =
  'Não conseguimos formatar a célula da tabela porque alguns valores de parâmetro estão em falta. Verifique os parâmetros e tente novamente.';
