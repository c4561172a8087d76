Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_ConfirmDialog =
  'The domain {0} is acting as Microsoft Office and can run Office add-ins, which may access your personal data. If you trust the domain to run as Office and access your data, click OK to continue.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Paramita za seli moja au zaidi zina thamani ambazo haziruhusiwi. Angalia kwa makini thamani na ujaribu tena.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Url ya rasilimali iliyobainishwa katika maelezo si sahihi.';
Strings.OfficeOM.L_NavOutOfBound = 'Uendeshaji haukufaulu kwa sababu kielezo kimepitisha masafa.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Write operation is not supported for Office when a modal dialog is open.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Kikoa cha URL hakijajumuishwa katika kipengee cha AppDomains katika maelezo mafupi na si kikoa kidogo cha eneo la chanzo.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Kipengele cha kupata muktadha wa uhalalishaji kinakosekana';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Tatizo la mtandao limezuia upatikanaji wa faili.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Seti ya data iliyoombwa ni refu sana.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Aina ya kipengee cha data iliyosambazwa haiauniwi.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "Inajaribu kuweka sifa ya kusoma pekee '{0}'.";
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Paramita za kiratibu haziwezi kutumiwa pamoja na aina ya Jedwali la ulazimishaji jedwali likiwa na seli zilizounganishwa.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Moduli haipakiwi kabla ya kupata tokeni';
Strings.OfficeOM.L_InvalidGetColumns = 'Safuwima zilizobainishwa ni batili.';
Strings.OfficeOM.L_OperationNotSupported = 'Uendeshaji haujategemezwa.';
Strings.OfficeOM.L_DataReadError = 'Hitilafu ya Kusoma Data';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'sanidi kivinjari chako';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Muunganisho ulipotea wakati wa mchakato wa kuingia na huenda mtumiaji asiingie. Huenda hili lilitokana na mipangilio ya usanidi wa kivinjari cha mtumiaji, kama vile maeneo ya usalama.';
Strings.OfficeOM.L_NoHttpsWAC =
  'This Office session is not using a secure connection. We recommend that you take extra precautions.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Aina ya OsfControl haiauniwi.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Hitilafu isiyotarajiwa imetokea kwenye seva.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Kipindi chako cha Office kimekwisha muda au si sahihi. Ili kuendelea, onyesha upya ukurasa.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Maudhui yaliyoteuliwa yanahitaji kuwa katika umbizo la jedwali. Umbiza data kama jedwali na ujaribu tena.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Inakosa idhini ya nyongeza hii.';
Strings.OfficeOM.L_ConfirmCancelMessage = "Sorry, we can't continue.";
Strings.OfficeOM.L_SaveSettingsError = 'Hifadhi Hitilafu ya Mipangilio';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Haikuweza kuongeza kishiko cha tukio.';
Strings.OfficeOM.L_NetworkProblem = 'Tatizo la Mtandao';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Aina ya kitambulisho cha mtumiaji haiauniwi.';
Strings.OfficeOM.L_DataStale = 'Dada Si Ya Sasa';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Sifa yenye jina hili inayowakilisha ufafanuzi wa kipengele lazima iwepo kwenye Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_DocumentReadOnly = 'Uendeshaji ulioombwa hauruhusiwi kwenye modi ya waraka wa sasa.';
Strings.OfficeOM.L_InvalidValue = 'Thamani Batili';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Aina ya kitambulisho cha mtumiaji haiauniwi.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Ombi halikufaulu kwa msimbo wa hali ya {0}, msimbo wa hitilafu {1} na ujumbe wa hitilafu unaofuata: {2}';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Thamani za startRow au startColumn zilizobainsihwa ni batili.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Uendeshaji hauauniwi kwenye aina hii ya kujalidi.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Shughuli haikufaulu kwa sababu nyongeza hii haiauni idhini ya mtumiaji katika kategoria hii';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Kipengee cha data kilichosambazwa hakilingani na ukubwa wa uteuzi wa sasa.';
Strings.OfficeOM.L_HostError = 'Hitilafu ya Kipangishi';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'By clicking OK, you will allow {0} access to your content and personal information. ';
Strings.OfficeOM.L_InvalidResourceUrl = 'Url ya rasilimali ya programu iliyotolewa si sahihi.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Thamani ya kielezo cha safuwima inazidi masafa yanayoruhusiwa. Tumia thamani (0 au juu zaidi) iliyo chini ya idadi ya safuwima.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "Mipangilio ya usalama katika kivinjari chako inatuzuia kuunda kisanduku kidadisi. Jaribu kivinjari tofauti, au {0} ili '{1}' na kikoa kilichoonyeshwa katika upau wa anwani yako viwe katika eneo sawa la usalama.";
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Mwito-rejeshi hauwezi kubainishwa katika orodha ya hoja na katika kipengee cha hiari.';
Strings.OfficeOM.L_NotSupported = 'Kitendaji {0} hakiauniwi.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Kitendaji cha bechi kilichopitishwa kwenye mbinu ya ".run" hakikurejesha ahadi yoyote. Lazima kitendaji kirejeshe ahadi, ili vipengee vyovyote vinavyofuatiliwa kiotomatiki viachiliwe wakati wa kukamilika kwa bechi. Kwa kawaida, unarejesha ahadi kwa kurejesha jibu kutoka "context.sync()".';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Uendeshaji uliowekwa haukufaulu kwa sababu kipengee cha data kilichosambazwa kitafuta au kuhamisha data.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Tafadhali fanya uteuzi.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_DataWriteReminder = 'Kikumbusho cha Kuandika Data';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Kipengee cha data kilichosambazwa hakitangamani na umbo au pandeolwa za uteuzi wa sasa.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js haijapakiwa yote bado. Tafadhali jaribu tena baadaye au hakikisha kuwa umeongeza msimbo wako wa mwanzo kwenye kitendaji cha Office.initialize.';
Strings.OfficeOM.L_OutOfRange = 'Imezidi Masafa';
Strings.OfficeOM.L_SelectionCannotBound = 'Haiwezi kufunga kwenye uteuzi wa sasa.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Wasiliana na closeAsync kwenye Faili ya sasa kabla ya kuepua nyingine.';
Strings.OfficeOM.L_UnknownBindingType = 'Aina ya kujalidi haiauniwi.';
Strings.OfficeOM.L_FormattingReminder = 'Kikumbusho cha Kuumbiza';
Strings.OfficeOM.L_TooManyArguments = 'hoja nyingi sana';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Mabadiliko kwenye \'{0}\' hayawezi kutumiwa kupitia mbinu ya "object.set".';
Strings.OfficeOM.L_UserAborted = 'Mtumiaji alibatilisha ombi la ridhaa.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Ombi halikufaulu kwa msimbo wa hali ya {0}.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Aina ya kipengee cha data kilichobainishwa haitangamani na uteuzi wa sasa.';
Strings.OfficeOM.L_PropertyDoesNotExist = "Sifa '{0}' haipatikani kwenye kipengee.";
Strings.OfficeOM.L_TooManyOptionalObjects = 'vitendaji vingi vya hiari katika orodha ya paramita';
Strings.OfficeOM.L_UserAbortedMessage = 'Mtumiaji hakuridhia vibali vya nyongeza.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API haiauniwi katika mfumo huu.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Dokezo: Seti za uumbizaji zilizowekwa na mwito wa API wa Uumbizaji zinasemekana ziko chini ya 100.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Kipengee cha data iliyobainishwa hakitangamani na aina ya kujalidi.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'API hii imedhibitiwa kupunguza kasi ya masafa ya mwito.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Uendeshaji haujafaulu kwa sababu nyongeza hii tayari inaomba tokeni ya ufikiaji.';
Strings.OfficeOM.L_InvalidCoercion = 'Aina ya Ulazimishaji Batili';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Ukubwa wa slesi uliobainishwa hauauniwi.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Thamani za rowCount au columnCount ni batili.';
Strings.OfficeOM.L_RequestTimeout = 'Mwito ulichukua muda mrefu sana kutekeleza.';
Strings.OfficeOM.L_DialogOK = 'Sawa';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Data Si Ya Sasa';
Strings.OfficeOM.L_InvalidBindingOperation = 'Uendeshaji wa Kujalidi Batili';
Strings.OfficeOM.L_InvalidBindingError = 'Hitilafu ya Kujalidi Batili';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Ruhusu';
Strings.OfficeOM.L_BindingCreationError = 'Kosa la Uundaji wa Kujalidi';
Strings.OfficeOM.L_SetDataParametersConflict = 'Mgogoro wa paramita zilizobainishwa.';
Strings.OfficeOM.L_SettingsAreStale = 'Mipangilio isingehifadhiwa kwa sababu si ya sasa.';
Strings.OfficeOM.L_InvalidGetRows = 'Safumlalo zilizobainishwa ni batili.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Kipengee cha data iliyobainishwa ni kikubwa sana.';
Strings.OfficeOM.L_EventRegistrationError = 'Hitilafu ya Usajili wa Tukio';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Data imepitwa na wakati. Rejesha kipengee tena.';
Strings.OfficeOM.L_DocumentIsInactive =
  'The operation failed because the document containing this add-in is inactive.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Mwito wa API katika matini ya sasa.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Uteuzi wa sasa hauauniwi.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Sifa yenye jina hili kwenye Excel.Script.CustomFunctions ambayo inawakilisha ufafanuzi wa kipengele lazima iwe na sifa ya 'call' inayotekeleza kipengele.";
Strings.OfficeOM.L_SettingsStaleError = 'Hitilafu ya Zamani ya Mipangilio';
Strings.OfficeOM.L_MissingRequiredArguments = 'Paramita Inakosekana';
Strings.OfficeOM.L_MissingParameter = 'Paramita Inakosekana';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Kipimo cha Uteuzi Kimefikishwa';
Strings.OfficeOM.L_BindingNotExist = 'Kujalidi kulikobainishwa hakupo.';
Strings.OfficeOM.L_APINotSupported = 'API Haiauniwi';
Strings.OfficeOM.L_NotTrustedWAC =
  'Nyongeza hii imezuiwa ili kukinga data yako. Bado unaweza kuendelea kutumia nyongeza hiyo kwa kupakua nakala ya waraka huu kwenye mashine yako';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Uendeshaji haukufaulu kwa sababu programu-jalizi hii ina kumbukumbu amilifu.';
Strings.OfficeOM.L_PermissionDenied = 'Idhini imekataliwa';
Strings.OfficeOM.L_InvalidGrant = 'Uidhinishaji awali haupo.';
Strings.OfficeOM.L_IndexOutOfRange = 'Kielezo kiko nje ya masafa.';
Strings.OfficeOM.L_MemoryLimit = 'Kiwango cha Kumbukumbu Kimezidishwa';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Haikuweza kuondoa kishiko cha tukio.';
Strings.OfficeOM.L_CallbackNotAFunction =
  'Lazima mwito-rejeshi uwe wa aina ya kuandika, ulikuwa wa aina ya {0}.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Safumlalo iliyobainishwa ni tupu.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Laima kitendaji kiwe na nafasi ya jina isiyo tupu na jina fupi lisio tupu.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Puuza';
Strings.OfficeOM.L_InvalidDataObject = 'Kipengee cha Data Batili';
Strings.OfficeOM.L_InvalidBinding = 'Kujalidi Batili';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API ya kitambulisho haiauniwi kwa nyongeza hii.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'baadhi ya hoja zinazohitajika zinakosekana.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Programu {0} haipo. Microsoft.Office.WebExtension.initialize(reason) haiitwi.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Sifa \'{0}\' haipo. Kabla ya kusoma thamani ya sifa, ita mbinu ya kupakia kwenye kipengee kilicho nacho na uite "context.sync()" kwenye muktadha wa ombi unaohusishwa.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Uorodheshaji Usioauniwa';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Ufungaji hauwezi kuundwa kwa uteuzi wa sasa na aina ya ufungaji iliyobainishwa.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'Vipengee vingi vyenye jina sawa vilipatikana';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel iko katika hali ya kuhariri seli. Tafadhali ondoka katika hali ya kuhariri kwa kubonyeza ENTER au TAB au kuteua seli nyingine, na kisha ujaribu tena.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Aina ya ulazimishaji uliobainishwa haiauniwi.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Fundo lililobainishwa halikupatikana.';
Strings.OfficeOM.L_InvalidSetRows = 'Safumlalo zilizobainishwa ni batili.';
Strings.OfficeOM.L_InvalidAPICall = 'Mwito wa API ni Batili';
Strings.OfficeOM.L_InValidOptionalArgument = 'hoja ya hiari batili';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Uteuzi muhimu hauauniwi.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath inaweka kikomo kwenye uteuzi wa vipengee 1024.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Aina ya faili iliyobainishwa haiauniwi.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Thamani ya kielezo cha safumlalo imepitisha masafa yanayoruhusiwa. Tumia thamani (0 au juu zaidi) iliyo chini ya idadi ya safumlalo.';
Strings.OfficeOM.L_CancelButton = 'Cancel';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Kivinjari hiki hakiauni API iloyoombwa.';
Strings.OfficeOM.L_InternalError = 'Kosa la ndani';
Strings.OfficeOM.L_ReadSettingsError = 'Soma Hitilafu ya Mipangilio';
Strings.OfficeOM.L_InvalidParameters = 'Kitendaji {0} kina paramita batili.';
Strings.OfficeOM.L_InvalidArgument =
  "Hoja '{0}' haifanyi kazi kwa hali hii, haipo, au haipo katika umbizo sahihi.";
Strings.OfficeOM.L_BadSelectorString = 'Mtungo uliopitishwa katika kiteuzi haujaumbizwa vizuri au hauauniwi.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'ID iliyobainishwa haipo.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Kijia cha kipengee \'{0}\' hakifanyi kazi kwa kile unachojaribu kufanya. Ikiwa unatumia kipengee kwenye simu anuwai za "context.sync" na nje ya utekelezaji endelevu wa bechi ya ".run", tafadhali tumia mbinu za "context.trackedObjects.add()" na "context.trackedObjects.remove()" kudhibiti muda wa kipengee.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'The operation failed because this add-in already has an active modal dialog.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Haiwezi kuandika kwenye uteuzi wa sasa.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Mbinu au sifa {0} ni sehemu ya hitaji {1} lililowekwa, ambalo halipatikani katika toleo lako la {2}.';
Strings.OfficeOM.L_ElementMissing =
  'Hatukuweza kuumbiza seli ya jedwali kwa sababu baadhi ya thamani za paramita hazipo. Angalia kwa makini paramita na ujaribu tena.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Aina ya kujalidi iliyobainishwa haiatangamani na kipengee kilichopewa jina kilichosambazwa.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'To continue, remove the add-in and add it again, or refresh the page.';
Strings.OfficeOM.L_InvalidNode = 'Fundo Batili';
Strings.OfficeOM.L_DialogParentIsMinimized = 'The operation failed because parent window is minimized.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} inataka kuonyesha dirisha jipya.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Uteuzi wa sasa hautangamani na aina ya ulazimishaji iliyobainishwa.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_ShuttingDown = 'Uendeshaji haukufaulu kwa sababu data si ya sasa kwenye seva.';
Strings.OfficeOM.L_UserNotSignedIn = 'Hakuna mtumiaji aliyeingia katika Office.';
Strings.OfficeOM.L_Timeout = 'Shughuli imekatizwa.';
Strings.OfficeOM.L_AppNameNotExist = 'Jina la programu-jalizi ya {0} halipo.';
Strings.OfficeOM.L_ActivityLimitReached = 'Kipimo cha shughuli kimefikiwa.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Nyonyeza hii haiauni idhini ya mtumiaji.';
Strings.OfficeOM.L_SSOClientError = 'Hitilafu imetokea katika ombi la uhalalishaji kutoka Office.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'You are about to send and receive potentially sensitive information from {0}. Only click OK if you trust the following website recieving the sensitive information: {1}.';
Strings.OfficeOM.L_SettingsCannotSave = 'Mipangilio haikuhifadhiwa.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Dokezo: Idadi ya seli katika jedwali inasemekana iko chini ya seli 20,000.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Paramita za kiratibu haziwezi kutumiwa pamoja na aina ya Jedwali la ulazimishaji jedwali likiwa na seli zilizounganishwa.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Nyongeza tayari inaomba tokeni ya ufikiaji.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Kishikizi cha tukio hakiwezi kusajiliwa.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Uorodheshaji hauauniwi katika programu ya kipangishi cha sasa.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Safuwima zilizobainishwa ni batili.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Subiri hadi mwito wa awali ukamilike.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Uendeshaji ulikatizwa na mtumiaji.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Jina la kitendaji linaweza kuwa tu na herufi, tarakimu, mistari chini pekee na vitone.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Thamani ya kipengee cha matokeo haijapakiwa. Kabla ya kusoma sifa ya thamani, ita "context.sync()" kwenye muktadha wa ombi unaohusishwa.';
Strings.OfficeOM.L_NamedItemNotFound = 'Kipengee kilichopewa jina hakipo.';
Strings.OfficeOM.L_OperationCancelledError = 'Uendeshaji Umeghairiwa';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Vikwazo vya kivinjari vilituzuia kuunda kisanduku kidadisi. Kikoa cha kisanduku kidadisi na kikoa cha nyongeza havipo katika eneo sawa la usalama.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Muunganisho ulipotea wakati wa mchakato wa kuingia.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Mgogoro wa paramita zilizobainishwa.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Moja au zaidi ya paramita za tableOptions zina thamani ambazo haziruhusiwi. Angalia kwa makini thamani na ujaribu tena.';
Strings.OfficeOM.L_NotImplemented = 'Kitendaji {0} hakijatekelezwa.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Thamani za startRow au startColumn zilizobainsihwa ni batili.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Ombi la JavaScript API halijafaulu kwa sababu kitabukazi kilifichwa. Tafadhali fichua kitabukazi na ujaribu tena.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Itifaki ya HTTP haiauniwi. Tumia HTTPS badala yake';
Strings.OfficeOM.L_SSOServerError = 'Hitilafu imetokea kwa mtoa huduma wa uhalalishaji.';
Strings.OfficeOM.L_NotSupportedEventType = 'Aina ya tukio lililobainishwa {0} haiauniwi.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Mfumo wa URL hauauniwi. Tumia HTTPS badala yake.';
Strings.OfficeOM.L_InternalErrorDescription = 'Kosa la ndani limetokea.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Hitilafu isiyotarajiwa imetokea katika seva teja.';
Strings.OfficeOM.L_SettingNameNotExist = 'Jina la mpangilio lililobainishwa halipo.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Aina ya kujalidi iliyobainishwa {0} haiauniwi.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'One moment ...';
Strings.OfficeOM.L_InvalidRequestContext = 'Haiwezi kutumia kipengee kwenye miktadha tofauti ya ombi.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Kishiko cha tukio lililobainishwa hakikupatikana kwa kujalidi huku.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_CustomXmlError = 'Hitilafu Maalum ya XML.';
Strings.OfficeOM.L_APICallFailed = 'Mwito wa API Haukufaulu';
Strings.OfficeOM.L_FunctionCallFailed = 'Kitendaji cha mwito {0} hakikufaulu, msimbo wa hitilafu: {1}.';
Strings.OfficeOM.L_InvalidDataFormat = 'Umbizo la kipengee cha data iliyobainishwa ni batili.';
Strings.OfficeOM.L_DisplayDialogError = 'Onyesha Hitilafu ya Kumbukumbu';
Strings.OfficeOM.L_InvalidFormatValue =
  'Moja au zaidi ya paramita za umbizo zina thamani ambazo haziruhusiwi. Angalia kwa makini thamani na ujaribu tena.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Hoja zilizowekwa si sahihi.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Kipindi Si Sahihi Au Kimekatizwa';
Strings.OfficeOM.L_InvalidFormat = 'Hitilafu ya Umbizo Batili';
Strings.OfficeOM.L_DialogNavigateError = 'Hitilafu ya Uabiri wa Kumbukumbu';
Strings.OfficeOM.L_InvalidSetColumns = 'Safuwima zilizobainishwa ni batili.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Thamani imepitisha masafa yanayokubaliwa.';
Strings.OfficeOM.L_DataWriteError = 'Hiilafu ya Kuandika Data';
Strings.OfficeOM.L_UserClickIgnore = 'Mtumiaji aliamua kupuuza kisanduku kidadisi.';
Strings.OfficeOM.L_CannotNavigateTo = 'Kipengee kinapatikana katika eneo ambalo uabiri hauauniwi.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Hoja zilizopita hadi ndani ya kitendaji hazifanyi kazi kwa hali hii, zinakosekana, au haziko katika umbizo sahihi.';
Strings.OfficeOM.L_ContinueButton = 'Continue';
Strings.OfficeOM.L_NoCapability = 'Huna idhini za kutosha kwa kitendo hiki.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Aina ya ulazimishaji uliobainishwa haitangamani na aina hii ya kujalidi.';
