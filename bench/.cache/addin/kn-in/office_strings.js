Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_DialogOK = 'ಸರಿ';
Strings.OfficeOM.L_DisplayDialogError = 'ಪ್ರದರ್ಶನ ಸಂವಾದ ದೋಷ';
Strings.OfficeOM.L_UserClickIgnore = 'ಸಂವಾದ ಪೆಟ್ಟಿಗೆಯನ್ನು ನಿರ್ಲಕ್ಷಿಸಲು ಬಳಕೆದಾರರು ಆರಿಸಿಕೊಂಡಿದ್ದಾರೆ.';
Strings.OfficeOM.L_MissingRequiredArguments = 'ಕೆಲವು ಅಗತ್ಯವಿರುವ ವಾದಗಳನ್ನು ಕಾಣೆಯಾಗಿವೆ';
Strings.OfficeOM.L_SSOClientError = 'Office ದೃಢೀಕರಣ ವಿನಂತಿಯಲ್ಲಿ ದೋಷ ಸಂಭವಿಸಿದೆ.';
Strings.OfficeOM.L_UserAborted = 'ಸಮ್ಮತಿ ವಿನಂತಿಯನ್ನು ಬಳಕೆದಾರರು ಸ್ಥಗಿತಗೊಳಿಸಿದ್ದಾರೆ.';
Strings.OfficeOM.L_FileTypeNotSupported = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಫೈಲ್ ಪ್ರಕಾರ ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_SettingsStaleError = 'ಹಳೆಯ ಸೆ್ಟಿಂಗ್‌ಗಳ ದೋಷ';
Strings.OfficeOM.L_SliceSizeNotSupported = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಸ್ಲೈಸ್ ಗಾತ್ರವು ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'ಆಯ್ಕೆ ಮಿತಿ ತಲುಪಿದೆ';
Strings.OfficeOM.L_DocumentReadOnly = 'ಸದ್ಯದ ದಾಖಲೆಯ ಮೋಡ್‌ನಲ್ಲಿ ವಿನಂತಿಸಿದ ಕಾರ್ಯನಿರ್ವಹಣೆಯನ್ನು ಅನುಮತಿಸಲಾಗಿಲ್ಲ.';
Strings.OfficeOM.L_InvalidDataObject = 'ಅಮಾನ್ಯ ಡೇಟಾ ಆಬ್ಜೆಕ್ಟ್';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'ಆಯ್ದ ಒಳಾಂಶವು ಕೋಷ್ಠಕದ ಸ್ವರೂಪದಲ್ಲಿ ಇರಬೇಕು. ಡೇಟಾವನ್ನು ಕೋಷ್ಠಕದಂತೆ ಸ್ವರೂಪಿಸಿ ಹಾಗೂ ಪುನಃ ಪ್ರಯತ್ನಿಸಿ.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'ಸರಿ ಕ್ಲಿಕ್ ಮಾಡುವ ಮೂಲಕ, ನಿಮ್ಮ ವಿಷಯ ಮತ್ತು ವೈಯಕ್ತಿಕ ಮಾಹಿತಿಗೆ ಪ್ರವೇಶಿಸಲು {0} ಗೆ ನೀವು ಅನುಮತಿಸುತ್ತೀರಿ.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'ಆಡ್-ಇನ್ ಈಗಾಗಲೇ ಪ್ರವೇಶ ಟೋಕನ್‌ಗೆ ವಿನಂತಿಸುತ್ತಿದೆ.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ID ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.';
Strings.OfficeOM.L_HostError = 'ಹೋಸ್ಟ್ ದೋಷ';
Strings.OfficeOM.L_InvalidBindingOperation = 'ಅಮಾನ್ಯ ಬೈಂಡಿಂಗ್ ಕಾರ್ಯಾಚರಣೆ';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'ಕಾರ್ಯಾಚರಣೆಯನ್ನು ಬಳಕೆದಾರರು ರದ್ದುಗೊಳಿಸಿದ್ದಾರೆ.';
Strings.OfficeOM.L_PropertyNotLoaded =
  '{0}\' ಗುಣಲಕ್ಷಣವು ಲಭ್ಯವಿಲ್ಲ. ಗುಣಲಕ್ಷಣದ ಮೌಲ್ಯವನ್ನು ಓದುವ ಮೊದಲು, ಒಳಗೊಂಡಿರುವ ಆಬ್ಜೆಕ್ಟ್‌ನಲ್ಲಿ ಲೋಡ್ ವಿಧಾನವನ್ನು ಕರೆಯಿರಿ ಮತ್ತು ಸಂಬಂಧಿತ ವಿನಂತಿ ಪ್ರಸಂಗದಲ್ಲಿ "context.sync()" ಗೆ ಕರೆಯಿರಿ.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'ವಿವಾದ ಪಟ್ಟಿಯಲ್ಲಿ ಹಾಗೂ ಐಚ್ಛಿಕ ವಸ್ತು ಎರಡರಲ್ಲಿಯೂ ಕಾಲ್‌ಬ್ಯಾಕ್ ಅನ್ನು ನಿರ್ದಿಷ್ಟಪಡಿಸುವುದು ಸಾಧ್ಯವಿಲ್ಲ.';
Strings.OfficeOM.L_BadSelectorString = 'ಸೆಲೆಕ್ಟರ್‌ಗೆ ಕಳುಹಿಸಿದ ಸ್ಟ್ರಿಂಗ್ ಸೂಕ್ತ ಫಾರ್ಮ್ಯಾಟ್ ಅಥವಾ ಬೆಂಬಲ ಹೊಂದಿರುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_SSOServerError = 'ದೃಢೀಕರಣ ನೀಡುಗದಲ್ಲಿ ದೋಷ ಸಂಭವಿಸಿದೆ.';
Strings.OfficeOM.L_DataWriteReminder = 'ಡೇಟಾ ಬರೆಯುವಿಕೆ ರಿಮೈಂಡರ್';
Strings.OfficeOM.L_OperationCancelledError = 'ಕಾರ್ಯಾಚರಣೆ ರದ್ದುಗೊಂಡಿದೆ';
Strings.OfficeOM.L_InvalidBinding = 'ಅಮಾನ್ಯ ಬೈಂಡಿಂಗ್';
Strings.OfficeOM.L_ValueNotLoaded =
  'ಫಲಿತಾಂಶ ಆಬ್ಜೆಕ್ಟ್‌ನ ಮೌಲ್ಯವನ್ನು ಇನ್ನೂ ಲೋಡ್ ಮಾಡಲಾಗಿಲ್ಲ. ಮೌಲ್ಯ ಗುಣಲಕ್ಷಣವನ್ನು ಓದುವ ಮೊದಲು, ಸಂಯೋಜಿತ ವಿನಂತಿ ಸಂದರ್ಭದಲ್ಲಿ "context.sync()" ಗೆ ಕರೆ ಮಾಡಿ.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  '{0} ಸ್ಥಿತಿ ಕೋಡ್, {1} ದೋಷ ಕೋಡ್ ಮತ್ತು ಮುಂದಿನ ದೋಷ ಸಂದೇಶದ ಜೊತೆಗೆ ವಿನಂತಿಯು ವಿಫಲವಾಗಿದೆ: {2}';
Strings.OfficeOM.L_NoHttpsWAC =
  'ಈ Office ಸೆಷನ್ ಒಂದು ಸುರಕ್ಷಿತ ಸಂಪರ್ಕವನ್ನು ಬಳಸಿಕೊಳ್ಳುತ್ತಿಲ್ಲ. ನೀವು ಹೆಚ್ಚುವರಿ ಮುನ್ನೆಚ್ಚರಿಕೆಗಳನ್ನು ತೆಗೆದುಕೊಳ್ಳುವಂತೆ ನಾವು ಶಿಫಾರಸು ಮಾಡುತ್ತೇವೆ.';
Strings.OfficeOM.L_GetDataParametersConflict = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಮಾನದಂಡಗಳು ಸಂಘರ್ಷಿಸುತ್ತವೆ.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory = 'ಬಳಕೆದಾರ ಸಮ್ಮತಿಯನ್ನು ಈ ಆಡ್-ಇನ್ ಬೆಂಬಲಿಸುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'ಪೂರೈಸಿದ ಡೇಟಾ ಆಬ್ಜೆಕ್ಟ್ ಸದ್ಯದ ಆಯ್ಕೆಯ ಗಾತ್ರಕ್ಕೆ ಸರಿಹೊಂದುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'ಬೆಂಬಲವಿಲ್ಲದ ತಪಶೀಲುಪಟ್ಟಿ';
Strings.OfficeOM.L_MultipleNamedItemFound = 'ಒಂದೇ ಹೆಸರಿನ ಬಹು ವಸ್ತುಗಳನ್ನು ಪತ್ತೆ ಮಾಡಲಾಗಿದೆ.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  '"object.set" ವಿಧಾನದ ಮೂಲಕ \'{0}\' ಗುಣಕ್ಕೆ ಬದಲಾವಣೆಗಳನ್ನು ಅನ್ವಯಿಸಲಾಗುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'ಇವೆಂಟ್ ಹ್ಯಾಂಡ್ಲರ್ ತೆಗೆಯಲು ವಿಫಲ.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'ಪ್ರವೇಶ ಟೋಕನ್‌ಗೆ ಈ ಆಡ್-ಇನ್ ಈಗಾಗಲೇ ವಿನಂತಿಸುತ್ತಿರುವ ಕಾರಣದಿಂದ ಕಾರ್ಯಾಚರಣೆ ವಿಫಲವಾಗಿದೆ.';
Strings.OfficeOM.L_IndexOutOfRange = 'ಇಂಡೆಕ್ಸ್ ವ್ಯಾಪ್ತಿಯ ಹೊರಗಿದೆ.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'ಪ್ರಚಲಿತ ಆಯ್ಕೆಯು ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "'{0}' ಓದು-ಮಾತ್ರ ಗುಣವನ್ನು ಹೊಂದಿಸಲು ಪ್ರಯತ್ನಿಸಲಾಗುತ್ತಿದೆ.";
Strings.OfficeOM.L_DialogInvalidScheme = 'URL ಸ್ಕೀಮ್ ಬೆಂಬಲಿತವಾಗಿಲ್ಲ. ಬದಲಿಗೆ HTTPS ಬಳಸಿ.';
Strings.OfficeOM.L_MissingParameter = 'ಪ್ಯಾರಾಮೀಟರ್ ಕಾಣೆಯಾಗಿವೆ';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'ವಿಲೀನಗೊಳಿಸಿದ ಸೆಲ್‌ಗಳನ್ನು ಒಳಗೊಂಡಿರುವಾಗ ಒತ್ತಾಯ ಪ್ರಕಾರದ ಕೋಷ್ಠಕದೊಂದಿಗೆ ಕೋಷ್ಠಕವು ನಿರ್ದೇಶಾಂಕ ಮಾನದಂಡಗಳನ್ನು ಬಳಸಲಾಗದು.';
Strings.OfficeOM.L_ConfirmDialog =
  '{0} ಡೊಮೇನ್ Microsoft Office ನಂತೆ ಕಾರ್ಯನಿರ್ವಹಿಸುತ್ತಿದೆ ಮತ್ತು ನಿಮ್ಮ ವೈಯಕ್ತಿಕ ಡೇಟಾವನ್ನು ಪ್ರವೇಶಿಸಬಹುದಾದ Office ಆ್ಯಡ್-ಇನ್‌ಗಳನ್ನು ಚಲಾಯಿಸಬಹುದು. Office ನಂತೆ ಚಲಾಯಿಸಲು ಮತ್ತು ನಿಮ್ಮ ಡೇಟಾವನ್ನು ಪ್ರವೇಶಿಸಲು ನಿಮಗೆ ಈ ಡೊಮೇನ್ ಮೇಲೆ ವಿಶ್ವಾಸವಿದ್ದರೆ, ಮುಂದುವರಿಯಲು ಸರಿ ಕ್ಲಿಕ್ ಮಾಡಿ.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'ವಿನಂತಿಸಿದ ಡೇಟಾ ಸೆಟ್ ಅತ್ಯಂತ ದೊಡ್ಡದಾಗಿದೆ.';
Strings.OfficeOM.L_OperationNotSupported = 'ಕಾರ್ಯನಿರ್ವಹಣೆಯು ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'ಕ್ಷಮಿಸಿ, ನಮಗೆ ಮುಂದುವರಿಯಲಾಗುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'ಟಿಪ್ಪಣಿ: ಫಾರ್ಮ್ಯಾಟಿಂಗ್ API ಕರೆಯಿಂದ ನಿಗದಿಪಡಿಸಿರುವ ಸ್ವರೂಪಗೊಳಿಸುವಿಕೆ ಸಮೂಹಗಳನ್ನು 100 ಕ್ಕಿಂತ ಕಡಿಮೆ ಇರಬೇಕೆಂದು ಸೂಚಿಸಲಾಗಿದೆ.';
Strings.OfficeOM.L_InvalidCellsValue =
  'ಒಂದು ಅಥವಾ ಹೆಚ್ಚು ಸೆಲ್‌ಗಳ ಪರಿಮಾಣಗಳು ಅನುಮತಿಸಲಾಗಿಲ್ಲದೇ ಇರುವ ಮೌಲ್ಯಗಳನ್ನು ಹೊಂದಿವೆ. ಮೌಲ್ಯಗಳನ್ನು ಎರಡು ಸಲ ಪರೀಕ್ಷಿಸಿ ಹಾಗೂ ಪುನಃ ಪ್ರಯತ್ನಿಸಿ.';
Strings.OfficeOM.L_CannotNavigateTo = 'ಆಬ್ಜೆಕ್ಟ್ ನ್ಯಾವಿಗೇಶನ್‌ಗೆ ಬೆಂಬಲಿಸದೇ ಇರುವ ಸ್ಥಳದಲ್ಲಿ ಇರಿಸಲಾಗಿದೆ.';
Strings.OfficeOM.L_CannotRegisterEvent = 'ಈವೆಂಟ್ ಹ್ಯಾಂಡ್ಲರ್ ಅನ್ನು ನೋಂದಾಯಿಸಲಾಗುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_InvalidNode = 'ಅಮಾನ್ಯ ನೋಡ್';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel, ಸೆಲ್-ಸಂಪಾದನೆ ಮೋಡ್‌ನಲ್ಲಿದೆ. ENTER ಅಥವಾ TAB ಒತ್ತುವ ಮೂಲಕ ಅಥವಾ ಮತ್ತೊಂದು ಸೆಲ್ ಆಯ್ಕೆಮಾಡುವ ಮೂಲಕ ದಯವಿಟ್ಟು ಸಂಪಾದನೆ ಮೋಡ್‌ನಿಂದ ನಿರ್ಗಮಿಸಿ, ತದನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'ಸರ್ವರ್‌ನಲ್ಲಿ ಒಂದು ಅನಿರೀಕ್ಷಿತ ದೋಷ ಸಂಭವಿಸಿದೆ.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'ಕಾರ್ಯಕ್ಕೆ ವರ್ಗಾಯಿಸಿದ ವಾದ(ಗಳು) ಈ ಸನ್ನಿವೇಶಕ್ಕೆ ಕಾರ್ಯನಿರ್ವಹಿಸುವುದಿಲ್ಲ, ಕಾಣೆಯಾಗಿವೆ ಅಥವಾ ಸೂಕ್ತ ಸ್ವರೂಪದಲ್ಲಿ ಇಲ್ಲ.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'ಈ ವರ್ಗದಲ್ಲಿ ಬಳಕೆದಾರ ಸಮ್ಮತಿಗೆ ಈ ಆಡ್-ಇನ್ ಬೆಂಬಲಿಸದ ಕಾರಣದಿಂದ ಕಾರ್ಯಾಚರಣೆಯು ವಿಫಲವಾಗಿದೆ';
Strings.OfficeOM.L_DialogParentIsMinimized = 'ಪೋಷಕ ವಿಂಡೋ ಅನ್ನು ಕನಿಷ್ಠಗೊಳಿಸಿರುವುದರಿಂದ ಕಾರ್ಯಾಚರಣೆ ವಿಫಲವಾಗಿದೆ.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'ಅನುಮತಿಸು';
Strings.OfficeOM.L_DataNotMatchBindingType = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಡೇಟಾ ಅಂಶವು ಬೈಂಡಿಂಗ್ ಪ್ರಕಾರದೊಂದಿಗೆ ಹೊಂದುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_BindingNotExist = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಬೈಂಡಿಂಗ್ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'ಅಮಾನ್ಯ ಅಥವಾ ಸಮಯ ಮೀರಿದ ಸೆಷನ್';
Strings.OfficeOM.L_ApiNotFoundDetails =
  '{0} ವಿಧಾನ ಅಥವಾ ಗುಣಲಕ್ಷಣವು {1} ಅಗತ್ಯತೆ ಸೆಟ್‌ನ ಭಾಗವಾಗಿದೆ, ಇದು {2} ನ ನಿಮ್ಮ ಆವೃತ್ತಿಯಲ್ಲಿ ಲಭ್ಯವಿಲ್ಲ.';
Strings.OfficeOM.L_Timeout = 'ಕಾರ್ಯಾಚರಣೆಯು ಅವಧಿ ಮೀರಿದೆ.';
Strings.OfficeOM.L_SettingsCannotSave = 'ಸೆಟ್ಟಿಂಗ್‌ಗಳನ್ನು ಉಳಿಸುವುದು ಸಾಧ್ಯವಿಲ್ಲ.';
Strings.OfficeOM.L_APINotSupported = 'API ಬೆಂಬಲಿಸುತ್ತಿಲ್ಲ';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಆರಂಭ ಅಡ್ಡಸಾಲು ಅಥವಾ ಆರಂಭ ಲಂಬಸಾಲು ಎಣಿಕೆಯ ಮೌಲ್ಯಗಳು ಅಮಾನ್ಯವಾಗಿವೆ.';
Strings.OfficeOM.L_NotSupportedEventType = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಇವೆಂಟ್ ಪ್ರಕಾರ {0} ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'ವಿನಂತಿ ಪೇಲೋಡ್ ಗಾತ್ರ ಮಿತಿಯನ್ನು ಮೀರಿದೆ. ದಯವಿಟ್ಟು ಡಾಕ್ಯುಮೆಂಟೇಶನ್‍ಗೆ ಉಲ್ಲೇಖಿಸಿ: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_EventRegistrationError = 'ಈವೆಂಟ್ ನೋಂದಣಿ ದೋಷ';
Strings.OfficeOM.L_APICallFailed = 'API ಕರೆ ವಿಫಲವಾಗಿದೆ';
Strings.OfficeOM.L_InvalidGetRows = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಅಡ್ಡಸಾಲುಗಳು ಅಮಾನ್ಯವಾಗಿವೆ.';
Strings.OfficeOM.L_InvalidParameters = 'ಕಾರ್ಯ {0} ವು ಅಮಾನ್ಯವಾದ ಪರಿಮಾಣಗಳನ್ನು ಹೊಂದಿದೆ.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'ಪರಿಮಾಣಗಳ ಪಟ್ಟಿಯಲ್ಲಿ ಬಹು ಐಚ್ಛಿಕ ಕಾರ್ಯಗಳು ಇವೆ';
Strings.OfficeOM.L_InvalidGetColumns = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಕಾಲಂಗಳು ಅಮಾನ್ಯವಾಗಿವೆ.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಆರಂಭ ಅಡ್ಡಸಾಲು ಅಥವಾ ಆರಂಭ ಲಂಬಸಾಲು ಎಣಿಕೆಯ ಮೌಲ್ಯಗಳು ಅಮಾನ್ಯವಾಗಿವೆ.';
Strings.OfficeOM.L_FunctionCallFailed = 'ಕಾರ್ಯ {0} ಕರೆ ವಿಫಲವಾಗಿದೆ, ದೋಷ ಕೋಡ್: {1}.';
Strings.OfficeOM.L_InvalidDataFormat = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಡೇಟಾ ವಸ್ತುವಿನ ಫಾರ್ಮ್ಯಾಟ್ ಅಮಾನ್ಯವಾಗಿದೆ.';
Strings.OfficeOM.L_InvalidObjectPath =
  'ನೀವು ಮಾಡಲು ಪ್ರಯತ್ನಿಸುತ್ತಿರುವುದಕ್ಕೆ \'{0}\' ಆಬ್ಜೆಕ್ಟ್ ಹಾದಿಯು ಕಾರ್ಯನಿರ್ವಹಿಸುತ್ತಿಲ್ಲ. ಬಹು "context.sync" ಕರೆಗಳಾದ್ಯಂತ ಮತ್ತು ".run" ಬ್ಯಾಚ್‌ನ ಸರಣಿಯ ಕಾರ್ಯಗತಗೊಳಿಸುವಿಕೆಯ ಹೊರಗೆ ಆಬ್ಜೆಕ್ಟ್ ಅನ್ನು ನೀವು ಬಳಸುತ್ತಿದ್ದರೆ, ಆಬ್ಜೆಕ್ಟ್‌ನ ಜೀವಿತ ಸಮಯವನ್ನು ನಿರ್ವಹಿಸಲು "context.trackedObjects.add()" ಮತ್ತು "context.trackedObjects.remove()" ವಿಧಾನಗಳನ್ನು ���ಯವಿಟ್ಟು ಬಳಸಿ.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "ನಿಮ್ಮ ಬ್ರೌಸರ್‌ನಲ್ಲಿರುವ ಭದ್ರತೆ ಸೆಟ್ಟಿಂಗ್‌ಗಳು ಸಂವಾದ ಪೆಟ್ಟಿಗೆಯನ್ನು ರಚಿಸದಂತೆ ನಮ್ಮನ್ನು ತಡೆಗಟ್ಟುತ್ತವೆ. '{1}' ಮತ್ತು ನಿಮ್ಮ ವಿಳಾಸ ಪಟ್ಟಿಯಲ್ಲಿ ತೋರಿಸಿರುವ ಡೊಮೇನ್ ಒಂದೇ ಭದ್ರತೆ ವಲಯದಲ್ಲಿರುವಂತೆ ಬೇರೆ ಬ್ರೌಸರ್ ಅಥವಾ {0} ಪ್ರಯತ್ನಿಸಿ.";
Strings.OfficeOM.L_TooManyArguments = 'ಅತ್ಯಧಿಕ ವಿವಾದಗಳು';
Strings.OfficeOM.L_DataStale = 'ಪ್ರಸ್ತುತ ಡೇಟಾ ಅಲ್ಲ';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'ಅಡ್ಡಸಾಲುಗಳ ಸೂಚ್ಯಂಕ ಮೌಲ್ಯವು ಅನುಮತಿಸಿದ ವ್ಯಾಪ್ತಿಯ ಹೊರಗಿರುತ್ತದೆ. ಅಡ್ಡಸಾಲುಗಳ ಸಂಖ್ಯೆಗಿಂತ ಕಡಿಮೆಯಿರುವ ಮೌಲ್ಯವೊಂದನ್ನು (0 ಅಥವಾ ಹೆಚ್ಚು) ಬಳಸಿ.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'ಸದ್ಯದ ಆಯ್ಕೆಯು ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಒತ್ತಾಯದ ಪ್ರಕಾರಕ್ಕೆ ಹೊಂದಾಣಿಕೆಯಾಗುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'ದೃಢೀಕರಣ ಸಂದರ್ಭವನ್ನು ಪಡೆಯುವುದಕ್ಕಾಗಿ ಕಾರ್ಯವು ಕಾಣೆಯಾಗಿದೆ';
Strings.OfficeOM.L_CancelButton = 'ರದ್ದು';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js ಇನ್ನೂ ಪೂರ್ತಿಯಾಗಿ ಲೋಡ್ ಆಗಿರುವುದಿಲ್ಲ. ದಯವಿಟ್ಟು ಪುನಃ ಪ್ರಯತ್ನಿಸಿ ಅಥವಾ ನಿಮ್ಮ ಆರಂಭಿಸುವಿಕೆಯ ಕೋಡ್ ಅನ್ನು Office. ಕಾರ್ಯ ಆರಂಭಿಸು ಇಲ್ಲಿ ಸೇರಿಸುವುದನ್ನು ಖಾತ್ರಿಪಡಿಸಿಕೊಳ್ಳಿ.';
Strings.OfficeOM.L_UserNotSignedIn = 'ಯಾವುದೇ ಬಳಕೆದಾರ Office ಗೆ ಸೈನ್ ಇನ್ ಆಗಿಲ್ಲ.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'ಇವೆಂಟ್ ಹ್ಯಾಂಡ್ಲರ್ ಸೇರಿಸಲು ವಿಫಲ.';
Strings.OfficeOM.L_UserAbortedMessage = 'ಬಳಕೆದಾರರು ಆಡ್-ಇನ್ ಅನುಮತಿಗಳಿಗೆ ಸಮ್ಮತಿಸಿಲ್ಲ.';
Strings.OfficeOM.L_UnknownBindingType = 'ಬೈಂಡಿಂಗ್ ಪ್ರಕಾರವು ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'ನಿಮ್ಮ ಬ್ರೌಸರ್ ಕಾನ್ಫಿಗರ್ ಮಾಡಿ';
Strings.OfficeOM.L_AppNameNotExist = '{0} ಗಾಗಿ ಆಡ್-ಇನ್ ಹೆಸರು ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'ಕಾರ್ಯದ ಹೆಸರು ಕೇವಲ ಅಕ್ಷರಗಳು, ಅಂಕಿಗಳು, ಅಡಿಗೆರೆಗಳು ಮತ್ತು ಅಲ್ಪವಿರಾಮಗಳನ್ನು ಮಾತ್ರ ಒಳಗೊಂಡಿರಬಹುದು.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಮೋಡ್ ಪತ್ತೆಯಾಗಿಲ್ಲ.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿ ಅಮಾನ್ಯ ಸಂಪನ್ಮೂಲ Url ನಿರ್ದಿಷ್ಟಪಡಿಸಲಾಗಿದೆ.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'ಬಳಕೆದಾರರ ಗುರುತು ಪ್ರಕಾರ ಬೆಂಬಲಿತವಾಗಿಲ್ಲ.';
Strings.OfficeOM.L_InValidOptionalArgument = 'ಅಮಾನ್ಯ ಐಚ್ಛಿಕ ವಾದ';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'ನಾವು ಸಂವಾದ ಪೆಟ್ಟಿಗೆಯನ್ನು ರಚಿಸದಂತೆ ಬ್ರೌಸರ್ ನಿಯಂತ್ರಣಗಳು ನಮ್ಮನ್ನು ನಿಯಂತ್ರಿಸಿವೆ. ಸಂವಾದ ಪೆಟ್ಟಿಗೆಯ ಡೊಮೇನ್ ಮತ್ತು ಆಡ್-ಇನ್ ಹೋಸ್ಟ್‌ನ ಡೊಮೇನ್ ಒಂದೇ ಭದ್ರತೆ ವಲಯದಲ್ಲಿ ಇಲ್ಲ.';
Strings.OfficeOM.L_InvalidGrantMessage = 'ಈ ಆಡ್-ಇನ್‌ಗೆ ಗ್ರಾಂಟ್ ಕಾಣೆಯಾಗಿದೆ.';
Strings.OfficeOM.L_SettingsAreStale = 'ಸೆಟ್ಟಿಂಗ್‌ಗಳು ಪ್ರಚಲಿತವಾಗಿಲ್ಲದೇ ಇರುವುದರಿಂದ ಅವನ್ನು ಉಳಿಸುವುದು ಸಾದ್ಯವಿಲ್ಲ.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'ಕ್ಲೈಂಟ್‌ನಲ್ಲಿ ಅನಿರೀಕ್ಷಿತ ದೋಷ ಸಂಭವಿಸಿದೆ.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'ಈ ಡೇಟಾದ ದಿನಾಂಕ ಮೀರಿದೆ. ಮತ್ತೊಮ್ಮೆ ಆಬ್ಜೆಕ್ಟ್ ಅನ್ನು ಮರುಪಡೆಯಿರಿ.';
Strings.OfficeOM.L_ElementMissing =
  'ಕೆಲವು ಮಾನದಂಡಗಳ ಮೌಲ್ಯಗಳು ತಪ್ಪಿರುವುದರಿಂದ ನಮ್ಮಿಂದ ಕೋಷ್ಠಕದ ಸೆಲ್ ಅನ್ನು ಫಾರ್ಮ್ಯಾಟ್ ಮಾಡಲಾಗದು. ಮಾನದಂಡಗಳನ್ನು ಎರಡು ಸಲ ಪರಿಶೀಲಿಸಿ ಹಾಗೂ ಪುನಃ ಪ್ರಯತ್ನಿಸಿ.';
Strings.OfficeOM.L_BindingCreationError = 'ಬೈಂಡಿಂಗ್ ರಚನೆ ದೋಷ';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'ಹಿಂದಿನ ಕರೆಯು ಮುಕ್ತಾಯವಾಗುವವರೆಗೆ ಕಾಯಿರಿ.';
Strings.OfficeOM.L_UnsupportedDataObject = 'ಪೂರೈಸಿದ ಡೇಟಾ ಆಬ್ಜೆಕ್ಟ್ ವಿಧವು ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_SSOConnectionLostError = 'ಸೈನ್ ಇನ್ ಪ್ರಕ್ರಿಯೆ ಸಮಯದಲ್ಲಿ ಸಂಪರ್ಕ ತಪ್ಪಿ ಹೋಗಿದೆ.';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಡೇಟಾ ಆಬ್ಜೆಕ್ಟ್ ವಿಧವು ಸದ್ಯದ ಆಯ್ಕೆಯೊಂದಿಗೆ ಸರಿಹೊಂದುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_InvalidBindingError = 'ಅಮಾನ್ಯ ಬೈಂಡಿಂಗ್ ದೋಷ';
Strings.OfficeOM.L_NavOutOfBound = 'ಸೂಚಿಯು ವ್ಯಾಪ್ತಿಯ ಹೊರಗಿರುವುದರಿಂದ ಕಾರ್ಯನಿರ್ವಹಣೆಯು ವಿಫಲವಾಗಿದೆ.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'ಒಂದು ಅಥವಾ ಹೆಚ್ಚು ಕೋಷ್ಠಕ ಆಯ್ಕೆ‌ಗಳ ಮಾನದಂಡಗಳು ಅನುಮತಿಸಲಾಗಿಲ್ಲದೇ ಇರುವ ಮೌಲ್ಯಗಳನ್ನು ಹೊಂದಿವೆ. ಮೌಲ್ಯಗಳನ್ನು ಎರಡು ಸಲ ಪರಿಶೀಲಸಿ ಹಾಗೂ ಪುನಃ ಪ್ರಯತ್ನಿಸಿ.';
Strings.OfficeOM.L_DataWriteError = 'ಡೇಟಾ ಬರೆಯುವಿಕೆ ದೋಷ';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'ದಯವಿಟ್ಟು ಆಯ್ಕೆ ಮಾಡಿ.';
Strings.OfficeOM.L_InvalidSetRows = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಅಡ್ಡಸಾಲುಗಳು ಅಮಾನ್ಯವಾಗಿವೆ.';
Strings.OfficeOM.L_OKButton = 'ಸರಿ';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'ವಿಲೀನಗೊಳಿಸಿದ ಸೆಲ್‌ಗಳನ್ನು ಒಳಗೊಂಡಿರುವಾಗ ಒತ್ತಾಯ ಪ್ರಕಾರದ ಕೋಷ್ಠಕದೊಂದಿಗೆ ಕೋಷ್ಠಕವು ನಿರ್ದೇಶಾಂಕ ಮಾನದಂಡಗಳನ್ನು ಬಳಸಲಾಗದು.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'ಈ ಆಡ್-ಇನ್‌ಗೆ ಗುರುತು API ಬೆಂಬಲಿತವಾಗಿಲ್ಲ.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'ಪ್ರತಿಕ್ರಿಯೆ ಪೇಲೋಡ್ ಗಾತ್ರ ಮಿತಿಯನ್ನು ಮೀರಿದೆ. ದಯವಿಟ್ಟು ಡಾಕ್ಯುಮೆಂಟೇಶನ್‍ಗೆ ಉಲ್ಲೇಖಿಸಿ: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidArgument = "{0}' ವಾದವು ಈ ಸನ್ನಿವೇಶಕ್ಕೆ ಕಾರ್ಯನಿರ್ವಹಿಸುವುದಿಲ್ಲ, ಕಾಣೆಯಾಗಿದೆ ಅಥವಾ ಸೂಕ್ತ ಸ್ವರೂಪದಲ್ಲಿಲ್ಲ.";
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'ನಿರ್ಲಕ್ಷಿಸು';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'ಪ್ರಸ್ತುತ ಡೇಟಾ ಅಲ್ಲ';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'ಬೇರೊಂದನ್ನು ಹಿಂಪಡೆಯುವ ಮೊದಲು ಸದ್ಯದ ಫೈಲ್ ಮೇಲೆ closeAsync ಗೆ ಕರೆ ಮಾಡಿ.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl ಪ್ರಕಾರವು ಬೆಂಬಲಿಸುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_SettingNameNotExist = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಸೆಟ್ಟಿಂಗ್ ಹೆಸರು ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.';
Strings.OfficeOM.L_DataReadError = 'ಡೇಟಾ ಓದುವಿಕೆ ದೋಷ';
Strings.OfficeOM.L_TooManyOptionalObjects = 'ಪರಿಮಾಣಗಳ ಪಟ್ಟಿಯಲ್ಲಿ ಬಹು ಐಚ್ಛಿಕ ವಸ್ತುಗಳು ಇವೆ';
Strings.OfficeOM.L_CannotWriteToSelection = 'ಸದ್ಯದ ಆಯ್ಕೆಗೆ ಬರೆಯುವುದು ಸಾಧ್ಯವಿಲ್ಲ.';
Strings.OfficeOM.L_OutOfRange = 'ವ್ಯಾಪ್ತಿಯಿಂದ ಹೊರಗೆ';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'ಅಮಾನ್ಯ ಇನ್‌ಪುಟ್ ವಾದಗಳು.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'ಸೈನ್ ಇನ್ ಪ್ರಕ್ರಿಯೆ ಸಮಯದಲ್ಲಿ ಸಂಪರ್ಕ ತಪ್ಪಿ ಹೋಗಿದೆ ಮತ್ತು ಬಳಕೆದಾರರು ಸೈನ್ ಇನ್ ಮಾಡಿರದೇ ಇರಬಹುದು. ಇದು ಭದ್ರತೆ ವಲಯಗಳಂತಹ ಬಳಕೆದಾರರ ಬ್ರೌಸರ್ ಸಂರಚನೆ ಸೆಟ್ಟಿಂಗ್‌ಗಳ ಕಾರಣದಿಂದ ಸಂಭಾವ್ಯವಾಗಿ ಆಗಿರಬಹುದು.';
Strings.OfficeOM.L_ShuttingDown = 'ಕಾರ್ಯಾಚರಣೆ ವಿಫಲವಾಗಿದೆ ಏಕೆಂದರೆ ಡೇಟಾವು ಸರ್ವರ್‌ನಲ್ಲಿ ಪ್ರಚಲಿತವಾಗಿರುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'ಕಾರ್ಯದ ಹೆಸರು ಖಾಲಿಯಿಲ್ಲದ ಹೆಸರಿನ ಸ್ಥಳವನ್ನು ಮತ್ತು ಖಾಲಿಯಿಲ್ಲದ ಸಂಕ್ಷಿಪ್ತ ಹೆಸರನ್ನು ಒಳಗೊಂಡಿರಬೇಕು.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'ಕಾರ್ಯದ ವಿವರಣೆಯನ್ನು ಪ್ರತಿನಿಧಿಸುವ ಈ ಹೆಸರಿನ ಗುಣಲಕ್ಷಣವು Excel.Script.CustomFunctions ನಲ್ಲಿ ಅಸ್ತಿತ್ವದಲ್ಲಿರಬೇಕು.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'ಟಿಪ್ಪಣಿ: ಕೋಷ್ಠಕದಲ್ಲಿರುವ ಸೆಲ್‌‌ಗಳ ಸಂಖ್ಯೆಯು 20,000 ಸೆಲ್‌ಗಳಿಗಿಂತ ಕಡಿಮೆ ಇರುತ್ತದೆ ಎಂದು ಸೂಚಿಸಲಾಗಿದೆ.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP ಪ್ರೋಟೋಕಾಲ್ ಬೆಂಬಲಿತವಾಗಿಲ್ಲ. ಬದಲಿಗೆ HTTPS ಬಳಸಿ';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'ಮೋಡಲ್ ಸಂವಾದ ತೆರೆದಿರುವಾಗ Office ಗಾಗಿ ಬರೆಯುವ ಕಾರ್ಯಾಚರಣೆಯನ್ನು ಬೆಂಬಲಿಸುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_EventHandlerNotExist = 'ಈ ಬೈಂಡಿಂಗ್‌ಗೆ ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಈವೆಂಟ್ ಹ್ಯಾಂಡ್ಲರ್‌ ಪತ್ತೆಯಾಗಿಲ್ಲ.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '.run ವಿಧಾನಕ್ಕೆ ಪಾಸ್ ಆಗಿರುವ ಬ್ಯಾಚ್ ಕಾರ್ಯವು ಭರವಸೆಯನ್ನು ಹಿಂತಿರುಗಿಸಲಿಲ್ಲ. ಈ ಕಾರ್ಯವು ಭರವಸೆಯನ್ನು ಹಿಂತಿರುಗಿಸಬೇಕು, ಹಾಗಿದ್ದಲ್ಲಿ ಮಾತ್ರವೇ ಬ್ಯಾಚ್ ಕಾರ್ಯಾಚರಣೆ ಪೂರ್ಣಗೊಂಡ ಬಳಿಕ ಯಾವುದೇ ಸ್ವಯಂಚಾಲಿತವಾಗಿ ಟ್ರ್ಯಾಕ್ ಮಾಡಲಾಗಿರುವ ವಸ್ತುಗಳನ್ನು ಬಿಡುಗಡೆ ಮಾಡಲಾಗುತ್ತದೆ. ವಿಶಿಷ್ಟವಾಗಿ, ನೀವು "context.sync()" ನಿಂದ ಸ್ವೀಕರಿಸಿರುವ ಪ್ರತಿಕ್ರಿಯೆಯನ್ನು ಹಿಂತಿರುಗಿಸುವ ಮೂಲಕ ಭರವಸೆಯನ್ನು ಹಿಂತಿರುಗಿಸುವಿರಿ.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = '{0} ಸ್ಥಿತಿ ಕೋಡ್ ಜೊತೆಗೆ ವಿನಂತಿಯು ವಿಫಲವಾಗಿದೆ.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಡೇಟಾ ಅಂಶವು ಅತ್ಯಂತ ದೊಡ್ಡದಾಗಿದೆ.';
Strings.OfficeOM.L_DocumentIsInactive = 'ಈ ಆಡ್-ಇನ್ ಹೊಂದಿರುವ ದಾಖಲೆಯು ನಿಷ್ಕ್ರಿಯವಾಗಿರುವುದರಿಂದ ಕಾರ್ಯಾಚರಣೆ ವಿಫಲವಾಗಿದೆ.';
Strings.OfficeOM.L_NotImplemented = 'ಕಾರ್ಯ {0} ವನ್ನು ಜಾರಿಗೊಳಿಸಲಾಗಿಲ್ಲ.';
Strings.OfficeOM.L_InternalErrorDescription = 'ಆಂತರಿಕ ದೋಷ ಸಂಭವಿಸಿದೆ.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಕಾಲಂಗಳು ಅಮಾನ್ಯವಾಗಿವೆ.';
Strings.OfficeOM.L_InvalidFormatValue =
  'ಒಂದು ಅಥವಾ ಹೆಚ್ಚು ಸ್ವರೂಪಿಸುವಿಕೆ ಮಾನದಂಡಗಳನ್ನು ಅನುಮತಿಸಲಾಗಿಲ್ಲದೇ ಇರುವ ಮೌಲ್ಯಗಳನ್ನು ಹೊಂದಿವೆ. ಮೌಲ್ಯಗಳನ್ನು ಎರಡು ಸಲ ಪರಿಶೀಲಿಸಿ ಹಾಗೂ ಪುನಃ ಪ್ರಯತ್ನಿಸಿ.';
Strings.OfficeOM.L_ModalDialogOpeng = 'ಈ ಆಡ್-ಇನ್ ಈಗಾಗಲೇ ಸಕ್ರಿಯ ಮೋಡಲ್ ಸಂವಾದವನ್ನು ಹೊಂದಿರುವುದರಿಂದ ಕಾರ್ಯಾಚರಣೆ ವಿಫಲವಾಗಿದೆ.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'ಆಯ್ಕೆಯನ್ನು 1024 ಐಟಂಗಳಿಗೆ XPath ಮಿತಿಗೊಳಿಸುತ್ತದೆ.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'ಬಳಕೆದಾರ ಗುರುತು ಪ್ರಕಾರ ಬೆಂಬಲಿತವಾಗಿಲ್ಲ.';
Strings.OfficeOM.L_InvalidGrant = 'ಪೂರ್ವದೃಢೀಕರಣ ಕಾಣೆಯಾಗಿದೆ.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'ಅಮಾನ್ಯ API ಕಾಲ್ ಪ್ರಸ್ತುತ ಸಂದರ್ಭದಲ್ಲಿದೆ.';
Strings.OfficeOM.L_InvalidFormat = 'ಅಮಾನ್ಯ ಸ್ವರೂಪ ದೋಷ';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL ಡೊಮೇನ್ ಅನ್ನು ಮ್ಯಾನಿಫೆಸ್ಟ್‌ನಲ್ಲಿನ AppDomains ಮೂಲಾಂಶದಲ್ಲಿ ಸೇರಿಸಿಕೊಳ್ಳಲಾಗಿಲ್ಲ ಮತ್ತು ಅದು ಮೂಲ ಸ್ಥಳದ ಉಪಡೊಮೇನ್ ಆಗಿಲ್ಲ.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "ಕಾರ್ಯದ ವಿವರಣೆಯನ್ನು ಪ್ರತಿನಿಧಿಸುವ Excel.Script.CustomFunctions ನಲ್ಲಿರುವ ಈ ಹೆಸರಿನ ಗುಣಲಕ್ಷಣವು ಕಾರ್ಯವನ್ನು ಜಾರಿಗೊಳಿಸುವ 'ಕರೆ' ಗುಣಲಕ್ಷಣವನ್ನು ಒಳಗೊಂಡಿರಬೇಕು.";
Strings.OfficeOM.L_InvalidAPICall = 'ಅಮಾನ್ಯ API ಕರೆ';
Strings.OfficeOM.L_InvalidRequestContext = 'ವಿಭಿನ್ನ ವಿನಂತಿ ಪ್ರಸಂಗಗಳಾದ್ಯಂತ ಆಬ್ಜೆಕ್ಟ್ ಬಳಸಲಾಗುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_ReadSettingsError = 'ಸೆಟ್ಟಿಂಗ್‌ಗಳ ಓದುವಿಕೆ ದೋಷ';
Strings.OfficeOM.L_InvalidCoercion = 'ಅಮಾನ್ಯ ಒತ್ತಾಯ ಪ್ರಕಾರ';
Strings.OfficeOM.L_BindingToMultipleSelection = 'ಹೊಂದಿಕೊಂಡಿಲ್ಲದಿರುವ ಆಯ್ಕೆಗಳು ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_CustomXmlError = 'ಕಸ್ಟಮ್ XML ದೋಷ.';
Strings.OfficeOM.L_InvalidSetColumns = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಕಾಲಂಗಳು ಅಮಾನ್ಯವಾಗಿವೆ.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'ಈ ಪ್ಲಾಟ್‌ಫಾರ್ಮ್‌ನಲ್ಲಿ API ಬೆಂಬಲಿತವಾಗಿಲ್ಲ.';
Strings.OfficeOM.L_NotSupportedBindingType = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಬೈಂಡಿಂಗ್ ಪ್ರಕಾರ {0} ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'ಸಕ್ರಿಯ ಸಂವಾದವನ್ನು ಈ ಆಡ್-ಇನ್ ಈಗಾಗಲೇ ಹೊಂದಿರುವುದರಿಂದ ಕಾರ್ಯಾಚರಣೆ ವಿಫಲವಾಗಿದೆ.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಬೈಂಡಿಂಗ್ ಪ್ರಕಾರವು ಪೂರೈಸಿರುವ ಹೆಸರಿಸಿದ ಐಟಂ ಜೊತೆ ಹೊಂದುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_NotTrustedWAC =
  'ನಿಮ್ಮನ್ನು ಸುರಕ್ಷಿತವಾಗಿಡಲು ನೆರವಾಗಲು ಈ ಆಡ್-ಇನ್ ಅನ್ನು ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಲಾಗಿದೆ. ಆಡ್-ಇನ್ ಬಳಸುವುದನ್ನು ಮುಂದುವರಿಸಲು, ವಿಶ್ವಾಸಾರ್ಹ ಡೊಮೇನ್‌ ಒಂದರಲ್ಲಿ ಈ ಐಟಂ ಅನ್ನು ಹೋಸ್ಟ್ ಮಾಡಲಾಗಿದ ಎಂಬುದನ್ನು ಉರ್ಜಿತಗೊಳಿಸಿ ಅಥವಾ ಅದನ್ನು Office ಡೆಸ್ಕ್‌ಟಾಪ್ ಅಪ್ಲಿಕೇಶನ್‌ನಲ್ಲಿ ತೆರೆಯಿರಿ.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'ಮೌಲ್ಯವು ಅನುಮತಿಸಿದ ವ್ಯಾಪ್ತಿಯ ಹೊರಗಿದೆ.';
Strings.OfficeOM.L_SelectionCannotBound = 'ಸದ್ಯದ ಆಯ್ಕೆಗೆ ಬೈಂಡ್ ಮಾಡುವುದು ಸಾಧ್ಯವಿಲ್ಲ.';
Strings.OfficeOM.L_FormattingReminder = 'ಫಾರ್ಮ್ಯಾಟಿಂಗ್ ರಿಮೈಂಡರ್';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'ಒಂದು ಕ್ಷಣ ...';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} ಹೊಸ ವಿಂಡೋ ತೋರಿಸಲು ಬಯಸುತ್ತಾರೆ.';
Strings.OfficeOM.L_PermissionDenied = 'ಅನುಮತಿ ನಿರಾಕರಿಸಲಾಗಿದೆ';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'ನೆಟ್‌ವರ್ಕ್ ಸಮಸ್ಯೆಯು ಫೈಲ್ ಹಿಂಪಡೆಯುವಿಕೆಯನ್ನು ತಡೆದಿದೆ.';
Strings.OfficeOM.L_SaveSettingsError = 'ಸೆಟಟ್ಟಿಂಗ್‌ಗಳ ಉಳಿಸುವಿಕೆ ದೋಷ';
Strings.OfficeOM.L_BrowserAPINotSupported = 'ಈ ಬ್ರೌಸರ್ ವಿನಂತಿಸಿದ API ಅನ್ನು ಬೆಂಬಲಿಸುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_DataNotMatchSelection = 'ಪೂರೈಸಿದ ಡೇಟಾ ಆಬ್ಜೆಕ್ಟ್ ಸದ್ಯದ ಆಯ್ಕೆಯ ಆಕಾರ ಅಥವಾ ಆಯಾಮಗಳಿಗೆ ಸರಿಹೊಂದಿಕೆಯಾಗುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_InternalError = 'ಆಂತರಿಕ ದೋಷ';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಅಡ್ಡಸಾಲು ಎಣಿಕೆ ಅಥವಾ ಲಂಬಸಾಲು ಎಣಿಕೆ ಮೌಲ್ಯಗಳು ಅಮಾನ್ಯವಾಗಿವೆ.';
Strings.OfficeOM.L_MemoryLimit = 'ಮೆಮೊರಿ ಮಿತಿ ಮೀರಿದೆ';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'ಮುಂದುವರಿಯಲು, ಆಡ್-ಇನ್ ಅನ್ನು ತೆಗೆದುಹಾಕಿ ಹಾಗೂ ಮತ್ತೆ ಸೇರಿಸಿ, ಅಥವಾ ಪುಟವನ್ನು ತಾಜಾಮಾಡಿ.';
Strings.OfficeOM.L_InvalidValue = 'ಅಮಾನ್ಯ ಮೌಲ್ಯ';
Strings.OfficeOM.L_NamedItemNotFound = 'ಹೆಸರಿಸಿರುವ ಐಟಂ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'ನೀವು ಸಂಭಾವ್ಯ ಸೂಕ್ಷ್ಮ ಮಾಹಿತಿಯನ್ನು {0} ರಿಂದ ಕಳುಹಿಸಲು ಮತ್ತು ಸ್ವೀಕರಿಸಲು ಹೊರಟಿದ್ದೀರಿ. ಸೂಕ್ಷ್ಮ ಮಾಹಿತಿಯನ್ನು ಸ್ವೀಕರಿಸುವ ಈ ಕೆಳಗಿನ ವೆಬ್ ಸೈಟ್ ಮೇಲೆ ನಿಮಗೆ ನಂಬಿಕೆಯಿದ್ದರೆ ಮಾತ್ರ ಸರಿ ಯನ್ನು ಕ್ಲಿಕ್ ಮಾಡಿ: {1}.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'ಕಾರ್ಯಪುಸ್ತಕವನ್ನು ಮರೆಮಾಡಲಾಗಿರುವುದರಿಂದ JavaScript API ವಿನಂತಿ ವಿಫಲವಾಗಿದೆ. ದಯವಿಟ್ಟು ಕಾರ್ಯ ಪುಸ್ತಕ ಅನ್‌ಹೈಡ್ ಮಾಡಿ ಹಾಗೂ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'ನಿಗದಿಪಡಿಸಿ ಕಾರ್ಯನಿರ್ವಹಣೆಯು ವಿಫಲವಾಗಿದೆ ಏಕೆಂದರೆ ಪೂರೈಸಿದ ಡೇಟಾ ಅಂಶವು ಓವರ್‌ರೈಟ್ ಆಗುವುದು ಅಥವಾ ಡೇಟಾ ಬದಲಿಸುವುದು.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'ಟೋಕನ್ ಅನ್ನು ಪಡೆಯುವುದಕ್ಕೂ ಮೊದಲು ಮಾಡ್ಯೂಲ್ ಲೋಡ್ ಆಗಿಲ್ಲ';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಒತ್ತಾಯದ ಪ್ರಕಾರ ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_NetworkProblem = 'ನೆಟ್‌ವರ್ಕ್ ದೋಷ';
Strings.OfficeOM.L_ActivityLimitReached = 'ಚಟುವಟಿಕೆ ಮಿತಿಯನ್ನು ತಲುಪಿದೆ.';
Strings.OfficeOM.L_CallbackNotAFunction = 'ಕಾಲ್‌ಬ್ಯಾಕ್ ಪ್ರಕಾರದ ಕಾರ್ಯವಾಗಿರಬೇಕು, {0} ನ ಪ್ರಕಾರವಾಗಿದೆ.';
Strings.OfficeOM.L_PropertyDoesNotExist = "ಆಬ್ಜೆಕ್ಟ್‌ನಲ್ಲಿ '{0}' ಗುಣ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.";
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'ನಿಮ್ಮ Office ಸೆಷನ್ ಅವಧಿ ಮೀರಿದೆ ಅಥವಾ ಅಮಾನ್ಯವಾಗಿದೆ. ಮುಂದುವರಿಯಲು, ಪುಟವನ್ನು ತಾಜಾಮಾಡಿ.';
Strings.OfficeOM.L_SetDataParametersConflict = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಮಾನದಂಡಗಳು ಸಂಘರ್ಷಿಸುತ್ತವೆ.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಒತ್ತಾಯದ ಪ್ರಕಾರವು ಈ ಬೈಂಡಿಂಗ್ ಪ್ರಕಾರದೊಂದಿಗೆ ಹೊಂದುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_RequestTimeout = 'ಕರೆಯನ್ನು ನಿರ್ವಹಿಸಲು ಬಹಳ ಸಮಯ ತೆಗೆದುಕೊಂಡಿತು.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'ತಪಶೀಲು ಪಟ್ಟಿಯು ಪ್ರಸ್ತುತ ಹೋಸ್ಟ್ ಅಪ್ಲಿಕೇಶನ್‌ನಲ್ಲಿ ಬೆಂಬಲಿಸುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'ಕಾಲಂ ಸೂಚ್ಯಂಕ ಮೌಲ್ಯವು ಅನುಮತಿಸಿದ ವ್ಯಾಪ್ತಿಯ ಹೊರಗಿರುತ್ತದೆ. ಕಾಲಂಗಳ ಸಂಖ್ಯೆಗಿಂತ ಕಡಿಮೆಯಿರುವ ಮೌಲ್ಯವೊಂದನ್ನು (0 ಅಥವಾ ಹೆಚ್ಚು) ಬಳಸಿ.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  '{0} ಅಪ್ಲಿಕೇಶನ್ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ. Microsoft.Office.WebExtension.ಆರಂಭಿಸಲು(ಕಾರಣ) ಕರೆ ನೀಡಿಲ್ಲ.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'ಈ ಬೈಂಡಿಂಗ್ ಪ್ರಕಾರದಲ್ಲಿ ಕಾರ್ಯಾಚರಣೆಯು ಬೆಂಬಲ ಹೊಂದಿರುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'ನಿರ್ದಿಷ್ಟಪಡಿಸಿದ ಅಡ್ಡಸಾಲು ಖಾಲಿ ಇರುತ್ತದೆ.';
Strings.OfficeOM.L_DialogNavigateError = 'ಸಂವಾದ ನ್ಯಾವಿಗೇಶನ್ ದೋಷ';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'ಪ್ರಸ್ತುತ ವಿಭಾಗ ಮತ್ತು ಸೂಚಿತ ಬೈಂಡಿಂಗ್ ಪ್ರಕಾರದೊಂದಿಗೆ ಬೈಂಡಿಂಗ್ ರಚಿಸಲಾಗುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_NotSupported = 'ಕಾರ್ಯ {0} ವು ಬೆಂಬಲ ಹೊಂದಿಲ್ಲ.';
Strings.OfficeOM.L_NoCapability = 'ನೀವು ಈ ಕ್ರಿಯೆಗೆ ಸಾಕಷ್ಟು ಅನುಮತಿಗಳನ್ನು ಹೊಂದಿರುವುದಿಲ್ಲ.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'ಈ API ಅನ್ನು ಕರೆ ಫ್ರಿಕ್ವನ್ಸಿ ನಿಧಾನಗೊಳಿಸಲು ಥ್ರೋಟಲ್‌ ಮಾಡಲಾಗಿದೆ.';
Strings.OfficeOM.L_ContinueButton = 'ಮುಂದುವರಿಯಿರಿ';
Strings.OfficeOM.L_InvalidResourceUrl = 'ಅಮಾನ್ಯ ಅಪ್ಲಿಕೇಶನ್ ಸಂಪನ್ಮೂಲ Url ಒದಗಿಸಲಾಗಿದೆ.';
