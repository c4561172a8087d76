Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_BadSelectorString = '선택기로 전달된 문자열이 지원되지 않거나 형식이 잘못되었습니다.';
Strings.OfficeOM.L_InvalidResourceUrl = '잘못된 응용 프로그램 리소스 URL이 제공되었습니다.';
Strings.OfficeOM.L_InvalidObjectPath =
  '개체 경로 \'{0}\'이(가) 수행하려는 작업에 대해 작동하지 않습니다. 개체를 여러 "context.sync" 호출에서 ".run" 일괄 처리의 순차적 실행을 벗어나 사용하는 경우 "context.trackedObjects.add()" 및 "context.trackedObjects.remove()" 메서드를 사용하여 개체의 수명 주기를 관리하세요.';
Strings.OfficeOM.L_GetDataIsTooLarge = '요청한 데이터 집합이 너무 큽니다.';
Strings.OfficeOM.L_SettingNameNotExist = '지정한 설정 이름이 없습니다.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = '브라우저 구성';
Strings.OfficeOM.L_ApiNotFoundDetails =
  '메서드 또는 속성 {0}은(는) {1} 요구 사항 집합의 일부지만 현재 사용 중인 버전의 {2}에서는 사용할 수 없습니다.';
Strings.OfficeOM.L_CannotWriteToSelection = '현재 선택 항목에 쓸 수 없습니다.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  '로그인 프로세스 동안 연결이 끊어졌고 사용자가 로그인되지 않았을 수 있습니다. 보안 영역과 같은 사용자 브라우저의 구성 설정 때문일 수 있습니다.';
Strings.OfficeOM.L_GetDataParametersConflict = '지정된 매개 변수가 충돌합니다.';
Strings.OfficeOM.L_NavOutOfBound = '인덱스가 범위를 벗어났기 때문에 작업에 실패했습니다.';
Strings.OfficeOM.L_ElementMissing =
  '일부 매개 변수 값이 누락되었기 때문에 표 셀의 서식을 지정할 수 없습니다. 매개 변수를 다시 확인한 후 시도하세요.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL 스키마가 지원되지 않습니다. 대신 HTTPS를 사용하세요.';
Strings.OfficeOM.L_InvalidBindingOperation = '잘못된 바인딩 작업';
Strings.OfficeOM.L_ConfirmCancelMessage = '죄송합니다. 계속할 수 없습니다.';
Strings.OfficeOM.L_UserClickIgnore = '사용자가 대화 상자를 무시하도록 선택했습니다.';
Strings.OfficeOM.L_GetSelectionNotSupported = '현재 선택 항목은 지원되지 않습니다.';
Strings.OfficeOM.L_NetworkProblem = '네트워크 문제';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  '응용 프로그램 {0}이(가) 없습니다. Microsoft.Office.WebExtension.initialize(이유)가 호출되지 않았습니다.';
Strings.OfficeOM.L_DisplayDialogError = '대화 상자 표시 오류';
Strings.OfficeOM.L_MissingRequiredArguments = '일부 필수 인수가 없습니다.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = '항목을 선택하세요.';
Strings.OfficeOM.L_AppNameNotExist = '{0}에 대한 추가 기능 이름이 없습니다.';
Strings.OfficeOM.L_InvalidCellsValue =
  '하나 이상의 셀 매개 변수가 허용되지 않는 값을 갖습니다. 값을 다시 확인한 후 시도하세요.';
Strings.OfficeOM.L_MissingParameter = '누락된 매개 변수';
Strings.OfficeOM.L_ConfirmDialogConsent =
  '확인을 클릭하면 콘텐츠 및 개인 정보에 대한 {0} 액세스를 허용합니다. ';
Strings.OfficeOM.L_UnknownBindingType = '지원되지 않는 바인딩 유형입니다.';
Strings.OfficeOM.L_RequestTokenUnavailable = '이 API가 제한되어 호출 빈도가 느려졌습니다.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  '현재 선택 항목과 지정한 바인딩 유형으로는 바인딩을 만들 수 없습니다.';
Strings.OfficeOM.L_SliceSizeNotSupported = '지정된 슬라이스 크기는 지원되지 않습니다.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = '데이터가 최신 상태가 아닙니다. 개체를 다시 검색하세요.';
Strings.OfficeOM.L_InvalidAPICall = '잘못된 API 호출';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  '속성 \'{0}\'의 변경 내용을 "object.set" 메서드를 통해 적용할 수 없습니다.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = '지정한 startRow 또는 startColumn 값이 잘못되었습니다.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  '모달 대화 상자가 열려 있는 경우에는 Office에서 쓰기 작업이 지원되지 않습니다.';
Strings.OfficeOM.L_Timeout = '작업이 시간 초과되었습니다.';
Strings.OfficeOM.L_DocumentIsInactive = '이 추가 기능이 포함된 문서가 비활성 상태이므로 작업이 실패했습니다.';
Strings.OfficeOM.L_SetDataParametersConflict = '지정된 매개 변수가 충돌합니다.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  '선택한 콘텐츠가 표 형식이어야 합니다. 데이터를 표로 서식 지정한 후 다시 시도하세요.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl 형식은 지원되지 않습니다.';
Strings.OfficeOM.L_CallbackNotAFunction = '콜백이 함수 유형이어야 하는데 {0} 유형입니다.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Excel.Script.CustomFunctions에서 함수의 정의를 나타내는 이 이름을 가진 속성에는 함수를 구현하는 '호출' 속성이 포함되어야 합니다.";
Strings.OfficeOM.L_InvalidBindingError = '잘못된 바인딩 오류';
Strings.OfficeOM.L_SettingsStaleError = '설정 기한 경과 오류';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = '네트워크 문제로 인해 파일을 검색하지 못했습니다.';
Strings.OfficeOM.L_InvalidArgument =
  "'{0}' 인수는 이 상황에서 작동하지 않거나 없거나 올바른 형식이 아닙니다.";
Strings.OfficeOM.L_IndexOutOfRange = '인덱스가 범위를 벗어났습니다.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = '추가 기능에서 이미 액세스 토큰을 요청하고 있습니다.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0}에서 새 창을 표시하려고 합니다.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  '지정한 바인딩 유형이 제공된 명명된 항목과 호환되지 않습니다.';
Strings.OfficeOM.L_FileTypeNotSupported = '지정한 파일 형식이 지원되지 않습니다.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  '참고: 서식 API 호출에서 설정된 서식 집합은 100 미만인 것이 좋습니다.';
Strings.OfficeOM.L_InvalidGetColumns = '지정된 열이 올바르지 않습니다.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = '사용자가 작업을 취소했습니다.';
Strings.OfficeOM.L_FormatValueOutOfRange = '값이 허용되는 범위를 벗어났습니다.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = '허용';
Strings.OfficeOM.L_DataNotMatchSelection =
  '제공된 데이터 개체와 현재 선택 항목의 모양 또는 크기가 호환되지 않습니다.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = '이 바인딩 유형에서는 작업이 지원되지 않습니다.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  '이 추가 기능에서 이 범주의 사용자 동의를 지원하지 않으므로 작업이 실패했습니다.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = '지정한 startRow 또는 startColumn 값이 잘못되었습니다.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  '해당 작업을 수행하면 제공된 데이터 개체가 데이터를 덮어쓰거나 바꾸게 되므로 설정된 작업에 실패했습니다.';
Strings.OfficeOM.L_PropertyDoesNotExist = "속성 '{0}'이(가) 개체에 존재하지 않습니다.";
Strings.OfficeOM.L_SettingsCannotSave = '설정을 저장할 수 없습니다.';
Strings.OfficeOM.L_FunctionCallFailed = '함수 {0} 호출이 실패했습니다. 오류 코드: {1}.';
Strings.OfficeOM.L_NoCapability = '이 작업에 대해 충분한 권한이 없습니다.';
Strings.OfficeOM.L_CustomXmlError = '사용자 지정 XML 오류입니다.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = '유효하지 않거나 시간 초과된 세션';
Strings.OfficeOM.L_ShuttingDown = '서버의 데이터가 최신 상태가 아니므로 작업에 실패했습니다.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = '지정한 rowCount 또는 columnCount 값이 잘못되었습니다.';
Strings.OfficeOM.L_PropertyNotLoaded =
  '\'{0}\' 속성을 사용할 수 없습니다. 속성 값을 읽기 전에 포함하는 개체의 load 메서드를 호출하고 연관된 요청 컨텍스트에서 "context.sync()"를 호출하세요.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  '통합 문서가 숨김으로 설정되어 있어서 JavaScript API 요청에 실패했습니다. 통합 문서를 숨김 해제하고 다시 시도하세요.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  '함수 이름에는 문자, 숫자, 밑줄 및 마침표만 포함될 수 있습니다.';
Strings.OfficeOM.L_UnsupportedEnumeration = '지원되지 않는 열거형';
Strings.OfficeOM.L_InvalidApiCallInContext = '현재 컨텍스트에 잘못된 API 호출이 있습니다.';
Strings.OfficeOM.L_SSOClientErrorMessage = '클라이언트에서 예기치 않은 오류가 발생했습니다.';
Strings.OfficeOM.L_OperationNotSupported = '지원하지 않는 작업입니다.';
Strings.OfficeOM.L_DocumentReadOnly = '현재 문서 모드에서 요청한 작업이 허용되지 않습니다.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = '요청이 실패했으며 상태 코드는 {0}입니다.';
Strings.OfficeOM.L_OKButton = '확인';
Strings.OfficeOM.L_InvalidDataFormat = '지정한 데이터 개체의 형식이 잘못되었습니다.';
Strings.OfficeOM.L_MultipleNamedItemFound = '같은 이름을 가진 개체가 여러 개 발견되었습니다.';
Strings.OfficeOM.L_NotSupported = '함수 {0}은(는) 지원되지 않습니다.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = '데이터가 최신 상태가 아님';
Strings.OfficeOM.L_BindingNotExist = '지정한 바인딩이 없습니다.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  '함수에 전달된 인수가 이 상황에서 작동하지 않거나 누락되었거나 올바른 형식이 아닙니다.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  '현재 선택 항목이 지정한 강제 변환 유형과 호환되지 않습니다.';
Strings.OfficeOM.L_DialogNavigateError = '탐색 오류 대화 상자';
Strings.OfficeOM.L_NamedItemNotFound = '명명된 항목이 없습니다.';
Strings.OfficeOM.L_InvalidRequestContext = '다른 요청 컨텍스트에서 개체를 사용할 수 없습니다.';
Strings.OfficeOM.L_ConfirmDialog =
  '도메인 {0} Microsoft Office 동작하며 개인 데이터에 액세스할 수 있는 Office 추가 기능을 실행할 수 있습니다. 도메인이 Office 실행되고 데이터에 액세스하는 것을 신뢰하는 경우 [확인]을 클릭하여 계속하십시오.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  '지정한 강제 변환 유형은 이 바인딩 유형과 호환되지 않습니다.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP 프로토콜이 지원되지 않습니다. 대신 HTTPS를 사용하세요.';
Strings.OfficeOM.L_CoercionTypeNotSupported = '지정한 강제 변환 유형은 지원되지 않습니다.';
Strings.OfficeOM.L_CannotNavigateTo = '개체가 탐색을 지원하지 않는 위치에 있습니다.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = '매니페스트에 잘못된 리소스 URL이 지정되었습니다.';
Strings.OfficeOM.L_PermissionDenied = '사용 권한 거부됨';
Strings.OfficeOM.L_SSOUnsupportedPlatform = '이 플랫폼에서 API가 지원되지 않습니다.';
Strings.OfficeOM.L_UserAborted = '사용자가 동의 요청을 취소했습니다.';
Strings.OfficeOM.L_UnsupportedUserIdentity = '사용자 ID 유형이 지원되지 않습니다.';
Strings.OfficeOM.L_InvalidGetRows = '지정된 행이 올바르지 않습니다.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  '테이블에 병합된 셀이 포함되어 있으면 좌표 매개 변수를 강제 변환 유형 테이블과 함께 사용할 수 없습니다.';
Strings.OfficeOM.L_InvalidFormat = '잘못된 형식 오류';
Strings.OfficeOM.L_BindingToMultipleSelection = '연속되지 않은 항목을 선택할 수 없습니다.';
Strings.OfficeOM.L_DataNotMatchBindingType = '지정한 데이터 개체는 바인딩 유형과 호환되지 않습니다.';
Strings.OfficeOM.L_EventRegistrationError = '이벤트 등록 오류';
Strings.OfficeOM.L_DataStale = '최신 상태가 아닌 데이터';
Strings.OfficeOM.L_ColIndexOutOfRange =
  '열 인덱스 값이 허용되는 범위를 벗어납니다. 열 수보다 작은 값(0 이상)을 사용하세요.';
Strings.OfficeOM.L_ModalDialogOpeng =
  '이 추가 기능에 이미 활성 모달 대화 상자가 있으므로 작업이 실패했습니다.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  '테이블에 병합된 셀이 포함되어 있으면 좌표 매개 변수를 강제 변환 유형 테이블과 함께 사용할 수 없습니다.';
Strings.OfficeOM.L_SSOClientError = 'Office의 인증 요청에서 오류가 발생했습니다.';
Strings.OfficeOM.L_NotTrustedWAC =
  '안전하게 보호하기 위해 이 추가 기능을 사용할 수 없도록 설정했습니다. 추가 기능을 계속 사용하려면 이 항목이 신뢰할 수 있는 도메인에서 호스트되었는지 확인하거나 Office 데스크톱 앱에서 여세요.';
Strings.OfficeOM.L_OutOfRange = '범위를 벗어남';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  '함수 이름에는 비어 있지 않은 네임스페이스와 비어 있지 않은 짧은 이름이 포함되어야 합니다.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL의 도메인은 매니페스트의 AppDomains 요소에 포함되지 않으며 원본 위치의 하위 도메인이 아닙니다.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  '인수 목록과 선택적 개체 모두에 콜백을 지정할 수는 없습니다.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  '행 인덱스 값이 허용되는 범위를 벗어납니다. 행 수보다 작은 값(0 이상)을 사용하세요.';
Strings.OfficeOM.L_InvalidColumnsForBinding = '지정된 열이 올바르지 않습니다.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  '이 추가 기능은 사용자 동의를 지원하지 않습니다.';
Strings.OfficeOM.L_DataNotMatchBindingSize = '제공된 데이터 개체가 현재 선택 항목의 크기에 맞지 않습니다.';
Strings.OfficeOM.L_SetDataIsTooLarge = '지정한 데이터 개체가 너무 큽니다.';
Strings.OfficeOM.L_ContinueButton = '계속';
Strings.OfficeOM.L_InvalidReadForBlankRow = '지정된 행이 비어 있습니다.';
Strings.OfficeOM.L_BrowserAPINotSupported = '이 브라우저는 요청된 API를 지원하지 않습니다.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  '브라우저 제한으로 인해 대화 상자를 만들지 못했습니다. 대화 상자의 도메인과 추가 기능 호스트의 도메인이 동일한 보안 영역에 있지 않습니다.';
Strings.OfficeOM.L_InValidOptionalArgument = '잘못된 선택적 인수입니다.';
Strings.OfficeOM.L_DataReadError = '데이터 읽기 오류';
Strings.OfficeOM.L_TooManyArguments = '인수가 너무 많습니다.';
Strings.OfficeOM.L_CancelButton = '취소';
Strings.OfficeOM.L_ImplicitNotLoaded = '토큰을 취득하기 전에 모듈이 로드되지 않음';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel 셀 편집 모드입니다. &lt;Enter&gt; 또는 &lt;Tab&gt; 키를 누르거나 다른 셀을 선택하여 편집 모드를 종료한 다음 다시 시도하세요.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = '인증 컨텍스트를 가져오는 함수 누락';
Strings.OfficeOM.L_SelectionCannotBound = '현재 선택 항목에 바인딩할 수 없습니다.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = '입력 인수가 잘못되었습니다.';
Strings.OfficeOM.L_InvalidCoercion = '잘못된 강제 전환 유형';
Strings.OfficeOM.L_TooManyIncompleteRequests = '이전 호출이 완료될 때까지 기다립니다.';
Strings.OfficeOM.L_DialogOK = '확인';
Strings.OfficeOM.L_UserNotSignedIn = 'Office에 로그인한 사용자가 없습니다.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = '사용자의 ID 유형이 지원되지 않습니다.';
Strings.OfficeOM.L_OperationCancelledError = '작업이 취소되었습니다.';
Strings.OfficeOM.L_UserAbortedMessage = '사용자가 추가 기능 권한을 동의하지 않았습니다.';
Strings.OfficeOM.L_InternalErrorDescription = '내부 오류가 발생했습니다.';
Strings.OfficeOM.L_InvalidBinding = '잘못된 바인딩';
Strings.OfficeOM.L_MemoryLimit = '메모리 한도 초과';
Strings.OfficeOM.L_NotSupportedBindingType = '지정한 바인딩 유형 {0}이(가) 지원되지 않습니다.';
Strings.OfficeOM.L_InvalidSetRows = '지정된 행이 올바르지 않습니다.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = '이벤트 처리기를 추가하지 못했습니다.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits = '참고: 테이블의 셀 수는 20,000셀 미만인 것이 좋습니다.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  '이 추가 기능에서 이미 액세스 토큰을 요청하고 있기 때문에 작업이 실패했습니다.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  '이 추가 기능에 활성 대화 상자가 이미 있기 때문에 작업을 수행하지 못했습니다.';
Strings.OfficeOM.L_EventHandlerNotExist = '이 바인딩에서 지정된 이벤트 처리기가 발견되지 않았습니다.';
Strings.OfficeOM.L_ActivityLimitReached = '작업 제한에 도달했습니다.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = '이벤트 처리기를 제거하지 못했습니다.';
Strings.OfficeOM.L_NotSupportedEventType = '지정한 이벤트 종류 {0}이(가) 지원되지 않습니다.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  '계속하려면 추가 기능을 제거하고 다시 추가하거나 페이지를 새로 고치세요.';
Strings.OfficeOM.L_APICallFailed = 'API 호출 실패';
Strings.OfficeOM.L_SSOServerError = '인증 공급자에서 오류가 발생했습니다.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  '요청 페이로드 크기가 제한을 초과했습니다. 설명서(https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins)를 참조하세요.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = '지정한 노드를 찾을 수 없습니다.';
Strings.OfficeOM.L_SaveSettingsError = '설정 저장 오류';
Strings.OfficeOM.L_UnsupportedDataObject = '제공된 데이터 개체 유형은 지원되지 않습니다.';
Strings.OfficeOM.L_InvalidValue = '잘못된 값';
Strings.OfficeOM.L_DataWriteReminder = '데이터 쓰기 알림';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js가 완전히 로드되지 않았습니다. 나중에 다시 시도하거나 Office.initialize 함수에 초기화 코드를 추가하세요.';
Strings.OfficeOM.L_TooManyOptionalObjects = '매개 변수 목록에 선택적 개체가 여러 개 있습니다.';
Strings.OfficeOM.L_DataWriteError = '데이터 쓰기 오류';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  "읽기 전용 속성 '{0}'을(를) 설정하려고 시도하는 중입니다.";
Strings.OfficeOM.L_NotImplemented = '함수 {0}이(가) 구현되지 않았습니다.';
Strings.OfficeOM.L_InvalidSetColumns = '지정된 열이 올바르지 않습니다.';
Strings.OfficeOM.L_ReadSettingsError = '읽기 설정 오류';
Strings.OfficeOM.L_SettingsAreStale = '설정이 최신 상태가 아니므로 저장할 수 없습니다.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".run" 메서드에 전달된 일괄 처리 함수가 프라미스를 반환하지 않았습니다. 함수에서 프라미스를 반환해야만 일괄 처리 작업 완료 시 자동으로 추적되는 개체가 해제될 수 있습니다. 일반적으로 "context.sync()"의 응답을 반환하여 프라미스를 반환합니다.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath는 선택 영역을 1,024개 항목으로 제한합니다.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = '이 추가 기능에 대해 ID API가 지원되지 않습니다.';
Strings.OfficeOM.L_SpecifiedIdNotExist = '지정된 ID가 없습니다.';
Strings.OfficeOM.L_InvalidGrant = '사전 인증이 없습니다.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  '다른 항목을 검색하려면 먼저 현재 파일에서 closeAsync를 호출합니다.';
Strings.OfficeOM.L_InvalidNode = '잘못된 노드';
Strings.OfficeOM.L_SSOConnectionLostError = '로그인 프로세스 동안 연결이 끊어졌습니다.';
Strings.OfficeOM.L_InvalidFormatValue =
  '하나 이상의 서식 매개 변수가 허용되지 않는 값을 갖습니다. 값을 다시 확인한 후 시도하세요.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  '하나 이상의 tableOptions 매개 변수가 허용되지 않는 값을 갖습니다. 값을 다시 확인한 후 시도하세요.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  '함수의 정의를 나타내는 이 이름의 속성이 Excel.Script.CustomFunctions에 있어야 합니다.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Office 세션이 만료되었거나 유효하지 않습니다. 계속하려면 페이지를 새로 고치세요.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  '응답 페이로드 크기가 제한을 초과했습니다. 설명서(https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins)를 참조하세요.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = '무시';
Strings.OfficeOM.L_InvalidGrantMessage = '이 추가 기능에 대한 권한이 누락되었습니다.';
Strings.OfficeOM.L_FormattingReminder = '서식 알림';
Strings.OfficeOM.L_CannotRegisterEvent = '이벤트 처리기를 등록할 수 없습니다.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = '선택 영역 제한 도달';
Strings.OfficeOM.L_SSOServerErrorMessage = '서버에서 예기치 않은 오류가 발생했습니다.';
Strings.OfficeOM.L_ValueNotLoaded =
  '결과 개체의 값이 아직 로드되지 않았습니다. 값 속성을 읽기 전에 연관된 요청 컨텍스트에서 "context.sync()"를 호출하세요.';
Strings.OfficeOM.L_InvalidParameters = '함수 {0}에 잘못된 매개 변수가 있습니다.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = '잠시 기다려 주세요 ...';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  '지정한 데이터 개체의 유형은 현재 선택 항목과 호환되지 않습니다.';
Strings.OfficeOM.L_DialogParentIsMinimized = '부모 창이 최소화되어 작업이 실패했습니다.';
Strings.OfficeOM.L_TooManyOptionalFunction = '매개 변수 목록에 선택적 함수가 여러 개 있습니다.';
Strings.OfficeOM.L_BindingCreationError = '바인딩 만들기 오류';
Strings.OfficeOM.L_RequestTimeout = '호출을 실행하는 데 너무 많은 시간이 소요되었습니다.';
Strings.OfficeOM.L_InvalidDataObject = '잘못된 데이터 개체';
Strings.OfficeOM.L_APINotSupported = 'API 지원되지 않음';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  '열거형은 현재 호스트 응용 프로그램에서 지원되지 않습니다.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "브라우저의 보안 설정으로 인해 대화 상자를 만들 수 없습니다. 다른 브라우저를 시도하거나, 주소 표시줄에 표시된 도메인과 '{1}'이(가) 동일한 보안 영역에 있도록 {0}을(를) 수행하세요.";
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  '요청이 실패했으며 상태 코드는 {0}, 오류 코드는 {1}, 오류 메시지는 {2}입니다.';
Strings.OfficeOM.L_NoHttpsWAC =
  '이 Office 세션에서 보안 연결을 사용 하 고 있지 않습니다. 추가 예방 조치를 취하는 것이 좋습니다.';
Strings.OfficeOM.L_HostError = '호스트 오류';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  '{0} 중요한 정보를 보내고 받습니다. 중요한 정보를 받는 다음 웹 사이트를 신뢰하는 경우에만 [확인]을 클릭하십시오. {1}.';
Strings.OfficeOM.L_InternalError = '내부 오류';
