Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_ContinueButton = 'सुरू ठेवा';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'एक क्षण ...';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'नेटवर्क समस्येमुळे फाइलची पुनर्प्राप्ती प्रतिबंधित झाली आहे.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = '{0} च्या स्थिती कोडसह विनंती अयशस्वी झाली.';
Strings.OfficeOM.L_DisplayDialogError = 'संवाद त्रुटी प्रदर्शित करा';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'आपले Office सत्र कालबाह्य झाले आहे किंवा अवैध आहे. पुढे सुरू ठेवण्यासाठी, पृष्ठ रिफ्रेश करा.';
Strings.OfficeOM.L_InvalidNode = 'अवैध नोड';
Strings.OfficeOM.L_UserAbortedMessage = 'प्रयोक्ता अ‍ॅड-इन परवानगींना संमती देत नाही.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'साइन इन प्रक्रियेदरम्यान कनेक्शन गमावले आणि प्रयोक्त्यास साइन केले जाऊ शकले नाही. हे कदाचित प्रयोक्त्याच्या ब्राउझर कॉन्फिगरेशन सेटिंग्जमुळे झाले, जसे की सुरक्षा विभाग.';
Strings.OfficeOM.L_OutOfRange = 'परिक्षेत्राबाहेर';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'ऑपरेशन प्रयोक्त्याद्वारे रद्द करण्यात आले होते.';
Strings.OfficeOM.L_InvalidDataObject = 'अवैध डेटा ऑब्जेक्ट';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'नोट: सारणीमधील कक्षांची संख्या 20,000 पेक्षा कमी ठेवण्याचे सूचित केले आहे.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'सलग नसलेल्या निवडी समर्थित नाहीत.';
Strings.OfficeOM.L_BindingNotExist = 'विनिर्दिष्ट बाइंडिंग अस्तित्वात नाही.';
Strings.OfficeOM.L_SSOConnectionLostError = 'साइन इन प्रक्रियेदरम्यान कनेक्शन गमावले.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'मूल्य परवानगी असलेल्या परिक्षेत्राबाहेरील आहे.';
Strings.OfficeOM.L_InvalidGrant = 'पूर्वप्रमाणीकरण गहाळ आहे.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'सर्व्हरवर एक अनपेक्षित त्रुटी आली आहे.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'अ‍ॅड-इन आधीच ऍक्सेस टोकनची विनंती केली आहे.';
Strings.OfficeOM.L_SettingsAreStale = 'सेटिंग्ज सुरक्षित करता आल्या नाहीत कारण त्या सद्य नाहीत.';
Strings.OfficeOM.L_PropertyDoesNotExist = "ऑब्जेक्टवर '{0}' गुणधर्म अस्तित्वात नाही.";
Strings.OfficeOM.L_ApiNotFoundDetails =
  'पद्धत किंवा गुणधर्म {0} हा {1} आवश्यकता संचाचा एक भाग आहे, जो आपल्या {2} आवृत्तीमध्ये उपलब्ध नाही.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "केवळ-वाचनीय गुणधर्म '{0}' सेट करण्याचा प्रयत्न करत आहोत.";
Strings.OfficeOM.L_UserAborted = 'प्रयोक्त्याने संमती विनंती निरस्त केली.';
Strings.OfficeOM.L_TooManyArguments = 'बर्‍याच आरग्यूमेंट्स';
Strings.OfficeOM.L_UnsupportedDataObject = 'प्रदान केलेला डेटा ऑब्जेक्ट प्रकार समर्थित नाही.';
Strings.OfficeOM.L_ShuttingDown = 'ऑपरेशन अयशस्वी झाले कारण सर्व्हररील डेटा वर्तमान नाही.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'परवानगी असलेल्या परिक्षेत्राबाहेर आहे. पंक्तिंच्या संख्येपेक्षा कमी असलेले मूल्य (0 किंवा जास्त) वापरा.';
Strings.OfficeOM.L_FileTypeNotSupported = 'विनिर्दिष्ट फाइल प्रकार समर्थित नाही.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'हे ऍड-इन या श्रेणीमधील प्रयोक्ता संमतीचे समर्थन करत नसल्याने ऑपरेशन अयशस्वी झाले';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath 1024 आयटम्सला निवड मर्यादित करते.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "संवाद बॉक्स तयार करण्यापासून आपल्या ब्राउझरमधील सुरक्षा सेटींग्ज आम्हांला प्रतिबंधित करत आहेत. भिन्न ब्राउझर वापरून पहा, किंवा {0} ज्यामुळे '{1}' आणि आपल्या पत्ते पट्टीत दर्शविलेला डोमेन समान सुरक्षा झोनमध्ये येतील.";
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'परवानगी द्या';
Strings.OfficeOM.L_UserNotSignedIn = 'Office मध्ये कोणत्याही प्रयोक्त्याने साइन इन केलेले नाही.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'विनिर्दिष्ट rowCount किंवा columnCount मूल्ये अवैध आहेत.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel हा कक्ष-संपादन मोड आहे. कृपया ENTER दाबून किंवा टॅब करून किंवा दुसरे कक्ष निवडून संपादन मोडमधून बाहेर पडा आणि नंतर पुन्हा प्रयत्न करा.';
Strings.OfficeOM.L_InvalidSetRows = 'विनिर्दिष्ट पंक्ति अवैध आहेत.';
Strings.OfficeOM.L_OperationCancelledError = 'ऑपरेशन रद्द झाले';
Strings.OfficeOM.L_ConfirmDialog =
  '{0} डोमेन हा Microsoft Office प्रमाणे कार्य करत आहे आणि आपला वैयक्तिक डेटा ऍक्सेस करू शकणारी Office ऍड-इन्स रन करू शकतो. Office म्हणून रन करण्यासाठी आणि आपला डेटा ऍक्सेस करण्यासाठी आपण डोमेनवर विश्वास ठेवत असल्यास, पुढे सुरू ठेवण्यासाठी ठीक आहे वर क्लिक करा.';
Strings.OfficeOM.L_DataStale = 'डेटा वर्तमान नाही';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'आरग्यूमेंट यादी आणि पर्यायी ऑब्जेक्ट दोन्हींमध्ये कॉलबॅक विनिर्दिष्ट करणे शक्य नाही.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'ऑपरेशन अपयशी झाले कारण या ॲड-इनकडे आधीच सक्रिय संवाद आहे.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  '{0} अनुप्रयोग अस्तित्वात नाही. Microsoft.Office.WebExtension.initialize(कारण) वापरले नाही.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'टोकन मिळवण्‍यापूर्वी मॉड्यूल लोड केलेले नाही';
Strings.OfficeOM.L_BindingCreationError = 'बाइंडिंग निर्माण त्रुटी';
Strings.OfficeOM.L_ReadSettingsError = 'सेटिंग्ज त्रुटी वाचा';
Strings.OfficeOM.L_SaveSettingsError = 'सेटिंग्ज त्रुटी सुरक्षित करा';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'नोट: स्वरूपण API कॉलद्वारे सेट केलेले स्वरूपण संच 100 पेक्षा कमी ठेवण्याचे सूचित केले आहे.';
Strings.OfficeOM.L_InvalidCoercion = 'अवैध कॉएर्जन प्रकार';
Strings.OfficeOM.L_PermissionDenied = 'परवानगी नाकारली';
Strings.OfficeOM.L_NoHttpsWAC =
  'हे Office सत्र सुरक्षित कनेक्शन वापरत नाही आहे. आपण अतिरिक्त खबरदाऱ्या घेण्याची आम्ही शिफारस करतो.';
Strings.OfficeOM.L_NetworkProblem = 'नेटवर्क समस्या';
Strings.OfficeOM.L_UnsupportedEnumeration = 'असमर्थित गणन';
Strings.OfficeOM.L_InvalidParameters = 'फंक्शन {0} मध्ये अवैध मापदंड आहेत.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'डेटा सद्य नाही';
Strings.OfficeOM.L_SettingNameNotExist = 'विनिर्दिष्ट सेटिंग नाव अस्तित्वात नाही.';
Strings.OfficeOM.L_NavOutOfBound = 'ऑपरेशन अयशस्वी झाले कारण अनुक्रमणिका परिक्षेत्राबाहेर आहे.';
Strings.OfficeOM.L_DataNotMatchSelection = 'प्रदान केलेला डेटा ऑब्जेक्ट सद्य निवडीच्या आकार आणि परिमाणाशी सुसंगत नाहीत.';
Strings.OfficeOM.L_Timeout = 'ऑपरेशनची वेळ संपली.';
Strings.OfficeOM.L_BadSelectorString = 'निवडक मधून गेलेली स्ट्रिंग अयोग्यरित्या स्वरूपित केली आहे किंवा असमर्थित आहे.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'मापदंड यादीमध्ये एकाधिक पर्यायी ऑब्जेक्ट';
Strings.OfficeOM.L_PropertyNotLoaded =
  'गुणधर्म \'{0}\' उपलब्ध नाही. गुणधर्माचे मूल्य वाचण्यापूर्वी, समाविष्ट विषयवस्तूवरील लोड पद्धतीस कॉल करा आणि संबंधित विनंती आशयावर "context.sync()" कॉल करा.';
Strings.OfficeOM.L_InValidOptionalArgument = 'अवैध पर्यायी आरग्यूमेंट';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js अद्याप लोड करण्यात आलेले नाही. कृपया नंतर पुन्हा प्रयत्न करा किंवा Office.initialize फंक्शनवर प्रारंभ कोड जोडल्याची खात्री करा.';
Strings.OfficeOM.L_InvalidBindingError = 'अवैध बाइंडिंग त्रुटी';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'मेनिफेस्टमध्ये अवैध संसाधन Url निर्दिष्ट केले.';
Strings.OfficeOM.L_CustomXmlError = 'सानुकूल XML त्रुटी.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'विनिर्दिष्ट ID अस्तित्वात नाही.';
Strings.OfficeOM.L_FunctionCallFailed = 'फंक्शन {0} कॉल अयशस्वी, त्रुटी कोड: {1}.';
Strings.OfficeOM.L_SettingsStaleError = 'सेटिंग्जमधील जुनी त्रुटी';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'फंक्शन नावामध्ये रिक्त नसलेले नामस्थान असणे आणि रिक्त नसलेले लहान नाव असणे आवश्यक आहे.';
Strings.OfficeOM.L_NoCapability = 'आपल्याजवळ या क्रियेसाठी पुरेशा परवानग्या नाहीत.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'सद्य निवड समर्थित नाही.';
Strings.OfficeOM.L_InvalidAPICall = 'अवैध API कॉल';
Strings.OfficeOM.L_DataReadError = 'डेटा रीड त्रुटी';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'निवडलेली सामुग्री सारणी स्वरूपामध्ये असणे आवश्यक आहे. सारणी म्हणून डेट स्वरूपित करा आणि पुन्हा प्रयत्न करा.';
Strings.OfficeOM.L_MemoryLimit = 'मेमरी मर्यादा ओलांडली';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'मोडल संवाद उघडा असतांना Office साठी लेखन ऑपरेशन समर्थित नाही.';
Strings.OfficeOM.L_FormattingReminder = 'स्मरणपत्र स्वरूपित करा';
Strings.OfficeOM.L_ElementMissing =
  'आम्ही सारणी स्वरूपित करू शकलो नाही कारण काही मापदंड मूल्ये गहाळ आहेत. मापदंड पुन्हा तपासा आणि पुन्हा प्रयत्न करा.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'अवैध इनपुट वितर्क.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'सद्य होस्ट अनुप्रयोगामध्ये गणना समर्थित नाही.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'जेव्हा सारणीमध्ये विलीन केलेले कक्ष असतील तेव्हा कोअर्जन प्रकारासह कोऑर्डीनेट मापदंड वापरले जाऊ शकत नाहीत.';
Strings.OfficeOM.L_ActivityLimitReached = 'क्रियाकलाप मर्यादा गाठलेली आहे.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API विनंती अयशस्‍वी झाली कारण कार्यपुस्तिका लपवलेली आहे. कृपया कार्यपुस्तिका लपवणे रद्द करा आणि पुन्‍हा प्रयत्‍न करा.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'सद्य निवड आणि विनिर्दिष्ट बाइंडिंग प्रकारासह बाइंडिंग तयार करणे शक्य नाही.';
Strings.OfficeOM.L_MissingParameter = 'गहाळ मापदंड';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL योजना समर्थित नाही. त्याऐवजी HTTPS वापरा.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'प्रतिसाद पेलोड आकाराने मर्यादा ओलांडली आहे. कृपया, दस्तऐवजीकरण संदर्भ बघा: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_GetDataParametersConflict = 'विनिर्दिष्ट मापदंडांमध्ये समस्या आहेत.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'हा ब्राउझर विनंती केलेल्या API चे समर्थन करीत नाही.';
Strings.OfficeOM.L_NamedItemNotFound = 'नामित आयटम अस्तित्वात नाही.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'इव्हेंट हँडलर जोडण्यात अयशस्वी झाले.';
Strings.OfficeOM.L_OKButton = 'ठीक आहे';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'प्रयोक्ता ओळख प्रकार समर्थित नाही.';
Strings.OfficeOM.L_UserClickIgnore = 'प्रयोक्त्याने संवाद बॉक्सकडे दुर्लक्ष करण्याचे निवडले.';
Strings.OfficeOM.L_UnknownBindingType = 'बाइंडिंग प्रकार समर्थित नाही.';
Strings.OfficeOM.L_MissingRequiredArguments = 'काही गहाळ आवश्यक आरग्यूमेंट';
Strings.OfficeOM.L_SetDataIsTooLarge = 'विनिर्दिष्ट डेटा ऑब्जेक्ट खूपच मोठे आहे.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'मागील कॉल पूर्ण होईपर्यंत प्रतीक्षा करा.';
Strings.OfficeOM.L_InvalidCellsValue =
  'एक किंवा अधिक मापदंडामध्ये परवानगी नसलेली मूल्ये आहेत. मूल्ये पुन्हा-तपासा आणि पुन्हा प्रयत्न करा.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'फंक्शनमध्ये पास केलेले विवाद या परिस्थितीसाठी कार्य करत नाही, गहाळ आहेत, किंवा योग्य स्वरूपात नाहीत.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'विनंती डेटा खूपच मोठा आहे.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'क्लायंटमध्ये अनपेक्षित त्रुटी आली.';
Strings.OfficeOM.L_InvalidDataFormat = 'विनिर्दिष्ट डेटा ऑब्जेक्टचे स्वरूप अवैध आहे.';
Strings.OfficeOM.L_InvalidSetColumns = 'विनिर्दिष्ट स्तंभ अवैध आहेत.';
Strings.OfficeOM.L_SelectionCannotBound = 'सद्य निवड बाइंड करणे शक्य नाही.';
Strings.OfficeOM.L_InternalError = 'अंतर्गत त्रुटी';
Strings.OfficeOM.L_EventHandlerNotExist = 'या बाइंडिंगसाठी विनिर्दिष्ट इव्हेंट हँडलर आढळला नाही.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".run" पद्धतीला पास केल्या गेलेल्या बॅच कार्याने प्रॉमिस परत केले नाही. कार्याने प्रॉमिस परत करणे आवश्यक आहे, जेणेकरून कोणत्याही स्वयंचलितपणे माग घेतल्या जाणार्‍या विषयवस्तू बॅच पूर्ण झाल्यावर सोडता येतील. सामान्यतः, आपण "context.sync()" मधून प्रतिसाद परत करून प्रॉमिस परत करू शकता.';
Strings.OfficeOM.L_CannotRegisterEvent = 'इव्हेंट हँडलरची नोंदणी केली जाऊ शकत नाही.';
Strings.OfficeOM.L_NotSupported = 'फंक्शन {0} समर्थित नाही.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  '"object.set" पद्धतीच्या माध्यमातून \'{0}\' गुणधर्माला बदल लागू करता येणार नाहीत.';
Strings.OfficeOM.L_DocumentReadOnly = 'विनंती केलेले ऑपरेशन सद्य दस्तऐवज मोडवर उपलब्ध नाही.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'विनिर्दिष्ट बाइंडिंग प्रकार प्रदान केलेल्या नामित आयटमसह सुसंगत नाही.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'निवड मर्यादा गाठलेली आहे';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'पुढे सुरु ठेवण्यासाठी, ऍड-इन काढा आणि मग पुन्हा जोडा, किंवा पृष्ठ रिफ्रेश करा.';
Strings.OfficeOM.L_OperationNotSupported = 'ऑपरेशन समर्थित नाही.';
Strings.OfficeOM.L_SSOClientError = 'Office मधून प्रमाणीकरण विनंतीमध्ये त्रुटी आली.';
Strings.OfficeOM.L_AppNameNotExist = '{0} साठी ऍड-इन नाव अस्तित्वात नाही.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'या अ‍ॅड-इन साठी ओळख API समर्थित नाही.';
Strings.OfficeOM.L_APICallFailed = 'API कॉल अयशस्वी';
Strings.OfficeOM.L_InvalidFormat = 'अवैध स्वरूप त्रुटी';
Strings.OfficeOM.L_MultipleNamedItemFound = 'एकाच नावचे एकाधिक ऑब्जेक्ट्स आढळले.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'विनिर्दिष्ट नोड आढळला नाही.';
Strings.OfficeOM.L_NotTrustedWAC =
  'आपल्याला सुरक्षित ठेवण्यास मदत करण्यासाठी हे ऍड-इन अक्षम करण्यात आले आहे. हे ऍड-इन वापरणे चालू ठेवण्यासाठी, हा आयटम एका विश्वसनीय डोमेनमध्ये होस्ट केल्याचे प्रमाणित करा किंवा ते Office डेस्कटॉप अनुप्रयोगात उघडा.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP प्रोटोकॉल समर्थित नाही. त्याऐवजी HTTPS वापरा';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'फंक्शन नावामध्ये केवळ अक्षरे, अंक, अंडरस्कोअर्स आणि कालावधी असू शकतात.';
Strings.OfficeOM.L_InvalidValue = 'अवैध मूल्य';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'विनंती पेलोड आकाराने मर्यादा ओलांडली आहे. कृपया, दस्तऐवजीकरण संदर्भ बघा: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_NotSupportedBindingType = 'विनिर्दिष्ट बाइंडिंग प्रकार {0} समर्थित नाही.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'सेट ऑपरेशन अयशस्वी झाले कारण प्रदान केलेला डेटा ऑब्जेक्ट अधिलिखित करेल किंवा डेटा हलवेल.';
Strings.OfficeOM.L_SSOServerError = 'प्रमाणीकरण प्रदात्यामध्ये त्रुटी आली.';
Strings.OfficeOM.L_DataWriteError = 'डेटा राइट त्रुटी';
Strings.OfficeOM.L_IndexOutOfRange = 'अनुक्रमणिका परिक्षेत्राबाहेर आहे.';
Strings.OfficeOM.L_RequestTimeout = 'कार्यान्वित होण्यासाठी कॉलला खूपच वेळ लागला.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'फंक्शनच्या व्याख्येचे प्रतिनिधत्व करणारे या नावाचे गुणधर्म Excel.CustomFunctions वर असणे आवश्यक आहे.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'क्षमस्व, आम्ही पुढे सुरु ठेवू शकत नाही.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'आपण {0} ला संभाव्य संवेदनशील माहिती पाठवणार आणि त्याकडून प्राप्त करणार आहात. आपण केवळ खालील वेबसाइटवर संवेदनशील माहिती प्राप्त करण्यावर विश्वास ठेवत असल्यास ठीक आहे क्लिक करा: {1}.';
Strings.OfficeOM.L_ModalDialogOpeng = 'ऑपरेशन अयशस्वी झाले कारण या ऍड-इनकडे आधीपासूनच सक्रिय मोडल संवाद आहे.';
Strings.OfficeOM.L_InvalidGetColumns = 'विनिर्दिष्ट स्तंभ अवैध आहेत.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'विनिर्दिष्ट पंक्ति रिक्त आहे.';
Strings.OfficeOM.L_NotImplemented = 'फंक्शन {0} लागू केलेले नाही.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'विनिर्दिष्ट कोएर्झन प्रकार बाइंडिंग प्रकाराशी सुसंगत नाही.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'विनिर्दिष्ट डेटा ऑब्जेक्ट बाइंडिंग प्रकाराशी सुसंगत नाही.';
Strings.OfficeOM.L_DialogOK = 'ठीक आहे';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} नवीन विंडो प्रदर्शित करायची आहे.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'ऑपरेशन अयशस्वी झाले कारण पॅरेंट विंडो लहान केलेली आहे.';
Strings.OfficeOM.L_InvalidGrantMessage = 'या अ‍ॅड-इनसाठी गहाळ मंजूरी.';
Strings.OfficeOM.L_CannotNavigateTo = 'ऑब्जेक्ट अशा ठिकाणे ठेवला आहे जेथे नेव्हिगेशन समर्थित नाही.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  '{0} च्या स्थिती कोडसह, त्रुटी कोड {1} आणि पुढील त्रुटी संदेशासह विनंती अयशस्वी झाली: {2}';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'एक किंवा अधिक tableOptions मापदंडांमध्ये परवानगी नसलेली मूल्ये आहेत. मूल्ये पुन्हा तपासा आणि पुन्हा प्रयत्न करा.';
Strings.OfficeOM.L_InvalidGetRows = 'विनिर्दिष्ट पंक्ति अवैध आहेत.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'सद्य संदर्भामध्ये अवैध API कॉल.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "फंक्शनच्या व्याख्येचे प्रतिनिधित्व करणार्‍या Excel.CustomFunctions वर या नावाच्या गुणधर्मामध्ये 'कॉल' गुणधर्म असणे आवश्यक आहे जे फंक्शन कार्यान्वित करते.";
Strings.OfficeOM.L_HostError = 'होस्ट त्रुटी';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'अवैध किंवा मुदत संपलेले सत्र';
Strings.OfficeOM.L_CannotWriteToSelection = 'सद्य निवडीवर लिहू शकत नाही.';
Strings.OfficeOM.L_InvalidBinding = 'अवैध बाइंडिंग';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'हा ऍड-इन प्रयोक्ता संमतीचे समर्थन करत नाही.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'विनिर्दिष्ट स्लाइस आकार समर्थित नाही.';
Strings.OfficeOM.L_DataWriteReminder = 'डेटा राइट स्मरणपत्र';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'ठीक आहे क्लिक केल्याने, आपण आपली सामुग्री आणि वैयक्तिक माहितीला {0} ऍक्सेसची अनुमती द्याल. ';
Strings.OfficeOM.L_InvalidRequestContext = 'भिन्न विनंती आशयांमध्ये वस्तू वापरू शकत नाही.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'या बाइडिंग प्रकारावर ऑपरेशन समर्थित नाही.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'सद्य निवड विनिर्दिष्ट कोएरजन प्रकाराशी सुसंगत नाही.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'स्तंभ अनुक्रमणिका मूल्य हे अनुमत परिक्षेत्राच्या बाहेर आहे. स्तंभांची संख्येपेक्षा कमी असलेले मूल्य (0 किंवा जास्त) वापरा.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'ओळख प्रकाराचा प्रयोक्ता समर्थित नाही.';
Strings.OfficeOM.L_APINotSupported = 'API समर्थित नाही';
Strings.OfficeOM.L_SetDataParametersConflict = 'विनिर्दिष्ट मापदंडांमध्ये समस्या आहेत.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API या प्‍लॅटफॉर्मवर समर्थित नाही.';
Strings.OfficeOM.L_InvalidResourceUrl = 'अवैध अ‍ॅप्लिकेशन संसाधन Url प्रदान केले.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'विनिर्दिष्ट startRow किंवा startColumn मूल्ये अवैध आहेत.';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'प्रदान केलेला डेटा ऑब्जेक्ट सद्य निवडीच्या आकाराशी जुळत नाही.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'दुसरे पुनर्प्राप्त करण्यापूर्वी सद्य फाइलवर closeAsync वापरा.';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'विनिर्दिष्ट डेटा ऑब्जेक्टचा प्रकार सद्य निवडीशी सुसंगत नाही.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'डेटा कालबाह्य आहे. ऑब्जेक्ट पुन्हा पुनर्प्राप्त करा.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'इव्हेंट हँडलर दूर करण्यात अयशस्वी झाले.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL च्‍या डोमेनचा मॅनिफेस्टमधील AppDomains घटकामध्ये समावेश नाही आणि स्‍त्रोत स्‍थानाचे सबडोमेन नाही.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'कृपया निवड करा.';
Strings.OfficeOM.L_DialogNavigateError = 'संवाद नेव्हिगेशन त्रुटी';
Strings.OfficeOM.L_InvalidArgument =
  "या परिस्थितीसाठी '{0}' युक्तीवाद काम करत नाही, गहाळ आहे किंवा योग्य स्वरूपणामध्ये नाही.";
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'संवाद बॉक्स तयार करण्यापासून ब्राउझर प्रतिबंध प्रतिबंधित करत आहेत. संवाद बॉक्स आणि ऍड-इन होस्टचे डोमेन समान सुरक्षा विभागात नाहीत.';
Strings.OfficeOM.L_SettingsCannotSave = 'सेटिंग्ज सुरक्षित करता आल्या नाहीत.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'विनिर्दिष्ट कोएर्झन प्रकार समर्थित नाही.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'प्रमाणिकरण संदर्भ मिळवण्‍यासाठी फंक्‍शन गहाळ आहे';
Strings.OfficeOM.L_TooManyOptionalFunction = 'मापदंड यादीमध्ये एकाधिक पर्यायी फंक्शन';
Strings.OfficeOM.L_CancelButton = 'रद्द करा';
Strings.OfficeOM.L_ValueNotLoaded =
  'परिणाम ऑब्जेक्टचे मूल्य अजून लोड केलेले नाही. मूल्य गुणधर्म वाचण्यापूर्वी, संबंधित विनंती संदर्भावर "context.sync()" कॉल करा.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'दुर्लक्ष करा';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'आपला ब्राउझर कॉन्फिगर करा';
Strings.OfficeOM.L_InternalErrorDescription = 'अंतर्गत त्रुटी आली आहे.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'विनिर्दिष्ट स्तंभ अवैध आहेत.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'विनिर्दिष्ट startRow किंवा startColumn मूल्ये अवैध आहेत.';
Strings.OfficeOM.L_NotSupportedEventType = 'विनिर्दिष्ट इव्हेंट प्रकार {0} समर्थित नाही.';
Strings.OfficeOM.L_InvalidBindingOperation = 'अवैध बाइंडिंग ऑपरेशन';
Strings.OfficeOM.L_InvalidObjectPath =
  'आपण जे करण्याचा प्रयत्न करत आहात त्यासाठी विषयवस्तू मार्ग \'{0}\' काम करत नाही. आपण अनेक "context.sync" कॉलदरम्यान आणि ".run" बॅचच्या क्रमवारी अंमलबजा वणीबाहेर विषयवस्तू वापरत असाल तर विषयवस्तूचे आयुष्यमान व्यवस्थापित करण्यासाठी, कृपया "context.trackedObjects.add()" आणि "context.trackedObjects.remove()" पद्धती वापरा.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'ऑपरेशन अयशस्वी झाले कारण अ‍ॅड-इन आधीच ऍक्सेस टोकनची विनंती केली आहे.';
Strings.OfficeOM.L_EventRegistrationError = 'इव्हेंट नोंदणी त्रुटी';
Strings.OfficeOM.L_DocumentIsInactive = 'ऑपरेशन अयशस्वी झाले कारण हे ऍड-इन असलेले दस्तऐवज निष्क्रिय आहे.';
Strings.OfficeOM.L_InvalidFormatValue =
  'एक किंवा अधिक स्वरूपण मापदंडांमध्ये अनुमती नसलेली मूल्ये आहेत. मूल्ये पुन्हा तपासा आणि पुन्हा प्रयत्न करा.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'जेव्हा सारणीमध्ये विलीन केलेले कक्ष असतील तेव्हा कोअर्जन प्रकारासह कोऑर्डीनेट मापदंड वापरले जाऊ शकत नाहीत.';
Strings.OfficeOM.L_CallbackNotAFunction = 'कॉलबॅक फंक्शन प्रकाराचा असणे आवश्यक आहे, तो {0} प्रकाराचा होता.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl प्रकार समर्थित नाही.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'हे API कॉल वारंवारता मंद करण्यासाठी थांबविले आहे.';
