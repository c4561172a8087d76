Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API-beiðni mistókst vegna þess að vinnubókin var falin. Birtu vinnubókina og reyndu aftur.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Auðkennistegund þessar notanda er ekki studd.';
Strings.OfficeOM.L_NoCapability = 'Þú hefur ekki nægar heimildir fyrir þessa aðgerð.';
Strings.OfficeOM.L_SettingNameNotExist = 'Tilgreint heiti stillingar er ekki til.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Gildi atriðaskrár dálks er utan leyfilegs sviðs. Notaðu gildi (0 eða hærra) sem er minna en fjöldi dálka.';
Strings.OfficeOM.L_InvalidNode = 'Ógildur tengipunktur';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'Uppgefinn gagnahlutur samsvarar ekki stærð á núverandi vali.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Þessi vafri styður ekki umbeðið API.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Þetta API hefur fengið inngjöf til að hægja á tíðni kalla.';
Strings.OfficeOM.L_OKButton = 'Í lagi';
Strings.OfficeOM.L_OutOfRange = 'Utan sviðs';
Strings.OfficeOM.L_ConfirmDialog =
  'Lénið {0} virkar sem Microsoft Office og getur keyrt Office-viðbætur, sem hafa aðgang að persónuupplýsingum þínum. Ef þú treystir léninu til að keyra sem Office og fá aðgang að gögnunum þínum skaltu smella á Í lagi til að halda áfram.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Ein eða fleiri af breytum fyrir hólf hafa gildi sem eru ekki leyfð. Athugaðu gildin og reyndu aftur.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Framkvæmdu val.';
Strings.OfficeOM.L_CancelButton = 'Hætta við';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Aðgerðin mistókst vegna þess að svargluggi fyrir innbótina er þegar opinn.';
Strings.OfficeOM.L_SaveSettingsError = 'Vista stillingarvillu';
Strings.OfficeOM.L_NoHttpsWAC =
  'Þessi Office-lota notar ekki örugga tengingu. Við mælum með að þú gerir aukalegar varúðarráðstafanir.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Ekki er hægt að tilgreina svarhringiaðgerðir bæði í frumbreytulista og viðbótarhlut.';
Strings.OfficeOM.L_UserClickIgnore = 'Notandinn valdi að hunsa svargluggann.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Skilgreind gerð bindingar {0} er ekki studd.';
Strings.OfficeOM.L_EventRegistrationError = 'Villa í skráningu tilviks';
Strings.OfficeOM.L_DataReadError = 'Lesvilla gagna';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Núverandi val er ekki samhæft skilgreindri gerð þvingunar.';
Strings.OfficeOM.L_InvalidParameters = 'Aðgerð {0} er með ógildar breytur.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Gildið er utan leyfðs sviðs.';
Strings.OfficeOM.L_TooManyArguments = 'of margar frumbreytur';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Ekki er hægt að stofna bindingu við núverandi val og skilgreinda gerð bindingar.';
Strings.OfficeOM.L_DisplayDialogError = 'Villa í svarglugga á skjá';
Strings.OfficeOM.L_OperationNotSupported = 'Aðgerðin er ekki studd.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Eiginleikinn „{0}“ er ekki til á hlutnum.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Samræmdar breytur er ekki hægt að nota með þvingunargerð töflu þegar taflan inniheldur sameinuð hólf.';
Strings.OfficeOM.L_ContinueButton = 'Halda áfram';
Strings.OfficeOM.L_InvalidFormatValue =
  'Ein eða fleiri af sniðbreytum fyrir hólf hafa gildi sem eru ekki leyfð. Athugaðu gildin og reyndu aftur.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Svarhringing verður að vera af gerð aðgerðar, var af gerð {0}.';
Strings.OfficeOM.L_BindingNotExist = 'Tilgreind binding er ekki til.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} vill opna nýjan glugga.';
Strings.OfficeOM.L_InternalErrorDescription = 'Innri villa hefur komið upp.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Þessi viðbót styður ekki samþykki notanda.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Núverandi val er ekki stutt.';
Strings.OfficeOM.L_OperationCancelledError = 'Hætt var við aðgerðina';
Strings.OfficeOM.L_DataStale = 'Gögn ekki núgildandi';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Aðferðin eða eiginleikinn „{0}“ er hluti af kröfum „{1}“, sem eru ekki tiltækar í þinni útgáfu af „{2}“.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Heiti fallsins má aðeins innihalda bókstafi, tölustafi, undirstrik og punkta.';
Strings.OfficeOM.L_AppNameNotExist = 'Heiti innbótar fyrir {0} er ekki til staðar.';
Strings.OfficeOM.L_NamedItemNotFound = 'Nefndur hlutur er ekki til.';
Strings.OfficeOM.L_UnknownBindingType = 'Gerð bindingar er ekki studd.';
Strings.OfficeOM.L_InvalidValue = 'Ógilt gildi';
Strings.OfficeOM.L_EventHandlerNotExist = 'Skilgreind atviksstjórn fannst ekki fyrir þessa bindingu.';
Strings.OfficeOM.L_InvalidRequestContext = 'Ekki er hægt að nota hlutinn í mismunandi fyrirspurnasamhengi.';
Strings.OfficeOM.L_UserAbortedMessage = 'Notandinn samþykkti ekki heimildir innbótarinnar.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Lota ógild eða rann út á tíma';
Strings.OfficeOM.L_FileTypeNotSupported = 'Skilgreind skráargerð er ekki studd.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel er í stillingu fyrir breytingar á hólfum. Farðu úr þessari stillingu með því að ýta á færslulykilinn eða dálkalykillinn eða með því að velja annað hólf og reyndu svo aftur.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP-samskiptareglur eru ekki studdar. Notaðu HTTPS í staðinn.';
Strings.OfficeOM.L_InvalidSetRows = 'Tilgreindar raðir eru ógildar.';
Strings.OfficeOM.L_InvalidGetRows = 'Tilgreindar raðir eru ógildar.';
Strings.OfficeOM.L_RequestTimeout = 'Tók of langan tíma að framkvæma kallið.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Skilgreind stærð sneiðar er ekki studd.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Tilgreint auðkenni er ekki til.';
Strings.OfficeOM.L_SettingsStaleError = 'Stöðnuð stillingarvilla';
Strings.OfficeOM.L_InvalidBindingOperation = 'Ógild aðgerð bindingar';
Strings.OfficeOM.L_InvalidGrant = 'Forheimild vantar.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Hámarki valkosta náð';
Strings.OfficeOM.L_MissingParameter = 'Breyta sem vantar';
Strings.OfficeOM.L_MemoryLimit = 'Farið er yfir mörk minnis';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Valið innihald verður að vera með töflusniði. Sníddu gögnin sem töflu og reyndu aftur.';
Strings.OfficeOM.L_MissingRequiredArguments = 'vantar einhverjar áskildar frumbreytur';
Strings.OfficeOM.L_FormattingReminder = 'Sniðáminning';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Ath: Fjöldi hólfa í töflu er ætlað að vera fyrir neðan 20.000 hólf.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Skilgreind gerð þvingunar er ekki studd.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Lén vefslóðarinnar kemur ekki fram í AppDomains-einingunni í upplýsingaskránni og er ekki undirlén upprunastaðar.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Bíða þar til að fyrra símtal endar.';
Strings.OfficeOM.L_InvalidDataObject = 'Ógildur gagnahlutur';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Ósamlægt val er ekki stutt.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl-gerð er ekki studd.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Eiginleikinn „{0}“ er ekki tiltækur. Áður en gildi eiginleikans er lesið þarf að kalla á hleðsluaðferð á hlut sem inniheldur eiginleikann og kalla á „context.sync()“ í tengdu fyrirspurnasamhengi.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Uppgefin gerð gagnahlutar er ekki studd.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Umbeðin stilling gagna er of stór.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Aðgerðin mistókst vegna þess að þessi viðbót styður ekki samþykki notanda í þessum flokki';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Ógildar inntaksbreytur.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'margar valkvæðar aðgerðir í lista yfir breytur';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API auðkenningar er ekki stutt fyrir þessa innbót.';
Strings.OfficeOM.L_SSOServerError = 'Villa kom upp hjá sannvottunarveitu.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Eiginleikinn með þessu heiti í Excel.Script.CustomFunctions sem stendur fyrir skilgreiningu fallsins verður að innihalda eiginleikann „call“ sem framkvæmir fallið.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Hlutarslóðin „{0}“ virkar ekki fyrir það sem þú ert að reyna að gera. Ef þú ert að nota hlutinn í mismunandi köllum fyrir „context.sync“ og fyrir utan raðaðgerðir í „.run“-runu þarftu að nota aðferðirnar „context.trackedObjects.add()“ og „context.trackedObjects.remove()“ til að stýra líftíma hlutarins.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Tilgreind gildi fyrir startRow eða startColumn eru ógild.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Skilgreind gerð gagnahlutar er ekki samhæfður við núverandi val.';
Strings.OfficeOM.L_APINotSupported = 'API ekki stutt';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath takmarkar val við 1024 atriði.';
Strings.OfficeOM.L_DataWriteError = 'Skrifvilla gagna';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Ein eða fleiri af valkvæðum töflubreytum hafa gildi sem eru ekki leyfð. Athugaðu gildin og reyndu aftur.';
Strings.OfficeOM.L_InValidOptionalArgument = 'ógild valkvæð frumbreyta';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Office-lotan þín rann út á tíma eða er ógild. Uppfærðu síðuna til að halda áfram.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Tenging rofnaði við innskráningu og notandinn var hugsanlega ekki skráður inn. Þetta var líklega vegna grunnstillinga notandans, til dæmis öryggissvæða.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Innbót biður nú þegar um aðgangslykil.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Skilgreind gerð þvingunar er ekki samhæfð við þessa gerð bindingar.';
Strings.OfficeOM.L_InvalidFormat = 'Villa ógilt snið';
Strings.OfficeOM.L_TooManyOptionalObjects = 'margir valkvæðir hlutir í lista yfir breytur';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Ekki er hægt að gera breytingar á eiginleikanum „{0}“ með „object.set“-aðferð.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Beiðni mistókst með stöðukóðann {0}.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Notandi hætti við aðgerðina.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Reynir að stilla skrifvarða eiginleikann „{0}“.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Skilgreind röð er auð.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Hunsa';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Beiðni mistókst með stöðukóðann {0}, villukóðann {1} og eftirfarandi villuskilaboð: {2}';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Ógilt API kall í núverandi samhengi.';
Strings.OfficeOM.L_ShuttingDown = 'Aðgerðin mistókst því gögnin eru ekki til staðar á þjóninum.';
Strings.OfficeOM.L_ElementMissing =
  'Ekki tókst að sníða töfluhólfið vegna þess að sumar breytur vantar. Athugaðu breyturnar og reyndu aftur.';
Strings.OfficeOM.L_InvalidArgument =
  'Frumbreytan „{0}“ virkar ekki í þessum aðstæðum, hana vantar eða hún er ekki á réttu sniði.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Ógild vefslóð tilfangs var gefin upp í skrá.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Forrit {0} er ekki til staðar. Microsoft.Office.WebExtension.initialize(ástæða) er ekki framkvæmt.';
Strings.OfficeOM.L_UserNotSignedIn = 'Enginn notandi er innskráður í Office.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Runufallið sem sent var í aðferðina „.run“ skilaði ekki loforði. Fallið verður að skila loforði til að hægt sé að losa alla hluti sem raktir eru sjálfkrafa þegar runuaðgerðinni lýkur. Undir venjulegum kringumstæðum er loforði skilað með því að skila svarinu úr „context.sync()“.';
Strings.OfficeOM.L_InternalError = 'Innri villa';
Strings.OfficeOM.L_InvalidGetColumns = 'Tilgreindir dálkar eru ógildir.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Skilgreindur gagnahlutur er ekki samhæfður við þessa gerð bindingar.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Aðgerðin mistókst vegna þess að svargluggi fyrir innbótina er þegar opinn.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Þú ert að fara að senda og taka á móti hugsanlega viðkvæmum upplýsingum frá {0}. Smelltu aðeins á „Í lagi“ ef þú treystir eftirfarandi vefsvæði fyrir því að móttaka viðkvæmu upplýsingarnar: {1}.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Árekstur á milli skilgreindra breyta.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Þessi viðbót hefur verið gerð óvirk til að hjálpa við að halda þér öruggum/ri. Til að halda áfram að nota viðbótina skal staðfesta að þetta atriði sé hýst í traustu léni eða opna það í Office-skjáborðsforritinu.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Samræmdar breytur er ekki hægt að nota með þvingunargerð töflu þegar taflan inniheldur sameinuð hólf.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js hefur ekki hlaðist að fullu enn. Reyndu aftur síðar eða vertu viss um að bæta við þínum frumstillingarkóða við aðgerðina Office.initialize.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Ath: Snið stillt af API-sniðkalli er ætlað að vera fyrir neðan 100.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Tilgreind gildi fyrir rowCount eða columnCount eru ógild.';
Strings.OfficeOM.L_CustomXmlError = 'Sérsniðin XML villa.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API er ekki stutt á þessum verkvangi.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Skema vefslóðarinnar er ekki stutt. Notaðu HTTPS í staðinn.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Skilgreind gerð bindingar er ekki samhæfð við uppgefið heiti hlutar.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Uppgefinn gagnahlutur samsvarar ekki lögun eða stærð á núverandi vali.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Eiginleiki með þessu heiti sem stendur fyrir skilgreiningu fallsins verður að vera fyrir hendi í Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Stærð innihalds svars hefur farið yfir mörkin. Skoðaðu fylgiskjölin: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Einingunni er ekki hlaðið áður en lykill er sóttur';
Strings.OfficeOM.L_InvalidBindingError = 'Villa ógild binding';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Netvilla kom í veg fyrir að hægt sé að sækja skrána.';
Strings.OfficeOM.L_CannotNavigateTo = 'Hluturinn er staðsettur á stað þar sem yfirlit er ekki stutt.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Ekki er hægt að skrá tilviksstjóra.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Mistókst að bæta við atviksstjóranum.';
Strings.OfficeOM.L_Timeout = 'Aðgerðin rann út á tíma.';
Strings.OfficeOM.L_PermissionDenied = 'Heimild hafnað';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Með því að smella á „Í lagi“ veitir þú {0} aðgang að efninu þínu og persónulegum upplýsingum. ';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Uppröðun er ekki studd í núverandi forriti hýsils.';
Strings.OfficeOM.L_NotImplemented = 'Aðgerð {0} er ekki innleidd.';
Strings.OfficeOM.L_ReadSettingsError = 'Villa lesstillingar';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Auðkennistegund notanda er ekki studd.';
Strings.OfficeOM.L_APICallFailed = 'API hringing mistókst';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Gögn ekki í gildi';
Strings.OfficeOM.L_NotSupportedEventType = 'Skilgreind gerð atviks {0} er ekki studd.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Ógild vefslóð gefin upp fyrir forritatilföng.';
Strings.OfficeOM.L_DocumentReadOnly = 'Umbeðin aðgerð er ekki leyfð í núverandi stillingu skjals.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Árekstur á milli skilgreindra breyta.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Tenging rofnaði við innskráningu.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Óstudd talnaröðun';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Sækja closeAsync á núverandi skrá áður en önnur er sótt.';
Strings.OfficeOM.L_NavOutOfBound = 'Aðgerðin mistókst því yfirlitsskrá er utan sviðs.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Nafnrými fallsins má ekki vera autt og það verður að hafa stutt heiti.';
Strings.OfficeOM.L_InvalidAPICall = 'Ógilt API kall';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Aðgerðin mistókst því þessi innbót biður nú þegar um aðgangslykil.';
Strings.OfficeOM.L_BindingCreationError = 'Villa við stofnun bindingar';
Strings.OfficeOM.L_SettingsCannotSave = 'Ekki var hægt að vista stillingarnar.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Skilgreindur gagnahlutur er of stór.';
Strings.OfficeOM.L_DialogNavigateError = 'Villa í notkun svarglugga';
Strings.OfficeOM.L_BadSelectorString = 'Strengur fluttur inn í valið er rangt sniðinn eða óstuddur.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Gildi atriðaskrár raðar er utan leyfilegs sviðs. Notaðu gildi (0 eða hærra) sem er minna en fjöldi dálka.';
Strings.OfficeOM.L_NetworkProblem = 'Vandamál í netkerfi';
Strings.OfficeOM.L_ActivityLimitReached = 'Aðgerðamörkum hefur verið náð.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Mistókst að fjarlægja atviksstjórann.';
Strings.OfficeOM.L_InvalidBinding = 'Ógild binding';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'grunnstilla vafrann';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Skilgreindur hnútur fannst ekki.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Augnablik ...';
Strings.OfficeOM.L_UserAborted = 'Notandi hætti við beiðni um samþykki.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Stillt aðgerð mistókst því uppgefin gögn munu yfirskrifa eða færa til gögn.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Stærð innihalds beiðnar hefur farið yfir mörkin. Skoðaðu fylgiskjölin: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_DataWriteReminder = 'Skrifáminning gagna';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Frumbreytan/-breyturnar sem voru sendar í fallið virka ekki í þessum aðstæðum, þær vantar eða þær eru ekki á réttu sniði.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Tilgreindir dálkar eru ógildir.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Aðgerðina til að sækja sannvottunarupplýsingar vantar';
Strings.OfficeOM.L_InvalidDataFormat = 'Snið skilgreinds gagnahlutar er ógilt.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Gögnin eru úrelt. Sæktu hlutinn aftur.';
Strings.OfficeOM.L_SSOClientError = 'Villa kom upp í sannvottunarbeiðni frá Office.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Ekki er hægt að opna svarglugga vegna öryggisstillinga í vafranum. Prófaðu annan vafra eða {0} þannig að „{1}“ og lénið í veffangastikunni séu á sama öryggissvæði.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Óvænt villa kom upp í biðlara.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Gildi niðurstöðuhlutar hefur ekki verið hlaðið ennþá. Áður en gildi eiginleikans er lesið þarf að kalla á „context.sync()“ í samhengi við tengda fyrirspurn.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Skrifaðgerð er ekki studd fyrir Office á meðan formglugginn er opinn.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Aðgerðin er ekki studd á þessari gerð bindingar.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Aðgerðin mistókst vegna þess að móðurgluggi er smækkaður.';
Strings.OfficeOM.L_NotSupported = 'Aðgerð {0} er ekki studd.';
Strings.OfficeOM.L_SelectionCannotBound = 'Ekki er hægt að bindast núverandi vali.';
Strings.OfficeOM.L_SettingsAreStale = 'Ekki var hægt að vista stillingar því þær eru ekki núverandi.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Heimild vantar fyrir þessa innbót.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Tilgreind gildi fyrir startRow eða startColumn eru ógild.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Til að halda áfram skaltu fjarlægja viðbótina og bæta henni við aftur eða endurnýja síðuna.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Ekki er hægt að skrifa í núverandi val.';
Strings.OfficeOM.L_InvalidCoercion = 'Ógild gerð þvingunar';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Óvænt villa kom upp á þjóni.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Margir hlutir með sama heiti fundust.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Leyfa';
Strings.OfficeOM.L_DocumentIsInactive =
  'Aðgerðin mistókst vegna þess að skjalið sem inniheldur þessa innbót er óvirkt.';
Strings.OfficeOM.L_FunctionCallFailed = 'Aðgerðarkall {0} mistókst, villukóði: {1}.';
Strings.OfficeOM.L_HostError = 'Villa hýsils';
Strings.OfficeOM.L_InvalidSetColumns = 'Tilgreindir dálkar eru ógildir.';
Strings.OfficeOM.L_IndexOutOfRange = 'Yfirlit utan sviðs.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Ekki var hægt að opna svarglugga vegna takmarkana í vafranum. Lén svargluggans og lén hýsingaraðila innbótarinnar eru ekki á sama öryggissviði.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Því miður getum við ekki haldið áfram.';
Strings.OfficeOM.L_DialogOK = 'Í lagi';
