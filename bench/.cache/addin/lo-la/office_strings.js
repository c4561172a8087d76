Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_InvalidApiCallInContext = 'ການເອີ້ນ API ບໍ່ຖືກຕ້ອງໃນບໍລິບົດປັດຈຸບັນ.';
Strings.OfficeOM.L_InvalidGrantMessage = 'ບໍ່ມີສິດອະນຸຍາດສຳລັບແອດອິນນີ້.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "ກຳລັງພະຍາຍາມຕັ້ງຄຸນສົມບັດການອ່ານເທົ່ານັ້ນ '{0}'.";
Strings.OfficeOM.L_ColIndexOutOfRange = 'ຄ່າດັດຊະນີຖັນຢູ່ນອກໄລຍະທີ່ອະນຸຍາດ. ໃຫ້ໃຊ້ຄ່າໃດໜຶ່ງ (0 ຫຼື ສູງກວ່າ) ທີ່ໜ້ອຍກວ່າຈຳນວນຂອງຖັນ.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'ຊຸດຂໍ້ມູນທີ່ຮ້ອງຂໍນັ້ນໃຫຍ່ເກີນໄປ.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'ຮອດຂີດຈຳກັດການເລືອກແລ້ວ';
Strings.OfficeOM.L_NamedItemNotFound = 'ບໍ່ມີລາຍການທີ່ຕັ້ງຊື່ໄວ້.';
Strings.OfficeOM.L_DialogOK = 'ຕົກລົງ';
Strings.OfficeOM.L_InvalidAPICall = 'ການເອີ້ນ API ບໍ່ຖືກຕ້ອງ';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'ບໍ່ຮອງຮັບປະເພດການລະບຸຕົວຕົນຂອງຜູ້ໃຊ້.';
Strings.OfficeOM.L_NetworkProblem = 'ບັນຫາເຄືອຂ່າຍ';
Strings.OfficeOM.L_HostError = 'ໂຮສຜິດພາດ';
Strings.OfficeOM.L_SliceSizeNotSupported = 'ບໍ່ຮອງຮັບຂະໜາດສະໄລ້ທີ່ລະບຸ.';
Strings.OfficeOM.L_InvalidBinding = 'ການຜູກມັດບໍ່ຖືກຕ້ອງ';
Strings.OfficeOM.L_SettingsStaleError = 'ການຕັ້ງຄ່າເກົ່າຜິດພາດ';
Strings.OfficeOM.L_InvalidResourceUrl = 'ລະບຸ URL ຊັບພະຍາກອນແອັບພລິເຄຊັນບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_RequestTimeout = 'ການເອີ້ນໃຊ້ເວລາດົນເກີນໄປໃນການດຳເນີນການ.';
Strings.OfficeOM.L_InvalidSetRows = 'ແຖວທີ່ລະບຸນັ້ນບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_MissingParameter = 'ບໍ່ມີພາຣາມິເຕີ';
Strings.OfficeOM.L_UnsupportedDataObject = 'ບໍ່ຮອງຮັບປະເພດອອບເຈັກຂໍ້ມູນທີ່ລະບຸ.';
Strings.OfficeOM.L_OperationCancelledError = 'ຍົກເລີກຄຳສັ່ງແລ້ວ';
Strings.OfficeOM.L_SaveSettingsError = 'ບັນທຶກການຕັ້ງຄ່າຜິດພາດ';
Strings.OfficeOM.L_DisplayDialogError = 'ສະແດງກ່ອງຂໍ້ຄວາມຜິດພາດ';
Strings.OfficeOM.L_CannotRegisterEvent = 'ບໍ່ສາມາດລົງທະບຽນຕົວຈັດການເຫດການ.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'ຄຳສັ່ງຖືກຍົກເລີກໂດຍຜູ້ໃຊ້.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'ການປ່ຽນເປັນຄຸນສົມບັດ \'{0}\' ບໍ່ສາມາດນຳໃຊ້ຜ່ານວິທີ "object.set" ໄດ້.';
Strings.OfficeOM.L_APINotSupported = 'ບໍ່ຮອງຮັບ API';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'ແອດອິນຮ້ອງຂໍໂທເຄັນເຂົ້າເຖິງໄປກ່ອນແລ້ວ.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'ຂໍ້ມູນເກົ່າແລ້ວ. ໃຫ້ໂຫຼດອອບເຈັກອີກຄັ້ງ.';
Strings.OfficeOM.L_BindingCreationError = 'ເກີດຄວາມຜິດພາດໃນການຜູກມັດ';
Strings.OfficeOM.L_NavOutOfBound = 'ການປະຕິບັດການບໍ່ສຳເລັດເນື່ອງຈາກດັດຊະນີຢູ່ນອກໄລຍະ.';
Strings.OfficeOM.L_OutOfRange = 'ເກີນໄລຍະ';
Strings.OfficeOM.L_ConfirmRefreshMessage = 'ເພື່ອສືບຕໍ່, ໃຫ້ລຶບແອດອິນອອກແລ້ວເພີ່ມມັນໃສ່ໃໝ່ ຫຼື ໂຫຼດໜ້າຄືນໃໝ່.';
Strings.OfficeOM.L_SSOServerError = 'ເກີດຄວາມຜິດພາດໃນຜູ້ໃຫ້ບໍລິການພິສູດຢືນຢັນຕົວ.';
Strings.OfficeOM.L_APICallFailed = 'ເອີ້ນ API ບໍ່ສຳເລັດ';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'ປະເພດ OsfControl ບໍ່ຮອງຮັບ.';
Strings.OfficeOM.L_DataWriteReminder = 'ການແຈ້ງເຕືອນຂຽນຂໍ້ມູນ';
Strings.OfficeOM.L_UserAborted = 'ຜູ້ໃຊ້ຍົກເລີກຄຳຮ້ອງການຍິນຍອມແລ້ວ.';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'ປະເພດອອບເຈັກຂໍ້ມູນທີ່ລະບຸບໍ່ສາມາດໃຊ້ຮ່ວມກັບການເລືອກປັດຈຸບັນໄດ້.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'ບໍ່ຮອງຮັບປະເພດການບັງຄັບທີ່ລະບຸ.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'API ນີ້ໄດ້ຖືກປັບໃຫ້ຄວາມຖີ່ການເອີ້ນຊ້າລົງ.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'ຄ່າດັດຊະນີແຖວຢູ່ນອກໄລຍະທີ່ອະນຸຍາດ. ໃຫ້ໃຊ້ຄ່າໃດໜຶ່ງ (0 ຫຼື ສູງກວ່າ) ທີ່ໜ້ອຍກວ່າຈຳນວນຂອງແຖວ.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit = 'ຊື່ຟັງຊັນຈະຕ້ອງບໍ່ມີ namespace ທີ່ຫວ່າງເປົ່າ ແລະ ຊື່ສັ້ນທີ່ບໍ່ຫວ່າງເປົ່າ.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'ບໍ່ຖືກຕ້ອງ ຫຼື ເຊດຊັນໝົດເວລາ';
Strings.OfficeOM.L_SetDataParametersConflict = 'ພາຣາມິເຕີທີ່ລະບຸນັ້ນຂັດແຍ່ງກັນ.';
Strings.OfficeOM.L_InValidOptionalArgument = 'ອາກິວເມັນຕົວເລືອກເສີມບໍ່ຖືກຕ້ອງ';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'ບໍ່ຮອງຮັບການເຮັດວຽກນີ້ໃນປະເພດການຜູກມັດນີ້.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "ການຕັ້ງຄ່າຄວາມປອດໄພໃນບຣາວເຊີຂອງທ່ານປ້ອງກັນບໍ່ໃຫ້ພວກເຮົາສ້າງກ່ອງຂໍ້ຄວາມຂຶ້ນມາ. ໃຫ້ລອງໃຊ້ບຣາວເຊີອື່ນ ຫຼື {0} ເພື່ອໃຫ້ '{1}' ແລະ ໂດເມນທີ່ສະແດງໃນແຖບທີ່ຢູ່ຂອງທ່ານຢູ່ໃນເຂດຄວາມປອດໄພດຽວກັນ.";
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} ຕ້ອງການສະແດງໜ້າຈໍໃໝ່.';
Strings.OfficeOM.L_ShuttingDown = 'ການເຮັດວຽກບໍ່ສຳເລັດເນື່ອງຈາກຂໍ້ມູນບໍ່ໄດ້ແມ່ນຂໍ້ມູນປັດຈຸບັນໃນເຊີບເວີ.';
Strings.OfficeOM.L_DialogNavigateError = 'ກ່ອງຂໍ້ຄວາມການນຳທາງຜິດພາດ';
Strings.OfficeOM.L_InvalidGrant = 'ບໍ່ມີການພິສູດຢືນຢັນລ່ວງໜ້າ.';
Strings.OfficeOM.L_BindingNotExist = 'ບໍ່ມີການຜູກມັດທີ່ລະບຸ.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'ບໍ່ຮອງຮັບປະເພດການລະບຸຕົວຕົນຜູ້ໃຊ້.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'ການເຊື່ອມຕໍ່ຖືກຕັດໃນລະຫວ່າງຂັ້ນຕອນການລົງຊື່ເຂົ້າໃຊ້ ແລະ ຜູ້ໃຊ້ອາດຍັງບໍ່ໄດ້ລົງຊື່ເຂົ້າໃຊ້ເທື່ອ. ນີ້ໜ້າຈະເປັນຍ້ອນການຕັ້ງຄ່າບຣາວເຊີຂອງຜູ້ໃຊ້ ເຊັ່ນ: ເຂດຄວາມປອດໄພ.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'ບໍ່ມີແອັບພລິເຄຊັນ {0}. ບໍ່ໄດ້ເອີ້ນ Microsoft.Office.WebExtension.initialize(reason).';
Strings.OfficeOM.L_UserNotSignedIn = 'ບໍ່ມີຜູ້ໃຊ້ທີ່ລົງຊື່ເຂົ້າໃຊ້ Office.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'ເກີດຄວາມຜິດພາດທີ່ບໍ່ຄາດຄິດຂຶ້ນໃນລູກຂ່າຍ.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits = 'ໝາຍເຫດ: ຈຳນວນຂອງເຊວໃນຕາຕະລາງໃດໜຶ່ງແມ່ນແນະນຳໃຫ້ຕ່ຳກວ່າ 20,000 ເຊວ.';
Strings.OfficeOM.L_SSOClientError = 'ເກີດຄວາມຜິດພາດໃນຄຳຮ້ອງການພິສູດຢືນຢັນຈາກ Office.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'ຄ່າ startRow ຫຼື startColumn ທີ່ລະບຸນັ້ນບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_InvalidBindingOperation = 'ຄຳສັ່ງການຜູກມັດບໍ່ຖືກຕ້ອງ';
Strings.OfficeOM.L_DataWriteError = 'ຂຽນຂໍ້ມູນຜິດພາດ';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'ລະບຸ URL ແຫລ່ງຊັບພະຍາກອນບໍ່ຖືກຕ້ອງໃນ manifest.';
Strings.OfficeOM.L_Timeout = 'ໝົດເວລາປະຕິບັດການ.';
Strings.OfficeOM.L_DocumentReadOnly = 'ບໍ່ອະນຸຍາດໃຫ້ໃຊ້ປະຕິບັດການທີ່ຮ້ອງຂໍໃນໂໝດເອກະສານປັດຈຸບັນ.';
Strings.OfficeOM.L_PermissionDenied = 'ປະຕິເສດການອະນຸຍາດ';
Strings.OfficeOM.L_DataStale = 'ຂໍ້ມູນບໍ່ແມ່ນປັດຈຸບັນ';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'ພາຣາມິເຕີປະສານງານບໍ່ສາມາດໃຂຊ້ກັບປະເພດການບີບບັງຄັບຕາຕະລາງ ເມື່ອຕາຕະລາງມີເຊວທີ່ຮວມກັນ.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'ຕັ້ງຄ່າບຣາວເຊີຂອງທ່ານ';
Strings.OfficeOM.L_InvalidRequestContext = 'ບໍ່ສາມາດໃຊ້ອອບເຈັກຂ້າມບໍລິບົດທີ່ຮ້ອງຂໍທີ່ຕ່າງກັນໄດ້.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'ອາກິວເມັນທີ່ຜ່ານເຂົ້າມາສູ່ຟັງຊັນແມ່ນບໍ່ເຮັດວຽກໃນສະຖານະການນີ້ ຫຼື ບໍ່ມີ ຫຼື ບໍ່ຢູ່ໃນຮູບແບບທີ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_InvalidFormatValue =
  'ໜຶ່ງ ຫຼື ຫຼາຍກວ່າໜຶ່ງພາຣາມິເຕີການຈັດຮູບແບບມີຄ່າທີ່ບໍ່ອະນຸຍາດໃຫ້ໃຊ້. ໃຫ້ກວດສອບຄ່າຕ່າງໆຄືນໃໝ່ ແລ້ວລອງອີກຄັ້ງ.';
Strings.OfficeOM.L_CannotWriteToSelection = 'ບໍ່ສາມາດຂຽນໃສ່ການເລືອກປັດຈຸບັນໄດ້.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'ໂດເມນຂອງ URL ແມ່ນບໍ່ຮວມໃນອົງປະກອບ AppDomains ໃນ manifest ແລະ ບໍ່ແມ່ນໂດເມນຍ່ອຍຂອງສະຖານທີ່ຕົ້ນສະບັບ.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'ຄຳສັ່ງບໍ່ສຳເລັດເນື່ອງຈາກແອດອິນນີ້ບໍ່ຮອງຮັບຄວາມຍິນຍອມຜູ້ໃຊ້ໃນໝວດນີ້';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'ຄ່າ startRow ຫຼື startColumn ທີ່ລະບຸນັ້ນບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_UserAbortedMessage = 'ຜູ້ໃຊ້ບໍ່ໄດ້ຍິນຍອມສິດອະນຸຍາດແອດອິນ.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'ບໍ່ພົບໂໜດທີ່ລະບຸ.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "ຄຸນສົມບັດກັບຊື່ນີ້ຢູ່ Excel.Script.CustomFunctions ທີ່ເປັນຕົວແທນນິຍາມຂອງຟັງຊັນຈະຕ້ອງມີຄຸນສົມບັດ 'call' ທີ່ສ້າງຟັງຊັນ.";
Strings.OfficeOM.L_TooManyIncompleteRequests = 'ລໍຖ້າຈົນກວ່າການໂທກ່ອນໜ້າຈະສຳເລັດ.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'ເພີ່ມຕົວຈັດການນັດໝາຍບໍ່ສຳເລັດ.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'ຄຸນສົມບັດ \'{0}\' ບໍ່ສາມາດໃຊ້ໄດ້. ກ່ອນການອ່ານຄ່າຂອງຄຸນສົມບັດ, ໃຫ້ເອີ້ນການໂຫຼດວິທີໃນອອບເຈັກທີ່ບັນຈຸແລ້ວເອີ້ນ "context.sync()" ໃນບໍລິບົດທີ່ຮ້ອງຂໍທີ່ເຊື່ອມໂຍງກັນ.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'ຟັງຊັນ batch ຜ່ານວິທີ ".run" ບໍ່ໄດ້ຕອບກັບເປັນສັນຍາ. ຟັງຊັນຈະຕ້ອງຕອບເປັນສັນຍາໃດໜຶ່ງ, ເພື່ອໃຫ້ອອບເຈັກທີ່ຕິດຕາມໂດຍອັດຕະໂນມັດໃດກໍຕາມສາມາດຖືກປ່ອຍໄດ້ເມື່ອປະຕິບັດການ batch ສຳເລັດ. ໂດຍທົ່ວໄປ, ທ່ານຕອບກັບເປັນສັນຍາໄດ້ໂດຍການຕອບຈາກ "context.sync()".';
Strings.OfficeOM.L_DialogParentIsMinimized = 'ການດໍາເນີນງານລົ້ມເຫຼວເນື່ອງຈາກໜ້າຕ່າງຫຼັກຖືກຫຍໍ້ນ້ອຍສຸດ.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'ບໍ່ຮອງຮັບການເລືອກປັດຈຸບັນ.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'ການເລືອກປັດຈຸບັນບໍ່ສາມາດໃຊ້ຮ່ວມກັບປະເພດການບັງຄັບທີ່ລະບຸໄດ້.';
Strings.OfficeOM.L_DialogInvalidScheme = 'ບໍ່ຮອງຮັບຮູບແບບ URL. ໃຫ້ໃຊ້ HTTPS ແທນ.';
Strings.OfficeOM.L_InvalidDataObject = 'ອອບເຈັກຂໍ້ມູນບໍ່ຖືກຕ້ອງ';
Strings.OfficeOM.L_SetDataIsTooLarge = 'ອອບເຈັກຂໍ້ມູນທີ່ລະບຸນັ້ນໃຫຍ່ເກີນໄປ.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory = 'ແອດອິນນີ້ບໍ່ຮອງຮັບຄວາມຍິນຍອມຜູ້ໃຊ້.';
Strings.OfficeOM.L_DocumentIsInactive = 'ການດໍາເນີນງານລົ້ມເຫຼວເພາະວ່າເອກະສານທີ່ມີແອດອິນນີ້ບໍ່ໄດ້ເຮັດວຽກ.';
Strings.OfficeOM.L_SSOConnectionLostError = 'ການເຊື່ອມຕໍ່ຖືກຕັດໃນລະຫວ່າງຂັ້ນຕອນການລ���ງຊື່ເຂົ້າໃຊ້.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API ການລະບຸຕົວຕົນບໍ່ຮອງຮັບສຳລັບແອດອິນນີ້.';
Strings.OfficeOM.L_PropertyDoesNotExist = "ບໍ່ມີຄຸນສົມບັດ '{0}' ໃນອອບເຈັກ.";
Strings.OfficeOM.L_CallbackNotAFunction = 'ການໂທກັບຕ້ອງເປັນປະເພດຟັງຊັນ, ກ່ອນໜ້ານີ້ເປັນປະເພດ {0}.';
Strings.OfficeOM.L_FunctionCallFailed = 'ເອີ້ນຟັງຊັນ {0} ບໍ່ສຳເລັດ, ລະຫັດຂໍ້ຜິດພາດ: {1}.';
Strings.OfficeOM.L_NotTrustedWAC =
  'ແອດອິນນີ້ຖືກປິດການນຳໃຊ້ເພື່ອຊ່ວຍໃຫ້ທ່ານປອດໄພ. ເພື່ອສືບຕໍ່ນຳໃຊ້ແອດອິນດັ່ງກ່າວ, ໃຫ້ກວດສອບວ່າລາຍການນີື້ຖືກໂຮສໄວ້ຢູ່ໂດເມນທີ່ເຊື່ອຖືໄດ້ ຫຼື ເປີດມັນໃນແອັບ Office ເດັສທັອບ.';
Strings.OfficeOM.L_SettingNameNotExist = 'ບໍ່ພົບຊື່ການຕັ້ງຄ່າທີ່ລະບຸ.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'ບໍ່ຮອງຮັບໂປຣໂຕຄໍ HTTP. ໃຫ້ໃຊ້ HTTPS ແທນ';
Strings.OfficeOM.L_MissingRequiredArguments = 'ບໍ່ມີອາກິວເມັນທີ່ຕ້ອງໃຊ້';
Strings.OfficeOM.L_InvalidSetColumns = 'ຖັນທີ່ລະບຸນັ້ນບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_ActivityLimitReached = 'ຮອດຂີດຈຳກັດການເຄື່ອນໄຫວແລ້ວ.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'ຂະໜາດນ້ຳໜັກບັນທຸກທີ່ຕອບກັບໄດ້ເກີນຂີດຈຳກັດ. ກະລຸນາເບິ່ງເອກະສານ: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidNode = 'ໂໜດບໍ່ຖືກຕ້ອງ';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'ຄ່າ rowCount ຫຼື columnCount ທີ່ລະບຸນັ້ນບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'ຄຳຮ້ອງບໍ່ສຳເລັດໂດຍມີລະຫັດສະຖານະ {0}, ລະຫັດຂໍ້ຜິດພາດ {1} ແລະ ຂໍ້ຄວາມຂໍ້ຜິດພາດຕໍ່ໄປນີ້: {2}';
Strings.OfficeOM.L_BindingToMultipleSelection = 'ບໍ່ຮອງຮັບການເລືອກແບບບໍ່ຕິດຕໍ່.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'ຊື່ຟັງຊັນສາມາດໃຊ້ໄດ້ສະເພາະຕົວອັກສອນ, ຕົວເລກ, ຂີດກ້ອງ ແລະ ຈ້ຳເມັດເທົ່ານັ້ນ.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'ຟັງຊັນຕົວເລືອກເສີມຫຼາຍອັນໃນລາຍຊື່ພາຣາມິເຕີ';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'ປະເພດການບັງຄັບທີ່ລະບຸນັ້ນບໍ່ສາມາດໃຊ້ຮ່ວມກັນກັບປະເພດການຜູກມັດນີ້ໄດ້.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel ຢູ່ໃນໂໝດແກ້ໄຂເຊວເທົ່ານັ້ນ. ກະລຸນາອອກຈາກໂໝດນີ້ໂດຍການກົດ ENTER ຫຼື TAB ຫຼື ເລືອກເຊວອື່ນ ແລ້ວຈາກນັ້ນລອງໃໝ່ອີກຄັ້ງ.';
Strings.OfficeOM.L_NotImplemented = 'ຟັງຊັນ {0} ຍັງບໍ່ສາມາດໃຊ້ໄດ້ເທື່ອ.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'ເນື້ອຫາທີ່ເລືອກຕ້ອງຢູ່ໃນຮູບແບບຕາຕະລາງ. ໃຫ້ຈັດຮູບແບບຂໍ້ມູນເປັນຕາຕະລາງ ແລ້ວລອງໃໝ່ອີກຄັ້ງ.';
Strings.OfficeOM.L_InvalidDataFormat = 'ຮູບແບບຂອງອອບເຈັກຂໍ້ມູນທີ່ລະບຸບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'ບໍ່ມີໄອດີທີ່ລະບຸ.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'ບໍ່ຮອງຮັບການແຈກແຈງໃນແອັບພລິເຄຊັນໂຮສປັດຈຸບັນ.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'ບໍ່ໄດ້ໂຫຼດໂມດູນກ່ອນໄດ້ໂທເຄັນ';
Strings.OfficeOM.L_OverwriteWorksheetData = 'ການປະຕິບັດການເປັນຊຸດບໍ່ສຳເລັດເນື່ອງຈາກອອບເຈັກຂໍ້ມູນທີ່ລະບຸນັ້ນຈະຂຽນທັບ ຫຼື ຍ້າຍຂໍ້ມູນ.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'ຂະໜາດນ້ຳໜັກບັນທຸກທີ່ຮ້ອງຂໍໄດ້ເກີນຂີດຈຳກັດ. ກະລຸນາເບິ່ງເອກະສານ: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_MemoryLimit = 'ເກີດຂີດຈຳກັດຄວາມຈຳ';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen = 'ບໍ່ຮອງຮັບການຂຽນສຳລັບ Office ເມື່ອເປີດກ່ອງໂຕ້ຕອບຄຳກິລິຍາຊ່ວຍ';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'ອະນຸຍາດ';
Strings.OfficeOM.L_SettingsAreStale = 'ບໍ່ສາມາດບັນທຶກການຕັ້ງຄ່າໄດ້ເນື່ອງຈາກພວກມັນບໍ່ແມ່ນຂໍ້ມູນປັດຈຸບັນ.';
Strings.OfficeOM.L_IndexOutOfRange = 'ດັດຊະນີຢູ່ເກີນໄລຍະ.';
Strings.OfficeOM.L_InvalidFormat = 'ຜິດພາດຮູບແບບບໍ່ຖືກຕ້ອງ';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'ກະລຸນາເລືອກກ່ອນ.';
Strings.OfficeOM.L_FileTypeNotSupported = 'ບໍ່ຮອງຮັບປະເພດໄຟລ໌ທີ່ລະບຸ.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'ການແຈກແຈງທີ່ບໍ່ຮອງຮັບ';
Strings.OfficeOM.L_BrowserAPINotSupported = 'ບຣາວເຊີນີ້ບໍ່ຮອງຮັບ API ທີ່ຮ້ອງຂໍ.';
Strings.OfficeOM.L_InvalidArgument = "ອາກິວເມັນ '{0}' ບໍ່ສາມາດໃຊ້ໄດ້ສຳລັບສະຖານະການນີ້, ບໍ່ມີ ຫຼື ບໍ່ໄດ້ຢູ່ໃນຮູບແບບທີ່ຖືກຕ້ອງ.";
Strings.OfficeOM.L_ContinueButton = 'ສືບຕໍ່';
Strings.OfficeOM.L_SelectionCannotBound = 'ບໍ່ສາມາດຜູກມັດກັບການເລືອກປັດຈຸບັນໄດ້.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'ຄຸນສົມບັດກັບຊື່ນີ້ທີ່ແທນທີ່ໃຫ້ນິຍາມຂອງຟັງຊັນຈະຕ້ອງມີຢູ່ໃນ Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_BadSelectorString = 'ສະຕຣິງທີ່ຜ່ານເຂົ້າສູ່ຕົວເລືອກນັ້ນມີຮູແບບທີ່ບໍ່ຖືກຕ້ອງ ຫຼື ບໍ່ຮອງຮັບ.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType = 'ປະເພດການຜູກມັດທີ່ລະບຸນັ້ນບໍ່ສາມາດໃຊ້ຮ່ວມກັບລາຍການທີ່ມີຊື່ທີ່ລະບຸໄດ້.';
Strings.OfficeOM.L_SettingsCannotSave = 'ບໍ່ສາມາດບັນທຶກການຕັ້ງຄ່າໄດ້.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'ຂາດຟັງຊັນເພື່ອຂໍບໍລິບົດການພິສູດຢືນຢັນ';
Strings.OfficeOM.L_InvalidCoercion = 'ປະເພດການບັງຄັບບໍ່ຖືກຕ້ອງ';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'ຄຳສັ່ງບໍ່ສຳເລັດເນື່ອງຈາກແອດອິນນີ້ຮ້ອງຂໍໂທເຄັນການເຂົ້າເຖິງໄປກ່ອນແລ້ວ.';
Strings.OfficeOM.L_InternalError = 'ຜິດພາດພາຍໃນ';
Strings.OfficeOM.L_InvalidBindingError = 'ຜິດພາດການຜູກມັດບໍ່ຖືກຕ້ອງ';
Strings.OfficeOM.L_RedundantCallbackSpecification = 'ບໍ່ສາມາດລະບຸການໂທກັບໃນລາຍຊື່ອາກິວເມັນ ແລະ ອອບເຈັກທາງເລືອກໄດ້.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'ກະລຸນາລໍຖ້າ ...';
Strings.OfficeOM.L_MultipleNamedItemFound = 'ພົບອອບເຈັກຫຼາຍອັນທີ່ມີຊື່ດຽວກັນ.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'ຄຳຮ້ອງບໍ່ສຳເລັດດ້ວຍລະຫັດສະຖານະ {0}.';
Strings.OfficeOM.L_NotSupportedEventType = 'ບໍ່ຮອງຮັບປະເພດນັດໝາຍທີ່ລະບຸ {0}.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'ການຜູກມັດບໍ່ສາມາດຖືກສ້າງດ້ວຍການເລືອກປັດຈຸບັນ ແລະ ປະເພດການຈັບກັນທີ່ລະບຸຸໄດ້.';
Strings.OfficeOM.L_ElementMissing =
  'ພວກເຮົາບໍ່ສາມາດຈັດຮູບແບບເຊວຕາຕະລາງໄດ້ເນື່ອງຈາກບໍ່ມີຄ່າພາຣາມິເຕີບາງຢ່າງ. ໃຫ້ກວດສອບພາຣາມິເຕີຕ່າງໆອີກຄັ້ງແລ້ວລອງໃໝ່.';
Strings.OfficeOM.L_InvalidValue = 'ຄ່າບໍ່ຖືກຕ້ອງ';
Strings.OfficeOM.L_NotSupported = 'ບໍ່ຮອງຮັບຟັງຊັນ {0}.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'ອອບເຈັກຕົວເລືອກເສີມຫຼາຍອັນໃນລາຍຊື່ພາຣາມິເຕີ';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'ໝາຍເຫດ: ຊຸດການຈັດຮູບແບບທີ່ກຳນົດໂດຍການເອີ້ນ API ການຈັດຮູບແບບແມ່ນແນະນຳໃຫ້ຕ່ຳກວ່າ 100.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'ອາກິວເມັນການປ້ອນຂໍ້ມູນບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_ModalDialogOpeng = 'ການປະຕິບັດການບໍ່ສຳເລັດເນື່ອງຈາກແອດອິນນີ້ມີກ່ອງຂໍ້ຄວາມໂມດອນທີ່ເຮັດວຽກຢູ່ກ່ອນແລ້ວ.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'ພາຣາມິເຕີປະສານງານບໍ່ສາມາດໃຂຊ້ກັບປະເພດການບີບບັງຄັບຕາຕະລາງ ເມື່ອຕາຕະລາງມີເຊວທີ່ຮວມກັນ.';
Strings.OfficeOM.L_EventRegistrationError = 'ການລົງທະບຽນນັດໝາຍຜິດພາດ';
Strings.OfficeOM.L_InvalidParameters = 'ຟັງຊັນ {0} ມີພາຣາມິເຕີບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'ເຊດຊັນ Office ຂອງທ່ານໝົດອາຍຸ ຫຼື ບໍ່ຖືກຕ້ອງ. ເພື່ອດຳເນີນການຕໍ່, ໃຫ້ໂຫຼດໜ້ານີ້ຄືນໃໝ່.';
Strings.OfficeOM.L_OKButton = 'ຕົກລົງ';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'ລຶບຕົວຈັດການນັດໝາຍບໍ່ສຳເລັດ.';
Strings.OfficeOM.L_OperationNotSupported = 'ບໍ່ຮອງຮັບປະຕິບັດການ.';
Strings.OfficeOM.L_UserClickIgnore = 'ຜູ້ໃຊ້ໄດ້ເລືອກເພີກເສີຍກ່ອງຂໍ້ຄວາມ.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'ຄຳຮ້ອງຂໍ JavaScript API ບໍ່ສຳເລັດເນື່ອງຈາກສະໝຸດວຽກຖືກເຊື່ອງໄວ້. ກະລຸນາເຊົາເຊື່ອງສະໝຸດວຽກແລ້ວລອງໃໝ່.';
Strings.OfficeOM.L_AppNameNotExist = 'ບໍ່ມີຊື່ແອດອິນສຳລັບ {0}.';
Strings.OfficeOM.L_NotSupportedBindingType = 'ບໍ່ຮອງຮັບປະເພດການຜູກມັດທີ່ລະບຸ {0}.';
Strings.OfficeOM.L_CustomXmlError = 'XML ກຳນົດເອງຜິດພາດ.';
Strings.OfficeOM.L_ConfirmDialog =
  'ໂດເມນ {0} ກຳລັງເຮັດໜ້າທີ່ເປັນ Microsoft Office ແລະ ສາມາດເປີດໃຊ້ ແອດ-ອິນຂອງ Office, ເຊິ່ງອາດເຂົ້າເຖິງຂໍ້ມູນສ່ວນຕົວຂອງທ່ານໄດ້. ຖ້າທ່ານເຊື່ອໝັ້ນໂດເມນໃຫ້ເຮັດໜ້າທີ່ເປັນ Office ແລະ ເຂົ້າເຖິງຂໍ້ມູນຂອງທ່ານ, ຄລິກ ຕົກລົງ ເພື່ອສືບຕໍ່.';
Strings.OfficeOM.L_InvalidCellsValue =
  'ໜຶ່ງ ຫຼື ຫຼາຍກວ່າໜຶ່ງພາຣາມິເຕີເຊວມີຄ່າທີ່ບໍ່ອະນຸຍາດໃຫ້ໃຊ້. ໃຫ້ກວດສອບຄ່າຕ່າງໆຄືນໃໝ່ ແລ້ວລອງອີກຄັ້ງ.';
Strings.OfficeOM.L_CannotNavigateTo = 'ອອບເຈັກຢູ່ບ່ອນທີ່ບໍ່ຮອງຮັບການນຳທາງ.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'ອອບເຈັກຂໍ້ມູນທີ່ລະບຸນັ້ນບໍ່ສາມາດໃຊ້ຮ່ວມກັບປະເພດການຜູກມັດໄດ້.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'ຖັນທີ່ລະບຸນັ້ນບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'ໂດຍການຄລິກຕົກ​ລົງ, ທ່ານຈະອະນຸຍາດໃຫ້ {0} ເຂົ້າເຖິງເນື້ອຫາ ແລະ ຂໍ້ມູນສ່ວນຕົວຂອງທ່ານ. ';
Strings.OfficeOM.L_FormatValueOutOfRange = 'ຄ່າຢູ່ນອກໄລຍະທີ່ອະນຸຍາດ.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'ມີຂໍ້ຈຳກັດບຣາວເຊີປ້ອງກັນບໍ່ໃຫ້ພວກເຮົາສ້າງກ່ອງຂໍ້ຄວາມໄດ້. ໂດເມນຂອງກ່ອງຂໍ້ຄວາມ ແລະ ໂດເມນຂອງໂຮສແອດອິນບໍ່ຢູ່ໃນເຂດຄວາມປອດໄພດຽວກັນ.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'ໜຶ່ງ ຫຼື ຫຼາຍກວ່າໜຶ່ງພາຣາມິເຕີ tableOptions ມີຄ່າທີ່ບໍ່ອະນຸຍາດໃຫ້ໃຊ້. ໃຫ້ກວດສອບຄ່າຕ່າງໆຄືນໃໝ່ ແລ້ວລອງອີກຄັ້ງ.';
Strings.OfficeOM.L_ValueNotLoaded =
  'ບໍ່ໄດ້ໂຫຼດຄ່າຂອງອອບເຈັກຜົນເທື່ອ. ກ່ອນການອ່ານຄ່າຢ່າງຖືກຕ້ອງ, ໃຫ້ເອີ້ນ "context.sync()" ໃນບໍລິບົດຄຳຮ້ອງທີ່ເຊື່ອມໂຍງກັນ.';
Strings.OfficeOM.L_ReadSettingsError = 'ອ່ານການຕັ້ງຄ່າຜິດພາດ';
Strings.OfficeOM.L_FormattingReminder = 'ການແຈ້ງເຕືອນການຈັດຮູບແບບ';
Strings.OfficeOM.L_CancelButton = 'ຍົກເລີກ';
Strings.OfficeOM.L_ConfirmCancelMessage = 'ຂໍອະໄພ, ພວກເຮົາບໍ່ສາມາດດຳເນີນການຕໍ່ໄ���້.';
Strings.OfficeOM.L_TooManyArguments = 'ອາກິວເມັນຫຼາຍເກີນໄປ';
Strings.OfficeOM.L_SSOServerErrorMessage = 'ເກີດຄວາມຜິດພາດທີ່ບໍ່ຄາດຄິດຂຶ້ນຢູ່ເຊີບເວີ.';
Strings.OfficeOM.L_InvalidObjectPath =
  'ເສັ້ນທາງອອບເຈັກ \'{0}\' ບໍ່ສາມາດເຮັດວຽກໄດ້ກັບສິ່ງທີ່ທ່ານກຳລັງພະຍາຍາມເຮັດ. ຫາກທ່ານກຳລັງໃຊ້ອອບເຈັກໃນຫຼາຍການເອີ້ນ "context.sync" ແລະ ຢູ່ນອກການດຳເນີນການແບບເປັນລຳດັບຂອງຊຸດຄຳສັ່ງ ".run", ກະລຸນາໃຊ້ວິທີ "context.trackedObjects.add()" ແລະ "context.trackedObjects.remove()" ເພື່ອຈັດການໄລຍະເວລາຂອງອອບເຈັກ.';
Strings.OfficeOM.L_ApiNotFoundDetails = 'ວິທີ ຫຼື ຄຸນສົມບັດ {0} ແມ່ນສ່ວນໜຶ່ງຂອງຊຸດຄວາມຕ້ອງການ {1} ເຊິ່ງບໍ່ມີໃນ {2} ເວີຊັນທີ່ທ່ານໃຊ້.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'ເອີ້ນ closeAsync ໃນໄຟລ໌ປັດຈຸບັນກ່ອນດຶງອັນອື່ນມາ.';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'ອອບເຈັກຂໍ້ມູນທີ່ລະບຸນັ້ນບໍ່ກົງກັບຂະໜາດຂອງການເລືອກປັດຈຸບັນ.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'ເກີດບັນຫາເຄືອຂ່າຍທີ່ເຮັດໃຫ້ບໍ່ສາມາດດຶງຂໍ້ມູນໄຟລ໌ມາໄດ້.';
Strings.OfficeOM.L_DataNotMatchSelection = 'ອອບເຈັກຂໍ້ມູນທີ່ລະບຸນັ້ນບໍ່ສາມາດໃຊ້ຮ່ວມກັບຮູບຮ່າງ ຫຼື ມິຕິຂອງການເລືອກປັດຈຸບັນໄດ້.';
Strings.OfficeOM.L_InvalidGetColumns = 'ຖັນທີ່ລະບຸນັ້ນບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'ບໍ່ຮອງຮັບ API ໃນແພລດຟອມນີ້.';
Strings.OfficeOM.L_EventHandlerNotExist = 'ບໍ່ພົບຕົວຈັດການເຫດການທີ່ລະບຸສຳລັບການຜູກມັດນີ້.';
Strings.OfficeOM.L_NoHttpsWAC =
  'ເຊດຊັນ Office ນີ້ບໍ່ໄດ້ໃຊ້ການເຊື່ອມຕໍ່ແບບເຂົ້າລະຫັດ. ພວກເຮົາແນະນຳໃຫ້ທ່ານດຳເນີນການດ້ວຍຄວາມລະມັດລະວັງເປັນພິເສດ.';
Strings.OfficeOM.L_DataReadError = 'ອ່ານຂໍ້ມູນຜິດພາດ';
Strings.OfficeOM.L_DialogAlreadyOpened = 'ການປະຕິບັດການບໍ່ສຳເລັດເນື່ອງຈາກແອດອິນນີ້ມີກ່ອງຂໍ້ຄວາມທີ່ເຮັດວຽກຢູ່ກ່ອນແລ້ວ.';
Strings.OfficeOM.L_GetDataParametersConflict = 'ພາຣາມິເຕີທີ່ລະບຸນັ້ນຂັດແຍ່ງກັນ.';
Strings.OfficeOM.L_NoCapability = 'ທ່ານບໍ່ມີສິດອະນຸຍາດທີ່ພຽງພໍໃນການໃຊ້ຄຳສັ່ງນີ້.';
Strings.OfficeOM.L_InvalidGetRows = 'ແຖວທີ່ລະບຸນັ້ນບໍ່ຖືກຕ້ອງ.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'ແຖວທີ່ລະບຸນັ້ນຫວ່າງເປົ່າ.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'ເພີກເສີຍ';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'ທ່ານກໍາລັງຈະສົ່ງແລະຮັບຂໍ້ມູນທີ່ອາດຈະມີຄວາມລະອຽດອ່ອນຈາກ {0}. ພຽງແຕ່ກົດປຸ່ມ ຕົກ​ລົງ ຖ້າທ່ານເຊື່ອຖືໃນເວັບໄຊທ໌ຕໍ່ໄປນີ້ທີ່ໄດ້ຮັບຂໍ້ມູນທີ່ລະອຽດອ່ອນ: {1}.';
Strings.OfficeOM.L_InternalErrorDescription = 'ເກີດຄວາມຜິດພາດພາຍໃນຂຶ້ນ.';
Strings.OfficeOM.L_InitializeNotReady =
  'ໂຫຼດ Office.js ບໍ່ສົມບູນ. ກະລຸນາລອງໃໝ່ໃນພາຍຫຼັງ ຫຼື ກວດສອບວ່າໄດ້ເພີ່ມລະຫັດການເລີ່ມຕົ້ນຢູ່ຟັງຊັນ Office.initialize ແລ້ວ.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath ຈຳກັດການເລືອກໄວ້ 1024 ລາຍການ.';
Strings.OfficeOM.L_UnknownBindingType = 'ປະເພດການຜູກມັດບໍ່ຮອງຮັບ.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'ຂໍ້ມູນບໍ່ແມ່ນປັດຈຸບັນ';
