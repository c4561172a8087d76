Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_OutOfRange = 'Mimo rozsahu';
Strings.OfficeOM.L_DocumentReadOnly = 'Požadovaná operácia nie je v aktuálnom režime dokumentu povolená.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Neplatná operácia väzby';
Strings.OfficeOM.L_UnsupportedDataObject = 'Poskytnutý typ dátového objektu nie je podporovaný.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Chystáte sa odosielať a prijímať potenciálne citlivé informácie od {0}. Kliknite na tlačidlo OK iba vtedy, ak dôverujete nasledujúcej webovej lokalite, ktorá prijíma citlivé informácie: {1}.';
Strings.OfficeOM.L_InvalidAPICall = 'Neplatné volanie API';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Názov funkcie môže obsahovať iba písmená, číslice, znaky podčiarknutia a bodky.';
Strings.OfficeOM.L_InvalidRequestContext = 'Objekt sa nedá použiť v kontextoch rôznych žiadostí.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Obmedzenia prehliadača nám zabránili vo vytvorení dialógového okna. Doména dialógového okna a doména hostiteľa doplnku nie sú v rovnakej zóne zabezpečenia.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Ľutujeme, nemôžeme pokračovať.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Doména URL nie je zahrnutá v prvku AppDomains v manifeste a nie je subdoménou zdrojového umiestnenia.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Protokol HTTP nie je podporovaný. Použite namiesto toho HTTPS.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Zadaný dátový objekt je príliš veľký.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Požiadavka zlyhala s kódom stavu {0}, kódom chyby {1} a nasledujúcim chybovým hlásením: {2}';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} chce zobraziť nové okno.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Poznámka: Odporúča sa mať menej ako 100 súprav formátovania nastavených volaním formátovania rozhrania API.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'V tejto platforme sa nepodporuje rozhranie API.';
Strings.OfficeOM.L_InvalidBinding = 'Neplatná väzba';
Strings.OfficeOM.L_NoCapability = 'Nemáte dostatočné povolenia na vykonanie tejto akcie.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Počas procesu prihlásenia sa prerušilo spojenie a používateľ nemusí byť prihlásený. Pravdepodobne to spôsobili nastavenia konfigurácie prehliadača používateľa, ako napríklad zóny zabezpečenia.';
Strings.OfficeOM.L_InvalidGetColumns = 'Uvedené stĺpce sú neplatné.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Názov funkcie musí obsahovať neprázdny priestor názvov a neprázdny krátky názov.';
Strings.OfficeOM.L_ContinueButton = 'Pokračovať';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Vlastnosť s týmto názvom v Excel.Script.CustomFunctions, ktorá predstavuje definíciu funkcie, musí obsahovať vlastnosť call implementujúcu funkciu.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Bola zadaná neplatná URL adresa zdroja aplikácie.';
Strings.OfficeOM.L_InvalidParameters = 'Funkcia {0} má neplatné parametre.';
Strings.OfficeOM.L_InvalidCoercion = 'Neplatný typ koercie';
Strings.OfficeOM.L_DisplayDialogError = 'Chyba zobrazenia dialógového okna';
Strings.OfficeOM.L_CustomXmlError = 'Vlastná chyba XML.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'V aktuálnom kontexte je volanie API neplatné.';
Strings.OfficeOM.L_NamedItemNotFound = 'Pomenovaná položka neexistuje.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'viacero voliteľných objektov v zozname parametrov';
Strings.OfficeOM.L_InvalidValue = 'Neplatná hodnota';
Strings.OfficeOM.L_CannotWriteToSelection = 'Do aktuálneho výberu nie je možné vykonať zápis.';
Strings.OfficeOM.L_InvalidNode = 'Neplatný uzol';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operácia zlyhala, pretože tento doplnok už má aktívne modálne dialógové okno.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Prebieha pokus o nastavenie vlastnosti {0} určenej iba na čítanie.';
Strings.OfficeOM.L_InvalidSetColumns = 'Uvedené stĺpce sú neplatné.';
Strings.OfficeOM.L_DialogNavigateError = 'Chyba navigácie v dialógovom okne';
Strings.OfficeOM.L_UserAborted = 'Používateľ prerušil žiadosť o súhlas.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorovanie';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Zdieľaný obsah musí byť vo formáte tabuľky. Údaje naformátujte ako tabuľku a skúste to znova.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Počkajte, prosím ...';
Strings.OfficeOM.L_MissingParameter = 'Chýbajúci parameter';
Strings.OfficeOM.L_NotSupported = 'Funkcia {0} nie je podporovaná.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Operácia zlyhala, pretože tento doplnok už má aktívne dialógové okno.';
Strings.OfficeOM.L_NotImplemented = 'Funkcia {0} nie je implementovaná.';
Strings.OfficeOM.L_APICallFailed = 'Volanie API zlyhalo';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Tento doplnok nepodporuje súhlas používateľa.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Našlo sa viacero objektov s rovnakým názvom.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Hodnota indexu stĺpca je mimo povoleného rozsahu. Použite hodnotu (0 alebo vyššiu), ktorá je menšia ako počet stĺpcov.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Neplatná relácia alebo relácia s uplynutým časovým limitom';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argumenty odovzdané funkcii nefungujú v tejto situácii, chýbajú alebo nie sú v správnom formáte.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Typ zadaného dátového objektu nie je kompatibilný s aktuálnym výberom.';
Strings.OfficeOM.L_ActivityLimitReached = 'Dosiahol sa limit aktivít.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Neplatné vstupné argumenty.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modul sa nenačíta pred získaním tokenu';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js sa ešte úplne nenačítal. Skúste to znovu neskôr alebo pridajte funkcii Office.initialize svoj inicializačný kód.';
Strings.OfficeOM.L_InternalErrorDescription = 'Vyskytla sa interná chyba.';
Strings.OfficeOM.L_UserClickIgnore = 'Používateľ sa rozhodol ignorovať toto dialógové okno.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Používateľ zrušil operáciu.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operácia zlyhala, pretože dokument obsahujúci tento doplnok je neaktívny.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'V klientovi sa vyskytla neočakávaná chyba.';
Strings.OfficeOM.L_InvalidSetRows = 'Uvedené riadky sú neplatné.';
Strings.OfficeOM.L_ShuttingDown = 'Operácia zlyhala, pretože údaje na serveri nie sú aktuálne.';
Strings.OfficeOM.L_FormattingReminder = 'Pripomenutie formátovania';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Nepodporovaná enumerácia';
Strings.OfficeOM.L_InvalidGetRows = 'Uvedené riadky sú neplatné.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Chýba funkcia na získanie autentifikácie kontextu';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Dávková funkcia presunutá do metódy .run nevrátila sľub. Funkcia musí vrátiť sľub, aby bolo možné po dokončení operácie dávky uvoľniť všetky automaticky sledované objekty. Sľub zvyčajne vrátite vrátením odpovede z funkcie context.sync().';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Pre tento doplnok nie je podporované rozhranie API identity.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Zadaný typ koercie nie je kompatibilný s týmto typom väzby.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Aktuálny výber nie je podporovaný.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Minimálne jeden parameter tableOptions má hodnotu, ktorá nie je povolená. Ešte raz skontrolujte hodnoty a skúste to znova.';
Strings.OfficeOM.L_UserAbortedMessage = 'Používateľ nevyjadril súhlas s povoleniami doplnku.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Vykonajte výber.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Zadaná obsluha udalostí sa pre túto väzbu nenašla.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Zadaný riadok je prázdny.';
Strings.OfficeOM.L_UnknownBindingType = 'Tento typ väzby nie je podporovaný.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Na serveri sa vyskytla neočakávaná chyba.';
Strings.OfficeOM.L_CancelButton = 'Zrušiť';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Veľkosť údajovej časti požiadavky prekročila limit. Pozrite si dokumentáciu: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Spätné volanie nie je možné určiť ani v zozname argumentov ani vo voliteľnom objekte.';
Strings.OfficeOM.L_ConfirmDialog =
  'Doménový {0} vystupuje ako Microsoft Office a môže spúšťať Office doplnky, ktoré môžu získať prístup k vašim osobným údajom. Ak dôverujete doméne, ktorá sa má spustiť ako Office a získať prístup k údajom, pokračujte kliknutím na tlačidlo OK.';
Strings.OfficeOM.L_InvalidFormat = 'Chyba neplatného formátu';
Strings.OfficeOM.L_GetDataParametersConflict = 'Uvedené parametre sú v konflikte.';
Strings.OfficeOM.L_DataWriteReminder = 'Pripomenutie zapisovania údajov';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Operácia zapisovania nie je podporovaná pre Office, keď je otvorené modálne dialógové okno.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'viacero voliteľných funkcií v zozname parametrov';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operácia zlyhala, pretože tento doplnok nepodporuje súhlas používateľa v tejto kategórii';
Strings.OfficeOM.L_FileTypeNotSupported = 'Zadaný typ súboru nie je podporovaný.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Zadaný uzol sa nenašiel.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Počkajte, kým sa dokončí predchádzajúce volanie.';
Strings.OfficeOM.L_InvalidGrant = 'Chýba predbežná autorizácia.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Nastavenia zabezpečenia vo vašom prehliadači nám bránia vo vytvorení dialógového okna. Skúste iný prehliadač alebo {0} tak, aby doména {1} a doména zobrazená na paneli s adresou boli v rovnakej zóne zabezpečenia.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Hodnota výsledného objektu zatiaľ nebola načítaná. Pred čítaním vlastnosti hodnoty zavolajte príkaz context.sync() pre daný kontext požiadavky.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Operácia zlyhala, pretože nadradené okno je minimalizované.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Schéma URL adresy nie je podporovaná. Použite namiesto toho HTTPS.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Parametre súradnice nie je možné použiť s typom koercie Tabuľka, keď tabuľka obsahuje zlúčené bunky.';
Strings.OfficeOM.L_DataStale = 'Neaktuálne údaje';
Strings.OfficeOM.L_DataWriteError = 'Chyba pri zápise údajov';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Hodnota indexu riadka je mimo povoleného rozsahu. Použite hodnotu (0 alebo vyššiu), ktorá je menšia ako počet riadkov.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objekt sa nachádza na mieste, kde nie je podporovaná navigácia.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Poskytnutý dátový objekt nie je kompatibilný s tvarom alebo rozmermi aktuálneho výberu.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Hodnota je mimo povoleného rozsahu.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Spätné volanie musí byť typom funkcie, bolo typom {0}.';
Strings.OfficeOM.L_PermissionDenied = 'Povolenie odmietnuté';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Kliknutím na tlačidlo OK povolíte {0} prístup k vášmu obsahu a osobným údajom. ';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Nie je možné vytvoriť väzbu s aktuálnym výberom a so zadaným typom väzby.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Uvedené parametre sú v konflikte.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'nakonfigurujte prehliadač';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Platnosť relácie balíka Office uplynula alebo je neplatná. Ak chcete pokračovať, obnovte stránku.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Zadané hodnoty začiatočného riadka alebo začiatočného stĺpca nie sú platné.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_EventRegistrationError = 'Chyba pri registrácii udalosti';
Strings.OfficeOM.L_SettingNameNotExist = 'Zadaný názov nastavenia neexistuje.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel je v režime úpravy bunky. Ukončite režim úprav stlačením klávesu ENTER alebo TAB alebo výberom inej bunky, a potom to skúste znova.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Vlastnosť {0} sa v objekte nenachádza.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Minimálne jeden parameter bunky má hodnotu, ktorá nie je povolená. Ešte raz skontrolujte hodnoty a skúste to znova.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Získaniu súboru zabránil problém so sieťou.';
Strings.OfficeOM.L_UserNotSignedIn = 'V Office nie je prihlásený žiaden používateľ.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Zadané hodnoty počtu riadkov alebo počtu stĺpcov nie sú platné.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Chýba povolenie tohto doplnku.';
Strings.OfficeOM.L_FunctionCallFailed = 'Volanie funkcie {0} zlyhalo, kód chyby: {1}.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Toto API bolo obmedzené, aby sa spomalila rýchlosť volania.';
Strings.OfficeOM.L_MemoryLimit = 'Prekročil sa limit pamäte';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Dosiahol sa limit výberu';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Povoliť';
Strings.OfficeOM.L_InvalidObjectPath =
  'Cesta k objektu {0} nefunguje pre to, čo sa snažíte urobiť. Ak používate objekt v rámci viacerých volaní funkcie context.sync a mimo sekvenčného spúšťania dávky .run, na spravovanie životnosti objektu použite metódy context.trackedObjects.add() a context.trackedObjects.remove().';
Strings.OfficeOM.L_NotTrustedWAC =
  'Tento doplnok bol zakázaný, aby ste ostali v bezpečí. Ak chcete naďalej používať doplnok, potvrďte, že táto položka je hosťovaná v dôveryhodnej doméne alebo ju otvorte v počítačovej aplikácii balíka Office.';
Strings.OfficeOM.L_NotSupportedEventType = 'Zadaný typ udalosti {0} nie je podporovaný.';
Strings.OfficeOM.L_OperationCancelledError = 'Operácia bola zrušená';
Strings.OfficeOM.L_InvalidDataFormat = 'Formát zadaného dátového objektu nie je platný.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Tento prehliadač nepodporuje požadované API.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Operácia nastavenia zlyhala, pretože poskytnutý dátový objekt prepíše alebo posunie údaje.';
Strings.OfficeOM.L_AppNameNotExist = 'Názov doplnku pre {0} neexistuje.';
Strings.OfficeOM.L_HostError = 'Chyba hostiteľa';
Strings.OfficeOM.L_NavOutOfBound = 'Operácia zlyhala, pretože index je mimo rozsahu.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Požadovaná množina údajov je príliš veľká.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Zadaný typ koercie nie je podporovaný.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_InValidOptionalArgument = 'neplatný voliteľný argument';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Zadaný typ väzby nie je kompatibilný so zadanou pomenovanou položkou.';
Strings.OfficeOM.L_APINotSupported = 'API nie je podporované';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Doplnok si už vyžaduje prístupový token.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Parametre súradnice nie je možné použiť s typom koercie Tabuľka, keď tabuľka obsahuje zlúčené bunky.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Ak chcete pokračovať, odstráňte doplnok a pridajte ho znova alebo obnovte stránku.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Táto relácia balíka Office nepoužíva zabezpečené pripojenie. Odporúčame vám vykonať ďalšie preventívne opatrenia.';
Strings.OfficeOM.L_IndexOutOfRange = 'Index mimo rozsahu.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Zadaný dátový objekt nie je kompatibilný s typom väzby.';
Strings.OfficeOM.L_InvalidDataObject = 'Neplatný dátový objekt';
Strings.OfficeOM.L_InvalidBindingError = 'Chyba neplatnej väzby';
Strings.OfficeOM.L_NotSupportedBindingType = 'Zadaný typ väzby {0} nie je podporovaný.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Aplikácia {0} neexistuje. Nevolá sa Microsoft.Office.WebExtension.initialize(reason).';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Vlastnosť {0} nie je dostupná. Pred čítaním hodnoty vlastnosti zavolajte metódu načítania na objekt, ktorý je súčasťou, a zavolajte funkciu context.sync() v kontexte priradenej žiadosti.';
Strings.OfficeOM.L_BindingCreationError = 'Chyba pri vytváraní väzby';
Strings.OfficeOM.L_TooManyArguments = 'priveľa argumentov';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Požiadavka zlyhala s kódom stavu {0}.';
Strings.OfficeOM.L_Timeout = 'Časový limit operácie uplynul.';
Strings.OfficeOM.L_OperationNotSupported = 'Operácia nie je podporovaná.';
Strings.OfficeOM.L_InvalidArgument =
  'Argument {0} pre túto situáciu nefunguje, chýba alebo nemá správny formát.';
Strings.OfficeOM.L_BadSelectorString =
  'Reťazec odovzdaný do selektora je nesprávne naformátovaný alebo nie je podporovaný.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Obsluhu udalostí sa nepodarilo odstrániť.';
Strings.OfficeOM.L_RequestTimeout = 'Volanie sa vykonáva príliš dlho.';
Strings.OfficeOM.L_SaveSettingsError = 'Chyba nastavení ukladania';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Zadané hodnoty začiatočného riadka alebo začiatočného stĺpca nie sú platné.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Nesúvislý výber nie je podporovaný.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Požiadavka na JavaScript API zlyhala, pretože zošit bol skrytý. Odkryte zošit a skúste to znova.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'V Excel.Script.CustomFunctions musí existovať vlastnosť s týmto názvom, ktorá predstavuje definíciu funkcie.';
Strings.OfficeOM.L_BindingNotExist = 'Zadaná väzba neexistuje.';
Strings.OfficeOM.L_DataReadError = 'Chyba pri čítaní údajov';
Strings.OfficeOM.L_SSOClientError = 'V žiadosti o overenie z balíka Office sa vyskytla chyba.';
Strings.OfficeOM.L_SSOServerError = 'V poskytovateľovi overenia sa vyskytla chyba.';
Strings.OfficeOM.L_SettingsCannotSave = 'Nastavenia sa nepodarilo uložiť.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Typ identity používateľa nie je podporovaný.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Obsluhu udalostí sa nepodarilo pridať.';
Strings.OfficeOM.L_NetworkProblem = 'Problém so sieťou';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Poskytnutý dátový objekt nezodpovedá veľkosti aktuálneho výberu.';
Strings.OfficeOM.L_SettingsStaleError = 'Chyba zastaraných nastavení';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Zadaná identifikácia neexistuje.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath obmedzuje výber 1024 položiek.';
Strings.OfficeOM.L_MissingRequiredArguments = 'chýba niekoľko požadovaných argumentov';
Strings.OfficeOM.L_SettingsAreStale = 'Nastavenia sa nepodarilo uložiť, pretože nie sú aktuálne.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'V manifeste bola zadaná neplatná URL adresa zdroja.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Typ identity používateľa nie je podporovaný.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Zadaná veľkosť výseku nie je podporovaná.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operácia zlyhala, pretože tento doplnok si už vyžaduje prístupový token.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Neaktuálne údaje';
Strings.OfficeOM.L_ReadSettingsError = 'Chyba nastavení čítania';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Zmeny vlastnosti {0} nemožno použiť prostredníctvom metódy object.set.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Aktuálny výber nie je kompatibilný so zadaným typom koercie.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Uvedené stĺpce sú neplatné.';
Strings.OfficeOM.L_SelectionCannotBound = 'S aktuálnym výberom nie je možné vytvoriť väzbu.';
Strings.OfficeOM.L_InternalError = 'Vnútorná chyba';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Veľkosť údajovej časti odpovede prekročila limit. Pozrite si dokumentáciu: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Obsluha udalostí sa nedá zaregistrovať.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Minimálne jeden parameter formátu má hodnotu, ktorá nie je povolená. Ešte raz skontrolujte hodnoty a skúste to znova.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Pred získaním ďalšieho súboru zavolajte closeAsync v aktuálnom súbore.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metóda alebo vlastnosť {0} je súčasťou množiny požiadaviek rozhrania {1}, ktoré nie je k dispozícii vo vašej verzii aplikácie {2}.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Údaje sú neaktuálne. Načítať objekt znova.';
Strings.OfficeOM.L_ElementMissing =
  'Nepodarilo sa nám naformátovať bunku tabuľky, pretože niektoré hodnoty parametra chýbajú. Ešte raz skontrolujte parametre a skúste to znova.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Poznámka: V tabuľke sa odporúča mať menej ako 20 000 buniek.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Operácia nie je v tomto type väzby podporovaná.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Počas procesu prihlásenia sa prerušilo spojenie.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Aktuálna hostiteľská aplikácia nepodporuje enumeráciu.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Typ OsfControl nie je podporovaný.';
