Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_UserAbortedMessage = 'Người dùng đã không chấp thuận quyền của phần bổ trợ.';
Strings.OfficeOM.L_AppNameNotExist = 'Tên Bổ trợ cho {0} không tồn tại.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Ứng dụng {0} không tồn tại. Microsoft.Office.WebExtension.initialize(reason) không được gọi.';
Strings.OfficeOM.L_NotSupportedEventType = 'Không hỗ trợ kiểu sự kiện {0} đã xác định.';
Strings.OfficeOM.L_SettingsCannotSave = 'Không thể lưu thiết đặt.';
Strings.OfficeOM.L_InvalidGetColumns = 'Các cột đã xác định không hợp lệ.';
Strings.OfficeOM.L_ReadSettingsError = 'Lỗi Thiết đặt Đọc';
Strings.OfficeOM.L_CustomXmlError = 'Lỗi XML Tùy chỉnh.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Chưa tải giá trị của đối tượng kết quả. Trước khi đọc thuộc tính giá trị, hãy gọi "context.sync()" trong ngữ cảnh yêu cầu có liên quan.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Phiên Office của bạn đã hết hạn hoặc không hợp lệ. Để tiếp tục, hãy làm mới trang.';
Strings.OfficeOM.L_CancelButton = 'Hủy bỏ';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Thuộc tính \'{0}\' không khả dụng. Trước khi đọc giá trị thuộc tính, hãy gọi phương pháp tải cho đối tượng chứa và gọi "context.sync()" cho ngữ cảnh yêu cầu được liên kết.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Gọi lại không thể được xác định trong cả danh sách đối số và đối tượng tùy chọn.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Bộ dữ liệu được yêu cầu quá lớn.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'API này đã được giới hạn để làm chậm tần số cuộc gọi.';
Strings.OfficeOM.L_APICallFailed = 'Gọi API Không thành công';
Strings.OfficeOM.L_SelectionCannotBound = 'Không thể ghép nối với lựa chọn hiện tại.';
Strings.OfficeOM.L_BadSelectorString =
  'Chuỗi được chuyển vào công cụ chọn không được định dạng đúng hoặc không được hỗ trợ.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Đã chỉ định Url tài nguyên không hợp lệ trong tệp kê khai.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'ID đã xác định không tồn tại.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Nội dung được chọn phải ở định dạng bảng. Hãy định dạng dữ liệu dưới dạng bảng và thử lại.';
Strings.OfficeOM.L_ElementMissing =
  'Chúng tôi không thể định dạng ô bảng bởi vì một vài giá trị tham số bị thiếu. Hãy kiểm tra kép các tham số rồi thử lại.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath giới hạn lựa chọn tới 1024 mục.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Giá trị startRow hoặc startColumn đã xác định không hợp lệ.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Dòng đã nêu trống.';
Strings.OfficeOM.L_EventRegistrationError = 'Lỗi Đăng ký Sự kiện';
Strings.OfficeOM.L_InvalidValue = 'Giá trị Không hợp lệ';
Strings.OfficeOM.L_DocumentReadOnly = 'Không cho phép thao tác yêu cầu ở chế độ tài liệu hiện tại.';
Strings.OfficeOM.L_DataReadError = 'Lỗi Đọc Dữ liệu';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Thao tác không thành công vì phần bổ trợ này đã có hộp thoại phương thức hiện hoạt.';
Strings.OfficeOM.L_MemoryLimit = 'Vượt quá Giới hạn Bộ nhớ';
Strings.OfficeOM.L_NoCapability = 'Bạn không có đủ quyền cho hành động này.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Liệt kê Không được hỗ trợ';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Vui lòng đợi trong giây lát ...';
Strings.OfficeOM.L_UnknownBindingType = 'Kiểu ghép nối không được hỗ trợ.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Kích cỡ tải trọng phản hồi đã vượt quá giới hạn. Vui lòng tham khảo tài liệu: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_UserClickIgnore = 'Người dùng đã chọn bỏ qua hộp thoại.';
Strings.OfficeOM.L_SSOServerError = 'Đã xảy ra lỗi trong nhà cung cấp xác thực.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Kích cỡ tải trọng yêu cầu đã vượt quá giới hạn. Vui lòng tham khảo tài liệu: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidNode = 'Nút Không hợp lệ';
Strings.OfficeOM.L_DataStale = 'Dữ liệu Không Cập nhật';
Strings.OfficeOM.L_HostError = 'Lỗi Máy chủ';
Strings.OfficeOM.L_InvalidRequestContext = 'Không thể sử dụng đối tượng cho các ngữ cảnh yêu cầu khác nhau.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Các tham biến đã xác định có xung đột.';
Strings.OfficeOM.L_TooManyArguments = 'quá nhiều đối số';
Strings.OfficeOM.L_SSOClientError = 'Đã xảy ra lỗi trong yêu cầu xác thực từ Office.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Không hỗ trợ lựa chọn không liền nhau.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Kiểu ép buộc đã xác định không được hỗ trợ.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Ứng dụng này bị cấp thiếu quyền.';
Strings.OfficeOM.L_FunctionCallFailed = 'Lệnh gọi hàm {0} không thành công, mã lỗi: {1}.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Phiên Không hợp lệ hoặc Đã hết Thời gian chờ';
Strings.OfficeOM.L_DialogNavigateError = 'Lỗi Điều hướng Hộp thoại';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Đã xảy ra lỗi ngoài dự kiến trên máy chủ.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Tham đối đầu vào không hợp lệ.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'nhiều đối tượng tùy chọn trong danh sách tham số';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Không hỗ trợ API nhận dạng cho phần bổ trợ này.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Không thể đăng ký quy trình xử lý sự kiện.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Kiểu ép buộc đã xác định không tương thích với kiểu ghép nối này.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Tên miền của URL không được bao gồm trong phần tử AppDomains trong tệp kê khai và không phải là tên miền con của vị trí nguồn.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Một hoặc nhiều tham số tableOption có chứa giá trị không được phép. Hãy kiểm tra kép các giá trị rồi thử lại.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Kiểu OsfControl không được hỗ trợ.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Không thể áp dụng thay đổi với thuộc tính \'{0}\' thông qua phương pháp "object.set".';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Thuộc tính có tên này đại diện cho định nghĩa của hàm phải tồn tại trong Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_ConfirmDialog =
  'Tên miền {0} hoạt động như một Microsoft Office và có thể chạy Office bổ trợ này có thể truy nhập dữ liệu cá nhân của bạn. Nếu bạn tin tưởng tên miền để chạy với tư cách Office truy nhập dữ liệu của bạn, hãy bấm OK để tiếp tục.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Chờ đến khi cuộc gọi trước hoàn tất.';
Strings.OfficeOM.L_NavOutOfBound = 'Thao tác thất bại do chỉ mục nằm ngoài phạm vi.';
Strings.OfficeOM.L_BindingCreationError = 'Lỗi Tạo Ghép nối';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Lưu ý: Bộ định dạng do lệnh gọi Định dạng API thiết lập được đề nghị để dưới 100.';
Strings.OfficeOM.L_InvalidParameters = 'Hàm {0} có các tham số không hợp lệ.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Kiểu đối tượng dữ liệu được cung cấp không được hỗ trợ.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Đối tượng dữ liệu được cung cấp không khớp với kích cỡ của lựa chọn hiện tại.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Phần bổ trợ này không hỗ trợ sự chấp thuận của người dùng.';
Strings.OfficeOM.L_SettingsStaleError = 'Lỗi Thiết đặt Cũ';
Strings.OfficeOM.L_APINotSupported = 'API Không được Hỗ trợ';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Giá trị startRow hoặc startColumn đã xác định không hợp lệ.';
Strings.OfficeOM.L_IndexOutOfRange = 'Chỉ mục ngoài phạm vi.';
Strings.OfficeOM.L_NotImplemented = 'Hàm {0} chưa được triển khai.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'Nền tảng này không hỗ trợ API.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Cho phép';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  '(Các) tham đối được đưa vào hàm không có phù hợp trong tình huống này, bị thiếu hoặc không ở định dạng đúng.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Đã đạt Giới hạn về Vùng chọn';
Strings.OfficeOM.L_NoHttpsWAC =
  'Phiên Office này không sử dụng kết nối an toàn. Chúng tôi khuyên bạn nên thực hiện thêm precautions.';
Strings.OfficeOM.L_InternalError = 'Lỗi Nội bộ';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Không thể dùng thông số tọa độ với Bảng kiểu ép buộc khi bảng chứa các ô được kết hợp.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Bỏ qua';
Strings.OfficeOM.L_CannotNavigateTo = 'Đối tượng nằm ở vị trí không hỗ trợ dẫn hướng.';
Strings.OfficeOM.L_NamedItemNotFound = 'Mục được đặt tên không tồn tại.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Không thể ghi vào lựa chọn hiện tại.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js chưa được tải hết. Vui lòng thử lại sau hoặc đảm bảo thêm mã khởi tạo vào hàm Office.initialize.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Thuộc tính có tên này trong Excel.Script.CustomFunctions đại diện cho định nghĩa của hàm phải bao gồm thuộc tính 'call' có tác dụng triển khai hàm.";
Strings.OfficeOM.L_DisplayDialogError = 'Lỗi Hiển thị Hộp thoại';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Loại nhận dạng người dùng không được hỗ trợ.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} muốn hiển thị một cửa sổ mới.';
Strings.OfficeOM.L_OperationCancelledError = 'Đã hủy bỏ Thao tác';
Strings.OfficeOM.L_OperationNotSupported = 'Thao tác không được hỗ trợ.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Hàm lô chuyển qua phương pháp ".run" không trả về một lời hứa. Hàm phải trả về một lời hứa, để có thể công bố mọi đối tượng được tự động theo dõi khi hoàn tất hoạt động lô. Thông thường, bạn sẽ trả về một lời hứa bằng cách trả về phản hồi từ "context.sync()".';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Không tải được mô-đun này trước khi nhận mã thông báo';
Strings.OfficeOM.L_NetworkProblem = 'Vấn đề về Mạng';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel đang ở chế độ chỉnh sửa ô. Vui lòng thoát chế độ chỉnh sửa bằng cách nhấn ENTER hoặc TAB hay chọn một ô khác, rồi thử lại.';
Strings.OfficeOM.L_Timeout = 'Hoạt động đã hết thời gian chờ.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Thao tác không thành công vì cửa sổ cha mẹ được thu nhỏ.';
Strings.OfficeOM.L_UserAborted = 'Người dùng đã hủy bỏ yêu cầu cấp phép.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Dữ liệu Không Hiện hành';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Giá trị chỉ mục cột nằm ngoài phạm vi cho phép. Hãy sử dụng một giá trị (0 hoặc cao hơn) và bé hơn số lượng cột.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Thao tác này đã bị người dùng hủy bỏ.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Rất tiếc, chúng tôi không thể tiếp tục.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Đã xảy ra lỗi ngoài dự kiến trong máy khách.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Thao tác Ghép nối Không hợp lệ';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Thao tác được đặt bị lỗi vì đối tượng dữ liệu được cung cấp sẽ ghi đè hoặc thay đổi dữ liệu.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Phương pháp hoặc thuộc tính {0} là một phần trong tập hợp yêu cầu {1}, đối tượng này không có sẵn trong phiên bản {2} của bạn.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'nhiều chức năng tùy chọn trong danh sách tham số';
Strings.OfficeOM.L_InvalidCoercion = 'Kiểu Ép buộc Không hợp lệ';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Không tìm thấy nút đã xác định.';
Strings.OfficeOM.L_InvalidAPICall = 'Lệnh gọi API Không hợp lệ';
Strings.OfficeOM.L_NotTrustedWAC =
  'Bổ trợ này đã bị tắt để giúp giữ cho bạn an toàn. Để tiếp tục sử dụng phần bổ trợ, hãy xác thực rằng mục này được lưu trữ trong một miền tin cậy hoặc mở nó trong ứng dụng Office trên máy tính.';
Strings.OfficeOM.L_InvalidArgument =
  "Tham đối '{0}' không phù hợp với tình huống này, bị thiếu hoặc không có định dạng phù hợp.";
Strings.OfficeOM.L_InvalidGrant = 'Thiếu cấp phép trước.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Giá trị nằm ngoài khoảng cho phép.';
Strings.OfficeOM.L_InvalidGetRows = 'Các hàng đã xác định không hợp lệ.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Để tiếp tục, hãy loại bỏ phần bổ trợ và thêm lại hoặc làm mới trang.';
Strings.OfficeOM.L_InvalidBinding = 'Ghép nối Không hợp lệ';
Strings.OfficeOM.L_SaveSettingsError = 'Lỗi Thiết đặt Lưu';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'đặt cấu hình trình duyệt của bạn';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Các hạn chế trình duyệt đã ngăn chúng tôi tạo hộp thoại. Miền của hộp thoại và miền của máy chủ phần bổ trợ đang không cùng nằm trong một khu vực bảo mật.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Bạn sắp gửi và nhận thông tin nhạy cảm tiềm ẩn từ {0}. Chỉ bấm OK nếu bạn tin tưởng trang web sau đây nhận được thông tin nhạy cảm: {1}.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Thiếu chức năng tải ngữ cảnh xác thực';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Kích thước lát cắt đã chỉ định không được hỗ trợ.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Lựa chọn hiện tại không được hỗ trợ.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Không thể tạo ghép nối với lựa chọn hiện tại và kiểu ghép nối đã xác định.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Tên hàm chỉ có thể chứa chữ cái, chữ số, gạch dưới và dấu chấm.';
Strings.OfficeOM.L_BindingNotExist = 'Kết ghép đã xác định không tồn tại.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Hoạt động không thành công vì phần bổ trợ này đã có một hộp thoại hiện hoạt.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Thao tác không được hỗ trợ trên kiểu ghép nối này.';
Strings.OfficeOM.L_InvalidSetRows = 'Các hàng đã xác định không hợp lệ.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "Thiết đặt bảo mật trong trình duyệt của bạn ngăn không cho chúng tôi tạo hộp thoại. Hãy thử dùng một trình duyệt khác hoặc {0} để '{1}' và miền được hiển thị trong thanh địa chỉ của bạn có thể nằm trong cùng một khu vực bảo mật.";
Strings.OfficeOM.L_InternalErrorDescription = 'Đã xuất hiện lỗi nội bộ.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Không hỗ trợ giao thức HTTP. Sử dụng HTTPS thay thế';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Lệnh gọi API không hợp lệ trong ngữ cảnh hiện tại.';
Strings.OfficeOM.L_RequestTimeout = 'Cuộc gọi mất quá lâu để thực hiện.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Lựa chọn hiện tại không tương thích với kiểu ép buộc đã xác định.';
Strings.OfficeOM.L_InvalidDataObject = 'Đối tượng Dữ liệu Không hợp lệ';
Strings.OfficeOM.L_InvalidSetColumns = 'Các cột đã xác định không hợp lệ.';
Strings.OfficeOM.L_DataWriteError = 'Lỗi Ghi Dữ liệu';
Strings.OfficeOM.L_InvalidResourceUrl = 'Đã cung cấp Url tài nguyên ứng dụng không hợp lệ.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Liệt kê không được hỗ trợ trong ứng dụng máy chủ hiện tại.';
Strings.OfficeOM.L_FormattingReminder = 'Định dạng Lời nhắc';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Dữ liệu đã định không tương thích với kiểu ghép nối.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Đã mất kết nối trong quá trình đăng nhập và người dùng có thể không đăng nhập được. Điều này có thể do cài đặt cấu hình trình duyệt của người dùng, như vùng bảo mật.';
Strings.OfficeOM.L_MissingParameter = 'Thiếu Tham số';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Không hỗ trợ thao tác viết cho Office khi hộp thoại đang mở.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Phần bổ trợ đã đang yêu cầu mã thông báo truy nhập.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Yêu cầu không thành công với mã trạng thái {0}.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Sự cố mạng đã không cho truy xuất tệp.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Bằng cách nhấn OK, bạn sẽ cho phép {0} hệ thống truy cập nội dung và thông tin cá nhân của mình. ';
Strings.OfficeOM.L_DialogInvalidScheme = 'Không hỗ trợ lược đồ URL. Sử dụng HTTPS thay thế.';
Strings.OfficeOM.L_OutOfRange = 'Ngoài Phạm vi';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Dữ liệu đã lỗi thời. Truy xuất lại đối tượng.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Thao tác không thành công vì tài liệu chứa bổ trợ này không hoạt động.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Đối tượng dữ liệu được cung cấp không tương thích với hình dạng hoặc kích thước của lựa chọn hiện tại.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Gọi lại phải là chức năng kiểu, thuộc kiểu {0}.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Gọi closeAsync trên Tệp hiện tại trước khi truy xuất tệp khác.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Không thể loại bỏ trình xử lý sự kiện.';
Strings.OfficeOM.L_NotSupported = 'Hàm {0} không được hỗ trợ.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Đã mất kết nối trong quá trình đăng nhập.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Loại tệp đã chỉ định không được hỗ trợ.';
Strings.OfficeOM.L_PermissionDenied = 'Từ chối Quyền';
Strings.OfficeOM.L_PropertyDoesNotExist = "Không tồn tại thuộc tính '{0}' trên đối tượng này.";
Strings.OfficeOM.L_MissingRequiredArguments = 'thiếu một số đối số bắt buộc';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Giá trị rowCount hoặc columnCount đã xác định không hợp lệ.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Một hoặc nhiều tham số ô có chứa giá trị không được phép. Hãy kiểm tra kép các giá trị rồi thử lại.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Kiểu ghép nối đã xác định không tương thích với mục được đặt tên đã cung cấp.';
Strings.OfficeOM.L_ShuttingDown = 'Thao tác bị lỗi vì dữ liệu không phải là mới nhất trên máy chủ.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Không hỗ trợ kiểu ghép nối {0} đã xác định.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Lưu ý: Số lượng ô trong một bảng được đề nghị để dưới 20.000 ô.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Đã tìm thấy nhiều đối tượng có cùng tên.';
Strings.OfficeOM.L_InvalidFormat = 'Lỗi Định dạng Không hợp lệ';
Strings.OfficeOM.L_InvalidBindingError = 'Lỗi Ghép nối Không hợp lệ';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Tên hàm phải chứa không gian tên không trống và tên ngắn không trống.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Giá trị chỉ mục dòng nằm ngoài phạm vi cho phép. Hãy sử dụng một giá trị (0 hoặc cao hơn) và nhỏ hơn số lượng hàng.';
Strings.OfficeOM.L_InvalidDataFormat = 'Định dạng của đối tượng dữ liệu đã xác định không hợp lệ.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Yêu cầu API không thành công vì sổ làm việc bị ẩn. Vui lòng bỏ ẩn sổ làm việc và thử lại.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Trình duyệt này không hỗ trợ API được yêu cầu.';
Strings.OfficeOM.L_SettingNameNotExist = 'Tên thiết đặt đã xác định không tồn tại.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Không thể dùng thông số tọa độ với Bảng kiểu ép buộc khi bảng chứa các ô được kết hợp.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Đường dẫn đối tượng \'{0}\' không phù hợp với thao tác bạn đang cố gắng thực hiện. Nếu bạn đang sử dụng đối tượng trên nhiều cuộc gọi "context.sync" và không thuộc phạm vi thực thi chuỗi của lô ".run", vui lòng sử dụng các phương pháp "context.trackedObjects.add()" và "context.trackedObjects.remove()" để quản lý thời hạn của đối tượng.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Các cột đã xác định không hợp lệ.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Không thể thêm trình xử lý sự kiện.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Vui lòng chọn.';
Strings.OfficeOM.L_InValidOptionalArgument = 'đối số tùy chọn không hợp lệ';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Không hỗ trợ loại nhận dạng của người dùng này.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Đối tượng dữ liệu đã xác định quá lớn.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "Đang tìm cách đặt thuộc tính chỉ đọc '{0}'.";
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Thao tác không thành công do phần bổ trợ này không hỗ trợ sự chấp thuận của người dùng trong danh mục này';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Yêu cầu không thành công với mã trạng thái {0}, mã lỗi {1} và thông báo lỗi sau: {2}';
Strings.OfficeOM.L_ContinueButton = 'Tiếp tục';
Strings.OfficeOM.L_DataWriteReminder = 'Lời nhắc Viết Dữ liệu';
Strings.OfficeOM.L_ActivityLimitReached = 'Đã đạt giới hạn hoạt động.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Một hoặc nhiều tham số định dạng có chứa giá trị không được phép. Hãy kiểm tra kép các giá trị rồi thử lại.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Không tìm thấy bộ xử lý biến cố xác định cho kết ghép này.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Hoạt động không thành công vì phần bổ trợ này đã đang yêu cầu mã thông báo truy nhập.';
Strings.OfficeOM.L_SettingsAreStale = 'Không thể lưu thiết đặt vì chúng không phải là mới nhất.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Kiểu đối tượng dữ liệu đã xác định không tương thích với lựa chọn hiện tại.';
Strings.OfficeOM.L_UserNotSignedIn = 'Không có người dùng nào đăng nhập vào Office.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Các tham biến đã xác định có xung đột.';
