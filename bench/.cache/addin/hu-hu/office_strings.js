Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_UserNotSignedIn = 'Nincs felhasználó bejelentkezve az Office-ba.';
Strings.OfficeOM.L_FileTypeNotSupported = 'A megadott fájltípus nem támogatott.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Sikertelen volt a kérelem. Állapotkód: {0}.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'A böngészőre vonatkozó korlátozások miatt nem sikerült létrehozni a párbeszédpanelt, mert annak tartománya nem ugyanabban a biztonsági zónában van, mint a bővítménygazdáé.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'A nem összefüggő kijelölések használata nem támogatott.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Sajnos nem tudjuk folytatni.';
Strings.OfficeOM.L_SettingsStaleError = 'Hiba: elavult beállítások';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Másik fájl lekérése előtt hívja meg a closeAsync metódust ezen a fájlon.';
Strings.OfficeOM.L_DataWriteReminder = 'Adatírási emlékeztető';
Strings.OfficeOM.L_InvalidBindingError = 'Hiba: érvénytelen kötés';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'A JavaScript API-kérés nem sikerült, mert a munkafüzet rejtett. Jelenítse meg a munkafüzetet, majd próbálkozzon újra.';
Strings.OfficeOM.L_AppNameNotExist = 'A(z) {0} bővítményneve nem létezik.';
Strings.OfficeOM.L_SaveSettingsError = 'Beállításmentési hiba';
Strings.OfficeOM.L_NavOutOfBound = 'Sikertelen volt a művelet, mert az index kívül esik a tartományon.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Az adatok nem naprakészek';
Strings.OfficeOM.L_InitializeNotReady =
  'Az Office.js fájl betöltése még nem fejeződött be. Próbálkozzon újra később, vagy ellenőrizze, hogy hozzáadta-e az inicializálási kódot az Office.initialize függvényhez.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'A válasz hasznosadat-mérete túllépte a korlátot. Kérjük, tekintse meg a dokumentációt: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'A megadott kötési típus nem kompatibilis a megadott névvel ellátott elemmel.';
Strings.OfficeOM.L_ShuttingDown = 'A művelet nem sikerült, mert a kiszolgálón lévő adatok nem naprakészek.';
Strings.OfficeOM.L_UnsupportedDataObject = 'A megadott adatobjektum típusa nem támogatott.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Az Excel.Script.CustomFunctions osztályban léteznie kell egy ilyen nevű, a függvény definícióját jelző tulajdonságnak.';
Strings.OfficeOM.L_DialogNavigateError = 'Párbeszédpanel-navigációs hiba';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Az érték kívül esik a megengedett tartományon.';
Strings.OfficeOM.L_SelectionCannotBound = 'A jelenlegi kijelöléshez nem lehet kötni.';
Strings.OfficeOM.L_ContinueButton = 'Folytatás';
Strings.OfficeOM.L_InvalidSetColumns = 'A megadott oszlopok érvénytelenek.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'A token beszerzése előtt a modul nem töltődik be';
Strings.OfficeOM.L_NoHttpsWAC =
  'Ez az Office-munkamenet nem biztonságos kapcsolatot használ. További óvintézkedések megtételét javasoljuk.';
Strings.OfficeOM.L_InvalidBinding = 'Érvénytelen kötés';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Érvénytelen az erőforrás jegyzékfájlban megadott URL-címe.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Sikertelen volt az eseménykezelő regisztrálása.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Kérjük, várjon ...';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'A hitelesítési környezet lekérésére szolgáló függvény hiányzik';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Az Office-munkamenet elévült vagy érvénytelen. A folytatáshoz frissítse a lapot.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Nem sikerült eltávolítani az eseménykezelőt.';
Strings.OfficeOM.L_CannotNavigateTo = 'Az objektum olyan helyen található, ahol a navigálás nem támogatott.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Az URL tartománya nem található meg a jegyzékfájl AppDomains elemében, és nem résztartománya a forráshelynek.';
Strings.OfficeOM.L_MissingRequiredArguments = 'hiányzik néhány kötelező argumentum';
Strings.OfficeOM.L_BindingNotExist = 'A megadott kötés nem létezik.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Az oszlopindex értéke kívül esik az engedélyezett tartományon. Csak az oszlopok számánál kisebb, nem negatív szám adható meg.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'A függvény nevében csak betűk, számok, aláhúzásjelek és pontok szerepelhetnek.';
Strings.OfficeOM.L_BadSelectorString =
  'A választónak átadott karakterlánc helytelenül van formázva vagy nem támogatott.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Megszakadt a kapcsolat a bejelentkezés közben, ezért lehet, hogy a felhasználó nem tudott bejelentkezni. A problémát valószínűleg a felhasználó böngészőjének beállításai (köztük a biztonsági zónák beállításai) okozzák.';
Strings.OfficeOM.L_NotSupportedBindingType = 'A megadott kötéstípus ({0}) nem támogatott.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Nem sikerült hozzáadni az eseménykezelőt.';
Strings.OfficeOM.L_NotSupported = 'A(z) {0} függvény nem támogatott.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Ez a bővítmény nem támogatja a felhasználói beleegyezés használatát.';
Strings.OfficeOM.L_EventHandlerNotExist = 'A megadott eseménykezelő nem található ehhez a kötéshez.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'A kérelem hasznosadat-mérete túllépte a korlátot. Kérjük, tekintse meg a dokumentációt: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Nem érhető el a(z) „{0}” tulajdonság. A tulajdonság értékének olvasása előtt hívja meg a betöltési metódust a tároló objektumon, és hívja meg a „context.sync()” metódust a társított kérelemkontextuson.';
Strings.OfficeOM.L_FunctionCallFailed = 'A(z) {0} függvény hívása sikertelen, hibakód: {1}.';
Strings.OfficeOM.L_CancelButton = 'Mégse';
Strings.OfficeOM.L_NotTrustedWAC =
  'Ez a bővítmény le van tiltva a biztonsága érdekében. A bővítmény további használatához ellenőrizze, hogy az elem megbízható tartományban található-e, vagy nyissa meg az Office asztali alkalmazásban.';
Strings.OfficeOM.L_DataStale = 'Az adatok nem naprakészek';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Elérte a kijelölési korlátot';
Strings.OfficeOM.L_RequestTimeout = 'Túl sokáig tartott a hívás végrehajtása.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigurálja a böngészőt úgy';
Strings.OfficeOM.L_InvalidRequestContext = 'Az objektum nem használható több különböző kérelemkontextusban.';
Strings.OfficeOM.L_DataReadError = 'Adatolvasási hiba';
Strings.OfficeOM.L_OutOfRange = 'Tartományon kívüli érték';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'A sorindex értéke kívül esik a megengedett tartományon. Olyan értéket használjon (0-t vagy nagyobbat), amely kisebb, mint a sorok száma.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'A függvénynek átadott argumentumok nem használhatók ehhez az esethez, hiányoznak, vagy helytelen a formátumuk.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Az eredményobjektum értéke még nem lett betöltve. Az értéktulajdonság olvasása előtt hívja meg a „context.sync()” függvényt a kapcsolódó kérelemkontextushoz.';
Strings.OfficeOM.L_InValidOptionalArgument = 'érvénytelen választható argumentum';
Strings.OfficeOM.L_SettingsAreStale = 'Nem sikerült menteni a beállításokat, mert nem naprakészek.';
Strings.OfficeOM.L_InternalError = 'Belső hiba';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Hálózati hiba megakadályozta a fájl lekérését.';
Strings.OfficeOM.L_DocumentIsInactive =
  'A művelet nem sikerült, mert a bővítményt tartalmazó dokumentum inaktív.';
Strings.OfficeOM.L_InvalidCoercion = 'Érvénytelen típuskonverzió';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Mellőzés';
Strings.OfficeOM.L_MemoryLimit = 'A program túllépte a memóriakorlátot';
Strings.OfficeOM.L_UserClickIgnore = 'A felhasználó úgy döntött, hogy mellőzi a párbeszédpanelt.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinátaparaméterek nem használhatók a Táblázat fajtájú típuskonverzióhoz, ha a táblázat egyesített cellákat tartalmaz.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Böngészője nem támogatja a kért API-t.';
Strings.OfficeOM.L_IndexOutOfRange = 'Az index kívül esik az engedélyezett tartományon.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinátaparaméterek nem használhatók a Táblázat fajtájú típuskonverzióhoz, ha a táblázat egyesített cellákat tartalmaz.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'A művelet nem sikerült, mert már van aktív modális párbeszédpanele a bővítménynek.';
Strings.OfficeOM.L_PermissionDenied = 'Engedély megtagadva';
Strings.OfficeOM.L_DialogRequireHTTPS =
  'A HTTP protokoll nem támogatott. Használja helyette a HTTPS protokollt';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'A jelenlegi kijelölés nem kompatibilis a megadott típuskonverzióval.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'A számbavétel nem támogatott az aktuális gazdaalkalmazásban.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Legalább egy formátumparaméterhez érvénytelen értéket adott meg. Ellenőrizze az értékeket, és próbálkozzon újra.';
Strings.OfficeOM.L_InvalidSetRows = 'A megadott sorok érvénytelenek.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'A megadott típuskonverzió nem támogatott.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Az OK gombra kattintással engedélyezi a(z) {0} tartomány számára, hogy hozzáférjen az Ön tartalmaihoz és személyes adataihoz. ';
Strings.OfficeOM.L_APINotSupported = 'Nem támogatott API';
Strings.OfficeOM.L_OperationNotSupported = 'A művelet nem támogatott.';
Strings.OfficeOM.L_CallbackNotAFunction =
  'A visszahívás típusa csak függvény lehet, de ehelyett {0} típusú volt.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'A megadott sor üres.';
Strings.OfficeOM.L_InvalidGrant = 'Nem történt meg az előzetes engedélyezés.';
Strings.OfficeOM.L_DataWriteError = 'Adatírási hiba';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'A(z) {0} tulajdonság módosításai nem léptethetők érvénybe object.set metódussal.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Hiba történt az ügyfélgépen.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Megjegyzés: a formázási API hívásával beállított formázási készletek javasolt maximális száma 100.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'A függvény nevének nem üres névteret és nem üres rövid nevet kell tartalmaznia.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Az URL-séma nem támogatott. Használja helyette a HTTPS protokollt.';
Strings.OfficeOM.L_DocumentReadOnly = 'A kért művelet nem engedélyezett a jelenlegi dokumentummódban.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Sikertelen volt a művelet, mert a bővítmény már kért hozzáférési jogkivonatot.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'A kijelölt tartalomnak táblázatformátumúnak kell lennie. Formázza az adatokat táblázatként, és próbálkozzon újra.';
Strings.OfficeOM.L_InvalidValue = 'Érvénytelen érték';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Megjegyzés: a táblázatcellák javasolt maximális száma 20 000.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Ezen a kötéstípuson nem támogatott a művelet.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Ez az objektumelérési út ({0}) nem alkalmas arra a célra, amelyre használni próbálja. Ha az objektumot több „context.sync” híváson keresztül, egy .run köteg szekvenciális végrehajtási rendjén kívül használja, akkor kérjük, a „context.trackedObjects.add()” és a „context.trackedObjects.remove()” metódus segítségével kezelje az objektum élettartamát.';
Strings.OfficeOM.L_APICallFailed = 'Nem sikerült az API-hívás';
Strings.OfficeOM.L_SSOServerError = 'Hiba történt a hitelesítésszolgáltatón.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'A hívásgyakoriság csökkentése érdekében az API szabályozva lett.';
Strings.OfficeOM.L_InvalidNode = 'Érvénytelen csomópont';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Nem támogatott számbavétel';
Strings.OfficeOM.L_InvalidParameters = 'A(z) {0} függvénynek érvénytelen paraméterei vannak.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Nem támogatott a felhasználó identitástípusa.';
Strings.OfficeOM.L_UserAbortedMessage =
  'A felhasználó nem járult hozzá, hogy engedélyeket rendeljünk a bővítményhez.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'A megadott adatobjektum nem egyezik a jelenlegi kijelölés méretével.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'A visszahívás nem adható meg az argumentumlistában és a választható objektumban is.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'A megadott azonosító nem létezik.';
Strings.OfficeOM.L_SettingsCannotSave = 'Nem sikerült menteni a beállításokat.';
Strings.OfficeOM.L_InvalidGetColumns = 'A megadott oszlopok érvénytelenek.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Várjon, amíg az előző hívás befejeződik.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Nem találjuk a bővítményhez tartozó engedélyeket.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Megszakadt a kapcsolat a bejelentkezés közben.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Ehhez a bővítményhez nem használható az identitáskezelő API.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Érvénytelen beviteli argumentumok.';
Strings.OfficeOM.L_Timeout = 'Időtúllépést okozott a művelet.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'A megadott adatobjektum nem kompatibilis a kötéstípussal.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'A jelenlegi kijelöléssel és a megadott kötéstípussal nem hozható létre kötés.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'több választható objektum van a paraméterlistában';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'A megadott adatobjektum típusa nem kompatibilis a jelenlegi kijelöléssel.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'A böngésző biztonsági beállításai nem engedélyezik párbeszédpanelek létrehozását. Próbálkozzon másik böngészővel, vagy {0}, hogy a(z) {1} tartomány ugyanabban a biztonsági zónában legyen, mint a címsorban látható tartomány.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Az OsfControl típus nem támogatott.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'A jelenlegi kijelölés nem támogatott.';
Strings.OfficeOM.L_InvalidFormat = 'Hiba: érvénytelen formátum';
Strings.OfficeOM.L_NotSupportedEventType = 'A megadott eseménytípus ({0}) nem támogatott.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Több azonos nevű objektum található.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'A felhasználó megszakította a műveletet.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Legalább egy tableOptions paraméterhez érvénytelen értéket adott meg. Ellenőrizze az értékeket, és próbálkozzon újra.';
Strings.OfficeOM.L_InvalidGetRows = 'A megadott sorok érvénytelenek.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'A megadott szeletelőméret nem támogatott.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Hiba történt a kiszolgálón.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'több választható függvény van a paraméterlistában';
Strings.OfficeOM.L_InvalidCellsValue =
  'Legalább egy cellaparaméterhez érvénytelen értéket adott meg. Ellenőrizze az értékeket, és próbálkozzon újra.';
Strings.OfficeOM.L_InternalErrorDescription = 'Belső hiba történt.';
Strings.OfficeOM.L_ReadSettingsError = 'Beállításolvasási hiba';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'A megadott csomópont nem található.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Sikertelen volt a művelet, mert ez a bővítmény nem támogatja a felhasználói beleegyezés használatát ebben a kategóriában.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Válasszon a lehetőségek közül.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Érvénytelen kötési művelet';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Az Excel.Script.CustomFunctions osztály ilyen nevű, a függvény definícióját jelző tulajdonságának tartalmaznia kell a függvényt implementáló call tulajdonságot.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Nem támogatott típusú a felhasználó identitása.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'A megadott oszlopok érvénytelenek.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'Az XPath a kijelölés méretét 1024 elemre korlátozza.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'A kezdő sorként vagy kezdő oszlopként megadott érték érvénytelen.';
Strings.OfficeOM.L_InvalidDataObject = 'Érvénytelen adatobjektum';
Strings.OfficeOM.L_NamedItemNotFound = 'A névvel ellátott elem nem létezik.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'A bővítmény már kért hozzáférési jogkivonatot.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Az írási művelet nem támogatott az Office-ban, ha meg van nyitva egy modális párbeszédpanel.';
Strings.OfficeOM.L_NoCapability = 'Nincs megfelelő engedélye a művelet végrehajtására.';
Strings.OfficeOM.L_FormattingReminder = 'Formázási emlékeztető';
Strings.OfficeOM.L_DisplayDialogError = 'Párbeszédpanel-megjelenítési hiba';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Kísérlet történt az írásvédett {0} tulajdonság beállítására.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Az objektum nem tartalmaz {0} nevű tulajdonságot.';
Strings.OfficeOM.L_ActivityLimitReached = 'Elérte a tevékenységkorlátot.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Cellaszerkesztőmódban van az Excel. Kérjük, lépjen ki a szerkesztőmódból az Enter vagy a Tab billentyű megnyomásával, és próbálkozzon újra.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'Ezen a platformon nem támogatott az API.';
Strings.OfficeOM.L_EventRegistrationError = 'Eseményregisztrációs hiba';
Strings.OfficeOM.L_GetDataIsTooLarge = 'A kért adatkészlet túl nagy.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'A(z) {0} metódus vagy tulajdonság a(z) {1} követelménykészlet része, amely azonban nem található meg a telepített {2}-verzióban.';
Strings.OfficeOM.L_BindingCreationError = 'Kötés-létrehozási hiba';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Az adatok elavultak. Kérje le újra az objektumot.';
Strings.OfficeOM.L_ConfirmDialog =
  'A tartomány {0} Microsoft Office működik, és futtathat Office bővítményeket, amelyek hozzáférhetnek a személyes adataihoz. Ha megbízik abban, hogy a tartomány Office fut, és hozzáfér az adatokhoz, kattintson az OK gombra a folytatáshoz.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'A(z) {0} alkalmazás nem létezik. A Microsoft.Office.WebExtension.initialize(reason) elem hívása nem történik meg.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Érvénytelen az alkalmazás-erőforráshoz megadott URL-cím.';
Strings.OfficeOM.L_NetworkProblem = 'Hálózati hiba';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Érvénytelen API-hívás az aktuális környezetben.';
Strings.OfficeOM.L_UserAborted = 'A felhasználó megszakította a jóváhagyáskérést.';
Strings.OfficeOM.L_NotImplemented = 'A(z) {0} függvény nincs implementálva.';
Strings.OfficeOM.L_InvalidArgument =
  'A(z) „{0}” argumentum ebben a helyzetben nem használható, hiányzik, vagy formátuma helytelen.';
Strings.OfficeOM.L_UnknownBindingType = 'A kötési típus nem támogatott.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'A beállítási művelet nem sikerült, mert a megadott adatobjektum felülírná vagy eltolná az adatokat.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'A művelet nem sikerült, mert a szülőablak kis méretű.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'A folytatáshoz távolítsa el a bővítményt, és adja hozzá újra, vagy frissítse a lapot.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'A .run metódusnak átadott kötegelt függvény nem adott vissza ígéretet. A függvénynek ígéretet kell visszaadnia, hogy a kötegművelet lefutása után az automatikusan követett objektumokat fel lehessen szabadítani. Az ígéret visszaadása általában egy válasz visszaküldését jelenti a „context.sync()” metódustól.';
Strings.OfficeOM.L_CustomXmlError = 'Egyéni XML-hiba.';
Strings.OfficeOM.L_TooManyArguments = 'túl sok argumentum';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Arra készül, hogy potenciálisan bizalmas adatokat küldjön és fogadjon {0}. Csak akkor kattintson az OK gombra, ha megbízik abban, hogy a következő webhely bizalmas adatokat kap: {1}.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Sikertelen volt a kérelem. Állapotkód: {0}, hibakód: {1}. Hibaüzenet: {2}';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'A kezdő sorként vagy kezdő oszlopként megadott érték érvénytelen.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Engedélyezés';
Strings.OfficeOM.L_CannotWriteToSelection = 'A jelenlegi kijelölés nem írható.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'A megadott adatobjektum túl nagy.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'A megadott adatobjektum nem kompatibilis a jelenlegi kijelölés alakjával vagy méreteivel.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'A sorok vagy oszlopok számának megadott értéke érvénytelen.';
Strings.OfficeOM.L_GetDataParametersConflict = 'A megadott paraméterek ütköznek.';
Strings.OfficeOM.L_InvalidDataFormat = 'A megadott adatobjektum formátuma érvénytelen.';
Strings.OfficeOM.L_SetDataParametersConflict = 'A megadott paraméterek ütköznek.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'A művelet nem sikerült, mert már van aktív párbeszédpanele a bővítménynek.';
Strings.OfficeOM.L_HostError = 'Állomáshiba';
Strings.OfficeOM.L_OperationCancelledError = 'Művelet megszakítva';
Strings.OfficeOM.L_SSOClientError = 'Hibás az Office-tól érkezett hitelesítési kérelem.';
Strings.OfficeOM.L_MissingParameter = 'Hiányzó paraméter';
Strings.OfficeOM.L_ElementMissing =
  'Nem sikerült a táblázatcella formázása, mert hiányzik néhány paraméterérték. Ellenőrizze a paramétereket, és próbálkozzon újra.';
Strings.OfficeOM.L_SettingNameNotExist = 'A megadott beállításnév nem létezik.';
Strings.OfficeOM.L_InvalidAPICall = 'Érvénytelen API-hívás';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'A megadott típuskonverzió nem kompatibilis ezzel a kötéstípussal.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Érvénytelen vagy lejárt időkorlátú munkamenet';
Strings.OfficeOM.L_ShowWindowDialogNotification = 'A(z) {0} új ablakot próbál megnyitni.';
