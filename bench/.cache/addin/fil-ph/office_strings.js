Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_OperationNotSupported = 'Hindi suportado ang operasyon.';
Strings.OfficeOM.L_CustomXmlError = 'Error ng Pasadyang XML.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Ang mga coordinate parameter ay hindi maaaring gamitin sa uri ng pampwersa na Talahanayan kapag ang talahanayan ay naglalaman ng mga pinag-isang cell.';
Strings.OfficeOM.L_UserNotSignedIn = 'Walang user na naka-sign in sa Office.';
Strings.OfficeOM.L_InvalidSetRows = 'Hindi tama ang tinukoy na mga hanay.';
Strings.OfficeOM.L_NoCapability = 'Wala kang sapat na pahintulot para sa aksyong ito.';
Strings.OfficeOM.L_SettingsStaleError = 'Dati nang Error ng mga Setting';
Strings.OfficeOM.L_InvalidApiCallInContext = 'May hindi tamang API call sa kasalukuyang konteksto.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Sinakal ang API na ito para pabagalin ang frequency ng tawag.';
Strings.OfficeOM.L_InvalidAPICall = 'Hindi Tamang API Call';
Strings.OfficeOM.L_NotSupported = 'Ang function {0} ay hindi suportado.';
Strings.OfficeOM.L_ContinueButton = 'Magpatuloy';
Strings.OfficeOM.L_SSOConnectionLostError = 'Nawala ang isang koneksyon habang nasa proseso ng pagsa-sign.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Nabigo ang operasyon dahil may aktibo nang modal dialog ang add-in na ito.';
Strings.OfficeOM.L_ActivityLimitReached = 'Naabot ang limitasyon sa aktibidad.';
Strings.OfficeOM.L_UserClickIgnore = 'Pinili ng gumagamit na balewalain ang dialog box.';
Strings.OfficeOM.L_SettingsAreStale =
  'Hindi mai-save ang mga setting dahil ang mga ito ay hindi napapanahon.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Hindi suportado ang OsfControl.';
Strings.OfficeOM.L_SettingNameNotExist = 'Hindi umiiral ang tinukoy na pangalan ng setting.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Hindi napapanahon ang data. Kunin ulit ang object.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Ang sesyon na ito ng Office ay hindi gumagamit ng secure na koneksyon. Inirerekomenda namin na magdagdag ka ng pag-iingat.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Hindi mahanap ang tinukoy na node.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Mangyaring gumawa ng seleksyon.';
Strings.OfficeOM.L_ConfirmDialog =
  'Kumikilos ang domain na {0} bilang Microsoft Office at maaaring magpagana ng mga add-in ng Office, na maaaring mag-access sa iyong personal na data. Kung pinagkakatiwalaan mo ang domain na gumana bilang Office at i-access ang iyong data, i-click ang OK para magpatuloy.';
Strings.OfficeOM.L_OutOfRange = 'Lampas sa Saklaw';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Hindi matuloy ang pagbalik-tawag sa parehong listahan ng argumento at sa osyunal na bagay.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Hindi marehistro ang event handler.';
Strings.OfficeOM.L_InvalidNode = 'Hindi Tamang Node';
Strings.OfficeOM.L_InvalidSetColumns = 'Hindi tama ang tinukoy na mga column.';
Strings.OfficeOM.L_PropertyDoesNotExist = "Walang property na '{0}' sa object.";
Strings.OfficeOM.L_DocumentReadOnly =
  'Hindi pinapayagan ang hiniling na operasyon sa kasalukuyang mode ng dokumento.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Maghintay hanggang sa matapos ang ang nakaraang tawag.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Nagkaroon ng hindi inaasahang error sa client.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Humihiling na ang add-in ng access token.';
Strings.OfficeOM.L_PermissionDenied = 'Tinanggihan ang Pahintulot';
Strings.OfficeOM.L_TooManyOptionalFunction = 'maramihang opsyunal na mga function sa listahan ng parameter';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Paumanhin, hindi kami makapagpapatuloy.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Ang write operation ay hindi sinusuportahan para sa Office kapag nakabukas na modal na dialog.';
Strings.OfficeOM.L_SSOServerError = 'Nagkaroon ng error sa authentication provider.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Operasyon ng Hindi Tamang Binding';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Nabigo ang operasyon dahil naka-minimize ang parent window.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Hindi tama ang value ng tinukoy na rowCount o columnCount.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Para magpatuloy, alisin ang add-in at idagdag ito muli, o i-refresh ang pahina.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Hindi suportado ang operasyon sa uring ito ng binding.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Lamampas ang value sa pinapayagang saklaw.';
Strings.OfficeOM.L_InvalidRequestContext =
  "Hindi magagamit ang object sa lahat ng iba't-ibang mga konteksto ng kahilingan.";
Strings.OfficeOM.L_NewWindowCrossZone =
  "Hinahadlangan kami ng mga setting ng seguridad sa iyong browser na gumawa ng isang dialog box. Sumubok ng ibang browser, o {0} nang sa gayon ay ang '{1}' at ang domain na ipinapakita sa iyong address bar ay nasa parehong zone ng seguridad.";
Strings.OfficeOM.L_UnsupportedDataObject = 'Hindi suportado ang inilaan na uri ng bagay ng data.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Hindi natuloy ang hiling ng JavaScript API dahil nakatago ang workbook. Paki-unhide ang workbook at subukang muli.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Hindi nakumpleto ang operasyon dahil may aktibo nang dialog ang add-in na ito.';
Strings.OfficeOM.L_APICallFailed = 'Pumalya ang API Call';
Strings.OfficeOM.L_MultipleNamedItemFound = 'May nakitang maramihang mga bagay na may kaparehong pangalan.';
Strings.OfficeOM.L_SSOClientError = 'Nagkaroon ng error sa kahilingan ng pagpapatotoo sa Office.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Hindi na-load ang module bago kumuha ng token';
Strings.OfficeOM.L_DataReadError = 'Error sa Pagbasa ng Data';
Strings.OfficeOM.L_NamedItemNotFound = 'Hindi umiiral ang pinangalanang item.';
Strings.OfficeOM.L_BindingCreationError = 'Error sa Paggawa ng Binding';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Hindi kasama ang domain ng URL sa elemento ng AppDomains sa manifest, at hindi ito subdomain ng lokasyon ng pinagmulan.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Paalala: Ang mga set ng pag-format na isinaayos ng Formatting API call ay iminungkahi na dapat ay mababa sa 100.';
Strings.OfficeOM.L_DialogInvalidScheme =
  'Hindi sinusuportahan ang scheme ng URL. Gamitin ang HTTPS sa halip.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Hindi sinusuportahan ng add-in na ito ang pahintulot ng gumagamit.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'nabigong tanggalin ang nangangasiwa ng kaganapan.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Hinadlangan kami ng mga paghihigpit sa browser na gumawa gamit ang dialog box. Ang domain ng dialog box at ang domain ng add-in ay wala sa parehong zone ng seguridad.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Blangko ang tinukoy na hanay.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'Hindi sinusuportahan sa platform na ito ang API.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Hindi makagawa ng binding sa kasalukuyang seleksyon at sa tinukoy na uri ng binding.';
Strings.OfficeOM.L_DialogRequireHTTPS =
  'Hindi sinusuportahan ang protocol na HTTP. Gamitin ang HTTPS sa halip';
Strings.OfficeOM.L_NotSupportedBindingType = 'Ang uri ng tinukoy na binding {0} ay hindi suportado.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Sandali lang ...';
Strings.OfficeOM.L_FormattingReminder = 'Paalala sa Pag-format';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Nag-expire na o hindi wasto ang iyong Office session. Para magpatuloy, i-refresh ang pahina.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Hindi nagbalik ng pangako ang batch function na idinaan sa ".run" na paraan. Kailangang magbalik ng isang pangako ang function, para mailabas ang anumang mga object na awtomatikong sinusubaybayan kapag nakumpleto na ang batch operation. Karaniwan, nagbabalik ka ng isang pangako sa pamamagitan ng pagbalik sa tugon na mula sa "context.sync()".';
Strings.OfficeOM.L_SetDataParametersConflict = 'Sumasalungat ang tinukoy na mga parameter.';
Strings.OfficeOM.L_ShuttingDown = 'Pumalya ang operasyon dahil ang data ay hindi nasa kasalukuyang server.';
Strings.OfficeOM.L_MemoryLimit = 'Lumampas sa Limitasyon ng Memory';
Strings.OfficeOM.L_UnknownBindingType = 'Hindi suportado ang uri ng binding.';
Strings.OfficeOM.L_InitializeNotReady =
  'Hindi pa lubos na nai-load ang Office.js. Mangyaring subukan muli sa ibang pagkakataon o tiyaking idagdag ang iyong code ng pagsisimula sa Office.initialize function.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Dapat na mayroon sa Excel.Script.CustomFunctions na property na may ganitong pangalan na kumakatawan sa kahulugan ng function.';
Strings.OfficeOM.L_InValidOptionalArgument = 'hindi tamang opsyunal na argumento';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Masyadong malaki ang hiniling na set ng data.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Hindi suportado ang kasalukuyang seleksyon.';
Strings.OfficeOM.L_InternalError = 'Panloob na Error';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Ang Excel ay nasa cell-editing mode. Mangyaring lumabas sa edit mode sa pamamagitan ng pagpindot sa ENTER o TAB o pumili ng ibang cell, at pagkatapos ay subukang muli.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Sa pamamagitan ng pag-click sa OK, papayagan mo ang {0} na ma-access ang iyong content at personal na impormasyon. ';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Nagkaroon ng hindi inaasahang error sa server.';
Strings.OfficeOM.L_UserAbortedMessage = 'Hindi pinayagan ng gumagamit ang mga pahintulot ng add-in.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'maramihang opsyunal na mga bagay sa listahan ng parameter';
Strings.OfficeOM.L_InvalidArgument =
  "Ang argumentong '{0}' ay hindi gumagana para sa sitwasyong ito, ay nawawala o wala sa tamang format.";
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Ang paraan o property na {0} ay bahagi ng requirement set ng {1}, na hindi available sa iyong bersyon ng {2}.';
Strings.OfficeOM.L_InvalidDataFormat = 'Hindi tama ang format ng tinukoy na bagay ng data.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Pumalya ang operasyon dahil hindi sinusuportahan ng add-in na ito ang pahintulot ng gumagamit sa kategoryang ito';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Maaari lang maglaman ang pangalan ng function ng mga titik, digit, underscore, at tuldok.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Isa o higit pang mga parameter ng tableOptions ang mayroong value na hindi pinapayagan. I-double-check ang mga value at subukan muli.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Hindi Suportadong Pagnunumero';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Ang inilaan na bagay ng data ay hindi akma sa hugis o mga dimension ng kasalukuyang seleksyon.';
Strings.OfficeOM.L_BindingNotExist = 'Hindi umiiral ang tinukoy na binding.';
Strings.OfficeOM.L_DataStale = 'Hindi Napapanahon ang Data';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "Sinusubukang itakda ang read-only property na '{0}'.";
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'ikompigura ang iyong browser';
Strings.OfficeOM.L_FunctionCallFailed = 'Function {0} bigong tawag, error code: {1}.';
Strings.OfficeOM.L_NotSupportedEventType = 'Hindi suportado ang tinukoy na uri ng kaganapan na {0}.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile =
  'Dahil sa problema sa network, nahadlangan ang pagbawi ng file.';
Strings.OfficeOM.L_IndexOutOfRange = 'Lampas sa saklaw ng indese.';
Strings.OfficeOM.L_AppNameNotExist = 'Hindi umiiral ang Pangalan ng Dagdag-pa para sa {0}.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Dapat na maglaman ang pangalan ng function ng hindi bakanteng namespace at hindi bakanteng maikling pangalan.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Lumagpas sa limitasyon ang laki ng tugong payload. Sumangguni sa dokumentasyon: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_InvalidGetColumns = 'Hindi tama ang tinukoy na mga column.';
Strings.OfficeOM.L_NetworkProblem = 'Problema sa Network';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Hindi Napapanahon Ang Data';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Hindi available ang property na \'{0}\'. Bago basahin ang value ng property, gawin ang paraan ng pag-load sa naglalaman ng object at gawin ang "context.sync()" sa nauugnay na konteksto ng kahilingan.';
Strings.OfficeOM.L_InvalidParameters = 'Function {0} ay may hindi tamang mga parameter.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Hindi umiiral ang tinukoy na ID.';
Strings.OfficeOM.L_InvalidCoercion = 'Hindi Tamang Uri ng Pampwersa';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Ang identity API ay hindi sinusuportahan para sa add-in na ito.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Hindi suportado ang tinukoy na laki ng hiwa.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Isa o higit pang mga parameter ng format ang mayroong value na hindi pinapayagan. I-double-check ang mga value at subukan muli.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Hindi akma ang tinukoy na uri ng pampwersa sa uring ito ng binding.';
Strings.OfficeOM.L_InvalidValue = 'Hindi Tamang Value';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Hindi akma ang tinukoy na bagay ng data sa uri ng binding.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Hindi tama ang tinukoy na mga column.';
Strings.OfficeOM.L_APINotSupported = 'Hindi Suportado ang API';
Strings.OfficeOM.L_DisplayDialogError = 'Ipakita ang Dialog ng Error';
Strings.OfficeOM.L_CannotNavigateTo = 'Ang object ay nasa lugar na kung saan hindi suportado ang nabigasyon.';
Strings.OfficeOM.L_SettingsCannotSave = 'Hindi mai-save ang mga setting.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Balewalain';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage =
  'Hindi sinusuportahan ang uri ng pagkakakilanlan ng gumagamit.';
Strings.OfficeOM.L_Timeout = 'Nag-time out na ang operation.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Magpapadala ka pa lang at makakatanggap ka ng potensyal na sensitibong impormasyon mula {0}. I-click lang ang OK kung pinagkakatiwalaan mo ang sumusunod na website na tumatanggap ng sensitibong impormasyon: {1}.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Hindi akma ang kasalukuyang seleksyon sa tukoy na uri ng pamwersa.';
Strings.OfficeOM.L_InvalidBindingError = 'Error ng Hindi Tamang Binding';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Hindi tama ang tinukoy na mga value ng startRow o startColumn.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Ang mga coordinate parameter ay hindi maaaring gamitin sa uri ng pampwersa na Talahanayan kapag ang talahanayan ay naglalaman ng mga pinag-isang cell.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Ang piniling nilalaman ay dapat nasa format na talahanayan. I-format ang data bilang talahanayan at subukan muli.';
Strings.OfficeOM.L_SelectionCannotBound = 'Hindi ma-bind sa kasalukuyang napili.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Lumagpas sa limitasyon ang laki ng hiling na payload. Sumangguni sa dokumentasyon: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_MissingParameter = 'Nawawalang Parameter';
Strings.OfficeOM.L_ShowWindowDialogNotification = 'Gustong magpakita ng {0} ng bagong window.';
Strings.OfficeOM.L_InternalErrorDescription = 'May naganap na panloob na error.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'Nililimitahan ng XPath ang pagpili sa 1024 na item.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Hindi akma sa kasalukuyang seleksyon ang uri ng tinukoy na bagay ng data.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Nawawala ang function para kunin ang konteksto ng pagpapatunay';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_DataWriteError = 'Error sa Pagsulat sa Data';
Strings.OfficeOM.L_BadSelectorString =
  'Hindi wastong nai-format o hindi suportado ang string na ipinasa sa pampili.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Isa o higit pang mga parameter ng cell ang mayroong value na hindi pinapayagan. I-double-check ang mga value at subukan muli.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Hindi sinusuportahan ang uri ng pagkakakilanlan.';
Strings.OfficeOM.L_HostError = 'Error ng Host';
Strings.OfficeOM.L_ValueNotLoaded =
  'Ang value ng resultang object ay hindi pa nalo-load. Bago i-read ang property value, i-call ang "context.sync()" sa nauugnay na request context.';
Strings.OfficeOM.L_RequestTimeout = 'Natagalang i-execute ang tawag.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Ang value ng index ng row ay lampas sa pinapayagang saklaw. Gumamit ng value (0 o mas mataas) na mas mababa kaysa sa bilang ng mga row.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Payagan';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Ang (mga) argument na ipinasa sa function ay hindi gumagana para sa sitwasyong ito, nawawala, o wala sa tamang format.';
Strings.OfficeOM.L_MissingRequiredArguments = 'nawawala ang ilang kailangang mga argumento';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Hindi wastong mga input argument.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Hindi suportado ang tinukoy na uri ng file.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Hindi sinusurtahan ng browser na ito ang hiniling na API.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Dapat na maglaman ang property na may ganitong pangalan sa Excel.CustomFunctions na kumakatawan sa kahulugan ng function ng property na 'call' na nagpapatupad sa function.";
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Nabigo ang kahilingan nang may status code na {0}.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Dapat na nasa uring function ang balik-tawag, nasa uring {0}.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Nabigong idagdag ang nangangasiwa ng kaganapan.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Ang pag-add-in na ito ay hindi pinagana para mapanatili kang ligtas. Para patuloy na magamit ang pag-add-in, patunayan ang na ang item na ito ay naka-host sa isang pinagkakatiwalaang domain o buksan ito sa Office desktop app.';
Strings.OfficeOM.L_CancelButton = 'Kanselahin';
Strings.OfficeOM.L_InvalidDataObject = 'Hindi Tamang Bagay ng Data';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Nawala ang isang koneksyon habang nasa proseso ng pagsa-sign, at maaaring hindi naka-sign in ang gumagamit. Malamang ay dahil ito sa mga setting ng kompigurasyon ng browser ng gumagamit, gaya ng mga zone na panseguridad.';
Strings.OfficeOM.L_InvalidBinding = 'Hindi Tamang Binding';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Masyadong malaki ang tinukoy na bagay ng data.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Hindi suportado ang tinukoy na uri ng pampwersa.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Ang indese ng column ay lampas sa pinapayagang saklaw. Gumamit ng value (0 o mas mataas) na mas kaunti kaysa sa bilang ng mga column.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Sumasalungat ang tinukoy na mga parameter.';
Strings.OfficeOM.L_TooManyArguments = 'masyadong maraming mga argumento';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Hindi tama ang tinukoy na mga value ng startRow o startColumn.';
Strings.OfficeOM.L_InvalidFormat = 'Error na Hindi Tamang Format';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Ang inilaan na bagay ng data ay hindi tumutugma sa laki ng kasalukuyang seleksyon.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Isara ang pag-sync ng tawag sa kasalukuyang File bago kumuhang muli ng iba.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Nabigo ang kahilingan nang may status code na {0}, error code na {1} at sumusunod na mensahe ng error: {2}';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Pumalya ang naka-set na operasyon dahil ang ibinigay na bagay ng data ay papatong o maglilipat ng data.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Nabigo ang operasyon dahil hindi aktibo ang dokumentong naglalaman ng add-in na ito.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Nawawalang grant para sa add-in na ito.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Kinansela ng gumagamit ang operation.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Ang mga pagbabago sa property na \'{0}\' ay hindi maaaring ilapat sa pamamagitan ng isang "object.set" method.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Ang pagnunumero ay hindi suportado sa kasalukuyang host na application.';
Strings.OfficeOM.L_InvalidGetRows = 'Hindi tama ang tinukoy na mga hanay.';
Strings.OfficeOM.L_UserAborted = 'Na-abort ng gumagamit ang kahilingan ng pahintulot.';
Strings.OfficeOM.L_NavOutOfBound = 'Pumalya ang operasyon dahil lampas sa saklaw ang indese.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Naabot na ang Limitasyon sa Pagpili';
Strings.OfficeOM.L_DialogNavigateError = 'Dialog ng Error sa Navigation';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Hindi makita ang tinukoy na nangangasiwa ng kaganapan para sa binding na ito.';
Strings.OfficeOM.L_ElementMissing =
  'Hindi namin mai-format ang cell ng talahanayan dahil nawawala ang ilang value ng parameter.';
Strings.OfficeOM.L_InvalidGrant = 'Nawawala ang preauthorization.';
Strings.OfficeOM.L_OperationCancelledError = 'Nakansela ang Operation';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Nabigo ang operation dahil humihiling na ng access token ang add-in na ito.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Hindi Wasto O Nag-time Out Ang Session';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Paalala: Ang bilang ng mga cell sa talahanayan ay iminungkahing mababa sa 20,000 cell.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Hindi suportado ang hindi magkatabing mga seleksyon.';
Strings.OfficeOM.L_ReadSettingsError = 'Error ng mga Setting ng Basa';
Strings.OfficeOM.L_NotImplemented = 'Ang function {0} ay hindi ipinatupad.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Hindi umiiral ang application na {0}. Microsoft.Office.WebExtension.initialize(dahilan) ay hindi natawag.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Hindi akma ang tinukoy na uri ng binding sa ibinigay na pinangalanang item.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'May tinukoy na hindi wastong resource Url sa manifest.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Hindi makapagsulat sa kasalukuyang seleksyon.';
Strings.OfficeOM.L_EventRegistrationError = 'Error ng Rehistrasyon ng Kaganapan';
Strings.OfficeOM.L_InvalidResourceUrl = 'Nagbigay ng hindi wastong application resource Url.';
Strings.OfficeOM.L_SaveSettingsError = 'Error ng mga Setting ng I-save';
Strings.OfficeOM.L_InvalidObjectPath =
  'Hindi gumagana ang object path na \'{0}\' sa sinusubukan mong gawin. Kung ginagamit mo ang object sa maraming "context.sync" na pagtawag at sa labas ng magkakasunod na pagsasapatupad ng isang ".run" batch, pakigamit ang "context.trackedObjects.add()" at "context.trackedObjects.remove()" na mga paraan para pamahalaan ang itatagal ng object.';
Strings.OfficeOM.L_DataWriteReminder = 'Paalala sa Pagsulat sa Data';
