Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'डेटा वर्तमान का नहीं है';
Strings.OfficeOM.L_CancelButton = 'रद्द करें';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'उपयोगकर्ता पहचान प्रकार समर्थित नहीं है.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".run" विधि से पास किए गए बैच फ़ंक्शन ने प्रॉमिस नहीं लौटाया. फ़ंक्शन को प्रॉमिस लौटाना चाहिए, जिससे कोई भी स्वचालित रूप से ट्रैक किया गया ऑब्जेक्ट बैच ऑपरेशन के पूर्ण होने पर रिलीज़ किए जा सकते हैं. आमतौर पर, आप "context.sync()" से प्रतिसाद लौटाकर आप प्रॉमिस लौटाते हैं.';
Strings.OfficeOM.L_UserAborted = 'उपयोगकर्ता ने अनुमति अनुरोध निरस्त कर दिया है.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'गुण \'{0}\' के लिए बदलाव "object.set" विधि के माध्यम से लागू नहीं किए जा सकते है.';
Strings.OfficeOM.L_AppNameNotExist = '{0} के लिए AppName मौज़ूद नहीं है.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl प्रकार समर्थित नहीं है.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'वर्तमान चयन के साथ बाइंडिंग और निर्दिष्ट बाइंडिंग प्रकार नहीं बनाया जा सकता.';
Strings.OfficeOM.L_FileTypeNotSupported = 'निर्दिष्ट फ़ाइल प्रकार समर्थित नहीं है.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'अनुरोध पेलोड आकार सीमा से अधिक हो गया है. कृपया दस्तावेज़ीकरण देख: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'अमान्य या समय बाह्य सत्र';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'जब तालिका में मर्ज किए गए कक्ष हों, तो कोएर्शन प्रकार तालिका के साथ समन्वय पैरामीटर्स का उपयोग नहीं किया जा सकता.';
Strings.OfficeOM.L_InvalidObjectPath =
  'आप जिस कार्य को करने का प्रयास कर रहे हैं उसके लिए ऑब्जेक्ट पथ \'{0}\' कार्य नहीं कर रहा है. यदि आप सभी एकाधिक "context.sync" कॉल और ".run" बैच के क्रमिक कार्यान्वन के बाहर ऑब्जेक्ट का उपयोग कर रहे हैं, तो कृपया ऑब्जेक्ट के जीवनकाल को प्रबंधित करने के लिए "context.trackedObjects.add()" और "context.trackedObjects.remove()" विधियों का उपयोग करें.';
Strings.OfficeOM.L_RequestTimeout = 'कॉल को निष्पादित होने में बहुत अधिक समय लगा.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'कार्रवाई विफल रही क्योंकि यह ऐड-इन इस श्रेणी में उपयोगकर्ता सहमति का समर्थन नहीं करता';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'दिया गया डेटा ऑब्जेक्ट वर्तमान चयन के आकार से मेल नहीं खाता है.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'जब तालिका में मर्ज किए गए कक्ष हों, तो कोएर्शन प्रकार तालिका के साथ समन्वय पैरामीटर्स का उपयोग नहीं किया जा सकता.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'पिछले कॉल पूर्ण होने तक प्रतीक्षा करें.';
Strings.OfficeOM.L_HostError = 'होस्ट त्रुटि';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'इस बाइंडिंग प्रकार पर कार्रवाई समर्थित नहीं है.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'स्थिति कोड {0} के साथ अनुरोध विफल हुआ.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'फ़ंक्शन नाम में केवल अक्षर, अंक, अंडरस्कोर्स और पीरियड हो सकते हैं.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'पंक्ति अनुक्रमणिका मान स्वीकार्य श्रेणी से बाहर है. किसी ऐसे मान का उपयोग करें (0 या उच्च) जो कि पंक्तियों की संख्या से कम हो.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'वर्तमान प्रसंग में अमान्य API कॉल.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "आपके ब्राउज़र की सुरक्षा सेटिंग हमें कोई संवाद बॉक्स बनाने से रोकती है. कोई भिन्न ब्राउज़र आज़माएँ या {0} ताकि '{1}' और आपकी पता पट्टी में प्रदर्शित डोमेन एक ही सुरक्षा ज़ोन में हों.";
Strings.OfficeOM.L_CannotNavigateTo = 'ऑब्जेक्ट किसी ऐसे स्थान पर स्थित है जहाँ नेविगेशन समर्थित नहीं है.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'आपके Office सत्र की समय सीमा समाप्त हो गई है या अमान्य है. जारी रखने के लिए, पृष्ठ को ताज़ा करें.';
Strings.OfficeOM.L_EventHandlerNotExist = 'निर्दिष्ट ईवेंट हैंडलर इस बाइंडिंग के लिए नहीं मिला.';
Strings.OfficeOM.L_NotImplemented = 'फ़ंक्शन {0} लागू नहीं किया गया है.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'फ़ाइल की पुनर्प्राप्ति को किसी नेटवर्क समस्या द्वारा रोका गया है.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'कार्रवाई विफल रही क्योंकि पैरेंट विंडो छोटी की गई है.';
Strings.OfficeOM.L_InvalidBinding = 'अमान्य बाइंडिंग';
Strings.OfficeOM.L_DataWriteError = 'डेटा लेखन त्रुटि';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'निर्दिष्ट ID मौजूद नहीं है.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'मान स्वीकार्य श्रेणी से बाहर है.';
Strings.OfficeOM.L_EventRegistrationError = 'ईवेंट पंजीकरण त्रुटि';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'ईवेंट हैंडलर जोड़ने में विफल.';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'निर्दिष्ट डेटा ऑब्जेक्ट का प्रकार वर्तमान चयन के साथ संगत नहीं है.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP प्रोटोकॉल समर्थित नहीं है. इसके बजाय HTTPS का उपयोग करें';
Strings.OfficeOM.L_SettingNameNotExist = 'निर्दिष्ट सेटिंग नाम मौजूद नहीं है.';
Strings.OfficeOM.L_InvalidRequestContext = 'भिन्न अनुरोध संदर्भों में ऑब्जेक्ट का उपयोग नहीं कर सकते.';
Strings.OfficeOM.L_UserNotSignedIn = 'Office में कोई उपयोगकर्ता साइन इन नहीं है.';
Strings.OfficeOM.L_NetworkProblem = 'नेटवर्क समस्या';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'नोट: तालिका में मौजूद कक्षों की संख्या 20,000 कक्षों से कम होनी चाहिए.';
Strings.OfficeOM.L_OKButton = 'ठीक';
Strings.OfficeOM.L_InvalidArgument =
  "इस स्थिति के लिए तर्क '{0}' कार्य नहीं करता है, अनुपलब्ध है या सही स्वरूप में नहीं है.";
Strings.OfficeOM.L_OperationNotSupported = 'यह कार्रवाई समर्थित नहीं है.';
Strings.OfficeOM.L_InvalidFormatValue =
  'एक या अधिक स्वरूप पैरामीटर में ऐसे मान हैं जिनकी अनुमति नहीं है. मानों की दोबारा जाँच करें और पुनः प्रयास करें.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'ठीक पर क्लिक करके, आप {0} को अपनी सामग्री और व्यक्तिगत जानकारी तक पहुँच की अनुमति देंगे. ';
Strings.OfficeOM.L_InvalidBindingError = 'अमान्य बाइंडिंग त्रुटि';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'ध्यान न दें';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'स्थिति कोड {0}, त्रुटि कोड {1} और निम्न त्रुटि संदेश के साथ अनुरोध विफल हुआ: {2}';
Strings.OfficeOM.L_APINotSupported = 'API समर्थित नहीं है';
Strings.OfficeOM.L_UnknownBindingType = 'बाइंडिंग प्रकार समर्थित नहीं है.';
Strings.OfficeOM.L_InvalidAPICall = 'अमान्य API कॉल';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'पद्धति या गुण {0} {1} आवश्यकता सेट का भाग है जो आपके {2} के संस्करण में उपलब्ध नहीं है.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'निर्दिष्ट डेटा ऑब्जेक्ट, बाइंडिंग प्रकार के साथ संगत नहीं है.';
Strings.OfficeOM.L_InValidOptionalArgument = 'अमान्य वैकल्पिक तर्क';
Strings.OfficeOM.L_BindingNotExist = 'निर्दिष्ट बाइंडिंग मौजूद नहीं है.';
Strings.OfficeOM.L_SSOConnectionLostError = 'साइन इन प्रक्रिया के दौरान कनेक्शन खो गया था.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'कार्रवाई विफल रही क्योंकि इस एड-इन में पहले से ही एक सक्रिय संवाद है.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'अपना ब्राउज़र कॉन्फ़िगर करें';
Strings.OfficeOM.L_BindingToMultipleSelection = 'गैर-सन्निहित चयन समर्थित नहीं हैं.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'निर्दिष्ट कोएर्शन प्रकार के साथ वर्तमान चयन संगत नहीं है.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'कृपया एक चयन करें.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'सेट कार्रवाई विफल हुई क्योंकि दिया गया डेटा ऑब्जेक्ट डेटा को अधिलेखित या स्थानांतरित कर देगा.';
Strings.OfficeOM.L_InternalErrorDescription = 'कोई आंतरिक त्रुटि उत्पन्न हुई.';
Strings.OfficeOM.L_DocumentReadOnly = 'वर्तमान दस्तावेज़ मोड पर अनुरोधित कार्रवाई की अनुमति नहीं है.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'पहचान API इस ऐड-इन के लिए समर्थित नहीं है.';
Strings.OfficeOM.L_InvalidDataFormat = 'निर्दिष्ट डेटा ऑब्जेक्ट का स्वरूप अमान्य है.';
Strings.OfficeOM.L_CannotWriteToSelection = 'वर्तमान चयन पर नहीं लिख सकते.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'निर्दिष्ट डेटा ऑब्जेक्ट बहुत बड़ा है.';
Strings.OfficeOM.L_SelectionCannotBound = 'वर्तमान चयन पर बाइंड नहीं किया जा सकता है.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'डेटा पुराना हो गया है. ऑब्जेक्ट को दोबारा पुनर्प्राप्त करें.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'निर्दिष्ट कोएर्शन प्रकार समर्थित नहीं है.';
Strings.OfficeOM.L_SaveSettingsError = 'सेटिंग्स त्रुटि सहेजें';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'तर्क सूची और वैकल्पिक आब्जेक्ट दोनों में कॉलबैक निर्दिष्ट नहीं किया जा सकता.';
Strings.OfficeOM.L_ContinueButton = 'जारी रखें';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'चयन सीमा पूरी हो गई';
Strings.OfficeOM.L_APICallFailed = 'API कॉल विफल हुआ';
Strings.OfficeOM.L_DataReadError = 'डेटा पठन त्रुटि';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'अनुमति दें';
Strings.OfficeOM.L_UnsupportedEnumeration = 'असमर्थित प्रगणना';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'यह ऐड-इन उपयोगकर्ता सहमति का समर्थन नहीं करता.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'प्रमाणीकरण प्रसंग प्राप्त करने के लिए फ़ंक्शन अनुपलब्ध है';
Strings.OfficeOM.L_InvalidDataObject = 'अमान्य डेटा ऑब्जेक्ट';
Strings.OfficeOM.L_InvalidResourceUrl = 'अमान्य एप्लिकेशन संसाधन Url प्रदान किया गया.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'सूची में निर्दिष्ट अमान्य संसाधन Url.';
Strings.OfficeOM.L_Timeout = 'कार्रवाई टाइमआउट हो गई है.';
Strings.OfficeOM.L_InvalidCoercion = 'अमान्य बल-प्रयोग प्रकार';
Strings.OfficeOM.L_GetSelectionNotSupported = 'वर्तमान चयन समर्थित नहीं है.';
Strings.OfficeOM.L_OperationCancelledError = 'कार्रवाई को रद्द कर दिया';
Strings.OfficeOM.L_SSOClientErrorMessage = 'क्लाइंट में कोई अनपेक्षित त्रुटि आई.';
Strings.OfficeOM.L_ModalDialogOpeng = 'ऑपरेशन विफल रहा क्योंकि इस ऐड-इन में पहले से सक्रिय मोडल संवाद है.';
Strings.OfficeOM.L_SettingsCannotSave = 'सेटिंग्स सहेजी नहीं जा सकी.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API अनुरोध विफल हुआ क्योंकि कार्यपुस्तिका छुपी हुई थी. कृपया कार्यपुस्तिका को सामने लाएँ और पुनः प्रयास करें.';
Strings.OfficeOM.L_CannotRegisterEvent = 'इवेंट हैंडलर पंजीकृत नहीं किया जा सकता.';
Strings.OfficeOM.L_SSOServerError = 'प्रमाणीकरण प्रदाता में त्रुटि आई.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'निर्दिष्ट स्तंभ अमान्य हैं.';
Strings.OfficeOM.L_InvalidGetRows = 'निर्दिष्ट पंक्तियाँ अमान्य हैं.';
Strings.OfficeOM.L_CallbackNotAFunction = 'कॉलबैक प्रकार फ़ंक्शन होना चाहिए, इसका प्रकार {0} था.';
Strings.OfficeOM.L_PropertyDoesNotExist = "ऑब्जेक्ट पर गुण '{0}' मौजूद नहीं है.";
Strings.OfficeOM.L_ReadSettingsError = 'पठन सेटिंग्स त्रुटि';
Strings.OfficeOM.L_InvalidGrantMessage = 'इस ऐड-इन के लिए अनुमति अनुपलब्ध.';
Strings.OfficeOM.L_SettingsStaleError = 'पुरानी सेटिंग्स त्रुटि';
Strings.OfficeOM.L_PropertyNotLoaded =
  'गुण \'{0}\' उपलब्ध नहीं है. गुण के मान को पढ़ने से पहले, संबद्ध अनुरोध प्रसंग पर ऑब्जेक्ट वाली लोड विधि और "context.sync()" कॉल करें.';
Strings.OfficeOM.L_DialogNavigateError = 'संवाद नेविगेशन त्रुटि';
Strings.OfficeOM.L_NamedItemNotFound = 'नामांकित आइटम मौजूद नहीं है.';
Strings.OfficeOM.L_DialogOK = 'ठीक';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel कक्ष संपादन मोड में है. कृपया ENTER या TAB दबाकर या अन्य कक्ष चुनकर संपादन मोड से बाहर निकलें. और फिर पुनः प्रयास करें.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "केवल-पढ़ने के लिए गुण '{0}' सेट करने का प्रयास कर रहा है.";
Strings.OfficeOM.L_NavOutOfBound = 'कार्रवाई विफल रही क्योंकि अनुक्रमणिका श्रेणी से बाहर है.';
Strings.OfficeOM.L_InvalidParameters = 'फ़ंक्शन {0} में अमान्य पैरामीटर्स हैं.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'पैरामीटर सूची में एकाधिक वैकल्पिक ऑब्जेक्ट्स';
Strings.OfficeOM.L_SliceSizeNotSupported = 'निर्दिष्ट स्लाइस आकार समर्थित नहीं है.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'निर्दिष्ट कोएर्शन प्रकार इस बाइंडिंग प्रकार के साथ संगत नहीं है.';
Strings.OfficeOM.L_MemoryLimit = 'मेमोरी सीमा पार हो गई';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'अनुप्रयोग {0} मौजूद नहीं है. Microsoft.Office.WebExtension.initialize(कारण) कॉल नहीं किया गया है.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'क्षमा करें, हम जारी नहीं रख सकते हैं.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'इस API को कॉल आवृत्ति को धीमा करने के लिए थ्रॉटल कर दिया गया है.';
Strings.OfficeOM.L_SetDataParametersConflict = 'निर्दिष्ट पैरामीटर में विरोध हैं.';
Strings.OfficeOM.L_NotSupportedEventType = 'निर्दिष्ट ईवेंट प्रकार {0} समर्थित नहीं है.';
Strings.OfficeOM.L_ActivityLimitReached = 'गतिविधि सीमा पूरी हो चुकी है.';
Strings.OfficeOM.L_IndexOutOfRange = 'अनुक्रमणिका श्रेणी से बाहर है.';
Strings.OfficeOM.L_NotSupported = 'फ़ंक्शन {0} समर्थित नहीं है.';
Strings.OfficeOM.L_ConfirmDialog =
  'डोमेन {0} Microsoft Office के रूप में कार्य कर रहा है और Office ऐड-इन्स चला सकता है, जो आपके व्यक्तिगत डेटा तक पहुँच सकते हैं. यदि आप Office के रूप में चलाने और अपने डेटा तक पहुँचने के लिए डोमेन पर भरोसा करते हैं, तो जारी रखने के लिए ठीक पर क्लिक करें.';
Strings.OfficeOM.L_OutOfRange = 'श्रेणी से बाहर';
Strings.OfficeOM.L_MultipleNamedItemFound = 'एक ही नाम वाले एकाधिक ऑब्जेक्ट्स पाए गए.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'ब्राउज़र प्रतिबंधों ने हमें संवाद बॉक्स बनाने से रोक दिया. संवाद बॉक्स का डोमेन और ऐड-इन होस्ट का डोमेन एक ही सुरक्षा ज़ोन में नहीं है.';
Strings.OfficeOM.L_NotSupportedBindingType = 'निर्दिष्ट बाइंडिंग प्रकार {0} समर्थित नहीं है.';
Strings.OfficeOM.L_InvalidValue = 'अमान्य मान';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath चयन को 1024 आइटम्स तक सीमित करता है.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'नोट: स्वरूपण API कॉल द्वारा सेट किए गए स्वरूपण सेट्स 100 से कम होने चाहिए.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'अनुरोधित डेटा सेट बहुत बड़ा है.';
Strings.OfficeOM.L_CustomXmlError = 'XML त्रुटि कस्टम करें.';
Strings.OfficeOM.L_BadSelectorString = 'चयनकर्ता में दी गई स्ट्रिंग अनुचित तरीके से स्वरूपित या असमर्थित है.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js अभी तक पूरी तरह लोड नहीं किया गया है. कृपया बाद में पुनः प्रयास करें या Office.initialize फ़ंक्शन पर अपना प्रारंभीकरण कोड जोड़ना सुनिश्चित करें.';
Strings.OfficeOM.L_NoCapability = 'आपके पास इस क्रिया को करने के लिए पर्याप्त अनुमतियाँ नहीं हैं.';
Strings.OfficeOM.L_InvalidCellsValue =
  'एक या अधिक कक्ष पैरामीटर में ऐसे मान हैं जिनकी अनुमति नहीं है. मानों की दोबारा जाँच करें और पुनः प्रयास करें.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'ईवेंट हैंडलर निकालने में विफल.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'जारी रखने के लिए, ऐड-इन को निकालें और इसे फिर से जोड़ें या पृष्ठ को ताज़ा करें.';
Strings.OfficeOM.L_DocumentIsInactive = 'कार्रवाई विफल रही क्योंकि इस एड-इन वाला दस्तावेज़ निष्क्रिय है.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'निर्दिष्ट नोड नहीं मिला था.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'निर्दिष्ट प्रारंभ पंक्ति या प्रारंभ स्तंभ मान अमान्य हैं.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'एक मिनट ...';
Strings.OfficeOM.L_DisplayDialogError = 'संवाद त्रुटि प्रदर्शित करें';
Strings.OfficeOM.L_InternalError = 'आंतरिक त्रुटि';
Strings.OfficeOM.L_ImplicitNotLoaded = 'टोकन प्राप्त करने से पहले मॉड्यूल लोड नहीं किया गया है';
Strings.OfficeOM.L_MissingRequiredArguments = 'कुछ आवश्यक तर्क अनुपलब्ध है';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'निर्दिष्ट पंक्ति संख्या या स्तंभ संख्या मान अमान्य हैं.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'साइन इन प्रक्रिया के दौरान कनेक्शन खो गया था और उपयोगकर्ता साइन इन नहीं हो सकता. ऐसा संभवतः उपयोगकर्ता की ब्राउज़र कॉन्फ़िगरेशन सेटिंग, जैसे सुरक्षा ज़ोन के कारण हुआ था.';
Strings.OfficeOM.L_SettingsAreStale = 'सेटिंग्स हाल की न होने के कारण उन्हें सहेजा नहीं जा सका.';
Strings.OfficeOM.L_UserClickIgnore = 'उपयोगकर्ता ने संवाद बॉक्स पर ध्यान न देना चुना है.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'एक या अधिक tableOptions पैरामीटर में ऐसे मान हैं जिनकी अनुमति नहीं है. मानों की दोबारा जाँच करें और पुनः प्रयास करें.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType = 'दिए गए नामित आइटम के साथ निर्दिष्ट बाइंडिंग प्रकार संगत नहीं है.';
Strings.OfficeOM.L_PermissionDenied = 'अनुमति अस्वीकृत';
Strings.OfficeOM.L_FormattingReminder = 'स्वरूपण अनुस्मारक';
Strings.OfficeOM.L_InvalidSetRows = 'निर्दिष्ट पंक्तियाँ अमान्य हैं.';
Strings.OfficeOM.L_InvalidGetColumns = 'निर्दिष्ट स्तंभ अमान्य हैं.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL योजना समर्थित नहीं है. इसके बजाय HTTPS का उपयोग करें.';
Strings.OfficeOM.L_BindingCreationError = 'बाइंडिंग निर्माण त्रुटि';
Strings.OfficeOM.L_DataStale = 'पुराना डेटा';
Strings.OfficeOM.L_GetDataParametersConflict = 'निर्दिष्ट पैरामीटर में विरोध हैं.';
Strings.OfficeOM.L_InvalidFormat = 'अमान्य स्वरूप त्रुटि';
Strings.OfficeOM.L_InvalidGrant = 'पूर्व प्रमाणन गुम है.';
Strings.OfficeOM.L_ShuttingDown = 'सर्वर पर डेटा हाल ही के न होने के कारण कार्रवाई विफल हुई.';
Strings.OfficeOM.L_UnsupportedDataObject = 'दिया गया डेटा ऑब्जेक्ट प्रकार समर्थित नहीं है.';
Strings.OfficeOM.L_DataNotMatchSelection = 'दिया गया डेटा आब्जेक्ट वर्तमान चयन की आकृति या आयाम के साथ संगत नहीं हैं.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'फ़ंक्शन की परिभाषा का प्रतिनिधित्व करने वाले इस नाम का गुण Excel.Script.CustomFunctions पर मौजूद होना चाहिए.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'फ़ंक्शन नाम में कोई ग़ैर-रिक्त नेमस्पेस और एक गैर-रिक्त लघु नाम होना चाहिए.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'अनुरोध पेलोड आकार सीमा से अधिक हो गया है. कृपया दस्तावेज़ीकरण देखें: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidNode = 'अमान्य नोड';
Strings.OfficeOM.L_MissingParameter = 'गुम पैरामीटर';
Strings.OfficeOM.L_UserAbortedMessage = 'उपयोगकर्ता ने ऐड-इन अनुमतियों को सहमति नहीं दी थी.';
Strings.OfficeOM.L_InvalidSetColumns = 'निर्दिष्ट स्तंभ अमान्य हैं.';
Strings.OfficeOM.L_NoHttpsWAC =
  'यह Office सत्र किसी सुरक्षित कनेक्शन का उपयोग नहीं कर रहा है. हम अनुशंसा करते हैं कि आप अतिरिक्त सावधानी बरतें.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API इस प्लेटफ़ॉर्म में समर्थित नहीं है.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'कार्रवाई को उपयोगकर्ता द्वारा रद्द किया गया था.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'आप {0} से संभावित रूप से संवेदनशील जानकारी भेजने और प्राप्त करने वाले हैं. यदि आप संवेदनशील जानकारी प्राप्त करने वाली निम्न वेबसाइट पर विश्वास करते हैं, तो केवल ठीक क्लिक करें: {1}.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'पैरामीटर सूची में एकाधिक वैकल्पिक फ़ंक्शंस';
Strings.OfficeOM.L_NotTrustedWAC =
  'आपको सुरक्षित रखने मे�� सहायता के लिए इस ऐड-इन को अक्षम किया गया है. ऐड-इन का उपयोग जारी रखने के लिए, यह सत्यापित करें कि यह आइटम किसी विश्वसनीय डोमेन में होस्ट किया गया है या इसे Office डेस्कटॉप ऐप में खोलें.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'ऐड-इन पहले से ही किसी पहुँच टोकन अनुरोध कर रहा है.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} एक नई विंडो प्रदर्शित करना चाहता है.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'अमान्य इनपुट तर्क.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'फ़ंक्शन में पारित तर्क इस स्थिति के लिए काम नहीं कर रहे हैं, अनुपलब्ध हैं या सही स्वरूप में नहीं हैं.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Excel.Script.CustomFunctions पर मौजूद इस नाम का गुण यह दर्शाता है कि फ़ंक्शन की परिभाषा में फ़ंक्शन पर लागू होने वाला 'call' गुण सम्मिलित होना चाहिए.";
Strings.OfficeOM.L_SSOServerErrorMessage = 'सर्वर पर कोई अनपेक्षित त्रुटि उत्पन्न हुई.';
Strings.OfficeOM.L_ValueNotLoaded =
  'परिणाम ऑब्जेक्ट के मान को अभी तक लोड नहीं किया गया है. गुण मान को पढ़ने से पहले, संबंधित अनुरोध प्रसंग पर "context.sync()" को कॉल करें.';
Strings.OfficeOM.L_TooManyArguments = 'बहुत अधिक तर्क';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'निर्दिष्ट पंक्ति खाली है.';
Strings.OfficeOM.L_ElementMissing =
  'कुछ पैरामीटर मान गुम होने के कारण हम तालिका कक्ष को स्वरूपित नहीं कर सके. पैरामीटर को दोबारा जाँचें और पुनः प्रयास करें.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL के डोमेन को सूची में AppDomains घटक में शामिल नहीं किया गया है और स्रोत स्थान का सबडोमेन नहीं है.';
Strings.OfficeOM.L_InvalidBindingOperation = 'अमान्य बाइंडिंग कार्रवाई';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'कार्रवाई विफ़ल रही क्योंकि यह ऐड-इन पहले से ही किसी पहुँच टोकन अनुरोध कर रहा है.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'वर्तमान होस्ट अनुप्रयोग में प्रगणना असमर्थित है.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'अन्य फ़ाइल को पुनर्प्राप्त करने से पहले वर्तमान फ़ाइल पर closeAsync को कॉल करें.';
Strings.OfficeOM.L_SSOClientError = 'Office की ओर से प्रमाणन अनुरोध में त्रुटि उत्पन्न हुई.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'निर्दिष्ट प्रारंभ पंक्ति या प्रारंभ स्तंभ मान अमान्य हैं.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'यह ब्राउज़र अनुरोधित API का समर्थन नहीं करता है.';
Strings.OfficeOM.L_DataWriteReminder = 'डेटा लेखन अनुस्मारक';
Strings.OfficeOM.L_FunctionCallFailed = 'फ़ंक्शन {0} कॉल विफल, त्रुटि कोड: {1}.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'स्तंभ अनुक्रमणिका मान स्वीकार्य श्रेणी से बाहर है. किसी ऐसे मान का उपयोग करें (0 या उच्च) जो कि स्तंभों की संख्या से कम हो.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'चयनित सामग्री तालिका स्वरूप में होना चाहिए. तालिका के रूप में डेटा को स्वरूपित करें और पुन: प्रयास करें.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'जब कोई मोडल संवाद खुला हो, तो Office के लिए लेखन कार्रवाई समर्थित नहीं है.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'उपयोगकर्ता का पहचान प्रकार समर्थित नहीं है.';
