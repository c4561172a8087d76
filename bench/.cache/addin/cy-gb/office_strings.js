Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_SSOConnectionLostError = 'Collwyd cysylltiad wrth fewngofnodi.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'sawl gwrthrych dewisol yn y rhestr paramedrau';
Strings.OfficeOM.L_DataStale = "Dydy'r Data ddim yn Gyfredol";
Strings.OfficeOM.L_NamedItemNotFound = "Dydy'r eitem sydd wedi cael ei henwi ddim yn bodoli.";
Strings.OfficeOM.L_DataReadError = 'Gwall Darllen Data';
Strings.OfficeOM.L_OperationNotSupported = "Does dim modd delio â'r weithred hon.";
Strings.OfficeOM.L_SettingsAreStale = "Doedd dim modd cadw'r gosodiadau oherwydd dydyn nhw ddim yn gyfredol.";
Strings.OfficeOM.L_InvalidSetRows = "Mae'r rhesi dan sylw'n annilys.";
Strings.OfficeOM.L_IndexOutOfRange = "Mynegai allan o'r ystod.";
Strings.OfficeOM.L_RunMustReturnPromise =
  "Doedd y swyddogaeth swp a drosglwyddwyd i'r dull \".run\" ddim wedi cyflwo addewid. Rhaid i'r swyddogaeth gyflwyno addewid, fel bod unrhyw wrthrychau sy'n cael eu olrhain yn awtomatig yn gallu cael eu rhyddhau ar ôl gorffen y swp. Fel arfer, rydych chi'n cyflwyno addewid drwy gyflwyno'r ymateb o \"context.sync()\".";
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Does dim modd gwneud newidiadau i’r briodwedd \'{0}\' drwy ddefnyddio’r dull "object.set".';
Strings.OfficeOM.L_FileTypeNotSupported = "Does dim modd delio â'r math o ffeil a bennwyd.";
Strings.OfficeOM.L_TooManyIncompleteRequests = "Arhoswch nes i'r alwad flaenorol orffen.";
Strings.OfficeOM.L_OsfControlTypeNotSupported = "Does dim modd delio â'r math OsfControl.";
Strings.OfficeOM.L_MultipleNamedItemFound = "Heb ganfod sawl gwrthrych gyda'r un enw.";
Strings.OfficeOM.L_CannotNavigateTo = "Mae'r gwrthrych mewn lleoliad lle does dim modd delio â llywio.";
Strings.OfficeOM.L_InvalidColumnsForBinding = "Mae'r colofnau dan sylw'n annilys.";
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Un eiliad...';
Strings.OfficeOM.L_CustomXmlError = 'Gwall XML Personol.';
Strings.OfficeOM.L_UnknownBindingType = "Does dim modd delio â'r math o rwymo.";
Strings.OfficeOM.L_GetSelectionNotSupported = "Does dim modd delio â'r dewis dan sylw.";
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  "Rydych ar fin anfon a derbyn gwybodaeth a allai fod yn sensitif o {0}. Dim ond os ydych yn ymddiried yn y wefan hon sy'n derbyn y wybodaeth sensitif y dylech glicio Iawn: {1}.";
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Gwnewch ddewis.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Mae’r dull neu’r briodwedd {0} yn rhan o’r set o ofyniadau {1}, sydd ddim ar gael yn eich fersiwn chi o {2}.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  "Dydy Office ddim yn gallu delio â'r weithred ysgrifennu pan fydd blwch deialog moddol ar agor.";
Strings.OfficeOM.L_ModalDialogOpeng =
  'Methodd y weithred am fod gan yr ategyn hwn ddeialog moddol gweithredol eisoes.';
Strings.OfficeOM.L_SettingsCannotSave = "Doedd dim modd cadw'r gosodiadau.";
Strings.OfficeOM.L_EventHandlerAdditionFailed = "Wedi methu ychwanegu'r dynodydd digwyddiad.";
Strings.OfficeOM.L_RequestTimeout = "Roedd yr alwad wedi cymryd gormod o amser i'w gweithredu.";
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  "Wrthi’n ceisio gosod y briodwedd darllen-yn-unig '{0}'.";
Strings.OfficeOM.L_EventRegistrationError = 'Gwall Cofrestru Digwyddiad';
Strings.OfficeOM.L_BindingCreationError = 'Gwall Creu Rhwymiad';
Strings.OfficeOM.L_InvalidGetColumns = "Mae'r colofnau dan sylw'n annilys.";
Strings.OfficeOM.L_WorkbookHiddenMessage =
  "Methodd y cais API JavaScript oherwydd roedd y llyfr gwaith yn gudd. Rhaid i chi datguddio'r llyfr gwaith a rhoi cynnig arall arni.";
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  "Mae'r gwerthoedd rowCount neu columnCount a bennwyd yn annilys.";
Strings.OfficeOM.L_InvalidBindingError = 'Gwall Rhwymo Annilys';
Strings.OfficeOM.L_InvalidCoercion = 'Math o Orfodaeth Annilys';
Strings.OfficeOM.L_SSOClientError = 'Gwall yn y cais dilysu gan Office.';
Strings.OfficeOM.L_InvalidGrant = 'Awdurod ymlaen llaw ar goll.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  "Does dim modd delio â'r weithred ar y math hwn o rwymo.";
Strings.OfficeOM.L_BadSelectorString =
  "Mae'r llinyn sydd wedi'i basio i'r dewisydd wedi'i fformatio'n anghywir neu does dim modd delio ag ef.";
Strings.OfficeOM.L_UnsupportedEnumeration = 'Rhifo Does Dim Modd Delio ag Ef';
Strings.OfficeOM.L_SettingsStaleError = 'Gwall Hen Osodiadau';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  "Rhaid i enw'r swyddogaeth gynnwys bwlch enw heb fod yn wag ac enw byr heb fod yn wag.";
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Mae llwyth gwaith y cais yn rhy fawr. Tarwch olwg ar y dogfennau: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_BindingNotExist = "Dydy'r rhwymo a bennwyd ddim yn bodoli.";
Strings.OfficeOM.L_InternalErrorDescription = 'Gwall mewnol.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Mae cyfyngiadau porwr wedi ein rhwystro ni rhag creu’r blwch deialog. Dydy parth y blwch deialog a pharth y lletywr ddim yn yr un parth diogelwch.';
Strings.OfficeOM.L_SettingNameNotExist = "Dydy'r enw gosodiad a bennwyd ddim yn bodoli.";
Strings.OfficeOM.L_HostError = 'Gwall Lletywr';
Strings.OfficeOM.L_InvalidSetColumns = "Mae'r colofnau dan sylw'n annilys.";
Strings.OfficeOM.L_InvalidCellsValue =
  "Mae un neu ragor o'r paramedrau celloedd yn cynnwys gwerthoedd sydd ddim yn cael eu caniatáu. Gwiriwch y celloedd a rhoi cynnig arall arni.";
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  "Does dim modd defnyddio paramedrau cyfesur gyda Thabl math gorfodaeth pan fydd y tabl yn cynnwys celloedd sydd wedi'u huno.";
Strings.OfficeOM.L_EventHandlerRemovalFailed = "Wedi methu tynnu'r dynodydd digwyddiad.";
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Caewch closeAsync ar y Ffeil gyfredol cyn adfer un arall.';
Strings.OfficeOM.L_ShowWindowDialogNotification = 'Mae {0} eisiau dangos ffenestr newydd.';
Strings.OfficeOM.L_TooManyArguments = 'gormod o argiau';
Strings.OfficeOM.L_InitializeNotReady =
  "Dydy Office.js ddim wedi cael ei lwytho'n llawn eto. Rhowch gynnig arall arni rywbryd eto neu gwnewch yn siŵr eich bod yn ychwanegu eich cod ymgychwyn ar y swyddogaeth Office.initialize.";
Strings.OfficeOM.L_InvalidTableOptionValue =
  "Mae un neu ragor o'r paramedrau tableOptions yn cynnwys gwerthoedd sydd ddim yn cael eu caniatáu. Gwiriwch y celloedd a rhoi cynnig arall arni.";
Strings.OfficeOM.L_DocumentReadOnly =
  'Does dim modd gwneud y weithred mae cais amdani ar y modd dogfen cyfredol.';
Strings.OfficeOM.L_NotSupportedBindingType = "Does dim modd delio â'r math o rwymo a bennwyd {0}.";
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  "Mae eich sesiwn Office wedi dod i ben neu mae'n annilys. I fwrw ymlaen, dylech adnewyddu'r dudalen.";
Strings.OfficeOM.L_NavOutOfBound = "Roedd y weithred wedi methu oherwydd bod y mynegai y tu allan i'r ystod.";
Strings.OfficeOM.L_UnsupportedUserIdentityMessage =
  'Does dim modd delio â math o fanylion adnabod y defnyddiwr hwn.';
Strings.OfficeOM.L_NetworkProblem = 'Problem Rhwydwaith';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  "I fwrw ymlaen, tynnwch yr ychwanegyn a'i ychwanegu eto, neu adnewyddwch y dudalen.";
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Drwy glicio Iawn, byddwch yn caniatáu mynediad i {0} at eich cynnwys a gwybodaeth bersonol. ';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Pennwyd URL adnodd annilys yn y maniffest.';
Strings.OfficeOM.L_GetDataParametersConflict = "Mae'r paramedrau a bennwyd yn gwrthdaro.";
Strings.OfficeOM.L_ImplicitNotLoaded = "Heb lwytho'r modiwl cyn caffael tocyn";
Strings.OfficeOM.L_DialogAddressNotTrusted =
  "Dydy parth yr URL ddim wedi'i gynnwys yn yr elfen AppDomains yn y maniffest, ac nid yw'n is-barth lleoliad y ffynhonnell.";
Strings.OfficeOM.L_NotSupported = "Does dim modd delio â'r swyddogaeth {0}.";
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Dydy’r arg(iau) sydd wedi cael eu gosod yn y ffwythiant hwn ddim yn gweithio ar gyfer y sefyllfa hon, maen nhw ar goll, neu dydyn nhw ddim yn y fformat cywir.';
Strings.OfficeOM.L_AppNameNotExist = 'Does dim Enw Ategyn ar gyfer {0}.';
Strings.OfficeOM.L_NoCapability = 'Does gennych chi ddim digon o hawliau i wneud hyn.';
Strings.OfficeOM.L_InvalidGetRows = "Mae'r rhesi dan sylw'n annilys.";
Strings.OfficeOM.L_FormatValueOutOfRange = "Mae gwerth y tu allan i'r ystod a ganiateir.";
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Methodd y cais gyda’r cod statws {0}, y cod gwall {1} a’r neges gwall ganlynol: {2}';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'Mae XPath yn cyfyngu eich dewis i 1024 eitem.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  "Mae'r weithred wedi methu oherwydd dydy'r ategyn hwn ddim yn gallu delio â chydsyniad defnyddiwr yn y categori hwn";
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Mae’r ategyn eisoes yn gwneud cais am docyn mynediad.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Dydy llwybr y gwrthrych \'{0}\' ddim yn gweithio ar gyfer yr hyn rydych chi\'n ceisio ei wneud. Os ydych chi\'n defnyddio\'r gwrthrych ar draws sawl galwad "context.sync" a\'r tu allan i weithrediad dilynol swp ".run", dylech ddefnyddio\'r dulliau "context.trackedObjects.add()" a "context.trackedObjects.remove()" i reoli oes y gwrthrych.';
Strings.OfficeOM.L_RequestTokenUnavailable = "Mae'r API hwn wedi cael ei dagu i arafu amlder galwadau.";
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  "Dydy'r rhaglen {0} ddim yn bodoli. Heb alw Microsoft.Office.WebExtension.initialize(reason).";
Strings.OfficeOM.L_InvalidResourceUrl = 'Wedi darparu URL adnodd rhaglen annilys.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  "Doed dim modd delio â'r rhifo yn y rhaglen lletya bresennol.";
Strings.OfficeOM.L_DisplayDialogError = 'Gwall Dangos Blwch Deialog';
Strings.OfficeOM.L_DialogNavigateError = 'Gwall Blwch Deialog Llywio';
Strings.OfficeOM.L_InvalidRequestContext =
  "Does dim modd defnyddio'r gwrthrych ar draws cyd-destunau cais gwahanol.";
Strings.OfficeOM.L_APICallFailed = 'Galwad API wedi methu';
Strings.OfficeOM.L_CancelButton = 'Canslo';
Strings.OfficeOM.L_NoHttpsWAC =
  "Dydy'r sesiwn Swyddfa hon ddim yn defnyddio cysylltiad diogel. Rydym yn argymell eich bod yn cymryd rhagofalon ychwanegol.";
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Argiau mewnbwn annilys.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Rhaid i alw yn ôl fod yn fath swyddogaeth, roedd yn fath {0}.';
Strings.OfficeOM.L_DialogParentIsMinimized = "Methodd y weithred am fod y rhiant ffenestr wedi'i lleihau.";
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Cafodd y dasg ei chanslo gan y defnyddiwr.';
Strings.OfficeOM.L_InvalidAPICall = 'Galwad API Annilys';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Mae’r gweithrediad wedi methu oherwydd bod yr ategyn hwn eisoes yn gwneud cais am docyn mynediad.';
Strings.OfficeOM.L_MissingRequiredArguments = 'mae rhai argiau angenrheidiol ar goll';
Strings.OfficeOM.L_InvalidDataObject = 'Gwrthrych Data Annilys';
Strings.OfficeOM.L_UnsupportedUserIdentity = "Does dim modd delio â'r math hwn o fanylion adnabod.";
Strings.OfficeOM.L_DialogRequireHTTPS =
  "Does dim modd i ni ddelio â'r protocol HTTP. Defnyddiwch HTTPS yn lle";
Strings.OfficeOM.L_ShuttingDown =
  "Roedd y weithred wedi methu oherwydd dydy'r data ddim yn gyfredol ar y gweinydd.";
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  "Mae'r gwerthoedd startRow neu startColumn a bennwyd yn annilys.";
Strings.OfficeOM.L_InvalidArgument =
  "Dydy'r arg '{0}' ddim yn gweithio ar gyfer y sefyllfa hon, mae ar goll, neu nid yw yn y fformat cywir.";
Strings.OfficeOM.L_SaveSettingsError = 'Gwall Gosodiadau Cadw';
Strings.OfficeOM.L_ReadSettingsError = 'Gwall Gosodiadau Darllen';
Strings.OfficeOM.L_RowIndexOutOfRange =
  "Mae'r gwerth mynegai rhes y tu allan i'r ystod sy'n cael ei chaniatáu. Defnyddiwch werth (0 neu fwy) sy'n llai na nifer y rhesi.";
Strings.OfficeOM.L_CannotWriteToSelection = "Does dim modd ysgrifennu i'r dewis dan sylw.";
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  "Nodyn: Awgrymir bod y setiau fformatio sy'n cael eu gosod gan API Fformatio o dan 100.";
Strings.OfficeOM.L_TooManyOptionalFunction = 'sawl swyddogaeth ddewisol yn y rhestr paramedrau';
Strings.OfficeOM.L_InvalidBinding = 'Rhwymo Annilys';
Strings.OfficeOM.L_PropertyNotLoaded =
  "Dydy'r briodwedd '{0}' ddim ar gael. Cyn darllen gwerth y briodwedd, dylech alw'r dull llwytho ar y gwrthrych sy'n ei gynnwys a galw \"context.sync()\" ar y cyd-destun cais cysylltiedig.";
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  "Rhaid i'r cynnwys dan sylw fod mewn fformat tabl. Fformatiwch y data fel tabl a rhoi cynnig arall arni.";
Strings.OfficeOM.L_CustomXmlOutOfDateName = "Dydy'r Data ddim yn Gyfredol";
Strings.OfficeOM.L_SelectionCannotBound = "Does dim modd rhwymo i'r dewis dan sylw.";
Strings.OfficeOM.L_NetworkProblemRetrieveFile =
  'Mae problem rhwydwaith yn golygu does dim modd adfer y ffeil.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  "Dydy'r math o rwymo a bennwyd ddim yn cyd-fynd â'r eitem a enwyd a roddwyd.";
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'ffurfweddu eich porwr';
Strings.OfficeOM.L_EventHandlerNotExist =
  "Heb ddod o hyd i'r dynodydd digwyddiad a bennwyd ar gyfer y rhwymo hwn.";
Strings.OfficeOM.L_APINotSupported = 'Does dim modd delio ag API';
Strings.OfficeOM.L_InternalError = 'Gwall Mewnol';
Strings.OfficeOM.L_DialogInvalidScheme =
  "Does dim modd i ni ddelio â'r cynllun URL. Defnyddiwch HTTPS yn lle.";
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Anwybyddu';
Strings.OfficeOM.L_InvalidFormat = 'Gwall Fformat Annilys';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  "Mae'r gwerthoedd startRow neu startColumn a bennwyd yn annilys.";
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Methodd y cais gyda’r cod statws {0}.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  "Mae gwerth mynegau'r golofn y tu allan i'r ystod sy'n cael ei chaniatáu. Defnyddiwch werth (0 neu fwy) sy'n llai na nifer y colofnau.";
Strings.OfficeOM.L_SSOServerErrorMessage = 'Gwall annisgwyl ar y gweinydd.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Wedi Cyrraedd Terfyn y Dewis';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Mae Excel yn y modd golygu celloedd. Dylech chi adael y modd golygu drwy bwyso ENTER neu TAB neu drwy ddewis cell wahanol, a rhoi cynnig arall arni.';
Strings.OfficeOM.L_PermissionDenied = 'Dim Caniatâd';
Strings.OfficeOM.L_SpecifiedIdNotExist = "Dydy'r ID a bennwyd ddim yn bodoli.";
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Nodyn: Awgrymir bod nifer y celloedd mewn tabl o dan 20,000 cell.';
Strings.OfficeOM.L_MemoryLimit = 'Wedi Mynd Dros y Terfyn Cof';
Strings.OfficeOM.L_UserClickIgnore = "Mae'r defnyddiwr wedi dewis anwybyddu'r blwch deialog.";
Strings.OfficeOM.L_InvalidGrantMessage = 'Grant ar goll ar gyfer yr ychwanegyn hwn.';
Strings.OfficeOM.L_MissingParameter = 'Paramedr Coll';
Strings.OfficeOM.L_InvalidNode = 'Cwgn Annilys';
Strings.OfficeOM.L_InvalidOrTimedOutSession = "Sesiwn Annilys neu'r Amser wedi Dod i Ben";
Strings.OfficeOM.L_DataNotMatchBindingSize =
  "Mae'r gwrthrych data a roddwyd yn wahanol i faint y dewis dan sylw.";
Strings.OfficeOM.L_ConfirmCancelMessage = 'Yn anffodus allwn ni ddim cadw yma';
Strings.OfficeOM.L_PropertyDoesNotExist = "Dydy’r briodwedd '{0}' ddim yn bodoli ar y gwrthrych.";
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  "Gall enw'r swyddogaeth gynnwys llythrennau, digidau, tanlinellau, ac atalnodau llawn yn unig.";
Strings.OfficeOM.L_UnsupportedDataObject = "Does dim modd delio â'r math o wrthrych data a roddwyd.";
Strings.OfficeOM.L_ValueNotLoaded =
  'Dydy gwerth y gwrthrych canlyniad ddim wedi\'i lwytho eto. Cyn darllen priodwedd y gwerth, galwch "context.sync()" ar y cyd-destun cais cysylltiedig.';
Strings.OfficeOM.L_InValidOptionalArgument = 'arg dewisol annilys';
Strings.OfficeOM.L_InvalidFormatValue =
  "Mae un neu ragor o'r paramedrau fformat yn cynnwys gwerthoedd sydd ddim yn cael eu caniatáu. Gwiriwch y celloedd a rhoi cynnig arall arni.";
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  "Dydy'r math o orfodaeth a bennwyd ddim yn cyd-fynd â'r math hwn o rwymo.";
Strings.OfficeOM.L_OverwriteWorksheetData =
  "Roedd y weithred set wedi methu oherwydd bydd y gwrthrych data a roddwyd yn disodli neu'n symud data.";
Strings.OfficeOM.L_SetDataIsTooLarge = "Mae'r gwrthrych data a bennwyd yn rhy fawr.";
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  "Rhaid i briodwedd sydd â'r enw hwn ac sy’n cynrychioli diffiniad y ffwythiant fodoli ar Excel.Script.CustomFunctions.";
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Mae llwyth gwaith yr ymateb yn rhy fawr. Tarwch olwg ar y dogfennau: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_SSOUnsupportedPlatform = "Does dim modd delio â'r API ar y llwyfan hwn.";
Strings.OfficeOM.L_DataWriteError = 'Gwall Ysgrifennu Data';
Strings.OfficeOM.L_ElementMissing =
  'Doedd dim modd i ni fformatio cell y tabl oherwydd bod rhai gwerthoedd paramedr ar goll. Gwiriwch y paramedrau a rhoi cynnig arall arni.';
Strings.OfficeOM.L_InvalidReadForBlankRow = "Mae'r rhes a bennwyd yn wag.";
Strings.OfficeOM.L_CoercionTypeNotSupported = "Does dim modd delio â'r math o orfodaeth a bennwyd.";
Strings.OfficeOM.L_Timeout = 'Mae amser y weithred wedi dod i ben. ';
Strings.OfficeOM.L_UserAborted = "Mae'r defnyddiwr wedi rhoi'r gorau i'r cais am ganiatâd.";
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Caniatáu';
Strings.OfficeOM.L_UserNotSignedIn = 'Does dim defnyddiwr wedi mewngofnodi i Office.';
Strings.OfficeOM.L_ConfirmDialog =
  'Mae’r parth {0} yn gweithredu fel Microsoft Office, a gall redeg ategion Office, a allai gyrchu eich data personol. Os ydych yn ymddiried yn y parth i redeg fel Office a chyrchu’ch data, cliciwch Iawn i barhau.';
Strings.OfficeOM.L_ActivityLimitReached = 'Wedi cyrraedd y terfyn gweithgarwch.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = "Mae'r data'n hen. Dylech adfer y gwrthrych eto.";
Strings.OfficeOM.L_UserAbortedMessage = "Dydy'r defnyddiwr ddim wedi caniatáu hawliau'r ychwanegyn.";
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Heb ganfod y cwgn a bennwyd.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  "Does dim modd pennu galw'n ôl mewn rhestr arg a gwrthrych dewisol.";
Strings.OfficeOM.L_GetDataIsTooLarge = "Mae'r set data roedd cais amdani'n rhy fawr.";
Strings.OfficeOM.L_DataWriteReminder = 'Notyn Atgoffa Ysgrifennu Data';
Strings.OfficeOM.L_InvalidDataFormat = 'Mae fformat y gwrthrych data dan sylw yn annilys.';
Strings.OfficeOM.L_DataNotMatchSelection =
  "Dydy'r gwrthrych data a roddwyd ddim yn cyd-fynd â maint neu ddimensiynau'r dewis dan sylw.";
Strings.OfficeOM.L_SliceSizeNotSupported = "Does dim modd delio â'r maint sleis a bennwyd.";
Strings.OfficeOM.L_InvalidSSOAddinMessage =
  "Dydy'r ychwanegyn hwn ddim yn gallu delio â'r API manylion adnabod.";
Strings.OfficeOM.L_FunctionCallFailed = 'Galwad swyddogaeth {0} wedi methu, cod y gwall: {1}.';
Strings.OfficeOM.L_NotSupportedEventType = "Does dim modd delio â'r math o ddigwyddiad a bennwyd {0}.";
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Wedi methu gwneud hyn oherwydd bod gan yr ategyn hwn flwch deialog gweithredol yn barod.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Cafwyd gwall annisgwyl yn y cleient.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = "Mae'r ffwythiant i gael cyd-destun dilysu ar goll";
Strings.OfficeOM.L_SSOServerError = 'Gwall yn y darparwr dilysu.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Galwad API annilys yn y cyd-destun cyfredol.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  "Does dim modd defnyddio paramedrau cyfesur gyda Thabl math gorfodaeth pan fydd y tabl yn cynnwys celloedd sydd wedi'u huno.";
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  "Dydy'r ategyn hwn ddim yn gallu delio â chydsyniad defnyddiwr.";
Strings.OfficeOM.L_InvalidParameters = 'Mae gan y swyddogaeth {0} baramedrau annilys.';
Strings.OfficeOM.L_FormattingReminder = 'Notyn Atgoffa Fformatio';
Strings.OfficeOM.L_CannotRegisterEvent = 'Does dim modd cofrestru’r dynodydd digwyddiad.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "Mae gosodiadau diogelwch eich porwr yn ein hatal rhag creu blwch deialog. Rhowch gynnig ar borwr gwahanol, neu {0} fel bod '{1}' a’r parth a ddangosir yn eich bar cyfeiriad yn yr un parth diogelwch.";
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  "Does dim modd creu rhwymiad gyda'r dewis dan sylw a'r math o rwymo a nodwyd.";
Strings.OfficeOM.L_InvalidBindingOperation = 'Gweithrediad Rhwymo Annilys';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Collwyd cysylltiad wrth fewngofnodi, ac mae’n bosib nad ydy’r defnyddiwr wedi cael ei fewngofnodi. Mae’n debyg bod hyn wedi digwydd oherwydd gosodiadau ffurfweddu’r porwr, er enghraifft y parthau diogelwch.';
Strings.OfficeOM.L_OutOfRange = "Allan o'r Ystod";
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  "Dydy'r dewis dan sylw ddim yn cyd-fynd â'r math o orfodaeth a bennwyd.";
Strings.OfficeOM.L_ContinueButton = 'Parhau';
Strings.OfficeOM.L_NotTrustedWAC =
  "Mae'r ychwanegyn hwn wedi'i analluogi i'ch cadw'n ddiogel. I barhau i ddefnyddio'r ychwanegyn, dilyswch y caiff yr eitem hon ei chynnal mewn parth y gellir ymddiried ynddo neu ei agor yn yr ap bwrdd gwaith Office.";
Strings.OfficeOM.L_DataNotMatchBindingType =
  "Dydy'r gwrthrych data a bennwyd ddim yn cyd-fynd â'r math o rwymo.";
Strings.OfficeOM.L_DocumentIsInactive =
  "Methodd y dasg am nad yw'r ddogfen sy'n cynnwys yr ategyn hwn yn weithredol.";
Strings.OfficeOM.L_BrowserAPINotSupported = "Dydy'r porwr hwn ddim yn gallu delio â'r API dan sylw.";
Strings.OfficeOM.L_BindingToMultipleSelection =
  'Does dim modd delio ag adrannau sydd ddim yn agos at ei gilydd.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Rhaid i’r briodwedd gyda'r enw hwn ar Excel.Script.CustomFunctions sy’n cynrychioli diffiniad y ffwythiant gynnwys priodwedd ‘galw’ sy’n gweithredu’r ffwythiant.";
Strings.OfficeOM.L_OperationCancelledError = "Wedi Canslo'r Dasg";
Strings.OfficeOM.L_SetDataParametersConflict = "Mae'r paramedrau a bennwyd yn gwrthdaro.";
Strings.OfficeOM.L_OKButton = 'Iawn';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  "Dydy'r math o wrthrych data a bennwyd ddim yn cyd-fynd â'r dewis dan sylw.";
Strings.OfficeOM.L_InvalidValue = 'Gwerth Annilys';
Strings.OfficeOM.L_NotImplemented = "Dydy'r swyddogaeth {0} ddim wedi cael ei gweithredu.";
