Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_InvalidDataObject = 'Neplatný datový objekt';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Zadané ID neexistuje.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Nastavení zabezpečení ve vašem prohlížeči nám brání ve vytvoření dialogového okna. Zkuste jiný prohlížeč nebo si {0}, aby {1} a doména zobrazená ve vašem panelu Adresa byly ve stejné zóně zabezpečení.';
Strings.OfficeOM.L_NotSupported = 'Funkce {0} není podporovaná.';
Strings.OfficeOM.L_ShuttingDown = 'Operace se nepovedla, protože data na serveru nejsou aktuální.';
Strings.OfficeOM.L_FunctionCallFailed = 'Volání funkce {0} se nepovedlo, kód chyby: {1}.';
Strings.OfficeOM.L_Timeout = 'Časový limit operace vypršel.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Zadaný typ souboru není podporovaný.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorovat';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Zadaný datový objekt není kompatibilní s typem vazby.';
Strings.OfficeOM.L_UserAborted = 'Uživatel přerušil žádost o souhlas.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Vlastnost s tímto názvem v Excel.Script.CustomFunctions, která představuje definici funkce, musí obsahovat vlastnost call implementující funkci.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Operace nastavení se nepovedla, protože zadaný datový objekt přepíše nebo posune data.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Poznámka: Přes volání formátovacího API by se nemělo nastavovat víc než 100 formátování.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Vaše relace Office je neplatná nebo vypršel její časový limit. Pokud chcete pokračovat, aktualizujte stránku.';
Strings.OfficeOM.L_SSOServerError = 'Ve zprostředkovateli ověřování došlo k chybě.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Neplatná operace vazby';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Problémy se sítí zabránily načtení souboru.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Neplatné volání rozhraní API v aktuálním kontextu';
Strings.OfficeOM.L_InvalidSetRows = 'Zadané řádky jsou neplatné.';
Strings.OfficeOM.L_InvalidGetColumns = 'Zadané sloupce jsou neplatné.';
Strings.OfficeOM.L_SelectionCannotBound = 'Nejde vytvořit vazbu na aktuální výběr.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Zpětné volání musí být typu funkce. Bylo typu {0}.';
Strings.OfficeOM.L_InitializeNotReady =
  'Soubor Office.js ještě není úplně načtený. Zkuste to znovu později nebo přidejte inicializační kód do funkce Office.initialize.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Nejde vytvořit vazbu s aktuálním výběrem a zadaným typem vazby.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Nedá se zaregistrovat obslužná rutina události.';
Strings.OfficeOM.L_NotSupportedEventType = 'Zadaný typ události {0} není podporovaný.';
Strings.OfficeOM.L_DocumentReadOnly = 'Požadovaná operace není v aktuálním režimu dokumentu povolená.';
Strings.OfficeOM.L_APINotSupported = 'API není podporované';
Strings.OfficeOM.L_InValidOptionalArgument = 'neplatný volitelný argument';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Zadané hodnoty startRow nebo startColumn jsou neplatné.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Neaktuální data';
Strings.OfficeOM.L_DialogInvalidScheme = 'Schéma adresy URL není podporované. Použijte prosím HTTPS.';
Strings.OfficeOM.L_InvalidBinding = 'Neplatná vazba';
Strings.OfficeOM.L_CancelButton = 'Zrušit';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Pokud chcete pokračovat, odeberte doplněk a znovu ho přidejte nebo aktualizujte stránku.';
Strings.OfficeOM.L_ConfirmDialog =
  'Doména {0} funguje jako Microsoft Office a může spouštět doplňky pro Office, které mají přístup k vašim osobním údajům. Pokud důvěřujete doméně, aby fungovala jako Office a měla přístup k vašim datům, pokračujte kliknutím na OK.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Relace je neplatná nebo vypršel její časový limit';
Strings.OfficeOM.L_NotImplemented = 'Funkce {0} není implementovaná.';
Strings.OfficeOM.L_BadSelectorString =
  'Řetězec předaný selektoru je nesprávně naformátovaný nebo není podporovaný.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath omezuje výběr na 1024 položek.';
Strings.OfficeOM.L_InvalidAPICall = 'Neplatné volání rozhraní API';
Strings.OfficeOM.L_CannotWriteToSelection = 'Do aktuálního výběru se nedá zapisovat.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Chystáte se odeslat a přijmout potenciálně citlivé informace z {0}. Klikněte na tlačítko OK pouze v případě, že důvěřujete následujícímu webu, který přijímá citlivé informace: {1}.';
Strings.OfficeOM.L_DisplayDialogError = 'Chyba zobrazení dialogového okna';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Zpětné volání nemůže být zadané v seznamu argumentů i ve volitelném objektu.';
Strings.OfficeOM.L_InvalidArgument =
  'Argument {0} nefunguje pro tuto situaci, chybí nebo není ve správném formátu.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Zadaný řádek je prázdný.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modul není načten před získáním tokenu ';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operace se nepovedla, protože tento doplněk už má aktivní modální dialogové okno.';
Strings.OfficeOM.L_AppNameNotExist = 'Název doplňku pro: {0} neexistuje.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Během procesu přihlášení se přerušilo připojení a uživatel možná není přihlášený. Způsobila to asi konfigurační nastavení v prohlížeči uživatele, například zóny zabezpečení.';
Strings.OfficeOM.L_RequestTimeout = 'Zpracování volání trvalo moc dlouho.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Na serveru došlo k neočekávané chybě.';
Strings.OfficeOM.L_SettingsAreStale = 'Nastavení se nepodařilo uložit, protože nejsou aktuální.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Protokol HTTP se nepodporuje. Použijte prosím HTTPS.';
Strings.OfficeOM.L_NoCapability = 'K provedení této akce nemáte dostatečná oprávnění.';
Strings.OfficeOM.L_NavOutOfBound = 'Operace se nepovedla, protože index je mimo rozsah.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argument nebo argumenty předané funkci nejsou použitelné v této situaci, nejsou úplné nebo nemají správný formát.';
Strings.OfficeOM.L_InvalidParameters = 'Funkce {0} má neplatné parametry.';
Strings.OfficeOM.L_BindingCreationError = 'Chyba vytváření vazby';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'prohlížeč nakonfigurujte';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Kliknutím na OK povolíte {0} přístup k vašemu obsahu a osobním údajům. ';
Strings.OfficeOM.L_InvalidSetColumns = 'Zadané sloupce jsou neplatné.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Typ identity uživatele se nepodporuje.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Data jsou zastaralá. Načtěte objekt znovu.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'více volitelných objektů v seznamu parametrů';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Doplněk už žádá o přístupový token';
Strings.OfficeOM.L_ContinueButton = 'Pokračovat';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Našlo se více objektů se stejným názvem.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Povolit';
Strings.OfficeOM.L_InvalidBindingError = 'Chyba neplatné vazby';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Chybí funkce pro získání obsahu ověření';
Strings.OfficeOM.L_UnknownBindingType = 'Tento typ vazby není podporovaný.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Počkejte, než se dokončí předchozí volání.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Zadané parametry způsobují konflikt.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Požadavek jazyka JavaScript API se nezdařil, protože sešit je skrytý. Zviditelněte jej a zkuste to znovu.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Hodnota indexu řádku je mimo povolený rozsah. Použijte hodnotu (0 nebo vyšší), která je menší než počet řádků.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Operace byla zrušena uživatelem.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objekt je v umístění, kde se nepodporuje navigace.';
Strings.OfficeOM.L_InvalidRequestContext = 'Objekt nejde použít v různých kontextech požadavků.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Minimálně jeden parametr tableOptions má hodnoty, které nejsou povolené. Překontrolujte hodnoty a zkuste to znovu.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Typ zadaného datového objektu není kompatibilní s aktuálním výběrem.';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Operace se nezdařila, protože nadřazené okno je minimalizované.';
Strings.OfficeOM.L_IndexOutOfRange = 'Index je mimo rozsah.';
Strings.OfficeOM.L_OperationCancelledError = 'Operace zrušena';
Strings.OfficeOM.L_MissingRequiredArguments = 'chybí některé požadované argumenty';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Parametry souřadnic nejde použít s převodem typu Tabulka, pokud tabulka obsahuje sloučené buňky.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Operace není u tohoto typu vazby podporovaná.';
Strings.OfficeOM.L_APICallFailed = 'Volání API selhalo';
Strings.OfficeOM.L_DataStale = 'Neaktuální data';
Strings.OfficeOM.L_InvalidValue = 'Neplatná hodnota';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Nesouvislé výběry nejsou podporované.';
Strings.OfficeOM.L_BindingNotExist = 'Zadaná vazba neexistuje.';
Strings.OfficeOM.L_SSOClientError = 'V požadavku na ověření z Office se vyskytla chyba.';
Strings.OfficeOM.L_NetworkProblem = 'Problém se sítí';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Zadaný typ vazby není kompatibilní se zadanou pojmenovanou položkou.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Moment prosím...';
Strings.OfficeOM.L_DialogAlreadyOpened = 'Operace se nepovedla, protože tento doplněk už má aktivní okno.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Dosáhli jste maximální velikosti výběru';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Operace Zapisovat není pro Office podporovaná, když je otevřený modální dialogové okno.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Zadané sloupce jsou neplatné.';
Strings.OfficeOM.L_OperationNotSupported = 'Operace není podporovaná.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Doména adresy URL není obsažena v elementu AppDomains v manifestu a není subdoménou zdrojového umístění.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'více volitelných funkcí v seznamu parametrů';
Strings.OfficeOM.L_DataWriteReminder = 'Připomenutí zápisu dat';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Požadovaná sada dat je moc velká.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operace selhala, protože tento doplněk v této kategorii nepodporuje vyjádření souhlasu uživatele.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'Zadaný typ převodu není kompatibilní s tímto typem vazby.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Zadaný typ datového objektu není podporovaný.';
Strings.OfficeOM.L_ElementMissing =
  'Nemohli jsme naformátovat buňku tabulky, protože chybí některé hodnoty parametrů. Ještě jednou zkontrolujte parametry a zkuste to znovu.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'V manifestu je zadaná neplatná adresa URL prostředku.';
Strings.OfficeOM.L_UserNotSignedIn = 'Žádný uživatel není přihlášený v Office.';
Strings.OfficeOM.L_UserClickIgnore = 'Uživatel se rozhodl ignorovat dialogové okno.';
Strings.OfficeOM.L_SettingNameNotExist = 'Zadaný název nastavení neexistuje.';
Strings.OfficeOM.L_InternalErrorDescription = 'Došlo k vnitřní chybě.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Zadané parametry způsobují konflikt.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Výčet není v aktuální hostitelské aplikaci podporovaný.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Neplatné vstupní argumenty';
Strings.OfficeOM.L_EventHandlerNotExist = 'Zadaná obslužná rutina událostí se pro tuto vazbu nenašla.';
Strings.OfficeOM.L_TooManyArguments = 'příliš mnoho argumentů';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Vybraný obsah musí být ve formátu tabulky. Zformátujte data jako tabulku a zkuste to znovu.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} chce zobrazit nové okno.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_PermissionDenied = 'Oprávnění odepřena';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Probíhá pokus nastavit vlastnost jen pro čtení {0}.';
Strings.OfficeOM.L_ReadSettingsError = 'Chyba čtení nastavení';
Strings.OfficeOM.L_MemoryLimit = 'Překročený limit paměti';
Strings.OfficeOM.L_ActivityLimitReached = 'Byl dosažený limit aktivity.';
Strings.OfficeOM.L_NamedItemNotFound = 'Pojmenovaná položka neexistuje.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Toto rozhraní API se omezilo, aby se zpomalila četnost volání.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Parametry souřadnic nejde použít s převodem typu Tabulka, pokud tabulka obsahuje sloučené buňky.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metoda nebo vlastnost {0} je součástí sady požadavků {1}, která ve vaší verzi aplikace {2} není dostupná.';
Strings.OfficeOM.L_SettingsStaleError = 'Chyba zastaralých nastavení';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Nepodporovaný výčet';
Strings.OfficeOM.L_SSOConnectionLostError = 'Během procesu přihlášení se přerušilo připojení.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Zadaný typ převodu není podporovaný.';
Strings.OfficeOM.L_InvalidFormat = 'Chyba neplatného formátu';
Strings.OfficeOM.L_OutOfRange = 'Mimo rozsah';
Strings.OfficeOM.L_InvalidCoercion = 'Neplatný typ převodu';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Vlastnost {0} není k dispozici. Před přečtením hodnoty vlastnosti volejte metodu pro načtení nadřazeného objektu a potom volejte context.sync() pro přidružený kontext požadavku.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Aktuální výběr není podporovaný.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Aktuální výběr není kompatibilní se zadaným typem převodu.';
Strings.OfficeOM.L_InvalidDataFormat = 'Formát zadaného datového objektu je neplatný.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Nepovedlo se přidat obslužnou rutinu události.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Hodnota indexu sloupce je mimo povolený rozsah. Použijte hodnotu (0 nebo vyšší), která je menší než počet sloupců.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Tato relace Office nepoužívá zabezpečené připojení. Doporučujeme zařídit dodatečná opatření.';
Strings.OfficeOM.L_CustomXmlError = 'Chyba vlastního kódu XML';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Zadaný datový objekt se neshoduje s velikostí aktuálního výběru.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Před načtením dalšího souboru volejte closeAsync pro aktuální soubor.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Zadaný datový objekt není kompatibilní s tvarem nebo rozměry aktuálního výběru.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Velikost datové části žádosti překročila limit. Přečtěte si dokumentaci: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel je v režimu úprav buňky. Ukončete prosím režim úprav stisknutím klávesy ENTER nebo TAB nebo výběrem jiné buňky a pak to zkuste znovu.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Minimálně jeden parametr buňky má hodnoty, které nejsou povolené. Překontrolujte hodnoty a zkuste to znovu.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Název funkce může obsahovat pouze písmena, číslice, podtržítka a tečky.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operace se nepovedla, protože tento doplněk už žádá o přístupový token.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Zadaný typ vazby {0} není podporovaný.';
Strings.OfficeOM.L_SaveSettingsError = 'Chyba ukládání nastavení';
Strings.OfficeOM.L_InvalidObjectPath =
  'Cesta k objektu {0} není pro požadovanou akci funkční. Pokud používáte objekt ve více voláních context.sync a mimo sekvenční provádění dávky .run, použijte prosím metody context.trackedObjects.add() a context.trackedObjects.remove() pro správu životnosti objektu.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Žádost selhala se stavovým kódem {0}.';
Strings.OfficeOM.L_SettingsCannotSave = 'Nastavení nejde uložit.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Název funkce musí obsahovat neprázdný obor názvů a neprázdný krátký název.';
Strings.OfficeOM.L_HostError = 'Chyba hostitele';
Strings.OfficeOM.L_ValueNotLoaded =
  'Ještě se nenačetla hodnota výsledného objektu. Před přečtením hodnoty vlastnosti volejte metodu context.sync() pro kontext přidružené žádosti.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Zadané hodnoty rowCount nebo columnCount jsou neplatné.';
Strings.OfficeOM.L_UserAbortedMessage = 'Uživatel nevyslovil souhlas s oprávněními pro doplněk.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Zadaná velikost řezu není podporovaná.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Chybí oprávnění pro tento doplněk.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Tento doplněk nepodporuje vyjádření souhlasu uživatele.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Aplikace {0} neexistuje. Nevolá se rutina Microsoft.Office.WebExtension.initialize(reason).';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Rozhraní API identit se pro tento doplněk nepodporuje.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Typ OsfControl není podporovaný.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'V klientovi došlo k neočekávané chybě.';
Strings.OfficeOM.L_FormattingReminder = 'Připomenutí formátování';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Omlouváme se, nemůžeme pokračovat.';
Strings.OfficeOM.L_DialogNavigateError = 'Chyba navigace v dialogovém okně';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Dávková funkce předaná metodě .run nevrátila příslib. Funkce musí vracet příslib, aby se po dokončení dávkové operace mohly uvolnit automaticky sledované objekty. Obvykle se příslib vrací vrácením odpovědi z context.sync().';
Strings.OfficeOM.L_NotTrustedWAC =
  'Tento doplněk není kvůli zabezpečení povolený. Pokud chcete doplněk dále používat, potvrďte, že je tato položka hostovaná na věrohodné doméně nebo ji otevřete v desktopové aplikaci Office.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Pro změny vlastnosti {0} nejde použít metodu object.set.';
Strings.OfficeOM.L_InternalError = 'Vnitřní chyba';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Zadané hodnoty startRow nebo startColumn jsou neplatné.';
Strings.OfficeOM.L_DataReadError = 'Chyba čtení dat';
Strings.OfficeOM.L_EventRegistrationError = 'Chyba registrace události';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Zadaný uzel nejde najít.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Typ identity uživatele se nepodporuje.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Tento prohlížeč nepodporuje požadované rozhraní API.';
Strings.OfficeOM.L_MissingParameter = 'Chybějící parametr';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Hodnota je mimo povolený rozsah.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Nemohli jsme dialogové okno vytvořit kvůli omezení prohlížeče. Doména dialogového okna a doména hostitele doplňku nejsou ve stejné zóně zabezpečení.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API není v této platformě podporováno.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits = 'Poznámka: Tabulka by neměla obsahovat víc než 20 000 buněk.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Velikost datové části odpovědi překročila limit. Přečtěte si dokumentaci: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Zadaný datový objekt je moc velký.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Je zadaná neplatná adresa URL prostředku aplikace.';
Strings.OfficeOM.L_DataWriteError = 'Chyba zápisu dat';
Strings.OfficeOM.L_InvalidGetRows = 'Zadané řádky jsou neplatné.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Vlastnost {0} u objektu neexistuje.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Nepovedlo se odebrat obslužnou rutinu události.';
Strings.OfficeOM.L_InvalidNode = 'Neplatný uzel';
Strings.OfficeOM.L_InvalidFormatValue =
  'Minimálně jeden parametr formátu má hodnoty, které nejsou povolené. Překontrolujte hodnoty a zkuste to znovu.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Vyberte něco, prosím.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operace se nezdařila, protože dokument obsahující tento doplněk je neaktivní.';
Strings.OfficeOM.L_InvalidGrant = 'Chybí předběžná autorizace.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Žádost selhala se stavovým kódem {0}, kódem chyby {1} a následující chybovou zprávou: {2}';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'V Excel.Script.CustomFunctions musí být vlastnost s tímto názvem, která představuje definici funkce.';
