Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_SettingsStaleError = 'Błąd stanu ustawień';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Program Excel jest w trybie edycji komórki. Zamknij tryb edycji przez naciśnięcie klawisza ENTER lub TAB albo zaznaczenie innej komórki, a następnie spróbuj ponownie.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Ten dodatek nie obsługuje zgody użytkownika.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Dodatek już żąda tokenu dostępu.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Operacja nie powiodła się, ponieważ ten dodatek ma już aktywne okno dialogowe.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Wartość jest spoza dozwolonego zakresu.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'skonfiguruj przeglądarkę';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Typ określonego obiektu danych nie jest zgodny z bieżącym wyborem.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Uwaga: sugerowana liczba zestawów formatowania ustawiana przez wywołanie API formatowania nie powinna przekraczać 100.';
Strings.OfficeOM.L_RequestTimeout = 'Wykonywanie wywołania trwało zbyt długo.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Operacja nie jest obsługiwana dla tego typu powiązania.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Określono nieprawidłowy adres URL zasobu w manifeście.';
Strings.OfficeOM.L_OperationNotSupported = 'Ta operacja nie jest obsługiwana.';
Strings.OfficeOM.L_InvalidDataFormat = 'Format określonego obiektu danych jest nieprawidłowy.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Podany typ obiektu danych nie jest obsługiwany.';
Strings.OfficeOM.L_DataWriteError = 'Błąd zapisu danych';
Strings.OfficeOM.L_DialogInvalidScheme =
  'Schemat adresu URL nie jest obsługiwany. Użyj zamiast niego protokołu HTTPS.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Osiągnięto limit zaznaczenia';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Zezwalaj';
Strings.OfficeOM.L_InvalidGetRows = 'Określone wiersze są nieprawidłowe.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'wiele funkcji opcjonalnych na liście parametrów';
Strings.OfficeOM.L_FunctionCallFailed = 'Wywołanie funkcji {0} nie powiodło się. Kod błędu: {1}.';
Strings.OfficeOM.L_InvalidArgument =
  'Brakuje argumentu „{0}”, nie działa on w tej sytuacji lub ma niepoprawny format.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Określony typ powiązania jest niezgodny z określonym elementem nazwanym.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'wiele obiektów opcjonalnych na liście parametrów';
Strings.OfficeOM.L_InvalidAPICall = 'Nieprawidłowe wywołanie interfejsu API';
Strings.OfficeOM.L_ShuttingDown = 'Operacja nie powiodła się, ponieważ dane na serwerze są nieaktualne.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argumenty przekazane do funkcji nie działają w tej sytuacji, brakuje ich lub mają nieodpowiedni format.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Połączenie zostało utracone podczas procesu logowania się.';
Strings.OfficeOM.L_EventRegistrationError = 'Błąd rejestracji zdarzeń';
Strings.OfficeOM.L_ShowWindowDialogNotification = 'Dodatek {0} chce wyświetlić nowe okno.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Określone parametry powodują konflikt.';
Strings.OfficeOM.L_SaveSettingsError = 'Błąd zapisu ustawień';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Aplikacja {0} nie istnieje. Funkcja Microsoft.Office.WebExtension.initialize(reason) nie została wywołana.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Określone wartości wiersza początkowego/kolumny początkowej są nieprawidłowe.';
Strings.OfficeOM.L_InvalidCoercion = 'Nieprawidłowy typ przekształcenia';
Strings.OfficeOM.L_FileTypeNotSupported = 'Określony typ pliku nie jest obsługiwany.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Nieprawidłowe argumenty wejściowe.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Określony obiekt danych jest zbyt duży.';
Strings.OfficeOM.L_InternalErrorDescription = 'Wystąpił błąd wewnętrzny.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'Ten interfejs API został ograniczony w celu zmniejszenia częstotliwości wywołań.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Nazwa funkcji może zawierać tylko litery, cyfry, znaki podkreślenia i kropki.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Określony identyfikator nie istnieje.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Wykonaj wywołanie closeAsync w bieżącym pliku zanim pobierzesz inny.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operacja nie powiodła się, ponieważ ten dodatek nie obsługuje zgody użytkownika w tej kategorii';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operacja nie powiodła się, ponieważ ten dodatek już żąda tokenu dostępu.';
Strings.OfficeOM.L_InitializeNotReady =
  'Element Office.js nie został jeszcze w pełni załadowany. Spróbuj ponownie później lub dodaj kod inicjujący do funkcji Office.initialize.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Wystąpił nieoczekiwany błąd na kliencie.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Nieciągłe zaznaczenia nie są obsługiwane.';
Strings.OfficeOM.L_PermissionDenied = 'Odmowa uprawnień';
Strings.OfficeOM.L_TooManyArguments = 'za dużo argumentów';
Strings.OfficeOM.L_InternalError = 'Błąd wewnętrzny';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Niestety nie możemy kontynuować.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Bieżące zaznaczenie nie jest obsługiwane.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Dokonaj wyboru.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Podany obiekt danych nie jest zgodny z rozmiarem bieżącego wyboru.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Nie odnaleziono określonego węzła.';
Strings.OfficeOM.L_NotImplemented = 'Funkcja {0} nie jest zaimplementowana.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeks jest spoza zakresu.';
Strings.OfficeOM.L_ContinueButton = 'Kontynuuj';
Strings.OfficeOM.L_OperationCancelledError = 'Anulowano operację';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignoruj';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Nieobsługiwany typ OsfControl.';
Strings.OfficeOM.L_NoCapability = 'Nie masz wystarczających uprawnień do wykonywania tej akcji.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Wywołanie zwrotne nie może być określone zarówno na liście argumentów, jak i w obiekcie opcjonalnym.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Określony typ przekształcenia nie jest zgodny z tym typem powiązania.';
Strings.OfficeOM.L_BindingNotExist = 'Określone powiązanie nie istnieje.';
Strings.OfficeOM.L_UserAborted = 'Użytkownik przerwał żądanie zgody.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Żądany zestaw danych jest zbyt duży.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metoda lub właściwość {0} należy do zestawu wymagań {1}, który jest niedostępny w tej wersji aplikacji {2}.';
Strings.OfficeOM.L_InvalidDataObject = 'Nieprawidłowy obiekt danych';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Rozmiar ładunku żądania przekroczył limit. Zapoznaj się z dokumentacją: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins”.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Sesja pakietu Office wygasła lub jest nieprawidłowa. Aby kontynuować, Odśwież stronę.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Co najmniej jeden z parametrów format ma wartości, które nie są dozwolone. Dokładnie sprawdź wartości i spróbuj ponownie.';
Strings.OfficeOM.L_SettingNameNotExist = 'Określona nazwa ustawienia nie istnieje.';
Strings.OfficeOM.L_NotSupportedEventType = 'Określony typ zdarzenia {0} nie jest obsługiwany.';
Strings.OfficeOM.L_InvalidRequestContext = 'Nie można użyć obiektu w różnych kontekstach żądania.';
Strings.OfficeOM.L_DialogRequireHTTPS =
  'Protokół HTTP nie jest obsługiwany. Użyj zamiast niego protokołu HTTPS.';
Strings.OfficeOM.L_DialogNavigateError = 'Błąd nawigacji okna dialogowego';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Znaleziono wiele obiektów z taką samą nazwą.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Wyliczanie nie jest obsługiwane w bieżącej aplikacji hosta.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Aby kontynuować, Usuń dodatek i dodaj go ponownie lub Odśwież stronę.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Właściwość o tej nazwie, która reprezentuje definicję funkcji, musi istnieć w klasie Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'Interfejs API nie jest obsługiwany na tej platformie.';
Strings.OfficeOM.L_ElementMissing =
  'Nie można sformatować komórki tabeli, ponieważ brakuje niektórych wartości parametrów. Dokładnie sprawdź parametry i spróbuj ponownie.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Funkcja wsadowa przekazana do metody „.run” nie zwróciła obietnicy. Funkcja musi zwracać obietnicę, aby umożliwić zwalnianie automatycznie śledzonych obiektów po zakończeniu operacji wsadowej. Zazwyczaj obietnica jest zwracana przez zwrócenie odpowiedzi z metody „context.sync()”.';
Strings.OfficeOM.L_SettingsAreStale = 'Nie można zapisać ustawień, ponieważ są one nieaktualne.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_InvalidSSOAddinMessage =
  'Interfejs API tożsamości nie jest obsługiwany przez ten dodatek.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Nieaktualne dane';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Typ tożsamości użytkownika nie jest obsługiwany.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Kliknięcie przycisku OK umożliwi domenie {0} uzyskiwanie dostępu do Twojej zawartości i informacji osobistych. ';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operacja nie powiodła się, ponieważ dokument zawierający ten dodatek jest nieaktywny.';
Strings.OfficeOM.L_UserAbortedMessage = 'Użytkownik nie wyraził zgody na uprawnienia dodatku.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Rozmiar ładunku odpowiedzi przekroczył limit. Zapoznaj się z dokumentacją: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins”.';
Strings.OfficeOM.L_NamedItemNotFound = 'Nazwany element nie istnieje.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Określony wiersz jest pusty.';
Strings.OfficeOM.L_HostError = 'Błąd hosta';
Strings.OfficeOM.L_InvalidParameters = 'Funkcja {0} ma nieprawidłowe parametry.';
Strings.OfficeOM.L_InValidOptionalArgument = 'nieprawidłowy argument opcjonalny';
Strings.OfficeOM.L_SettingsCannotSave = 'Nie można zapisać ustawień.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Nie załadowano modułu przed pobraniem tokenu';
Strings.OfficeOM.L_InvalidBindingOperation = 'Nieprawidłowa operacja powiązania';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Nie można dodać obsługi zdarzeń.';
Strings.OfficeOM.L_InvalidFormat = 'Błąd: nieprawidłowy format';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Nie można zastosować zmian do właściwości „{0}” za pomocą metody „object.set”.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Właściwość o tej nazwie w klasie Excel.Script.CustomFunctions, która reprezentuje definicję funkcji, musi zawierać właściwość „call”, która zawiera implementację funkcji.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Wystąpił nieoczekiwany błąd na serwerze.';
Strings.OfficeOM.L_OutOfRange = 'Poza zakresem';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Co najmniej jeden z parametrów tableOptions ma wartości, które nie są dozwolone. Dokładnie sprawdź wartości i spróbuj ponownie.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Ten dodatek został wyłączony, aby zapewnić Ci bezpieczeństwo. Aby nadal korzystać z tego dodatku, sprawdź, czy ten element jest hostowany w zaufanej domenie, lub otwórz go w aplikacji klasycznej pakietu Office.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Określony obiekt danych jest niezgodny z typem powiązania.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Nazwa funkcji musi zawierać niepustą przestrzeń nazw i niepustą krótką nazwę.';
Strings.OfficeOM.L_AppNameNotExist = 'Nazwa dodatku {0} nie istnieje.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Określone wartości liczby wierszy/liczby kolumn są nieprawidłowe.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Wartość obiektu wyniku nie została jeszcze załadowana. Przed odczytaniem właściwości wartości wywołaj metodę „context.sync()” w skojarzonym kontekście żądania.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Podano nieprawidłowy adres URL zasobu aplikacji.';
Strings.OfficeOM.L_DisplayDialogError = 'Błąd wyświetlania okna dialogowego';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Nie można użyć parametrów współrzędnych z typem przekształcania tabeli, gdy tabela zawiera scalone komórki.';
Strings.OfficeOM.L_BindingCreationError = 'Błąd tworzenia powiązania';
Strings.OfficeOM.L_MemoryLimit = 'Przekroczono limit pamięci';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Dane są nieaktualne. Pobierz obiekt ponownie.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Operacja została anulowana przez użytkownika.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Ograniczenia przeglądarki uniemożliwiają utworzenie okna dialogowego. Domena okna dialogowego i domena hosta dodatku nie są w tej samej strefie zabezpieczeń.';
Strings.OfficeOM.L_CannotNavigateTo = 'Obiekt znajduje się w miejscu, gdzie nawigacja nie jest obsługiwana.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Podany obiekt danych jest niezgodny z kształtem lub wymiarami bieżącego zaznaczenia.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Ustawienia zabezpieczeń w przeglądarce uniemożliwiają utworzenie okna dialogowego. Użyj innej przeglądarki lub {0} tak, aby domena „{1}” i domena wyświetlana na pasku adresu znajdowały się w tej samej strefie zabezpieczeń.';
Strings.OfficeOM.L_Timeout = 'Upłynął limit czasu operacji.';
Strings.OfficeOM.L_ConfirmDialog =
  'Domena {0} działa jako pakiet Microsoft Office i może uruchamiać dodatki pakietu Office, które mogą uzyskiwać dostęp do Twoich danych osobowych. Jeśli ufasz domenie w zakresie działania jako pakiet Office i uzyskiwania dostępu do Twoich danych, kliknij przycisk OK, aby kontynuować.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Ta przeglądarka nie obsługuje żądanego interfejsu API.';
Strings.OfficeOM.L_DataReadError = 'Błąd odczytu danych';
Strings.OfficeOM.L_CallbackNotAFunction = 'Wywołanie zwrotne musi być typu funkcji. Było typu {0}.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Nie można użyć parametrów współrzędnych z typem przekształcania tabeli, gdy tabela zawiera scalone komórki.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Żądanie interfejsu API języka JavaScript nie powiodło się, ponieważ skoroszyt został ukryty. Odkryj skoroszyt i spróbuj ponownie.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Połączenie zostało utracone podczas procesu logowania się i użytkownik może nie być zalogowany. Jest to prawdopodobnie spowodowane przez ustawienia konfiguracji przeglądarki użytkownika, takie jak strefy zabezpieczeń.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Nie znaleziono określonego programu obsługi zdarzeń dla tego powiązania.';
Strings.OfficeOM.L_SSOClientError = 'Wystąpił błąd żądania uwierzytelnienia z pakietu Office.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Określone parametry powodują konflikt.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Wartość indeksu kolumny jest spoza dozwolonego zakresu. Użyj wartości (0 lub wyższej) mniejszej od liczby kolumn.';
Strings.OfficeOM.L_NetworkProblem = 'Problem z siecią';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Określony typ przekształcenia nie jest obsługiwany.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Żądanie zakończyło się niepowodzeniem. Kod stanu: {0}, kod błędu: {1}, komunikat o błędzie: {2}';
Strings.OfficeOM.L_InvalidValue = 'Nieprawidłowa wartość';
Strings.OfficeOM.L_CustomXmlError = 'Błąd niestandardowego kodu XML.';
Strings.OfficeOM.L_SSOServerError = 'Wystąpił błąd dostawcy uwierzytelniania.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Co najmniej jeden z parametrów cells ma wartości, które nie są dozwolone. Dokładnie sprawdź wartości i spróbuj ponownie.';
Strings.OfficeOM.L_SelectionCannotBound = 'Nie można powiązać z bieżącym zaznaczeniem.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Zaznaczona zawartość musi być w formacie tabeli. Sformatuj dane jako tabelę i spróbuj ponownie.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Nieprawidłowe wywołanie interfejsu API w bieżącym kontekście.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Nie można zapisać do bieżącego zaznaczenia.';
Strings.OfficeOM.L_InvalidGrant = 'Brak wstępnej autoryzacji.';
Strings.OfficeOM.L_UserNotSignedIn = 'Do pakietu Office nie jest zalogowany żaden użytkownik.';
Strings.OfficeOM.L_InvalidSetRows = 'Określone wiersze są nieprawidłowe.';
Strings.OfficeOM.L_InvalidSetColumns = 'Określone kolumny są nieprawidłowe.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Poczekaj na ukończenie poprzedniego wywołania.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Nie można utworzyć powiązania przy użyciu bieżącego zaznaczenia i określonego typu powiązania.';
Strings.OfficeOM.L_DataWriteReminder = 'Przypomnienie o zapisie danych';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Problem z siecią uniemożliwił pobranie pliku.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Żądanie zakończyło się niepowodzeniem z kodem stanu {0}.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Bieżące zaznaczenie nie jest zgodne z określonym typem przekształcenia.';
Strings.OfficeOM.L_MissingParameter = 'Brak parametru';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'Wyrażenie XPath ogranicza wybór do 1024 elementów.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Operacja ustawiania nie powiodła się, ponieważ podany obiekt danych zastąpi lub przesunie dane.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Brak funkcji do pobrania kontekstu uwierzytelniania';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Określone kolumny są nieprawidłowe.';
Strings.OfficeOM.L_FormattingReminder = 'Przypomnienie o formatowaniu';
Strings.OfficeOM.L_InvalidNode = 'Nieprawidłowy węzeł';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operacja nie powiodła się, ponieważ ten dodatek ma już aktywne modalne okno dialogowe.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Uwaga: sugerowana liczba komórek w tabeli nie powinna przekraczać 20 000.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Ta sesja pakietu Office nie używa bezpiecznego połączenia. Zalecamy podjęcie dodatkowych środków ostrożności.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Nieobsługiwane wyliczenie';
Strings.OfficeOM.L_CannotRegisterEvent = 'Nie można zarejestrować programu obsługi zdarzeń.';
Strings.OfficeOM.L_ActivityLimitReached = 'Osiągnięto limit aktywności.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Operacja zapisu nie jest obsługiwana w przypadku pakietu Office, gdy otwarte jest modalne okno dialogowe.';
Strings.OfficeOM.L_MissingRequiredArguments = 'brakuje niektórych wymaganych argumentów';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Chwileczkę...';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Podejmowanie próby ustawienia właściwości tylko do odczytu „{0}”.';
Strings.OfficeOM.L_NotSupported = 'Funkcja {0} nie jest obsługiwana.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Brak uprawnień dla tego dodatku.';
Strings.OfficeOM.L_InvalidBinding = 'Nieprawidłowe powiązanie';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Określony rozmiar wycinka jest nieobsługiwany.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Wartość indeksu wiersza jest spoza dozwolonego zakresu. Użyj wartości (0 lub wyższej) mniejszej od liczby wierszy.';
Strings.OfficeOM.L_UnknownBindingType = 'Typ powiązania nie jest obsługiwany.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Typ tożsamości użytkownika nie jest obsługiwany.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Zamierzasz wysyłać i odbierać potencjalnie poufne informacje z {0}. Kliknij przycisk OK tylko wtedy, gdy ufasz następującej witrynie internetowej odbierającej informacje poufne: {1}.';
Strings.OfficeOM.L_APICallFailed = 'Wywołanie interfejsu API nie powiodło się';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Nie można usunąć obsługi zdarzeń.';
Strings.OfficeOM.L_APINotSupported = 'Interfejs API nie jest obsługiwany';
Strings.OfficeOM.L_DocumentReadOnly = 'Żądana operacja jest niedozwolona w bieżącym trybie dokumentu.';
Strings.OfficeOM.L_ReadSettingsError = 'Błąd odczytu ustawień';
Strings.OfficeOM.L_NavOutOfBound = 'Operacja nie powiodła się, ponieważ indeks jest spoza zakresu.';
Strings.OfficeOM.L_InvalidGetColumns = 'Określone kolumny są nieprawidłowe.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Właściwość „{0}” jest niedostępna. Przed odczytaniem wartości właściwości wywołaj metodę load dla zawierającego ją obiektu i wywołaj metodę „context.sync()” w skojarzonym kontekście żądania.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Określony typ powiązania {0} nie jest obsługiwany.';
Strings.OfficeOM.L_DataStale = 'Nieaktualne dane';
Strings.OfficeOM.L_CancelButton = 'Anuluj';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Właściwość „{0}” nie istnieje w tym obiekcie.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Ścieżka obiektu „{0}” nie działa w tej sytuacji. Jeśli używasz obiektu w wielu wywołaniach elementu „context.sync” i poza wykonywaniem sekwencyjnym elementu wsadowego „.run”, użyj metod „context.trackedObjects.add()” i „context.trackedObjects.remove()” do zarządzania okresem istnienia obiektu.';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Operacja nie powiodła się, ponieważ okno nadrzędne jest zminimalizowane.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Określone wartości wiersza początkowego/kolumny początkowej są nieprawidłowe.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Domena adresu URL nie jest dołączona do elementu AppDomains w manifeście i nie jest poddomeną lokalizacji źródłowej.';
Strings.OfficeOM.L_InvalidBindingError = 'Błąd nieprawidłowego powiązania';
Strings.OfficeOM.L_UserClickIgnore = 'Użytkownik wybrał opcję zignorowania okna dialogowego.';
Strings.OfficeOM.L_BadSelectorString =
  'Ciąg przekazany do selektora jest nieprawidłowo sformatowany lub nieobsługiwany.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Sesja jest nieprawidłowa lub upłynął jej limit czasu';
