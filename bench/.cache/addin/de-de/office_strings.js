Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Der angegebenen Koersionstyp ist mit diesem Bindungstyp nicht kompatibel.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Mindestens einer der "cells"-Parameter besitzt einen Wert, der nicht zulässig ist. Überprüfen Sie die Werte genau, und versuchen Sie es erneut.';
Strings.OfficeOM.L_NotImplemented = 'Funktion {0} ist nicht implementiert.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Das angegebene Datenobjekt ist zu groß.';
Strings.OfficeOM.L_MissingRequiredArguments = 'fehlen einige erforderliche Argumente';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Unerwarteter Fehler auf dem Server.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Unerwarteter Fehler im Client.';
Strings.OfficeOM.L_InvalidSetColumns = 'Die angegebenen Spalten sind ungültig.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigurieren Sie Ihren Browser';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel befindet sich im Zellbearbeitungsmodus. Beenden Sie den Bearbeitungsmodus, indem Sie die EINGABE- oder TAB-TASTE drücken, oder indem eine andere Zelle auswählen, und versuchen Sie es dann noch mal.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Ungültige Eingabeargumente.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_UnknownBindingType = 'Der Bindungstyp wird nicht unterstützt.';
Strings.OfficeOM.L_PermissionDenied = 'Zugriff verweigert.';
Strings.OfficeOM.L_InvalidBinding = 'Ungültige Bindung.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Die angegebenen rowCount- oder columnCount-Werte sind ungültig.';
Strings.OfficeOM.L_InvalidDataObject = 'Ungültiges Datenobjekt.';
Strings.OfficeOM.L_CustomXmlError = 'Benutzerdefiniertes XML-Fehler.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'Diese API wurde eingeschränkt, um die Anrufhäufigkeit herabzusetzen.';
Strings.OfficeOM.L_APINotSupported = 'Nicht unterstützte API.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Warten Sie, bis der vorherige Aufruf abgeschlossen ist.';
Strings.OfficeOM.L_NetworkProblem = 'Netzwerkproblem';
Strings.OfficeOM.L_BindingNotExist = 'Die angegebene Bindung ist nicht vorhanden.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Die Eigenschaft "{0}" ist für das Objekt nicht vorhanden.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Der angeforderte Datensatz ist zu groß.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Der angegebene Ereignishandler für diese Bindung wurde nicht gefunden.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Die angegebene Datenschnittgröße wird nicht unterstützt.';
Strings.OfficeOM.L_DisplayDialogError = 'Dialoganzeigefehler';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Die aktuelle Auswahl ist mit dem angegebenen Koersionstyp nicht kompatibel.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Der angegebene Koersionstyp wird nicht unterstützt.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Die angegebenen Parameter stehen in Konflikt.';
Strings.OfficeOM.L_CannotWriteToSelection = 'In die aktuelle Auswahl kann nicht geschrieben werden.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Der Vorgang ist fehlgeschlagen, weil für dieses Add-In bereits ein Dialogfeld aktiv ist.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Hinweis: Die Anzahl der Zellen in einer Tabelle sollte unter 20.000 Zellen liegen.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Eine Eigenschaft mit diesem Namen, die die Definition der Funktion darstellt, muss in Excel.Script.CustomFunctions vorhanden sein.';
Strings.OfficeOM.L_InvalidValue = 'Ungültiger Wert';
Strings.OfficeOM.L_InvalidGrantMessage = 'Gewährung für dieses Add-In fehlt.';
Strings.OfficeOM.L_NotSupportedEventType = 'Der angegebenen Ereignistyp "{0}" wird nicht unterstützt.';
Strings.OfficeOM.L_InvalidParameters = 'Funktion {0} hat ungültige Parameter.';
Strings.OfficeOM.L_FormattingReminder = 'Formatierungserinnerung';
Strings.OfficeOM.L_InvalidSetRows = 'Die angegebenen Zeilen sind ungültig.';
Strings.OfficeOM.L_Timeout = 'Timeout des Vorgangs.';
Strings.OfficeOM.L_EventRegistrationError = 'Ereignis-Registrierungsfehler';
Strings.OfficeOM.L_InvalidGetRows = 'Die angegebenen Zeilen sind ungültig.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Das angegebene Datenobjekt ist mit dem Bindungstyp nicht kompatibel.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Während der Anmeldung wurde die Verbindung unterbrochen.';
Strings.OfficeOM.L_BadSelectorString =
  'Die an den Selektor übergebene Zeichenfolge ist nicht ordnungsgemäß formatiert oder wird nicht unterstützt.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Dieses Add-In wurde deaktiviert, um Sie zu schützen. Um das Add-In weiterhin verwenden zu können, überprüfen Sie, ob dieses Element in einer vertrauenswürdigen Domäne gehostet wird, oder öffnen Sie es in der Office-Desktop-App.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Die Aufzählung wird in der aktuellen Hostanwendung nicht unterstützt.';
Strings.OfficeOM.L_InValidOptionalArgument = 'ungültiges optionales Argument';
Strings.OfficeOM.L_NavOutOfBound = 'Vorgangsfehler, weil der Index außerhalb des Bereichs liegt.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Ein Netzwerkproblem hat den Abruf der Datei verhindert.';
Strings.OfficeOM.L_SelectionCannotBound = 'Eine Bindung an die aktuelle Auswahl ist nicht möglich.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Wenn Sie auf „OK“ klicken, gewähren Sie {0} den Zugriff auf Ihre Inhalte und personenbezogenen Informationen. ';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Bitte treffen Sie eine Auswahl.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Der Funktionsname darf nur Buchstaben, Zahlen, Unterstriche und Punkte enthalten.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Fehler der Anforderung mit Statuscode {0}.';
Strings.OfficeOM.L_DocumentIsInactive =
  'Fehler beim Vorgang, da das Dokument, das dieses Add-In enthält, inaktiv ist.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Hinweis: Die von einem Formatierungs-API-Aufruf festgelegten Formatierungssätze sollten unter 100 liegen.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Der Wert des Ergebnisobjekts wurde noch nicht geladen. Rufen Sie vor dem Lesen der "value"-Eigenschaft "context.sync()" für den zugeordneten Anforderungskontext auf.';
Strings.OfficeOM.L_InternalErrorDescription = 'Ein interner Fehler ist aufgetreten.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Schreibvorgang wird für Office nicht unterstützt, wenn ein modales Dialogfeld geöffnet ist.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Die angegebenen Parameter stehen in Konflikt.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Der Identitätstyp des Benutzers wird nicht unterstützt.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Der angegebene Bindungstyp "{0}" wird nicht unterstützt.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Leider können wir nicht fortfahren.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Die angegebenen Spalten sind ungültig.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Der bereitgestellte Datenobjekttyp wird nicht unterstützt.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Ungültiger Bindungsvorgang.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Die Domäne der URL ist nicht im AppDomains-Element im Manifest enthalten und ist keine Unterdomäne des Quellspeicherorts.';
Strings.OfficeOM.L_OperationCancelledError = 'Vorgang abgebrochen.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Der Ereignishandler kann nicht registriert werden.';
Strings.OfficeOM.L_InternalError = 'Interner Fehler';
Strings.OfficeOM.L_SettingsAreStale =
  'Einstellungen konnten nicht gespeichert werden, da sie nicht aktuell sind.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Die Eigenschaft mit diesem Namen in Excel.Script.CustomFunctions, die die Definition der Funktion darstellt, muss eine "call"-Eigenschaft enthalten, die die Funktion implementiert.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'Die Funktion zum Abrufen des Authentifizierungskontexts fehlt.';
Strings.OfficeOM.L_SSOClientError = 'Fehler in der Authentifizierungsanforderung von Office.';
Strings.OfficeOM.L_ContinueButton = 'Fortfahren';
Strings.OfficeOM.L_UserAborted = 'Der Benutzer hat die Zustimmungsanfrage abgebrochen.';
Strings.OfficeOM.L_TooManyArguments = 'zu viele Argumente';
Strings.OfficeOM.L_MemoryLimit = 'Arbeitsspeichergrenze überschritten';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Die an die ".run"-Methode übergebene Batchfunktion hat kein Promise-Objekt zurückgegeben. Die Funktion muss ein Promise-Objekt zurückgeben, damit alle automatisch nachverfolgten Objekte nach Abschluss der Batchverarbeitung freigegeben werden können. Normalerweise wird ein Promise-Objekt zurückgegeben, indem die Antwort von "context.sync()" zurückgegeben wird.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Der Vorgang wurde vom Benutzer abgebrochen.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Einen Moment ...';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Fehler beim Vorgang, da dieses Add-In bereits ein Zugriffstoken anfordert.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Die Identitäts-API wird für dieses Add-In nicht unterstützt.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Mindestens einer der "format"-Parameter besitzt einen Wert, der nicht zulässig ist. Überprüfen Sie die Werte genau, und versuchen Sie es erneut.';
Strings.OfficeOM.L_SettingNameNotExist = 'Der angegebene Einstellungsname ist nicht vorhanden.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Der OsfControl-Typ wird nicht unterstützt.';
Strings.OfficeOM.L_InvalidArgument =
  'Das Argument "{0}" funktioniert in dieser Situation nicht, fehlt oder hat nicht das richtige Format.';
Strings.OfficeOM.L_OutOfRange = 'Außerhalb des zulässigen Bereichs';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Das bereitgestellte Datenobjekt entspricht nicht der Größe der aktuellen Auswahl.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Diese Office-Sitzung verwendet keine sichere Verbindung. Wir empfehlen, dass Sie zusätzliche Vorsichtsmaßnahmen ergreifen.';
Strings.OfficeOM.L_CancelButton = 'Abbrechen';
Strings.OfficeOM.L_FunctionCallFailed = 'Fehler beim Aufrufen der Funktion "{0}". Fehlercode: {1}.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Fehler bei der JavaScript-API-Anforderung, weil die Arbeitsmappe ausgeblendet war. Blenden Sie die Arbeitsmappe ein, und versuchen Sie es noch mal.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Die Daten sind veraltet. Rufen Sie das Objekt noch mal ab.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js wurde noch nicht vollständig geladen. Versuchen Sie es bitte später erneut, oder stellen Sie sicher, dass Ihr Initialisierungscode der Office.initialize-Funktion hinzugefügt wird.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Die Methode oder Eigenschaft "{0}" ist Teil des "{1}"-Anforderungssatzes, der in Ihrer Version von {2} nicht verfügbar ist.';
Strings.OfficeOM.L_DataStale = 'Nicht aktuelle Daten';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Der Benutzeridentitätstyp wird nicht unterstützt.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Eine Bindung kann nicht mit der aktuellen Auswahl und dem angegebenen Bindungstyp erstellt werden.';
Strings.OfficeOM.L_DialogRequireHTTPS =
  'Das HTTP-Protokoll wird nicht unterstützt. Verwenden Sie stattdessen HTTPS.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Zulassen';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Dieses Add-In unterstützt keine Benutzerzustimmung.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Mindestens einer der "tableOptions"-Parameter besitzt einen Wert, der nicht zulässig ist. Überprüfen Sie die Werte genau, und versuchen Sie es erneut.';
Strings.OfficeOM.L_NamedItemNotFound = 'Das benannte Element ist nicht vorhanden.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Ungültige Sitzung oder Timeout.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Browsereinschränkungen haben das Erstellen des Dialogfelds verhindert. Die Domäne des Dialogfelds und die Domäne des Add-In-Hosts befinden sich nicht in der gleichen Sicherheitszone.';
Strings.OfficeOM.L_ShuttingDown = 'Vorgangsfehler, weil die Daten auf dem Server nicht aktuell sind.';
Strings.OfficeOM.L_DataReadError = 'Fehler beim Lesen von Daten.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Das bereitgestellte Datenobjekt ist mit der Form oder den Abmessungen der aktuellen Auswahl nicht kompatibel.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Der Typ des angegebenen Datenobjekts ist mit der aktuellen Auswahl nicht kompatibel.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Der angegebene Dateityp wird nicht unterstützt.';
Strings.OfficeOM.L_IndexOutOfRange = 'Index außerhalb des Gültigkeitsbereichs.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_InvalidGetColumns = 'Die angegebenen Spalten sind ungültig.';
Strings.OfficeOM.L_DataWriteReminder = 'Erinnerung zum Schreiben von Daten';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Die angegebene Zeile ist leer.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Die ausgewählten Inhalte müssen im Tabellenformat vorliegen. Formatieren Sie die Daten als Tabelle, und versuchen Sie es dann erneut.';
Strings.OfficeOM.L_InvalidGrant = 'Vorautorisierung fehlt.';
Strings.OfficeOM.L_CannotNavigateTo =
  'Das Objekt befindet sich an einem Ort, wo keine Navigation unterstützt wird.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Die Antwortnutzlastgröße hat das Limit überschritten. Bitte beachten Sie die Dokumentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Die an die Funktion übergebenen Argumente funktionieren in dieser Situation nicht, fehlen oder haben nicht das richtige Format.';
Strings.OfficeOM.L_DocumentReadOnly =
  'Der angeforderte Vorgang ist im aktuellen Dokumentmodus nicht zulässig.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinatenparameter können nicht mit dem Koersionstyp "Tabelle" verwendet werden, wenn die Tabelle verbundene Zellen enthält.';
Strings.OfficeOM.L_OperationNotSupported = 'Dieser Vorgang wird nicht unterstützt.';
Strings.OfficeOM.L_HostError = 'Hostfehler';
Strings.OfficeOM.L_InvalidCoercion = 'Ungültiger Koersionstyp.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Fehler beim Vorgang, da dieses Add-In bereits über ein aktives modales Dialogfeld verfügt.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Vorgangsfehler, weil dieses Add-In keine Benutzerzustimmung in dieser Kategorie unterstützt.';
Strings.OfficeOM.L_SSOServerError = 'Fehler im Authentifizierungsanbieter.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Der Rückruf muss vom Typ "Funktion" sein, war aber vom Typ "{0}".';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Der Wert für den Zeilenindex liegt außerhalb des zulässigen Bereichs. Verwenden Sie einen Wert (0 oder höher), der kleiner als die Anzahl der Zeilen ist.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Versuch, die schreibgeschützte Eigenschaft "{0}" festzulegen.';
Strings.OfficeOM.L_UserClickIgnore = 'Der Benutzer hat sich entschlossen, das Dialogfeld zu ignorieren.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'mehrere optionale Funktionen in der Parameterliste';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Es wurden mehrere Objekte mit dem gleichen Namen gefunden.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} möchte ein neues Fenster anzeigen.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Fehler beim Entfernen des Ereignishandlers.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Die angegebene ID ist nicht vorhanden.';
Strings.OfficeOM.L_DialogNavigateError = 'Dialognavigationsfehler';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Änderungen an der Eigenschaft "{0}" können nicht mit einer "object.set"-Methode angewendet werden.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorieren';
Strings.OfficeOM.L_NotSupported = 'Die Funktion "{0}" wird nicht unterstützt.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Während der Anmeldung wurde die Verbindung unterbrochen, und der Benutzer ist möglicherweise nicht angemeldet. Der Grund hierfür lag wahrscheinlich in den Browserkonfigurationseinstellungen des Benutzers, z. B. den Sicherheitszonen.';
Strings.OfficeOM.L_BindingCreationError = 'Fehler beim Erstellen der Bindung.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Der Funktionsname kann muss einen nicht leeren Namespace und einen nicht leeren Kurznamen enthalten.';
Strings.OfficeOM.L_ElementMissing =
  'Die Tabellenzelle konnte nicht formatiert werden, weil einige Parameterwerte fehlen. Überprüfen Sie die Werte genau, und versuchen Sie es erneut.';
Strings.OfficeOM.L_InvalidAPICall = 'Ungültiger API-Aufruf.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Dieser Browser unterstützt die angeforderte API nicht.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Entfernen Sie das Add-In und fügen Sie es dann erneut hinzu oder aktualisieren Sie die Seite, um den Vorgang fortzusetzen.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Die Größe der Anforderungsnutzlast hat das Limit überschritten. Bitte beachten Sie die Dokumentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Die angegebenen startRow- oder startColumn-Werte sind ungültig.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Ungültige Ressourcen-URL im Manifest angegeben.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Der Objektpfad "{0}" funktioniert nicht für den von Ihnen versuchten Vorgang. Wenn Sie das Objekt über mehrere Aufrufe von "context.sync" und außerhalb der sequenziellen Ausführung eines ".run"-Batchs verwenden, verwenden Sie die Methoden "context.trackedObjects.add()" und "context.trackedObjects.remove()", um die Lebensdauer des Objekts zu verwalten.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath beschränkt die Auswahl auf 1024 Elemente.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Ihre Office-Sitzung ist abgelaufen oder ungültig. Aktualisieren Sie die Seite, um fortzufahren.';
Strings.OfficeOM.L_ActivityLimitReached = 'Der Aktivitätsgrenzwert wurde erreicht.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Nicht unterstützte Aufzählung';
Strings.OfficeOM.L_SettingsCannotSave = 'Die Einstellungen konnten nicht gespeichert werden.';
Strings.OfficeOM.L_InvalidNode = 'Ungültiger Knoten.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Das Add-In fordert bereits ein Zugriffstoken an.';
Strings.OfficeOM.L_InvalidDataFormat = 'Das Format des angegebenen Datenobjekts ist ungültig.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Der angegebene Knoten wurde nicht gefunden.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Die Anwendung {0} ist nicht vorhanden. Microsoft.Office.WebExtension.initialize(Ursache) wird nicht aufgerufen.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Ein Rückruf kann nicht sowohl in der Argumenteliste als auch in einem optionalen Objekt angegeben werden.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinatenparameter können nicht mit dem Koersionstyp "Tabelle" verwendet werden, wenn die Tabelle verbundene Zellen enthält.';
Strings.OfficeOM.L_APICallFailed = 'Fehler beim API-Aufruf.';
Strings.OfficeOM.L_RequestTimeout = 'Die Ausführung des Aufrufs hat zu lang gedauert.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Fehler beim Hinzufügen des Ereignishandlers.';
Strings.OfficeOM.L_SettingsStaleError = 'Fehler: Veraltete Einstellungen.';
Strings.OfficeOM.L_SaveSettingsError = 'Fehler beim Speichern von Einstellungen.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Der Wert für den Spaltenindex liegt außerhalb des zulässigen Bereichs. Verwenden Sie einen Wert (0 oder höher), der kleiner als die Anzahl der Spalten ist.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Das Objekt kann nicht in verschiedenen Anforderungskontexten verwendet werden.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Daten sind nicht aktuell.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Die Eigenschaft "{0}" ist nicht verfügbar. Rufen Sie vor dem Lesen des Werts der Eigenschaft die load-Methode für das enthaltende Objekt auf, und rufen Sie "context.sync()" für den zugeordneten Anforderungskontext auf.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Fehler im festgelegten Vorgang, weil das bereitgestellte Datenobjekt Daten überschreiben oder verschieben würde.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Der Wert liegt außerhalb des zulässigen Bereichs.';
Strings.OfficeOM.L_UserNotSignedIn = 'Kein Benutzer ist bei Office angemeldet.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Auswahlgrenzwert erreicht.';
Strings.OfficeOM.L_InvalidFormat = 'Fehler: Ungültiges Format.';
Strings.OfficeOM.L_AppNameNotExist = 'Add-In-Name für {0} ist nicht vorhanden.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Fehler der Anforderung mit Statuscode {0}, Fehlercode {1} und der folgenden Fehlermeldung: {2}';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Ungültiger API-Aufruf im aktuellen Kontext.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Das Modul wird erst geladen, nachdem ein Token abgerufen wurde.';
Strings.OfficeOM.L_ReadSettingsError = 'Fehler beim Lesen von Einstellungen.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'mehrere optionale Objekte in der Parameterliste';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Eine nicht zusammenhängende Auswahl wird nicht unterstützt.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Sie sind im Begriff, potenziell vertrauliche Informationen von {0} zu senden und zu empfangen. Klicken Sie nur auf "OK", wenn Sie der folgenden Website vertrauen, die vertrauliche Informationen empfängt: {1}.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Der Vorgang wird für diesen Bindungstyp nicht unterstützt.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Der angegebene Bindungstyp ist mit dem angegebenen benannten Element nicht kompatibel.';
Strings.OfficeOM.L_DataWriteError = 'Fehler beim Schreiben von Daten.';
Strings.OfficeOM.L_NoCapability = 'Sie verfügen nicht über ausreichende Berechtigungen für diese Aktion.';
Strings.OfficeOM.L_InvalidBindingError = 'Fehler: Ungültige Bindung.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Die aktuelle Auswahl wird nicht unterstützt.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Rufen Sie "closeAsync" für die aktuelle Datei auf, bevor Sie eine weitere Datei abrufen.';
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Fehler beim Vorgang, da das übergeordnete Fenster minimiert ist.';
Strings.OfficeOM.L_MissingParameter = 'Fehlender Parameter';
Strings.OfficeOM.L_DialogInvalidScheme =
  'Das URL-Schema wird nicht unterstützt. Verwenden Sie stattdessen HTTPS.';
Strings.OfficeOM.L_UserAbortedMessage = 'Der Benutzer hat den Add-In-Berechtigungen nicht zugestimmt.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Die angegebenen startRow- oder startColumn-Werte sind ungültig.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Die Sicherheitseinstellungen Ihres Browsers verhindern, dass wir ein Dialogfeld öffnen. Verwenden Sie einen anderen Browser oder {0}, sodass sich "{1}" und die in Ihrer Adressleiste angezeigte Domäne in der selben Sicherheitszone befinden.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'Die API wird in dieser Plattform nicht unterstützt.';
Strings.OfficeOM.L_ConfirmDialog =
  'Die Domäne {0} fungiert als Microsoft Office und kann Office-Add-Ins ausführen, die möglicherweise auf Ihre persönlichen Daten zugreifen. Wenn Sie darauf vertrauen, dass die Domäne als Office ausgeführt wird und auf Ihre Daten zugreift, klicken Sie auf OK, um fortzufahren.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Ungültige Anwendungsressourcen-URL angegeben.';
