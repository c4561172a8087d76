Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} dorește să afișeze o fereastră nouă.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Apel API nevalid în contextul curent.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Această operațiune a fost anulată de utilizator.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Pentru a continua, eliminați programul de completare și adăugați-l din nou sau reîmprospătați pagina.';
Strings.OfficeOM.L_InvalidDataFormat = 'Formatul obiectului de date specificat nu este valid.';
Strings.OfficeOM.L_ContinueButton = 'Continuați';
Strings.OfficeOM.L_NotSupported = 'Funcția {0} nu este acceptată.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'mai multe funcții opționale în lista parametrilor';
Strings.OfficeOM.L_ReadSettingsError = 'Eroare de citire a setărilor';
Strings.OfficeOM.L_MemoryLimit = 'Limită de memorie depășită';
Strings.OfficeOM.L_RequestTokenUnavailable = 'Acest API a fost reglat pentru a încetini frecvența de apel.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Tipul specificat de legare nu este compatibil cu elementul denumit furnizat.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Valorile rowCount sau columnCount specificate nu sunt valide.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Setul de date solicitat este prea mare.';
Strings.OfficeOM.L_DialogNavigateError = 'Eroare de navigare în dialog';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Volumul sarcinii răspunsului a depășit limita. Consultați documentația: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins”.';
Strings.OfficeOM.L_DataWriteReminder = 'Memento de scriere a datelor';
Strings.OfficeOM.L_InvalidValue = 'Valoare nevalidă';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metoda sau proprietatea {0} face parte din setul de solicitări {1}, care nu este disponibil în versiunea dvs. de {2}.';
Strings.OfficeOM.L_DataWriteError = 'Eroare de scriere a datelor';
Strings.OfficeOM.L_InvalidSetColumns = 'Coloanele specificate nu sunt valide.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Numele funcției trebuie să conțină un spațiu de nume care nu este gol și un nume scurt care nu este gol.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Apelul invers nu poate fi specificat în lista de argumente și în obiectul opțional.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Tipul obiectului de date furnizat nu este acceptat.';
Strings.OfficeOM.L_UnknownBindingType = 'Tipul de legare nu este acceptat.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Coloanele specificate nu sunt valide.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Tipul de obiect de date specificat nu este compatibil cu selecția curentă.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Proprietatea cu acest nume din Excel.Script.CustomFunctions ce reprezintă definiția funcției trebuie să conțină o proprietate de „apel”, care implementează funcția.';
Strings.OfficeOM.L_InternalErrorDescription = 'Eroare internă.';
Strings.OfficeOM.L_InvalidSetRows = 'Rândurile specificate nu sunt valide.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Selecția curentă nu este compatibilă cu tipul de impunere specificat.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath limitează selecția la 1024 elemente.';
Strings.OfficeOM.L_APICallFailed = 'Apel API nereușit';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Volumul sarcinii solicitării a depășit limita. Consultați documentația: „https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins”.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Notă: se sugerează ca seturile de formatări setate de o apelare de Formatare API să fie mai puține de 100.';
Strings.OfficeOM.L_PermissionDenied = 'Permisiunea refuzată.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Acest program de completare a fost dezactivat pentru a vă menține în siguranță. Pentru a continua utilizarea programului de completare, validați că acest element este găzduit într-un domeniu de încredere sau deschideți-l în aplicația desktop Office.';
Strings.OfficeOM.L_InvalidParameters = 'Funcția {0} are parametri nevalizi.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'configurați browserul';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Așteptați finalizarea apelului anterior.';
Strings.OfficeOM.L_SSOClientError = 'Eroare la solicitarea de autentificare din Office.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Funcția de procesare pe loturi transmisă metodei „.run” nu a returnat o promisiune. Funcția trebuie să returneze o promisiune, pentru a face posibilă eliberarea tuturor obiectelor urmărite automat la finalizarea operațiunii pe loturi. De obicei, returnați o promisiune returnând răspunsul de la „context.sync()”.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Operațiunea nu este acceptată în acest tip de legare.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Solicitarea nu a reușit, cu codul de stare {0}.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Schema adresei URL nu este acceptată. Utilizați în schimb HTTPS.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Datele sunt perimate. Regăsiți obiectul din nou.';
Strings.OfficeOM.L_NavOutOfBound = 'Operațiunea nu a reușit pentru că indexul este în afara intervalului.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Făcând clic pe OK, veți permite accesul {0} la conținutul dvs. și la informațiile personale. ';
Strings.OfficeOM.L_OperationCancelledError = 'Operațiune anulată';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Sesiune nevalidă sau expirată';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Operațiunea nu a reușit, deoarece fereastra părinte este minimizată.';
Strings.OfficeOM.L_OutOfRange = 'În afara intervalului';
Strings.OfficeOM.L_TooManyArguments = 'prea multe argumente';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Obiectul de date specificat este prea mare.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Tipul de impunere specificat nu este compatibil cu acest tip de legare.';
Strings.OfficeOM.L_InvalidGrant = 'Preautorizarea lipsește.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Tipul de impunere specificat nu este acceptat.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Programul de completare solicită deja un token de acces.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Valoarea de index a coloanei este în afara intervalului permis. Utilizați o valoare (0 sau mai mare) care este mai mică decât numărul de coloane.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Această sesiune Office nu utilizează o conexiune securizată. Vă recomandăm să luați precautions suplimentare.';
Strings.OfficeOM.L_SSOConnectionLostError = 'O conexiune a fost pierdută în timpul procesului de conectare.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Operația de legare nu este validă';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Acest program de completare nu acceptă acordul utilizatorului.';
Strings.OfficeOM.L_BindingNotExist = 'Legarea specificată nu există.';
Strings.OfficeOM.L_NetworkProblem = 'Problemă de rețea';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Selecția curentă nu este acceptată.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modulul nu se încarcă înainte de a dobândi un simbol';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Se încearcă setarea proprietății doar în citire „{0}”.';
Strings.OfficeOM.L_InvalidArgument =
  'Argumentul „{0}” nu funcționează pentru această situație, lipsește sau nu este în formatul corect.';
Strings.OfficeOM.L_CannotNavigateTo = 'Obiectul este situat într-un loc unde nu este acceptată navigarea.';
Strings.OfficeOM.L_SettingsStaleError = 'Eroare de setări învechite';
Strings.OfficeOM.L_InvalidGrantMessage = 'Nu s-au acordat permisiuni pentru acest program de completare.';
Strings.OfficeOM.L_InvalidFormat = 'Eroare de format nevalid';
Strings.OfficeOM.L_SelectionCannotBound = 'Nu se poate face legarea la selecția curentă.';
Strings.OfficeOM.L_SSOServerError = 'Eroare apărută la furnizorul de autentificare.';
Strings.OfficeOM.L_Timeout = 'Operațiunea a expirat.';
Strings.OfficeOM.L_InValidOptionalArgument = 'argument opțional incorect';
Strings.OfficeOM.L_UserNotSignedIn = 'Niciun utilizator nu este conectat la Office.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel este în modul de editare a celulelor. Ieșiți din modul de editare apăsând ENTER sau TAB sau selectând o altă celulă, apoi încercați din nou.';
Strings.OfficeOM.L_InternalError = 'Eroare internă';
Strings.OfficeOM.L_InvalidRequestContext = 'Obiectul nu se poate utiliza în contexte de solicitări diferite.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Valorile startRow sau startColumn specificate nu sunt valide.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Parametrii specificați sunt în conflict.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Nodul specificat nu a fost găsit.';
Strings.OfficeOM.L_ConfirmDialog =
  'Domeniul {0} acționează ca Microsoft Office și poate rula Office programe de completare, care vă pot accesa datele personale. Dacă aveți încredere în domeniu să ruleze ca Office și să vă acceseze datele, faceți clic pe OK pentru a continua.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Domeniul URL nu este inclus în elementul domenii AppDomain din manifest și nu este subdomeniul locației sursă.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Setările de securitate din browser ne împiedică să creăm o casetă de dialog. Încercați un alt browser, sau {0} astfel încât „{1}” și domeniul indicat în bara de adrese să fie în aceeași zonă de securitate.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Operațiunea nu a reușit, deoarece acest program de completare are deja un dialog modal activ.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Obiectul de date furnizat nu corespunde dimensiunii selecției curente.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Unul sau mai mulți dintre parametrii de format au valori nepermise. Reverificați valorile și încercați din nou.';
Strings.OfficeOM.L_CustomXmlError = 'Eroare XML particularizat.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Aplicația {0} nu există. Nu s-a apelat Microsoft.Office.WebExtension.initialize(motiv).';
Strings.OfficeOM.L_NotSupportedBindingType = 'Tipul de legare {0} specificat nu este acceptat.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'ID-ul specificat nu există.';
Strings.OfficeOM.L_CallbackNotAFunction =
  'Apelul invers trebuie să fie de tipul funcție, a fost de tipul {0}.';
Strings.OfficeOM.L_AppNameNotExist = 'Nu există un nume de program de completare pentru {0}.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'O problemă de rețea a împiedicat regăsirea fișierului.';
Strings.OfficeOM.L_BindingCreationError = 'Eroare de creare a legării';
Strings.OfficeOM.L_NamedItemNotFound = 'Elementul denumit nu există.';
Strings.OfficeOM.L_SaveSettingsError = 'Eroare de salvare a setărilor';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Sesiunea Office a expirat sau este nevalidă. Pentru a continua, reîmprospătați pagina.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Lipsește funcția de obținere a contextului de autentificare';
Strings.OfficeOM.L_ValueNotLoaded =
  'Valoarea obiectului rezultat nu a fost încărcată încă. Înainte de a citi proprietatea valoare, apelați „context.sync()” în contextul asociat solicitat.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Tipul de identitate al utilizatorului nu este acceptat.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Ne pare rău, nu putem continua.';
Strings.OfficeOM.L_CancelButton = 'Anulați';
Strings.OfficeOM.L_SettingNameNotExist = 'Numele de setare specificat nu există.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Valoarea de index a rândului este în afara intervalului permis. Utilizați o valoare (0 sau mai mare) care este mai mică decât numărul de rânduri.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Unul sau mai mulți dintre parametrii tableOptions au valori nepermise. Reverificați valorile și încercați din nou.';
Strings.OfficeOM.L_DocumentReadOnly =
  'Operațiunea solicitată nu este permisă pe modul curent al documentului.';
Strings.OfficeOM.L_UserClickIgnore = 'Utilizatorul a ales să ignore caseta de dialog.';
Strings.OfficeOM.L_InvalidResourceUrl = 'URL-ul de resurse furnizat al aplicației este nevalid.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Rutina de tratare a evenimentelor nu poate fi înregistrată.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Valoarea este în afara intervalului permis.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Vă rugăm să faceți o selecție.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Proprietatea „{0}” nu există pe obiect.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Unul sau mai mulți dintre parametrii de celule au valori nepermise. Reverificați valorile și încercați din nou.';
Strings.OfficeOM.L_DisplayDialogError = 'Afișare eroare dialog';
Strings.OfficeOM.L_DataReadError = 'Eroare de citire a datelor';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js încă nu s-a încărcat complet. Încercați din nou mai târziu sau asigurați-vă că adăugați codul de inițializare în funcția Office.initialize.';
Strings.OfficeOM.L_MissingRequiredArguments = 'unele argumente necesare lipsesc';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Sunteți pe cale să trimiteți și să primiți informații potențial sensibile de la {0}. Faceți clic pe OK doar dacă aveți încredere în următorul site web care primește informațiile sensibile: {1}.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Restricțiile browserului ne-au împiedicat să creăm caseta de dialog. Domeniul casetei de dialog și domeniul gazdei programului de completare nu sunt în aceeași zonă de securitate.';
Strings.OfficeOM.L_InvalidGetColumns = 'Coloanele specificate nu sunt valide.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Numele funcției poate conține numai litere, cifre, linii de subliniere și puncte.';
Strings.OfficeOM.L_InvalidCoercion = 'Tipul de coerciție nu este valid';
Strings.OfficeOM.L_NoCapability = 'Nu aveți suficiente permisiuni pentru această acțiune.';
Strings.OfficeOM.L_InvalidSSOAddinMessage =
  'API-ul de identitate nu este acceptat pentru acest program de completare.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Enumerare neacceptată';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Schimbările proprietății „{0}” nu pot fi aplicate printr-o metodă „object.set”.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Solicitarea nu a reușit, cu codul de stare {0}, codul de eroare {1} și următorul mesaj de eroare: {2}';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Selecțiile neadiacente nu sunt acceptate.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API-ul nu este acceptat în această platformă.';
Strings.OfficeOM.L_OperationNotSupported = 'Operație neacceptată.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Solicitarea API JavaScript nu a reușit, deoarece registrul de lucru a fost ascuns. Reafișați registrul de lucru și încercați din nou.';
Strings.OfficeOM.L_ShuttingDown = 'Operația nu a reușit pentru că datele de pe server nu sunt actuale.';
Strings.OfficeOM.L_NotImplemented = 'Funcția {0} nu este implementată.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Eroare neașteptată pe server.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'S-a atins limita de selecție';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Notă: se sugerează ca numărul de celule dintr-un tabel să fie sub 20.000 de celule.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorare';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Operația de setare nu a reușit pentru că obiectul de date furnizat va suprascrie sau va schimba datele.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Enumerarea nu este acceptată în aplicația gazdă curentă.';
Strings.OfficeOM.L_ActivityLimitReached = 'S-a atins limita de activitate.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Acest browser nu acceptă API solicitat.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Nu s-a reușit eliminarea rutinei de tratare a evenimentului.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Protocolul HTTP nu este acceptat. Utilizați în schimb HTTPS';
Strings.OfficeOM.L_InvalidDataObject = 'Obiect de date nevalid';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Argumente de intrare nevalide.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Operațiunea nu a reușit, deoarece acest program de completare are deja un dialog activ.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Un moment...';
Strings.OfficeOM.L_NotSupportedEventType = 'Tipul de eveniment {0} specificat nu este acceptat.';
Strings.OfficeOM.L_FunctionCallFailed = 'Apelul {0} la funcție nu a reușit, cod de eroare: {1}.';
Strings.OfficeOM.L_SettingsAreStale = 'Setările nu au putut fi salvate pentru că nu sunt actuale.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Nu se poate scrie în selecția curentă.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Rutina de tratare a evenimentului specificat nu a fost găsită pentru această legare.';
Strings.OfficeOM.L_EventRegistrationError = 'Eroare de înregistrare eveniment';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Nu s-a reușit adăugarea rutinei de tratare a evenimentului.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Tipul OsfControl nu este acceptat.';
Strings.OfficeOM.L_IndexOutOfRange = 'Index în afara intervalului.';
Strings.OfficeOM.L_BadSelectorString =
  'Șirul care a trecut în selector este formatat necorespunzător sau nu este acceptat.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operațiunea nu a reușit, deoarece acest program de completare nu acceptă acordul utilizatorului în această categorie';
Strings.OfficeOM.L_FormattingReminder = 'Se formatează memento-ul';
Strings.OfficeOM.L_UserAbortedMessage =
  'Utilizatorul nu a fost de acord cu permisiunile programului de completare.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Tipul de fișier specificat nu este acceptat.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Se permite';
Strings.OfficeOM.L_ElementMissing =
  'Nu am putut formata celula de tabel pentru că lipsesc unele valori de parametri. Reverificați parametrii și încercați din nou.';
Strings.OfficeOM.L_UserAborted = 'Utilizatorul a abandonat solicitarea de consimțământ.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Tipul de identitate al utilizatorului nu este acceptat.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'mai multe obiecte opționale în lista parametrilor';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Proprietatea „{0}” nu este disponibilă. Înainte de a citi valoarea proprietății, apelați metoda de încărcare pentru obiectul care o conține și apelați „context.sync()” pe contextul de solicitare asociat.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'O conexiune a fost pierdută în timpul procesului de conectare și este posibil ca utilizatorul să nu fie conectat. Acest lucru a fost cauzat probabil de setările de configurare ale browserului utilizatorului, cum ar fi zonele de securitate.';
Strings.OfficeOM.L_InvalidBinding = 'Legare nevalidă';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Rândul specificat este necompletat.';
Strings.OfficeOM.L_APINotSupported = 'API neacceptat';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Dimensiunea specificată a sectorului nu este acceptată.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Operațiunea nu a reușit, deoarece documentul care conține acest program de completare este inactiv.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Apelați closeAsync pentru fișierul curent înainte de a regăsi altul.';
Strings.OfficeOM.L_RequestTimeout = 'Executarea apelului a durat prea mult timp.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Obiectul de date furnizat nu este compatibil cu forma sau dimensiunile selecției curente.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Parametrii specificați sunt în conflict.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argumentele transmise funcției nu funcționează pentru această situație, lipsesc sau nu sunt în formatul corect.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operațiunea nu a reușit, deoarece acest program de completare solicită deja un token de acces.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'O legare nu poate fi creată cu selecția curentă și tipul de legare specificat.';
Strings.OfficeOM.L_SettingsCannotSave = 'Setările nu s-au putut salva.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Date neactuale';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Conținutul selectat trebuie să fie într-un format de tabel. Formatați datele ca tabel și încercați din nou.';
Strings.OfficeOM.L_InvalidGetRows = 'Rândurile specificate nu sunt valide.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Operațiunea de scriere nu este acceptată de Office atunci când este deschis un dialog modal.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'S-au găsit mai multe obiecte cu același nume.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Calea obiectului „{0}” nu funcționează pentru ceea ce încercați să faceți. Dacă utilizați obiectul în mai multe apeluri „context.sync” și în afara execuției secvențiale a unui lot „.run”, utilizați metodele „context.trackedObjects.add()” și „context.trackedObjects.remove()” pentru a gestiona durata de viață a obiectului.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'URL-ul specificat în manifest este nevalid.';
Strings.OfficeOM.L_HostError = 'Eroare gazdă';
Strings.OfficeOM.L_InvalidBindingError = 'Eroare de legare nevalidă';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Eroare neașteptată pe client.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Obiectul de date specificat nu este compatibil cu tipul de legare.';
Strings.OfficeOM.L_InvalidAPICall = 'Apel API nevalid';
Strings.OfficeOM.L_InvalidNode = 'Nod nevalid';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Valorile startRow sau startColumn specificate nu sunt valide.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'O proprietate cu acest nume care reprezintă definiția funcției trebuie să existe în Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Parametrii de coordonate nu se pot utiliza cu tipul de coerciție tabel când tabelul conține celule îmbinate.';
Strings.OfficeOM.L_MissingParameter = 'Parametru lipsă';
Strings.OfficeOM.L_DataStale = 'Date neactuale';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Parametrii de coordonate nu se pot utiliza cu tipul de coerciție tabel când tabelul conține celule îmbinate.';
