Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_EventRegistrationError = 'การลงทะเบียนเหตุการณ์ผิดพลาด';
Strings.OfficeOM.L_RedundantCallbackSpecification = 'ไม่สามารถระบุการติดต่อกลับทั้งในรายการอาร์กิวเมนต์และในวัตถุทางเลือก';
Strings.OfficeOM.L_IndexOutOfRange = 'ดัชนีไม่อยู่ในช่วง';
Strings.OfficeOM.L_ConfirmDialog =
  'โดเมน {0} ทําหน้าที่เป็น Microsoft Office และสามารถเรียกใช้ Add-in ของ Office ซึ่งอาจเข้าถึงข้อมูลส่วนบุคคลของคุณ ถ้าคุณเชื่อถือโดเมนที่จะเรียกใช้เป็น Office และเข้าถึงข้อมูลของคุณ ให้คลิกตกลงเพื่อดําเนินการต่อ';
Strings.OfficeOM.L_OutOfRange = 'ไม่อยู่ในช่วงที่กำหนด';
Strings.OfficeOM.L_InvalidCellsValue =
  'พารามิเตอร์ของเซลล์อย่างน้อยหนึ่งรายการมีค่าที่ไม่ได้รับอนุญาต ตรวจสอบค่าใหม่แล้วลองอีกครั้ง';
Strings.OfficeOM.L_NotSupportedEventType = 'ไม่สนับสนุนชนิดเหตุการณ์ที่ระบุ {0}';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'คุณกําลังจะส่งและรับข้อมูลที่อาจเป็นความลับจาก{0} คลิก ตกลง ถ้าคุณเชื่อถือเว็บไซต์ต่อไปนี้ที่ได้รับข้อมูลที่เป็นความลับเท่านั้น: {1}';
Strings.OfficeOM.L_UnsupportedDataObject = 'ชนิดวัตถุข้อมูลที่ให้มาไม่ได้รับการสนับสนุน';
Strings.OfficeOM.L_BindingToMultipleSelection = 'ไม่สนับสนุนส่วนที่เลือกแบบไม่ติดกัน';
Strings.OfficeOM.L_InvalidSetRows = 'แถวที่ระบุไม่ถูกต้อง';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "คุณสมบัติที่มีชื่อนี้ใน Excel.CustomFunctions ที่แสดงคำนิยามของฟังก์ชันต้องมีคุณสมบัติ 'โทรศัพท์' ที่ดำเนินการฟังก์ชัน";
Strings.OfficeOM.L_InvalidReadForBlankRow = 'แถวที่ระบุว่างเปล่า';
Strings.OfficeOM.L_InvalidDataObject = 'วัตถุข้อมูลไม่ถูกต้อง';
Strings.OfficeOM.L_TooManyOptionalObjects = 'วัตถุทางเลือกหลายวัตถุในรายการพารามิเตอร์';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'ส่วนที่เลือกปัจจุบันนี้เข้ากันไม่ได้กับชนิดการบังคับใช้ที่ระบุ';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'ข้อจำกัดของเบราว์เซอร์ไม่อนุญาตให้สร้างกล่องโต้ตอบ โดเมนของกล่องโต้ตอบและโดเมนของโฮสต์ Add-in ไม่ได้อยู่ในโซนความปลอดภัยเดียวกัน';
Strings.OfficeOM.L_CannotWriteToSelection = 'ไม่สามารถเขียนไปยังส่วนที่เลือกในปัจจุบันได้';
Strings.OfficeOM.L_AppNameNotExist = 'ชื่อ Add-in สำหรับ {0} ไม่มีอยู่';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'ไม่พบโหนดที่ระบุ';
Strings.OfficeOM.L_UnknownBindingType = 'ไม่สนับสนุนชนิดการผูกข้อมูลนี้';
Strings.OfficeOM.L_InvalidParameters = 'ฟังก์ชัน {0} มีพารามิเตอร์ที่ไม่ถูกต้อง';
Strings.OfficeOM.L_DocumentReadOnly = 'ไม่อนุญาตการดำเนินการที่ร้องขอในโหมดเอกสารปัจจุบัน';
Strings.OfficeOM.L_ConfirmRefreshMessage = 'เมื่อต้องการดำเนินการต่อให้เอา add-in ออกแล้วเพิ่มอีกครั้งหรือรีเฟรชหน้านี้';
Strings.OfficeOM.L_InvalidObjectPath =
  'เส้นทางวัตถุ \'{0}\' ใช้งานไม่ได้กับสิ่งที่คุณพยายามดำเนินการ ถ้าคุณกำลังใช้วัตถุกับการเรียก "context.sync" หลายครั้งและภายนอกการดำเนินการชุดคำสั่ง ".run" แบบต่อเนื่อง โปรดใช้เมธอด "context.trackedObjects.add()" และ "context.trackedObjects.remove()" เพื่อจัดการวงจรการทำงานของวัตถุ';
Strings.OfficeOM.L_InvalidDataFormat = 'รูปแบบของวัตถุข้อมูลที่ระบุไม่ถูกต้อง';
Strings.OfficeOM.L_NewWindowCrossZone =
  'การตั้งค่าความปลอดภัยในเบราว์เซอร์ของคุณป้องกันไม่ให้เราสร้างกล่องโต้ตอบ ลองเบราว์เซอร์อื่น หรือ {0} เพื่อให้ "{1}" และโดเมนที่แสดงในแถบที่อยู่ของคุณอยู่ในโซนความปลอดภัยเดียวกัน';
Strings.OfficeOM.L_InvalidGrant = 'การอนุมัติล่วงหน้าขาดไป';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'อาร์กิวเมนต์ป้อนเข้าไม่ถูกต้อง';
Strings.OfficeOM.L_InvalidFormat = 'ข้อผิดพลาดรูปแบบไม่ถูกต้อง';
Strings.OfficeOM.L_DialogParentIsMinimized = 'การดําเนินการล้มเหลวเนื่องจากหน้าต่างหลักถูกย่อให้เล็กสุด';
Strings.OfficeOM.L_MissingRequiredArguments = 'อาร์กิวเมนต์ที่จำเป็นบางอย่างหายไป';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'ฟังก์ชันเพื่อรับบริบทการรับรองความถูกต้องขาดหายไป';
Strings.OfficeOM.L_SaveSettingsError = 'การตั้งค่าการบันทึกผิดพลาด';
Strings.OfficeOM.L_InvalidResourceUrl = 'มี Url ของทรัพยากรแอปพลิเคชันไม่ถูกต้อง';
Strings.OfficeOM.L_InvalidGetRows = 'แถวที่ระบุไม่ถูกต้อง';
Strings.OfficeOM.L_DataReadError = 'การอ่านข้อมูลผิดพลาด';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'การเชื่อมต่อได้ขาดหายไปในระหว่างกระบวนการลงชื่อเข้าใช้ และผู้ใช้อาจไม่สามารถลงชื่อเข้าใช้ เป็นไปได้ว่าอาจเกิดจากการตั้งค่าการกำหนดค่าเบราว์เซอร์ของผู้ใช้ เช่น โซนความปลอดภัย';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'โปรดเลือก';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'ถึงขีดจำกัดของสิ่งที่เลือก';
Strings.OfficeOM.L_DataWriteError = 'การเขียนข้อมูลผิดพลาด';
Strings.OfficeOM.L_UserAborted = 'ผู้ใช้ยกเลิกการร้องขอความยินยอม';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "กำลังพยายามตั้งค่าคุณสมบัติแบบอ่านอย่างเดียว '{0}'";
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'ค่าของ rowCount หรือ columnCount ที่ระบุไม่ถูกต้อง';
Strings.OfficeOM.L_ConfirmDialogConsent = 'เมื่อคลิกตกลง คุณจะอนุญาตให้ {0} เข้าถึงเนื้อหาและข้อมูลส่วนบุคคลของคุณ ';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'ขนาดส่วนข้อมูลการตอบสนองเกินขีดจำกัด โปรดอ่านคู่มือ: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"';
Strings.OfficeOM.L_DataWriteReminder = 'ตัวเตือนการเขียนข้อมูล';
Strings.OfficeOM.L_DataNotMatchSelection = 'วัตถุข้อมูลที่ให้มาเข้ากันไม่ได้กับรูปร่างหรือมิติของการเลือกปัจจุบัน';
Strings.OfficeOM.L_MissingParameter = 'พารามิเตอร์สูญหาย';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'เมธอดหรือคุณสมบัติ {0} เป็นส่วนหนึ่งของชุดความต้องการ {1} ซึ่งไม่มีอยู่ใน {2} เวอร์ชันที่คุณใช้';
Strings.OfficeOM.L_SliceSizeNotSupported = 'ขนาดของชิ้นที่ระบุไม่ได้รับการสนับสนุน';
Strings.OfficeOM.L_ActivityLimitReached = 'ถึงขีดจำกัดของกิจกรรมแล้ว';
Strings.OfficeOM.L_UserAbortedMessage = 'ผู้ใช้ไม่ยินยอมในสิทธิ์ Add-in';
Strings.OfficeOM.L_APICallFailed = 'การเรียก API ล้มเหลว';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'ชนิดการบังคับใช้ที่ระบุไม่ได้รับการสนับสนุน';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'คำขอล้มเหลวโดยมีรหัสสถานะ {0} รหัสข้อผิดพลาด {1} และข้อความแสดงข้อผิดพลาดต่อไปนี้: {2}';
Strings.OfficeOM.L_RequestTimeout = 'การเรียกใช้เวลานานเกินไปในการดำเนินการ';
Strings.OfficeOM.L_SettingsStaleError = 'การตั้งค่าเดิมผิดพลาด';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'ชื่อฟังก์ชันอาจประกอบด้วยตัวอักษร ตัวเลข ขีดล่าง และมหัพภาคเท่านั้น';
Strings.OfficeOM.L_HostError = 'โฮสต์ผิดพลาด';
Strings.OfficeOM.L_ValueNotLoaded =
  'ยังไม่ได้โหลดค่าของออบเจ็กต์ผลลัพธ์ ก่อนที่จะอ่านค่าคุณสมบัติ ให้เรียก "context.sync()" ในบริบทคำขอที่เกี่ยวข้อง';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'รอจนกว่าการเรียกก่อนหน้าจะเสร็จสมบูรณ์';
Strings.OfficeOM.L_SSOServerErrorMessage = 'มีข้อผิดพลาดเกิดขึ้นบนเซิร์ฟเวอร์';
Strings.OfficeOM.L_BindingCreationError = 'การสร้างการผูกข้อมูลผิดพลาด';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'คำขอ JavaScript API ล้มเหลวเนื่องจากเวิร์กบุ๊กถูกซ่อนอยู่ โปรดยกเลิกการซ่อนเวิร์กบุ๊กแล้วลองอีกครั้ง';
Strings.OfficeOM.L_InvalidGetColumns = 'คอลัมน์ที่ระบุไม่ถูกต้อง';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'อนุญาต';
Strings.OfficeOM.L_NotImplemented = 'ฟังก์ชัน {0} ยังไม่ถูกนำมาใช้งาน';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'คุณสมบัติที่มีชื่อนี้ซึ่งแสดงถึงคำนิยามของฟังก์ชันต้องมีอยู่ใน Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Url ของทรัพยากรไม่ถูกต้องที่ระบุไว้ในรายการ';
Strings.OfficeOM.L_DocumentIsInactive = 'การดําเนินการล้มเหลวเนื่องจากเอกสารที่มี Add-in นี้ไม่ได้ใช้งานอยู่';
Strings.OfficeOM.L_FormattingReminder = 'ตัวเตือนการจัดรูปแบบ';
Strings.OfficeOM.L_DataNotMatchBindingType = 'วัตถุข้อมูลที่ระบุไม่เข้ากันกับชนิดการผูกข้อมูล';
Strings.OfficeOM.L_InvalidNamedItemForBindingType = 'ชนิดการผูกข้อมูลที่ระบุเข้ากันไม่ได้กับรายการที่มีชื่อที่ให้มา';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'การค้นหาถูกยกเลิกโดยผู้ใช้';
Strings.OfficeOM.L_OperationCancelledError = 'การดำเนินการถูกยกเลิก';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath จำกัดสิ่งที่เลือกได้ไว้ที่ 1024 รายการ';
Strings.OfficeOM.L_InvalidFormatValue =
  'พารามิเตอร์ของรูปแบบอย่างน้อยหนึ่งรายการมีค่าที่ไม่ได้รับอนุญาต ตรวจสอบค่าใหม่แล้วลองอีกครั้ง';
Strings.OfficeOM.L_CannotNavigateTo = 'วัตถุอยู่ในตำแหน่งที่ไม่สนับสนุนการนำทาง';
Strings.OfficeOM.L_NoHttpsWAC = 'เซสชันของ Office นี้ไม่ได้ใช้การเชื่อมต่อที่ปลอดภัย เราขอแนะนำให้คุณใช้ precautions พิเศษ';
Strings.OfficeOM.L_DataStale = 'ข้อมูลไม่เป็นปัจจุบัน';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'ไม่มีการสนับสนุน API ในแพลตฟอร์มนี้';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit = 'ชื่อฟังก์ชันต้องประกอบด้���ยเนมสเปซไม่ว่างเปล่าและชื่อย่อไม่ว่างเปล่า';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'ค่าของ startRow หรือ startColumn ที่ระบุไม่ถูกต้อง';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'เซสชัน Office ของคุณหมดอายุแล้วหรือไม่ถูกต้อง เมื่อต้องการดำเนินการต่อให้รีเฟรชหน้า';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'การดำเนินการเขียนไม่ได้รับการสนับสนุนสำหรับ Office เมื่อเปิดกล่องโต้ตอบที่รอรับค่า';
Strings.OfficeOM.L_ImplicitNotLoaded = 'ไม่ได้โหลดมอดูลก่อนรับโทเค็น';
Strings.OfficeOM.L_ColIndexOutOfRange = 'ค่าดัชนีคอลัมน์อยู่นอกช่วงที่อนุญาต ใช้ค่า (0 หรือมากกว่า) ที่มีค่าน้อยกว่าจำนวนคอลัมน์';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'ข้อมูลล้าสมัยแล้ว โปรดดึงวัตถุอีกครั้ง';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'กำหนดค่าเบราว์เซอร์ของคุณ';
Strings.OfficeOM.L_FunctionCallFailed = 'การเรียกฟังก์ชัน {0} ล้มเหลว รหัสข้อผิดพลาด: {1}';
Strings.OfficeOM.L_ConfirmCancelMessage = 'ขออภัย เราไม่สามารถดำเนินการต่อได้';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'คอลัมน์ที่ระบุไม่ถูกต้อง';
Strings.OfficeOM.L_BindingNotExist = 'การผูกข้อมูลที่ระบุไม่มีอยู่';
Strings.OfficeOM.L_CallbackNotAFunction = 'การติดต่อกลับที่ต้องเป็นของฟังก์ชันชนิด กลับเป็นของ {0} ของชนิด';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'ข้อมูลไม่เป็นปัจจุบัน';
Strings.OfficeOM.L_InvalidApiCallInContext = 'การเรียก API ในบริบทปัจจุบันไม่ถูกต้อง';
Strings.OfficeOM.L_InvalidBinding = 'การผูกข้อมูลไม่ถูกต้อง';
Strings.OfficeOM.L_UserNotSignedIn = 'ไม่มีผู้ใช้ลงชื่อเข้าใช้ Office';
Strings.OfficeOM.L_ElementMissing =
  'เราไม่สามารถจัดรูปแบบเซลล์ตารางได้ เนื่องจากค่าพารามิเตอร์บางค่าหายไป ตรวจสอบพารามิเตอร์ใหม่แล้วลองอีกครั้ง';
Strings.OfficeOM.L_InvalidGrantMessage = 'การให้สิทธิ์ขาดหายไปสำหรับ Add-in นี้';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'ไม่สามารถเพิ่มตัวจัดการเหตุการณ์ได้';
Strings.OfficeOM.L_SSOServerError = 'มีข้อผิดพลาดเกิดขึ้นในผู้ให้บริการการรับรองความถูกต้อง';
Strings.OfficeOM.L_InternalErrorDescription = 'มีข้อผิดพลาดภายในเกิดขึ้น';
Strings.OfficeOM.L_InitializeNotReady =
  'ยังไม่ได้โหลด Office.js แบบเต็ม โปรดลองอีกครั้งในภายหลัง หรือตรวจสอบให้แน่ใจว่าได้เพิ่มโค้ดการเตรียมใช้งานของคุณบนฟังก์ชัน Office.initialize ';
Strings.OfficeOM.L_DialogAlreadyOpened = 'การดำเนินการล้มเหลวเนื่องจาก Add-in นี้มีกล่องโต้ตอบที่ใช้งานอยู่เรียบร้อยแล้ว';
Strings.OfficeOM.L_APINotSupported = 'API ไม่ได้รับการสนับสนุน';
Strings.OfficeOM.L_PropertyDoesNotExist = "คุณสมบัติ '{0}' ไม่มีในวัตถุ ";
Strings.OfficeOM.L_InvalidNode = 'โหนดไม่ถูกต้อง';
Strings.OfficeOM.L_NotTrustedWAC =
  'Add-in นี้ถูกปิดใช้งานเพื่อช่วยให้คุณปลอดภัยได้ เมื่อต้องการใช้ add-in ต่อไปให้ตรวจสอบว่ารายการนี้ถูกโฮสต์ในโดเมนที่เชื่อถือได้หรือเปิดในแอป Office บนเดสก์ท็อป';
Strings.OfficeOM.L_SettingsAreStale = 'ไม่สามารถบันทึกการตั้งค่าได้เพราะไม่เป็นข้อมูลปัจจุบัน';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'การดำเนินการล้มเหลวเนื่องจาก Add-in นี้ไม่สนับสนุนความยินยอมจากผู้ใช้ในประเภทนี้';
Strings.OfficeOM.L_GetDataIsTooLarge = 'ชุดข้อมูลที่ร้องขอมีขนาดใหญ่เกินไป';
Strings.OfficeOM.L_InvalidArgument = "อาร์กิวเมนต์ '{0}' ใช้งานไม่ได้ในสถานการณ์นี้ หายไป หรือไม่ใช่รูปแบบที่ถูกต้อง";
Strings.OfficeOM.L_SSOClientErrorMessage = 'มีข้อผิดพลาดที่ไม่คาดคิดเกิดขึ้นในไคลเอ็นต์';
Strings.OfficeOM.L_InvalidValue = 'ค่าไม่ถูกต้อง';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'ละเว้น';
Strings.OfficeOM.L_EventHandlerNotExist = 'ไม่พบตัวจัดการเหตุการณ์ที่ระบุสำหรับการผูกข้อมูลนี้';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel อยู่ในโหมดการแก้ไขเซลล์ โปรดออกจากโหมดแก้ไข โดยกด ENTER หรือ TAB หรือเลือกเซลล์อื่น แล้วลองอีกครั้ง';
Strings.OfficeOM.L_FileTypeNotSupported = 'ชนิดของไฟล์ที่ระบุไม่ได้รับการสนับสนุน';
Strings.OfficeOM.L_TooManyArguments = 'มีอาร์กิวเมนต์มากเกินไป';
Strings.OfficeOM.L_SettingNameNotExist = 'ไม่มีชื่อการตั้งค่าที่ระบุ';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'ชนิดการผูกข้อมูลนี้ไม่สนับสนุนการดำเนินการนี้';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'อาร์กิวเมนต์ส่งผ่านไปยังฟังก์ชันไม่สามารถใช้กับสถานการณ์นี้ อาร์กิวเมนต์หายไป หรืออาร์กิวเมนต์ไม่ได้อยู่ในรูปแบบที่ถูกต้อง';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'ไม่สามารถใช้พารามิเตอร์พิกัดกับชนิดการบังคับใช้ตารางได้ เมื่อตารางนั้นมีเซลล์ที่ถูกผสาน';
Strings.OfficeOM.L_MultipleNamedItemFound = 'พบหลายวัตถุที่มีชื่อเดียวกัน';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'ไม่สามารถสร้างการผูกข้อมูลกับการเลือกปัจจุบันและชนิดการผูกข้อมูลที่ระบุได้';
Strings.OfficeOM.L_FormatValueOutOfRange = 'ค่าอยู่นอกช่วงที่อนุญาต ';
Strings.OfficeOM.L_NotSupported = 'ไม่สนับสนุนฟังก์ชัน {0}';
Strings.OfficeOM.L_DialogNavigateError = 'ข้อผิดพลาดการนำทางกล่องโต้ตอบ';
Strings.OfficeOM.L_InvalidBindingError = 'ข้อผิดพลาดของการผูกข้อมูลที่ไม่ถูกต้อง';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'ไม่สนับสนุนชนิดของ OsfControl';
Strings.OfficeOM.L_CustomXmlError = 'ข้อผิดพลาด XML แบบกำหนดเอง';
Strings.OfficeOM.L_NoCapability = 'คุณไม่มีสิทธิ์เพียงพอสำหรับการกระทำนี้';
Strings.OfficeOM.L_SSOConnectionLostError = 'การเชื่อมต่อได้ขาดหายไปในระหว่างกระบวนการลงชื่อเข้าใช้';
Strings.OfficeOM.L_DialogRequireHTTPS = 'ไม่สนับสนุนโพรโทคอล HTTP โปรดใช้ HTTPS แทน';
Strings.OfficeOM.L_InvalidRequestContext = 'ไม่สามารถใช้วัตถุกับบริบทการร้องขออื่นๆ';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'ปัญหาเครือข่ายป้องกันไม่ให้เรียกใช้ไฟล์';
Strings.OfficeOM.L_BrowserAPINotSupported = 'เบราว์เซอร์นี้ไม่สนับสนุน API ที่ร้องขอ';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'ค่าของ startRow หรือ startColumn ที่ระบุไม่ถูกต้อง';
Strings.OfficeOM.L_SetDataParametersConflict = 'พารามิเตอร์ที่ระบุขัดแย้งกัน';
Strings.OfficeOM.L_SetDataIsTooLarge = 'วัตถุข้อมูลที่ระบุมีขนาดใหญ่เกินไป';
Strings.OfficeOM.L_SSOClientError = 'มีข้อผิดพลาดเกิดขึ้นในการร้องขอการรับรองความถูกต้องจาก Office';
Strings.OfficeOM.L_SelectionCannotBound = 'ไม่สามารถผูกกับส่วนที่เลือกปัจจุบัน';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'หมายเหตุ: ชุดการจัดรูปแบบที่ถูกตั้งค่าโดยการเรียก API การจัดรูปแบบควรจะต่ำกว่า 100';
Strings.OfficeOM.L_InvalidCoercion = 'ชนิดของการบังคับใช้ไม่ถูกต้อง';
Strings.OfficeOM.L_RunMustReturnPromise =
  'ฟังก์ชันชุดคำสั่งที่ส่งไปที่เมธอด ".run" ไม่ได้ส่ง Promise กลับมา ฟังก์ชันต้องส่ง Promise กลับมาเพื่อให้สามารถปล่อยวัตถุใดๆ ที่มีการติดตามอัตโนมัติได้เมื่อดำเนินการชุดคำสั่งสำเร็จ โดยปกติแล้ว คุณจะส่งคืน Promise ด้วยการส่งการตอบกลับจาก "context.sync()"';
Strings.OfficeOM.L_PermissionDenied = 'สิทธิ์ถูกปฏิเสธ';
Strings.OfficeOM.L_RowIndexOutOfRange = 'ค่าดัชนีแถวอยู่นอกช่วงที่อนุญาต ใช้ค่า (0 หรือมากกว่า) ที่มีค่าน้อยกว่าจำนวนแถว';
Strings.OfficeOM.L_BadSelectorString = 'สตริงที่ส่งผ่านไปยังตัวเลือกได้รับการจัดรูปแบบไม่ถูกต้อง หรือไม่ได้รับการสนับสนุน';
Strings.OfficeOM.L_GetDataParametersConflict = 'พารามิเตอร์ที่ระบุขัดแย้งกัน';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'เรียก closeAsync บนไฟล์ปัจจุบันก่อนที่จะเรียกใช้ไฟล์อื่น';
Strings.OfficeOM.L_UserClickIgnore = 'ผู้ใช้เลือกที่จะละเว้นการกล่องโต้ตอบ';
Strings.OfficeOM.L_GetSelectionNotSupported = 'ส่วนที่เลือกในปัจจุบันไม่ได้รับการสนับสนุน';
Strings.OfficeOM.L_InternalError = 'ข้อผิดพลาดภายใน';
Strings.OfficeOM.L_OperationNotSupported = 'ไม่สนับสนุนการดำเนินการนี้';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'ชนิดการบังคับใช้ที่ระบุเข้ากันไม่ได้กับชนิดการผูกข้อมูลนี้';
Strings.OfficeOM.L_Timeout = 'การดำเนินการหมดเวลา ';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'การดำเนินการล้มเหลวเนื่องจาก Add-in นี้ร้องขอโทเค็นการเข้าถึงอยู่ก่อนแล้ว';
Strings.OfficeOM.L_NavOutOfBound = 'การดำเนินการล้มเหลวเนื่องจากดัชนีอยู่นอกช่วง';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'คำขอล้มเหลวโดยมีรหัสสถานะ {0}';
Strings.OfficeOM.L_CannotRegisterEvent = 'ไม่สามารถลงทะเบียนตัวจัดการเหตุการณ์ได้';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'ไม่สามารถเอาตัวจัดการเหตุการณ์ออกได้';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'พารามิเตอร์ของตัวเลือกตารางอย่างน้อยหนึ่งรายการมีค่าที่ไม่ได้รับอนุญาต ตรวจสอบค่าใหม่แล้วลองอีกครั้ง';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'ขนาดส่วนข้อมูลคำขอเกินขีดจำกัด โปรดอ่านคู่มือ: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"';
Strings.OfficeOM.L_ShuttingDown = 'การดำเนินการล้มเหลวเพราะข้อมูลไม่เป็นข้อมูลปัจจุบันบนเซิร์ฟเวอร์';
Strings.OfficeOM.L_NetworkProblem = 'ปัญหาเครือข่าย';
Strings.OfficeOM.L_MemoryLimit = 'เกินขีดจำกัดของหน่วยความจำ';
Strings.OfficeOM.L_DialogOK = 'ตกลง';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'ชนิดวัตถุข้อมูลที่ระบุเข้ากันไม่ได้กับส่วนที่เลือกปัจจุบัน';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'เนื้อหาที่เลือกต้องอยู่ในรูปแบบตาราง จัดรูปแบบ��้อมูลเป็นตารางแล้วลองอีกครั้ง';
Strings.OfficeOM.L_RequestTokenUnavailable = 'API นี้ถูกควบคุมให้ใช้ปริมาณความถี่ในการเรียกช้าลง';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Add-in ร้องขอโทเค็นการเข้าถึงอยู่ก่อนแล้ว';
Strings.OfficeOM.L_UnsupportedEnumeration = 'การแจงนับที่ไม่ได้รับการสนับสนุน';
Strings.OfficeOM.L_ModalDialogOpeng = 'การดําเนินการล้มเหลวเนื่องจาก Add-in นี้มีกล่องโต้ตอบโมดอลที่ใช้งานอยู่แล้ว';
Strings.OfficeOM.L_CancelButton = 'ยกเลิก';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'การแจงนับไม่ได้รับการสนับสนุนในแอปพลิเคชันที่เป็นโฮสต์ในปัจจุบัน';
Strings.OfficeOM.L_SettingsCannotSave = 'ไม่สามารถบันทึกการตั้งค่าได้';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} ต้องการแสดงหน้าต่างใหม่';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'ไม่มี ID ที่ระบุ';
Strings.OfficeOM.L_TooManyOptionalFunction = 'ฟังก์ชันทางเลือกหลายฟังก์ชันในรายการพารามิเตอร์';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'โดเมนของ URL ไม่ได้รวมอยู่ในองค์ประกอบ AppDomains ในไฟล์กำกับ และไม่ได้เป็นโดเมนย่อยของตำแหน่งต้นทาง';
Strings.OfficeOM.L_CellDataAmountBeyondLimits = 'หมายเหตุ: จำนวนของเซลล์ในตารางควรจะต่ำกว่า 20,000 เซลล์';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'ชนิดข้อมูลประจำตัวของผู้ใช้ไม่ได้รับการสนับสนุน';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'เซสชันไม่ถูกต้องหรือหมดเวลา';
Strings.OfficeOM.L_DisplayDialogError = 'แสดงข้อผิดพลาดกล่องโต้ตอบ';
Strings.OfficeOM.L_InvalidBindingOperation = 'การดำเนินการผูกข้อมูลที่ไม่ถูกต้อง';
Strings.OfficeOM.L_OKButton = 'ตกลง';
Strings.OfficeOM.L_NotSupportedBindingType = 'ไม่สนับสนุนชนิดการผูกข้อมูลที่ระบุ {0}';
Strings.OfficeOM.L_InvalidAPICall = 'การเรียก API ไม่ถูกต้อง';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'ไม่มีแอปพลิเคชัน {0} Microsoft.Office.WebExtension.initialize(reason) ไม่ถูกเรียก';
Strings.OfficeOM.L_DialogInvalidScheme = 'ไม่สนับสนุนแบบแผน URL โปรดใช้ HTTPS แทน';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'ชนิดข้อมูลประจำตัวของผู้ใช้ไม่ได้รับการสนับสนุน';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'ไม่มีสนับสนุน API ของข้อมูลเฉพาะตัวสำหรับ Add-in นี้';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'รอสักครู่...';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory = 'Add-in นี้ไม่สนับสนุนความยินยอมของผู้ใช้';
Strings.OfficeOM.L_PropertyNotLoaded =
  'คุณสมบัติ \'{0}\' ไม่พร้อมใช้งาน ก่อนอ่านค่าคุณสมบัติ เรียกเมธอดโหลดจากวัตถุที่มีและเรียก "context.sync()" ในบริบทการร้องขอที่เกี่ยวข้อง';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'ไม่สามารถเปลี่ยนคุณสมบัติเป็น \'{0}\' โดยใช้วิธีการ "object.set" ได้';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'วัตถุข้อมูลที่ให้มามีขนาดไม่ตรงกันกับส่วนที่เลือกปัจจุบัน';
Strings.OfficeOM.L_ReadSettingsError = 'การตั้งค่าการอ่านผิดพลาด';
Strings.OfficeOM.L_InvalidSetColumns = 'คอลัมน์ที่ระบุไม่ถูกต้อง';
Strings.OfficeOM.L_InValidOptionalArgument = 'อาร์กิวเมนต์ทางเลือกไม่ถูกต้อง';
Strings.OfficeOM.L_ContinueButton = 'ดำเนินการต่อ';
Strings.OfficeOM.L_OverwriteWorksheetData = 'การดำเนินการของชุดล้มเหลว เนื่องจากวัตถุข้อมูลที่ให้มาจะเขียนทับหรือเลื่อนข้อมูล';
Strings.OfficeOM.L_NamedItemNotFound = 'ไม่มีรายการที่มีชื่ออยู่';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'ไม่สามารถใช้พารามิเตอร์พิกัดกับชนิดการบังคับใช้ตารางได้ เมื่อตารางนั้นมีเซลล์ที่ถูกผสาน';
