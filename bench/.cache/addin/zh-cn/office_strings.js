Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  '浏览器限制阻止创建对话框。对话框的域和外接程序宿主的域不处于同一安全区域。';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  '所选内容必须采用表格格式。将数据设置为表格格式，然后再试。';
Strings.OfficeOM.L_InvalidAPICall = '无效的 API 调用';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = '不支持该用户的标识类型。';
Strings.OfficeOM.L_InvalidArgument = '参数“{0}”不适用于这种情况、丢失或者格式不正确。';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = '已达到选择限制';
Strings.OfficeOM.L_ConfirmDialog =
  '域{0}充当Microsoft Office，可以运行Office加载项，后者可能会访问你的个人数据。如果信任域以Office身份运行并访问数据，请单击“确定”继续。';
Strings.OfficeOM.L_TooManyIncompleteRequests = '等待前一个调用完成。';
Strings.OfficeOM.L_PropertyNotLoaded =
  '属性“{0}”不可用。读取属性的值之前，请先对包含对象调用 load 方法，再对关联的请求上下文调用 "context.sync()"。';
Strings.OfficeOM.L_FileTypeNotSupported = '不支持指定的文件类型。';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits = '注意: 建议由格式 API 调用设置的格式集数少于 100。';
Strings.OfficeOM.L_InternalErrorDescription = '发生了内部错误。';
Strings.OfficeOM.L_InvalidRequestContext = '不能跨不同的请求上下文使用该对象。';
Strings.OfficeOM.L_UserNotSignedIn = '没有用户登录到 Office。';
Strings.OfficeOM.L_DataReadError = '数据读取错误';
Strings.OfficeOM.L_CustomXmlOutOfDateName = '数据不是最新的';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = '数据已过期。请重新检索对象。';
Strings.OfficeOM.L_Timeout = '操作已超时。';
Strings.OfficeOM.L_UnsupportedUserIdentity = '不支持的用户标识类型。';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = '发生网络问题，无法检索该文件。';
Strings.OfficeOM.L_MultipleNamedItemFound = '找到多个具有相同名称的对象。';
Strings.OfficeOM.L_TooManyOptionalObjects = '参数列表中的多个可选对象';
Strings.OfficeOM.L_InvalidGrant = '缺少 Preauthorization。';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage = '你的 Office 会话已过期或无效。若要继续, 请刷新页面。';
Strings.OfficeOM.L_DataNotMatchSelection = '提供的数据对象与当前所选内容的形状或尺寸不兼容。';
Strings.OfficeOM.L_EventHandlerNotExist = '找不到此绑定的指定事件处理程序。';
Strings.OfficeOM.L_NetworkProblem = '网络问题';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = '请稍等...';
Strings.OfficeOM.L_DisplayDialogError = '显示对话框错误';
Strings.OfficeOM.L_InvalidBinding = '无效的绑定';
Strings.OfficeOM.L_NotImplemented = '未实现函数 {0}。';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP 协议不受支持。请改用 HTTPS。';
Strings.OfficeOM.L_TooManyOptionalFunction = '参数列表中的多个可选函数';
Strings.OfficeOM.L_APINotSupported = '不支持 API';
Strings.OfficeOM.L_CannotNavigateTo = '该对象位于不支持导航的位置。';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = '指定的 rowCount 或 columnCount 值无效。';
Strings.OfficeOM.L_CellDataAmountBeyondLimits = '注意: 建议表格中的单元格数少于 20,000 个单元格。';
Strings.OfficeOM.L_InvalidColumnsForBinding = '指定的列无效。';
Strings.OfficeOM.L_PermissionDenied = '权限被拒绝';
Strings.OfficeOM.L_SSOConnectionLostError = '登录过程中丢失了连接。';
Strings.OfficeOM.L_BindingCreationError = '绑定创建错误';
Strings.OfficeOM.L_InvalidCoercion = '强制类型无效';
Strings.OfficeOM.L_GetSelectionNotSupported = '不支持当前所选内容。';
Strings.OfficeOM.L_EventHandlerRemovalFailed = '未能删除事件处理程序。';
Strings.OfficeOM.L_InternalError = '内部错误';
Strings.OfficeOM.L_CoercionTypeNotSupported = '不支持指定的强制类型。';
Strings.OfficeOM.L_ApiNotFoundDetails = '该方法或属性 {0} 是 {1} 要求集的一部分，在你的 {2} 版本中不可用。';
Strings.OfficeOM.L_DocumentReadOnly = '当前文档模式不允许所请求的操作。';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  '操作失败，因为在此类别中即使用户同意，也不可使用此加载项';
Strings.OfficeOM.L_GetDataIsTooLarge = '请求的数据集太大。';
Strings.OfficeOM.L_MemoryLimit = '超过了内存限制';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Excel.Script.CustomFunctions 中必须存在具有此名称、表示函数定义的属性。';
Strings.OfficeOM.L_SSOClientError = '来自 Office 的身份验证请求中出现错误。';
Strings.OfficeOM.L_SSOUnsupportedPlatform = '此平台不支持 API。';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL 方案不受支持。请改用 HTTPS。';
Strings.OfficeOM.L_InvalidGetRows = '指定的行无效。';
Strings.OfficeOM.L_SSOServerErrorMessage = '服务器上发生异常错误。';
Strings.OfficeOM.L_InvalidBindingOperation = '无效的绑定操作';
Strings.OfficeOM.L_InvalidSelectionForBindingType = '不能通过当前所选内容和指定的绑定类型创建绑定。';
Strings.OfficeOM.L_SettingsAreStale = '无法保存设置，因为它们不是最新的。';
Strings.OfficeOM.L_SSOServerError = '身份验证提供程序中出现错误。';
Strings.OfficeOM.L_OutOfRange = '超出范围';
Strings.OfficeOM.L_ConnectionFailureWithStatus = '请求失败，状态代码为 {0}。';
Strings.OfficeOM.L_SetDataParametersConflict = '指定的参数发生冲突。';
Strings.OfficeOM.L_SpecifiedIdNotExist = '指定的 ID 不存在。';
Strings.OfficeOM.L_TooManyArguments = '参数太多';
Strings.OfficeOM.L_DataNotMatchBindingSize = '提供的数据对象与当前所选内容的大小不匹配。';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath 将选择限制为 1024 个项目。';
Strings.OfficeOM.L_PropertyDoesNotExist = '该对象上不存在属性“{0}”。';
Strings.OfficeOM.L_OperationCancelledError = '已取消操作';
Strings.OfficeOM.L_CancelButton = '取消';
Strings.OfficeOM.L_SaveSettingsError = '保存设置错误';
Strings.OfficeOM.L_FunctionCallFailed = '函数 {0} 调用失败，错误代码: {1}。';
Strings.OfficeOM.L_InvalidBindingError = '无效的绑定错误';
Strings.OfficeOM.L_UnsupportedDataObject = '提供的数据对象不受支持。';
Strings.OfficeOM.L_ValueNotLoaded =
  '尚未加载结果对象的值。请先调用相关请求上下文上的 "context.sync()"，然后再读取值属性。';
Strings.OfficeOM.L_UnsupportedEnumeration = '不受支持的枚举';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = '尝试设置只读属性“{0}”。';
Strings.OfficeOM.L_EventHandlerAdditionFailed = '未能添加事件处理程序。';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = '请进行选择。';
Strings.OfficeOM.L_UserClickIgnore = '用户已选择忽略对话框。';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL 的域不包括在清单中的 AppDomains 元素中，并且不是源位置的子域。';
Strings.OfficeOM.L_CustomXmlError = '自定义 XML 错误。';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  '响应有效负载大小已超过限制。请参考文档: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"。';
Strings.OfficeOM.L_ReadSettingsError = '读取设置错误';
Strings.OfficeOM.L_InvalidArgumentGeneric = '传递给函数的参数不适用于此情况、丢失或格式错误。';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  '当强制类型表包含合并的单元格时，坐标参数不能与该表一起使用。';
Strings.OfficeOM.L_NoCapability = '您没有足够的权限执行此操作。';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = '缺少获取身份验证上下文的函数';
Strings.OfficeOM.L_OKButton = '确定';
Strings.OfficeOM.L_UserAbortedMessage = '用户没有允许外接程序的权限。';
Strings.OfficeOM.L_InvalidParameters = '函数 {0} 包含无效参数。';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = '在检索另一个文件之前对当前文件调用 closeAsync。';
Strings.OfficeOM.L_NavOutOfBound = '操作失败，因为索引超出范围。';
Strings.OfficeOM.L_InvalidDataFormat = '指定的数据对象的格式无效。';
Strings.OfficeOM.L_InvalidOrTimedOutSession = '无效或定时出会话';
Strings.OfficeOM.L_NotTrustedWAC =
  '已禁用此加载项，以帮助保护你的安全。若要继续使用外接程序，请验证此项目托管在受信任的域中或在 Office 桌面应用中打开它。';
Strings.OfficeOM.L_DataNotMatchCoercionType = '指定的数据对象的类型与当前所选内容不兼容。';
Strings.OfficeOM.L_SliceSizeNotSupported = '指定的扇区大小不受支持。';
Strings.OfficeOM.L_DataWriteReminder = '数据写入提醒';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  '当强制类型表包含合并的单元格时，坐标参数不能与该表一起使用。';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod = '无法通过 "object.set" 方法应用对属性“{0}”的更改。';
Strings.OfficeOM.L_InvalidSetColumns = '指定的列无效。';
Strings.OfficeOM.L_InvalidReadForBlankRow = '指定的行是空的。';
Strings.OfficeOM.L_InvalidGetColumns = '指定的列无效。';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  '当模式对话框处于打开状态时，Office 不支持写入操作。';
Strings.OfficeOM.L_NotSupported = '不支持函数 {0}。';
Strings.OfficeOM.L_UnknownBindingType = '不支持该绑定类型。';
Strings.OfficeOM.L_InvalidSSOAddinMessage = '此外接程序不支持标识 API。';
Strings.OfficeOM.L_RowIndexOutOfRange = '行索引值不在允许的范围内。请使用少于行数的值(0 或更大)。';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Excel.Script.CustomFunctions 中具有此名称的表示函数定义的属性必须包含实现了该函数的 "call" 属性。';
Strings.OfficeOM.L_DialogOK = '确定';
Strings.OfficeOM.L_ShuttingDown = '操作失败，因为服务器上的数据不是最新的。';
Strings.OfficeOM.L_CannotWriteToSelection = '无法写入到当前所选内容。';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = '配置浏览器';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API 请求失败，因为工作簿已隐藏。请取消隐藏工作簿，然后重试。';
Strings.OfficeOM.L_IndexOutOfRange = '索引超出范围。';
Strings.OfficeOM.L_SetDataIsTooLarge = '指定的数据对象太大。';
Strings.OfficeOM.L_InvalidGrantMessage = '缺少对此加载项的授权。';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl 类型不受支持。';
Strings.OfficeOM.L_APICallFailed = 'API 调用失败';
Strings.OfficeOM.L_RequestTokenUnavailable = '已限制此 API 以减慢调用频率。';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = '指定的强制类型与此绑定类型不兼容。';
Strings.OfficeOM.L_ImplicitNotLoaded = '在获取令牌之前未加载此模块 ';
Strings.OfficeOM.L_NotSupportedBindingType = '不支持指定的绑定类型 {0}。';
Strings.OfficeOM.L_BadSelectorString = '传递到选择器中的字符串格式不正确或不受支持。';
Strings.OfficeOM.L_BrowserAPINotSupported = '此浏览器不支持请求的 API。';
Strings.OfficeOM.L_ConfirmCancelMessage = '抱歉，无法继续操作。';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = '忽略';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = '输入参数无效。';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  '请求有效负载大小已超过限制。请参考文档: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"。';
Strings.OfficeOM.L_InvalidCellsValue = '一个或多个单元格参数具有不允许的值。请仔细检查值，然后重试。';
Strings.OfficeOM.L_InvalidSetRows = '指定的行无效。';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  '请求失败，状态代码为 {0}，错误代码为 {1}，并显示以下错误消息: {2}';
Strings.OfficeOM.L_InvalidFormat = '无效的格式错误';
Strings.OfficeOM.L_InvalidValue = '无效的值';
Strings.OfficeOM.L_NamedItemNotFound = '已命名的项目不存在。';
Strings.OfficeOM.L_BindingToMultipleSelection = '不支持非连续选择。';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = '当前宿主应用程序中不支持枚举。';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = '当前所选内容与指定强制类型不兼容。';
Strings.OfficeOM.L_InvalidTableOptionValue = '一个或多个表格选项参数具有不允许的值。请仔细检查值，然后重试。';
Strings.OfficeOM.L_InvalidResourceUrl = '提供的应用程序资源 Url 无效。';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit = '函数名必须包含一个非空的命名空间和一个非空的短名称。';
Strings.OfficeOM.L_NoHttpsWAC = '此 Office 会话未使用安全连接。我们建议你采取额外的预防措施。';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = '允许';
Strings.OfficeOM.L_MissingRequiredArguments = '缺少某些必需的参数';
Strings.OfficeOM.L_OperationCancelledErrorMessage = '用户已取消操作。';
Strings.OfficeOM.L_InvalidNamedItemForBindingType = '指定的绑定类型与提供的已命名项目不兼容。';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  '登录过程中丢失了连接，用户可能未成功登录。这可能是由于用户的浏览器配置设置而导致，如安全区域设置。';
Strings.OfficeOM.L_InvalidResourceUrlMessage = '清单中指定的资源 Url 无效。';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = '此绑定类型上不支持操作。';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  '应用程序 {0} 不存在。Microsoft.Office.WebExtension.initialize(reason) 未被调用。';
Strings.OfficeOM.L_ElementMissing =
  '由于缺少某些参数值，无法设置表格单元格的格式。请仔细检查参数，然后重试。';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel 处于单元格编辑模式。请按 Enter 或 Tab 或者选择其他单元格以退出编辑模式，然后重试。';
Strings.OfficeOM.L_InvalidApiCallInContext = '当前环境下发生无效的 API 呼叫。';
Strings.OfficeOM.L_SelectionCannotBound = '无法绑定到当前所选内容。';
Strings.OfficeOM.L_RunMustReturnPromise =
  '传递到“.run”方法的批处理函数未返回一个承诺。该函数必须返回一个承诺，以便可以在批处理操作完成时释放任何自动跟踪的对象。一般通过从“context.sync()”返回响应来返回一个承诺。';
Strings.OfficeOM.L_NotSupportedEventType = '不支持指定的事件类型 {0}。';
Strings.OfficeOM.L_InvalidObjectPath =
  '对象路径“{0}”不适用于当前尝试执行的操作。如果跨多个 "context.sync" 调用以及在 ".run" 批处理的顺序执行之外使用该对象，请使用 "context.trackedObjects.add()" 和 "context.trackedObjects.remove()" 方法来管理该对象的生存期。';
Strings.OfficeOM.L_OperationNotSupported = '不支持此项操作。';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage = '操作失败，因为此外接程序已请求访问令牌。';
Strings.OfficeOM.L_OverwriteWorksheetData = '设置操作失败，因为提供的数据对象将覆盖或移动数据。';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars = '函数名仅可包含字母、数字、下划线和句点。';
Strings.OfficeOM.L_DataNotMatchBindingType = '指定的数据对象与绑定类型不兼容。';
Strings.OfficeOM.L_NewWindowCrossZone =
  '浏览器的安全设置阻止创建对话框。请尝试使用其他浏览器，或 {0} 以将“{1}”和地址栏中显示的域置于同一安全区域。';
Strings.OfficeOM.L_DialogParentIsMinimized = '操作失败，因为父窗口已最小化。';
Strings.OfficeOM.L_MissingParameter = '缺少的参数';
Strings.OfficeOM.L_ActivityLimitReached = '已达到活动限制。';
Strings.OfficeOM.L_DataWriteError = '数据写入错误';
Strings.OfficeOM.L_UserAborted = '用户已中止许可请求。';
Strings.OfficeOM.L_CannotRegisterEvent = '无法注册事件处理程序。';
Strings.OfficeOM.L_CustomXmlNodeNotFound = '找不到指定的节点。';
Strings.OfficeOM.L_ContinueButton = '继续';
Strings.OfficeOM.L_GetDataParametersConflict = '指定的参数发生冲突。';
Strings.OfficeOM.L_SettingsStaleError = '设置过期错误';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} 希望显示一个新窗口。';
Strings.OfficeOM.L_CallbackNotAFunction = '回调必须是函数类型，而其类型为 {0}。';
Strings.OfficeOM.L_DocumentIsInactive = '操作失败，因为包含此加载项的文档处于非活动状态。';
Strings.OfficeOM.L_ModalDialogOpeng = '操作失败，因为此加载项已具有活动模式对话框。';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory = '即使用户同意，也不可使用此加载项。';
Strings.OfficeOM.L_SettingsCannotSave = '无法保存设置。';
Strings.OfficeOM.L_InvalidDataObject = '无效的数据对象';
Strings.OfficeOM.L_ColIndexOutOfRange = '列索引值不在允许的范围内。请使用少于列数的值(0 或更大)。';
Strings.OfficeOM.L_SettingNameNotExist = '指定的设置名称不存在。';
Strings.OfficeOM.L_DataStale = '数据不是最新的';
Strings.OfficeOM.L_InvalidNode = '无效的节点';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  '你即将从 {0} 发送和接收潜在的敏感信息。仅当你信任接收敏感信息的以下网站时才单击“确定”: {1}。';
Strings.OfficeOM.L_EventRegistrationError = '事件注册错误';
Strings.OfficeOM.L_ConfirmRefreshMessage = '若要继续，请删除加载项并重新添加，或刷新页面。';
Strings.OfficeOM.L_RedundantCallbackSpecification = '不能在参数列表和可选对象中同时指定回调。';
Strings.OfficeOM.L_DialogAlreadyOpened = '操作失败，因为此外接程序已具有一个活动对话框。';
Strings.OfficeOM.L_DialogNavigateError = '对话框导航错误';
Strings.OfficeOM.L_BindingNotExist = '指定的绑定不存在。';
Strings.OfficeOM.L_InvalidFormatValue = '一个或多个格式参数具有不允许的值。请仔细检查值，然后重试。';
Strings.OfficeOM.L_SSOClientErrorMessage = '客户端中发生异常错误。';
Strings.OfficeOM.L_ConfirmDialogConsent = '单击“确定”将允许 {0} 访问你的内容和个人信息。 ';
Strings.OfficeOM.L_AppNameNotExist = '{0} 的加载项名称不存在。';
Strings.OfficeOM.L_HostError = '主机错误';
Strings.OfficeOM.L_FormattingReminder = '格式设置提醒';
Strings.OfficeOM.L_RequestTimeout = '调用时间太长，无法执行。';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js 尚未完全加载。请稍后再试或者确保在 Office.initialize 函数上添加初始化代码。';
Strings.OfficeOM.L_InvalidSetStartRowColumn = '指定的 startRow 或 startColumn 值无效。';
Strings.OfficeOM.L_InvalidGetStartRowColumn = '指定的 startRow 或 startColumn 值无效。';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = '外接程序已请求访问令牌。';
Strings.OfficeOM.L_FormatValueOutOfRange = '值不在允许的范围内。';
Strings.OfficeOM.L_InValidOptionalArgument = '可选参数无效';
