Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Chame closeAsync no arquivo atual antes de recuperar outro.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "As configurações de segurança do navegador nos impedem de criar uma caixa de diálogo. Tente outro navegador ou {0} para que '{1}' e o domínio mostrado na barra de endereço estejam na mesma zona de segurança.";
Strings.OfficeOM.L_MemoryLimit = 'Limite de Memória Excedido';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'O aplicativo {0} não existe. Microsoft.Office.WebExtension.Initialize(reason) não é chamado.';
Strings.OfficeOM.L_APICallFailed = 'Falha na Chamada à API';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorar';
Strings.OfficeOM.L_DisplayDialogError = 'Exibir Erro do Diálogo';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'O tipo de coerção especificado não tem suporte.';
Strings.OfficeOM.L_InvalidGetRows = 'As linhas especificadas são inválidas.';
Strings.OfficeOM.L_BindingCreationError = 'Erro de criação de ligação';
Strings.OfficeOM.L_GetDataIsTooLarge = 'O conjunto de dados solicitado é muito grande.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'O tamanho do conteúdo da resposta excedeu o limite. Consulte a documentação: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'A operação falhou porque este suplemento não dá suporte ao consentimento do usuário nesta categoria';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Sua sessão do Office expirou ou é inválida. Para continuar, atualize a página.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'As colunas especificadas são inválidas.';
Strings.OfficeOM.L_InvalidNode = 'Nó Inválido';
Strings.OfficeOM.L_ImplicitNotLoaded = 'O módulo não é carregado antes de obter um token';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'A seleção atual não tem suporte para o tipo de coerção especificado.';
Strings.OfficeOM.L_NavOutOfBound = 'A operação falhou porque o índice está fora do intervalo.';
Strings.OfficeOM.L_RequestTimeout = 'A chamada demorou muito tempo para executar.';
Strings.OfficeOM.L_ShuttingDown = 'Falha na operação porque os dados não são atuais no servidor.';
Strings.OfficeOM.L_FormattingReminder = 'Lembrete de Formatação';
Strings.OfficeOM.L_NoHttpsWAC =
  'Esta sessão do Office não está usando uma conexão segura. Recomendamos que você tome precauções extras.';
Strings.OfficeOM.L_PermissionDenied = 'Permissão negada';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'O nome da função deve conter um namespace não vazio e um nome curto não vazio.';
Strings.OfficeOM.L_Timeout = 'Tempo limite da operação atingido.';
Strings.OfficeOM.L_BindingNotExist = 'A ligação especificada não existe.';
Strings.OfficeOM.L_InvalidValue = 'Valor Inválido';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Falha ao adicionar o manipulador de eventos.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Operação de Associação Inválida';
Strings.OfficeOM.L_DataWriteReminder = 'Lembrete de Gravação de Dados';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Não é possível criar uma ligação com a seleção atual e o tipo de ligação especificada.';
Strings.OfficeOM.L_BadSelectorString =
  'A cadeia de caracteres passada para o seletor está formatada incorretamente ou não tem suporte.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'A propriedade \'{0}\' não está disponível. Antes de ler o valor da propriedade, chame o método de carregamento no objeto contentor e chame "context.sync()" no contexto de solicitação associada.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Um ou mais parâmetros tableOptions tem valores que não são permitidos. Verifique outra vez os valores e tente novamente.';
Strings.OfficeOM.L_NotSupportedEventType = 'Não há suporte para o tipo de evento especificado {0}.';
Strings.OfficeOM.L_InvalidObjectPath =
  'O caminho do objeto \'{0}\' não está funcionando para o que você está tentando fazer. Se você estiver usando o objeto em várias chamadas de "context.sync" e fora da execução sequencial de um lote ".run", use os métodos "context.trackedObjects.add()" e "context.trackedObjects.remove()" para gerenciar o tempo de vida do objeto.';
Strings.OfficeOM.L_CancelButton = 'Cancelar';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'A operação falhou porque este suplemento já está solicitando um token de acesso.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Observação: é recomendável que os conjuntos de formatação definidos por uma chamada de API de formatação não ultrapassem 100.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Não é possível gravar na seleção atual.';
Strings.OfficeOM.L_InvalidBindingError = 'Erro de Associação Inválida';
Strings.OfficeOM.L_NotSupported = 'Função {0} não é suportada.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'O tipo OsfControl não tem suporte.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'O XPath limita a seleção a 1024 itens.';
Strings.OfficeOM.L_ContinueButton = 'Continuar';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Não há suporte para a operação de gravação no Office quando uma caixa de diálogo modal está aberta.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'A API não é compatível nesta plataforma.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Concessão ausente para este suplemento.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Um ou mais parâmetros de célula têm valores que não são permitidos. Verifique outra vez os valores e tente novamente.';
Strings.OfficeOM.L_InternalErrorDescription = 'Ocorreu um erro interno.';
Strings.OfficeOM.L_OutOfRange = 'Fora do Intervalo';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'O método ou a propriedade {0} é parte do conjunto de requisitos da {1} que não está disponível em sua versão do {2}.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'O nome da função pode conter apenas letras, dígitos, sublinhados e pontos.';
Strings.OfficeOM.L_HostError = 'Erro de host';
Strings.OfficeOM.L_NamedItemNotFound = 'O item nomeado não existe.';
Strings.OfficeOM.L_NetworkProblem = 'Problema de Rede';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Não há suporte para o tipo de identidade do usuário.';
Strings.OfficeOM.L_InvalidParameters = 'A função {0} possui parâmetros inválidos.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_SettingsAreStale = 'As configurações não puderam ser salvas porque não são atuais.';
Strings.OfficeOM.L_MissingRequiredArguments = 'alguns argumentos necessários ausentes';
Strings.OfficeOM.L_DocumentReadOnly = 'A operação solicitada não é permitida no modo de documento atual.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Limite de Seleção Atingido';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Este suplemento não dá suporte ao consentimento do usuário.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Os parâmetros especificados estão em conflito.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'O objeto de dados especificado não é compatível com o tipo de ligação.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'O tamanho da fatia especificado não tem suporte.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'O retorno de chamada não pode ser especificado na lista de argumentos e no objeto opcional.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Você está prestes a enviar e receber informações potencialmente confidenciais do {0}. Clique em OK somente se você confiar no seguinte site que recebe as informações confidenciais: {1}.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Este suplemento foi desabilitado para ajudar a mantê-lo seguro. Para continuar usando o suplemento, valide se este item está hospedado em um domínio confiável ou abra-o no aplicativo da área de trabalho do Office.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Esta API foi limitada para reduzir a frequência de chamada.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Os valores startRow ou startColumn especificados são inválidos.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'O conteúdo selecionado precisa estar em formato de tabela. Formate os dados como uma tabela e tente novamente.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'O objeto de dados fornecido não corresponde ao tamanho da seleção atual.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'A seleção atual não tem suporte.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Argumentos de entrada inválidos.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Faça uma seleção.';
Strings.OfficeOM.L_DataWriteError = 'Erro de gravação de dados';
Strings.OfficeOM.L_EventHandlerNotExist =
  'O manipulador de eventos especificado não foi encontrado para esta associação.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Parâmetros de coordenadas não podem ser usados com a Tabela de tipo de coerção quando a tabela contém células mescladas.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Permitir';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Falha ao remover o manipulador de eventos.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Não é possível registrar o manipulador de eventos.';
Strings.OfficeOM.L_SSOServerError = 'Ocorreu um erro no provedor de autenticação.';
Strings.OfficeOM.L_SaveSettingsError = 'Salvar erro de configurações';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_SelectionCannotBound = 'Não é possível ligar à seleção atual.';
Strings.OfficeOM.L_InValidOptionalArgument = 'argumento opcional inválido';
Strings.OfficeOM.L_DataNotMatchSelection =
  'O objeto de dados fornecido não é compatível com a forma ou as dimensões da seleção atual.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'O tamanho do conteúdo da solicitação excedeu o limite. Consulte a documentação: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Para continuar, remova o suplemento e adicione-o novamente ou atualize a página.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Os valores startRow ou startColumn especificados são inválidos.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'A solicitação falhou com código de status {0}, código de erro {1} e a seguinte mensagem de erro: {2}';
Strings.OfficeOM.L_SSOConnectionLostError = 'Uma conexão foi perdida durante o processo de entrada.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Os valores rowCount e columnCount especificados são inválidos.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Este navegador não oferece suporte para a API solicitada.';
Strings.OfficeOM.L_PropertyDoesNotExist = "Propriedade '{0}' não existe no objeto.";
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'O nó especificado não foi encontrado.';
Strings.OfficeOM.L_ConfirmDialog =
  'O domínio {0} está agindo como Microsoft Office e pode executar Office suplementos, que podem acessar seus dados pessoais. Se você confia que o domínio seja executado como Office e acesse seus dados, clique em OK para continuar.';
Strings.OfficeOM.L_InvalidDataObject = 'Objeto de dados inválido';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'A operação foi cancelada pelo usuário.';
Strings.OfficeOM.L_InvalidArgument =
  "O argumento '{0}' não funciona nesta situação, está ausente ou não está no formato correto.";
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  "Tentativa de definir a propriedade somente leitura '{0}'.";
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Não há suporte para o tipo de identidade do usuário.';
Strings.OfficeOM.L_DataStale = 'Dados Não Atuais';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'O valor de índice de linha está fora do intervalo permitido. Use um valor (0 ou superior) que seja menor do que o número de linhas.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Não há suporte para o tipo de ligação especificado {0}.';
Strings.OfficeOM.L_NoCapability = 'Você não tem permissões suficientes para esta ação.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Está faltando a função para obter o contexto de autenticação';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'O tipo de vinculação especificada não é compatível com o item nomeado fornecido.';
Strings.OfficeOM.L_UserClickIgnore = 'O usuário optou por ignorar a caixa de diálogo.';
Strings.OfficeOM.L_InvalidSetRows = 'As linhas especificadas são inválidas.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'várias funções opcionais na lista de parâmetros';
Strings.OfficeOM.L_InvalidGrant = 'Faltando pré-autorização.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Não podemos continuar.';
Strings.OfficeOM.L_FunctionCallFailed = 'Falha na chamada de função {0}, código de erro: {1}.';
Strings.OfficeOM.L_InvalidDataFormat = 'O formato do objeto de dados especificado é inválido.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Não há suporte para o protocolo HTTP. Use HTTPS';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'O valor de índice de coluna está fora do intervalo permitido. Use um valor (0 ou superior) que seja menor do que o número de colunas.';
Strings.OfficeOM.L_InvalidCoercion = 'Tipo inválido de coerção';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Um momento ...';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Foram encontrados vários objetos com o mesmo nome.';
Strings.OfficeOM.L_FileTypeNotSupported = 'O tipo de arquivo especificado não tem suporte.';
Strings.OfficeOM.L_DataReadError = 'Erro de leitura de dados';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Dados Desatualizados';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Não há suporte para a API de identidade deste suplemento.';
Strings.OfficeOM.L_IndexOutOfRange = 'Índice fora do intervalo.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Um problema de rede impediu a recuperação do arquivo.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Não há suporte para o tipo de objeto de dados fornecido.';
Strings.OfficeOM.L_OperationCancelledError = 'Operação Cancelada';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'A ID especificada não existe.';
Strings.OfficeOM.L_ActivityLimitReached = 'O limite de atividade foi atingido.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'A operação falhou porque a janela pai está minimizada.';
Strings.OfficeOM.L_ValueNotLoaded =
  'O valor do objeto do resultado ainda não foi carregado. Antes de ler a propriedade value, chamada "context.sync()" no contexto de solicitação associada.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'O objeto de dados especificado é muito grande.';
Strings.OfficeOM.L_TooManyArguments = 'muitos argumentos';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Ocorreu um erro inesperado no servidor.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'O valor está fora do intervalo permitido.';
Strings.OfficeOM.L_SettingsStaleError = 'Erro de configurações obsoletos';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Não há suporte para várias seleções não contíguas.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'O Excel está em modo de edição de célula. Saia do modo de edição pressionando ENTER ou TAB ou selecionando outra célula e tente novamente.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'A linha especificada está em branco.';
Strings.OfficeOM.L_SettingsCannotSave = 'Não foi possível salvar as configurações.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'vários objetos opcionais na lista de parâmetros';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'configure o seu navegador';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Enumeração sem Suporte';
Strings.OfficeOM.L_InvalidGetColumns = 'As colunas especificadas são inválidas.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Parâmetros de coordenadas não podem ser usados com a Tabela de tipo de coerção quando a tabela contém células mescladas.';
Strings.OfficeOM.L_DialogNavigateError = 'Erro de Navegação do Diálogo';
Strings.OfficeOM.L_UserNotSignedIn = 'Nenhum usuário está conectado ao Office.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'A operação falhou porque este suplemento já tem uma caixa de diálogo modal ativa.';
Strings.OfficeOM.L_UnknownBindingType = 'Não há suporte para o tipo de vinculação.';
Strings.OfficeOM.L_ShowWindowDialogNotification = 'O {0} deseja exibir uma nova janela.';
Strings.OfficeOM.L_EventRegistrationError = 'Erro de registro de eventos';
Strings.OfficeOM.L_ReadSettingsError = 'Erro de leitura de configurações';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'A solicitação falhou com código de status {0}.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Os dados estão desatualizados. Recupere o objeto novamente.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Observação: é recomendável que o número de células em uma tabela não ultrapasse 20.000 células.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Aguarde até que a chamada anterior for concluída.';
Strings.OfficeOM.L_UserAbortedMessage = 'O usuário não consentiu as permissões do suplemento.';
Strings.OfficeOM.L_CallbackNotAFunction = 'O retorno de chamada deve ser do tipo função, era do tipo {0}.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'A solicitação de API JavaScript falhou porque a pasta de trabalho foi oculto. Reexibir pasta de trabalho e tente novamente.';
Strings.OfficeOM.L_DocumentIsInactive =
  'A operação falhou porque o documento que contém este suplemento está inativo.';
Strings.OfficeOM.L_SSOClientError = 'Ocorreu um erro na solicitação de autenticação do Office.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Ocorreu um erro inesperado no cliente.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Um ou mais parâmetros de formato têm valores que não são permitidos. Verifique outra vez os valores e tente novamente.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Ao clicar em OK, você permitirá acesso de {0} ao seu conteúdo e informações pessoais. ';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'O domínio da URL não está incluído no elemento AppDomains no manifesto, e não é um subdomínio do local de origem.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Uma conexão foi perdida durante o processo de entrada, e o usuário não pôde ser conectado. Isso foi provavelmente devido às definições da configuração do navegador do usuário, como as zonas de segurança.';
Strings.OfficeOM.L_SettingNameNotExist = 'O nome de configuração especificado não existe.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'O tipo do objeto de dados especificado não é compatível com a seleção atual.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'A função de lote passada para o método ".run" não retornou uma promessa. A função deve retornar uma promessa para que todos os objetos rastreados automaticamente possam ser liberados na conclusão da operação em lote. Normalmente, você deve retornar uma promessa enviando a resposta de "context.sync()".';
Strings.OfficeOM.L_InvalidRequestContext =
  'Não é possível usar o objeto em contextos de solicitação diferentes.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Os argumentos passados para a função não funcionam com essa situação, estão ausentes ou não estão no formato correto.';
Strings.OfficeOM.L_MissingParameter = 'Parâmetro Ausente';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Sessão Inválida ou com Tempo Limite Excedido';
Strings.OfficeOM.L_APINotSupported = 'API sem Suporte';
Strings.OfficeOM.L_InitializeNotReady =
  'O Office.js ainda não está totalmente carregado. Tente novamente mais tarde ou verifique se você adicionou seu código de inicialização na função Office.initialize.';
Strings.OfficeOM.L_CustomXmlError = 'Erro no XML personalizado.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'O tipo de coerção especificado não é compatível com este tipo de associação.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'A propriedade com este nome no Excel.Script.CustomFunctions que representa a definição da função deve conter uma propriedade "call" que implementa a função.';
Strings.OfficeOM.L_InvalidFormat = 'Erro de formato inválido';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Uma propriedade com este nome que representa a definição da função deve existir em Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_ElementMissing =
  'Não foi possível formatar a célula da tabela, pois faltam alguns valores de parâmetro. Verifique outra vez os parâmetros e tente novamente.';
Strings.OfficeOM.L_NotImplemented = 'A função {0} não está implementada.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Chamada de API inválida no contexto atual.';
Strings.OfficeOM.L_InternalError = 'Erro interno';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'A URL do recurso indicada no manifesto é inválida.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Operação sem suporte neste tipo de associação.';
Strings.OfficeOM.L_UserAborted = 'O usuário anulou a solicitação de consentimento.';
Strings.OfficeOM.L_OperationNotSupported = 'A operação não é suportada.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'As restrições do navegador nos impediram de criar a caixa de diálogo. O domínio da caixa de diálogo e o domínio do host do suplemento não estão na mesma zona de segurança.';
Strings.OfficeOM.L_InvalidBinding = 'Associação Inválida';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'A enumeração não tem suporte no aplicativo host atual.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'A operação definida falhou porque o objeto de dados fornecido irá sobrescrever ou deslocar os dados.';
Strings.OfficeOM.L_InvalidResourceUrl = 'A URL do recurso do aplicativo fornecida é inválida.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'O suplemento já está solicitando um token de acesso.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'A operação falhou porque este suplemento já possui uma caixa de diálogo ativa.';
Strings.OfficeOM.L_InvalidSetColumns = 'As colunas especificadas são inválidas.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Não há suporte para o esquema de URL. Use HTTPS.';
Strings.OfficeOM.L_CannotNavigateTo =
  'O objeto está localizado em um local onde a navegação não é suportada.';
Strings.OfficeOM.L_AppNameNotExist = 'O Nome de Suplemento de {0} não existe.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Altera a propriedade \'{0}\' que não pode ser aplicada por meio de um método "object.set".';
Strings.OfficeOM.L_InvalidAPICall = 'Chamada de API inválida';
Strings.OfficeOM.L_GetDataParametersConflict = 'Os parâmetros especificados estão em conflito.';
