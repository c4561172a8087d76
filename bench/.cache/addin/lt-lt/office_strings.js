Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Pažymėkite.';
Strings.OfficeOM.L_MissingParameter = 'Trūkstamas parametras';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Norėdami tęsti, pašalinkite papildinį ir įtraukite jį dar kartą arba atnaujinkite puslapį.';
Strings.OfficeOM.L_NetworkProblem = 'Tinklo problema';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Operacija nepavyko, nes pirminis langas yra minimizuotas.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Kliento programoje įvyko netikėta klaida.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operacija nepavyko, nes šis papildinys nepalaiko vartotojo sutikimo šioje kategorijoje';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Rasti keli objektai tuo pačiu pavadinimu.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Minutėlę...';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Dėl naršyklės apribojimų mums nepavyko sukurti dialogo lango. Dialogo lango domenas ir papildinio pagrindinio kompiuterio domenas yra ne tose pačiose saugos zonose.';
Strings.OfficeOM.L_BindingNotExist = 'Nurodyto susiejimo nėra.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Dabartinė pagrindinio kompiuterio taikomoji programa išvardijimo nepalaiko.';
Strings.OfficeOM.L_InvalidArgument =
  'Argumentas „{0}" šioje situacijoje neveikia, jo nėra arba formatas netinkamas.';
Strings.OfficeOM.L_UserNotSignedIn = 'Nė vienas vartotojas nėra prisijungęs prie „Office“.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Nurodytas konvertavimo tipas nesuderinamas su šiuo susiejimo tipu.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'keli pasirinktiniai objektai parametrų sąraše';
Strings.OfficeOM.L_UnsupportedDataObject = 'Pateiktas duomenų objekto tipas nepalaikomas.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Šis API buvo pertrauktas dėl lėto ryšio dažnio.';
Strings.OfficeOM.L_ActivityLimitReached = 'Pasiektas veiklos limitas.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Nurodytos „startRow“ arba „startColumn“ reikšmės yra neteisingos.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Nurodytas mazgas nerastas.';
Strings.OfficeOM.L_HostError = 'Pagrindinio kompiuterio klaida';
Strings.OfficeOM.L_SettingsAreStale = 'Parametrų įrašyti nepavyko, nes jie neatnaujinti.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Neleistinas API iškvietimas dabartiniame kontekste.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Pastaba: formatavimo API iškvietimo nustatomų formatavimo rinkinių turi būti mažiau 100.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Perduoti argumentai šioje situacijoje neveikia, jų nėra arba netinkamas jų formatas.';
Strings.OfficeOM.L_InvalidSetRows = 'Nurodytos eilutės yra neleistinos.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Objekto kelias „{0}" netinka norint atlikti šį veiksmą. Jei naudojate objektą keliuose „context.sync" iškvietimuose, o „.run" paketas nevykdomas nuosekliai, objektų naudojimo trukmę valdykite naudodami metodus „context.trackedObjects.add()" ir „context.trackedObjects.remove()".';
Strings.OfficeOM.L_InvalidResourceUrl = 'Pateiktas netinkamas programos ištekliaus URL.';
Strings.OfficeOM.L_InternalErrorDescription = 'Įvyko vidinė klaida.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  '„Excel“ veikia langelių redagavimo režimu. Išeikite iš redagavimo režimo paspausdami ENTER arba TAB arba pasirinkdami kitą langelį, tada bandykite dar kartą.';
Strings.OfficeOM.L_InvalidBindingError = 'Neleistino susiejimo klaida';
Strings.OfficeOM.L_CannotNavigateTo = 'Objektas yra vietoje, kurioje nepalaikomas naršymas.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Nurodytos „rowCount“ arba „columnCount“ reikšmės yra neteisingos.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Negretimų elementų žymėjimas nepalaikomas.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Negalima rašyti į dabartinį žymėjimą.';
Strings.OfficeOM.L_TooManyArguments = 'per daug argumentų';
Strings.OfficeOM.L_ShowWindowDialogNotification = '„{0}“ nori atidaryti naują langą.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Funkcijos pavadinime negali būti tuščios vardų srities ir tuščio trumpo pavadinimo.';
Strings.OfficeOM.L_DialogOK = 'Gerai';
Strings.OfficeOM.L_OperationCancelledError = 'Operacija atšaukta';
Strings.OfficeOM.L_DocumentReadOnly = 'Dabartiniu dokumento režimu pageidaujama operacija neleidžiama.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Nustatymo operacija nepavyko, nes pateiktas duomenų objektas perrašys arba pakeis duomenis.';
Strings.OfficeOM.L_NoCapability = 'Neturite pakankamai teisių šiam veiksmui atlikti.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Nurodyti parametrai nesuderinami.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL domenas neįtrauktas į deklaracijos „AppDomains“ elementą ir nėra šaltinio vietos padomenis.';
Strings.OfficeOM.L_DialogNavigateError = 'Dialogo lango naršymo klaida';
Strings.OfficeOM.L_InvalidBinding = 'Neleistinas susiejimas';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Deja, negalime tęsti.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Negalima taikyti ypatybės „{0}“ pakeitimų naudojant „object.set“ metodą.';
Strings.OfficeOM.L_OKButton = 'Gerai';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Deklaracijoje nurodytas netinkamas ištekliaus URL.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Nurodytos „startRow“ arba „startColumn“ reikšmės yra neteisingos.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Nurodytas segmento dydis nepalaikomas.';
Strings.OfficeOM.L_UnknownBindingType = 'Susiejimo tipas nepalaikomas.';
Strings.OfficeOM.L_APICallFailed = 'API iškvietimas nepavyko';
Strings.OfficeOM.L_CustomXmlError = 'Pasirinktinio XML klaida.';
Strings.OfficeOM.L_DataWriteReminder = 'Duomenų įrašymo priminimas';
Strings.OfficeOM.L_AppNameNotExist = 'Nėra {0} papildinio pavadinimo.';
Strings.OfficeOM.L_MissingRequiredArguments = 'trūksta kai kurių būtinų argumentų';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Ketinate siųsti ir gauti galbūt slaptą informaciją iš {0}. Spustelėkite Gerai tik tada, jei pasitikite, kad ši svetainė gauna slaptą informaciją: {1}.';
Strings.OfficeOM.L_OutOfRange = 'Už diapazono ribų';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Pateiktas duomenų objektas neatitinka dabartinio žymėjimo dydžio.';
Strings.OfficeOM.L_InvalidCoercion = 'Neleistinas privertimo tipas';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Nurodyto duomenų objekto tipas nesuderinamas su dabartiniu žymėjimu.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Šis papildinys buvo išjungtas, kad būtų užtikrintas jūsų saugumas. Norėdami ir toliau naudoti papildinį, patikrinkite, ar šis elementas yra laikomas patikimame domene arba atidarykite jį „Office“ kompiuterio taikomojoje programoje.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL schema nepalaikoma. Vietoj jos naudokite HTTPS.';
Strings.OfficeOM.L_InvalidNode = 'Neleistinas mazgas';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Operacija nepalaikoma šiam susiejimo tipui.';
Strings.OfficeOM.L_InvalidGrant = 'Trūksta išankstinio įgaliojimo.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Vartotojas atšaukė operaciją.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Excel.Script.CustomFunctions klasėje turi būti ypatybė su šiuo pavadinimu, kuris nurodo funkcijos apibrėžimą.';
Strings.OfficeOM.L_InvalidDataFormat = 'Nurodyto duomenų objekto formatas neleistinas.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Palaukite, bus baigtai ankstesni skambučiai.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Nepaisyti';
Strings.OfficeOM.L_SettingNameNotExist = 'Nėra nurodyto parametro pavadinimo.';
Strings.OfficeOM.L_CancelButton = 'Atšaukti';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Dabartinis žymėjimas nesuderinamas su nurodytu privertimo tipu.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Nurodytas duomenų objektas per didelis.';
Strings.OfficeOM.L_NotImplemented = 'Funkcija {0} neįgyvendinta.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Jūsų "Office" seansas baigėsi arba negalioja. Norėdami tęsti, atnaujinkite puslapį.';
Strings.OfficeOM.L_InvalidAPICall = 'Neleistinas API iškvietimas';
Strings.OfficeOM.L_UserClickIgnore = 'Vartotojas pasirinko nepaisyti dialogo lango.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Prieš įsigyjant atpažinimo ženklą, neįkeltas modulis';
Strings.OfficeOM.L_Timeout = 'Baigėsi operacijos laikas. ';
Strings.OfficeOM.L_CallbackNotAFunction = 'Atgalinis iškvietimas turi būti funkcijos tipo, o buvo tipo {0}.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Dabartinis žymėjimas nepalaikomas.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Nurodytas failo tipas nepalaikomas.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Nurodyti parametrai nesuderinami.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Šis „Office“ seansas nenaudoja saugaus ryšio. Rekomenduojame imtis papildomų atsargumo priemonių.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Papildinys jau prašo prieigos atpažinimo ženklo.';
Strings.OfficeOM.L_ReadSettingsError = 'Parametrų skaitymo klaida';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Kreiptis į „closeAsync“ dabartiniame faile prieš gaunant kitą.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Neleistinas seansas arba seanso skirtasis laikas baigėsi';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = '„XPath“ leidžia pasirinkti ne daugiau nei 1024 elementus.';
Strings.OfficeOM.L_InvalidGetColumns = 'Nurodyti stulpeliai yra neleistini.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Vieno arba kelių „tableOptions“ parametrų neleistinos reikšmės. Dar kartą patikrinkite reikšmes ir bandykite vėl.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Tapatybės API šiame papildinyje nepalaikomas.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Užklausos paketo dydis viršijo limitą. Žr. dokumentaciją: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins„.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Neleistina susiejimo operacija';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Pasiektas pasirinkimo limitas';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Atsako paketo dydis viršijo limitą. Žr. dokumentaciją: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins“.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Nurodytas konvertavimo tipas nepalaikomas.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Netinkami įvesties argumentai.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits = 'Pastaba: lentelės langelių skaičius neturi siekti 20 000.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Nurodyto ID nėra.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js dar ne visiškai įkeltas. Bandykite vėliau arba įtraukite savo inicijavimo kodą Office.initialize funkcijoje.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Leisti';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Excel.Script.CustomFunctions klasės ypatybėje su šiuo pavadinimu, nurodančioje funkcijos apibrėžimą, turi būti ypatybė „call“, realizuojanti funkciją.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Spustelėdami Gerai, suteiksite {0} prieigą prie savo turinio ir asmeninės informacijos. ';
Strings.OfficeOM.L_DataStale = 'Duomenys neatnaujinti';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Prisijungiant nutrūko ryšys, vartotojas gali būti neprisijungęs. Taip galėjo atsitikti dėl vartotojo naršyklės konfigūravimo parametrų, pvz., saugos zonų.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Eilutės indekso reikšmė nepriklauso leidžiamam diapazonui. Naudokite reikšmę (0 arba didesnę), kuri būtų mažesnė už eilučių skaičių.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Pasirinktas turinys turi būti lentelės formatu. Suformatuokite duomenis kaip lentelę ir bandykite dar kartą.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Vartotojo tapatybės tipas nepalaikomas.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Operacija nepavyko, nes jau yra šio papildinio aktyvus dialogo langas.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Nurodytas duomenų objektas nesuderinamas su susiejimo tipu.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Ypatybės „{0}“ objekte nėra.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Nepavyko pašalinti įvykių apdorojimo programos.';
Strings.OfficeOM.L_InValidOptionalArgument = 'neleistinas pasirinktinis argumentas';
Strings.OfficeOM.L_RequestTimeout = 'Skambutis buvo per ilgas, kad būtų galima vykdyti.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Dar neįkelta rezultatų objekto reikšmė. Prieš skaitant reikšmės ypatybę susijusiame užklausos kontekste iškvieskite „context.sync()“.';
Strings.OfficeOM.L_NotSupportedEventType = 'Nurodytas įvykio tipas {0} nepalaikomas.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Nurodytas susiejimo tipas nesuderinamas su pateiktu įvardytuoju elementu.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Serveryje įvyko netikėta klaida.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Nerasta nurodyta šio susiejimo įvykio apdorojimo programa.';
Strings.OfficeOM.L_UserAborted = 'Vartotojas atmetė sutikimo užklausą.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Ši naršyklė nepalaiko užklaustos API.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeksas yra už diapazono ribų.';
Strings.OfficeOM.L_SSOClientError = 'Autentifikavimo užklausoje iš „Office“ įvyko klaida.';
Strings.OfficeOM.L_InvalidDataObject = 'Neleistinas duomenų objektas';
Strings.OfficeOM.L_SettingsStaleError = 'Pasenusių parametrų klaida';
Strings.OfficeOM.L_SSOConnectionLostError = 'Prisijungiant nutrūko ryšys.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Dėl tinklo problemos nepavyko gauti failo.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinuotų parametrų negalima naudoti su privertimo tipu Lentelė, kai lentelėje yra sulietų langelių.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Šis papildinys nepalaiko vartotojo sutikimo.';
Strings.OfficeOM.L_OperationNotSupported = 'Operacija nepalaikoma.';
Strings.OfficeOM.L_ContinueButton = 'Tęsti';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Ypatybės „{0}" nėra. Prieš nuskaitydami ypatybės reikšmę, iškvieskite objekto „load" metodą ir susijusiame užklausos kontekste iškvieskite „context.sync()“.';
Strings.OfficeOM.L_InvalidFormat = 'Neleistina formato klaida';
Strings.OfficeOM.L_SettingsCannotSave = 'Nepavyko įrašyti parametrų.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Trūksta šio papildinio teisių suteikimo.';
Strings.OfficeOM.L_FormattingReminder = 'Formatavimo priminimas';
Strings.OfficeOM.L_ElementMissing =
  'Negalėjome suformatuoti lentelės langelio, nes trūksta kai kurių parametrų reikšmių. Dar kartą patikrinkite parametrus ir bandykite vėl.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinuotų parametrų negalima naudoti su privertimo tipu Lentelė, kai lentelėje yra sulietų langelių.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  '„JavaScript“ API užklausa nepavyko, nes darbaknygė paslėpta. Panaikinkite darbaknygės slėpimą ir bandykite dar kartą.';
Strings.OfficeOM.L_MemoryLimit = 'Viršytas atminties limitas';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Užklausa nepavyko, būsenos kodas {0}.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Negalima sukurti susiejimo su dabartiniu žymėjimu ir nurodytu susiejimo tipu.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Įvykio apdorojimo programos užregistruoti nepavyko.';
Strings.OfficeOM.L_InvalidGetRows = 'Nurodytos eilutės yra neleistinos.';
Strings.OfficeOM.L_DisplayDialogError = 'Rodyti dialogo lango klaidą';
Strings.OfficeOM.L_InternalError = 'Vidinė klaida';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP protokolas nepalaikomas. Vietoj jo naudokite HTTPS';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigūruoti naršyklę';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Reikšmė nepatenka į leidžiamą diapazoną.';
Strings.OfficeOM.L_BadSelectorString =
  'Į išrinkiklį perduota eilutė yra netinkamai suformatuota arba nepalaikoma.';
Strings.OfficeOM.L_UserAbortedMessage = 'Vartotojas nesuteikė papildinio teisių.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Kai atidarytas modalusis dialogo langas, „Office“ rašymo operacijos nepalaiko.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Stulpelių indekso reikšmė nepriklauso leidžiamam diapazonui. Naudokite reikšmę (0 arba didesnę), kuri būtų mažesnė už stulpelių skaičių.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Trūksta funkcijos, kad būtų galima gauti autentifikavimo kontekstą';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operacija nepavyko, nes šis papildinys jau prašo prieigos atpažinimo ženklo.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API nepalaikoma šioje platformoje.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Duomenys yra pasenę. Nuskaitykite objektą dar kartą.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Nurodyta eilutė yra tuščia.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Vartotojo tapatybės tipas nepalaikomas.';
Strings.OfficeOM.L_NamedItemNotFound = 'Įvardytojo elemento nėra.';
Strings.OfficeOM.L_InvalidParameters = 'Funkcija {0} turi netinkamų parametrų.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Vieno arba kelių langelių parametrų neleistinos reikšmės. Dar kartą patikrinkite reikšmes ir bandykite vėl.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Dėl jūsų naršyklės saugos parametrų negalime sukurti dialogo lango. Pabandykite kitą naršyklę arba {0}, kad „{1}“ ir naršyklės adreso juostoje rodomas domenas būtų toje pačioje saugos zonoje.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Atgalinio iškvietimo negalima nurodyti tiek argumentų sąraše, tiek pasirinktiniame objekte.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operacija nepavyko, nes dokumentas, kuriame yra šis papildinys, yra neaktyvus.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Nepavyko įtraukti įvykių apdorojimo programos.';
Strings.OfficeOM.L_SaveSettingsError = 'Parametrų įrašymo klaida';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Taikomosios programos {0} nėra. Microsoft.Office.WebExtension.Initialize(reason) neiškviesta.';
Strings.OfficeOM.L_FunctionCallFailed = 'Funkcijos {0} iškvietimas nepavyko, klaidos kodas: {1}.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Norimas duomenų rinkinys per didelis.';
Strings.OfficeOM.L_BindingCreationError = 'Susiejimo kūrimo klaida';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Paketinė funkcija, perduota „.run" metodui, negrąžino operacijos rezultato. Funkcija turi grąžinti rezultatą, kad visi automatiškai sekami objektai baigus paketinę operaciją būtų automatiškai atlaisvinti. Paprastai rezultatas grąžinamas gaunant atsakymą iš „context.sync()".';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operacija nepavyko, nes jau yra šio papildinio aktyvus modaliojo dialogo langas.';
Strings.OfficeOM.L_DataReadError = 'Duomenų skaitymo klaida';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Bandoma nustatyti tik skaitomą ypatybę „{0}“.';
Strings.OfficeOM.L_NotSupported = 'Funkcija {0} nepalaikoma.';
Strings.OfficeOM.L_SSOServerError = 'Įvyko autentifikavimo teikėjo klaida.';
Strings.OfficeOM.L_InvalidRequestContext = 'Negalima naudoti objekto skirtinguose užklausos kontekstuose.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'kelios pasirinktinės funkcijos parametrų sąraše';
Strings.OfficeOM.L_NotSupportedBindingType = 'Nurodytas susiejimo tipas {0} nepalaikomas.';
Strings.OfficeOM.L_NavOutOfBound = 'Operacija nepavyko, nes indeksas yra už diapazono ribų.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metodas ar ypatybė {0} yra „{1}“ reikalavimų rinkinio dalis, kuri nepasiekiama jūsų „{2}“ versijoje.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Užklausa nepavyko, būsenos kodas {0}, klaidos kodas {1}, klaidos pranešimas: {2}';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl tipas nepalaikomas.';
Strings.OfficeOM.L_InvalidValue = 'Neleistina reikšmė';
Strings.OfficeOM.L_InvalidFormatValue =
  'Vieno arba kelių formato parametrų neleistinos reikšmės. Dar kartą patikrinkite reikšmes ir bandykite vėl.';
Strings.OfficeOM.L_PermissionDenied = 'Teisė nesuteikta';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Funkcijos pavadinime gali būti tik raidės, skaitmenys, pabraukimo simboliai ir taškai.';
Strings.OfficeOM.L_InvalidSetColumns = 'Nurodyti stulpeliai yra neleistini.';
Strings.OfficeOM.L_DataWriteError = 'Duomenų rašymo klaida';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Nepalaikomas išvardijimas';
Strings.OfficeOM.L_ConfirmDialog =
  'Domeno {0} veikia kaip Microsoft Office ir gali paleisti Office papildinius, kurie gali pasiekti jūsų asmeninius duomenis. Jei pasitikite domenu, kurį norite vykdyti kaip Office ir pasiekti savo duomenis, spustelėkite Gerai, kad tęstumėte.';
Strings.OfficeOM.L_EventRegistrationError = 'Įvykio registracijos klaida';
Strings.OfficeOM.L_SelectionCannotBound = 'Negalima susieti su dabartiniu žymėjimu.';
Strings.OfficeOM.L_ShuttingDown = 'Operacija nepavyko, nes duomenys serveryje neatnaujinti.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Nurodyti stulpeliai yra neleistini.';
Strings.OfficeOM.L_APINotSupported = 'API nepalaikoma';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Duomenys neatnaujinti';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Pateiktas duomenų objektas nesuderinamas su dabartinio žymėjimo forma ar matmenimis.';
