Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Le type de forçage spécifié n’est pas compatible avec ce type de liaison.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Remarque : nous vous suggérons de limiter le nombre de cellules d’un tableau à 20 000.';
Strings.OfficeOM.L_HostError = "Une erreur relative à l'hôte s'est produite";
Strings.OfficeOM.L_NamedItemNotFound = 'L’élément nommé n’existe pas.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Des restrictions définies sur le navigateur nous ont empêché de créer la boîte de dialogue. Le domaine de la boîte de dialogue et le domaine de l’hôte du complément ne se trouvent pas dans la même zone de sécurité.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'La demande a échoué avec le code d’état {0}.';
Strings.OfficeOM.L_NotSupportedEventType = "Le type d'événement {0} spécifié n'est pas pris en charge.";
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Les paramètres de coordonnées ne peuvent pas être utilisés avec le type de forçage Tableau lorsque le tableau contient des cellules fusionnées.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Le chemin d’accès à l’objet « {0} » ne fonctionne pas pour l’action que vous essayez d’effectuer. Si vous utilisez l’objet sur plusieurs appels « context.sync » et en dehors de l’exécution séquentielle d’un lot « .run », veuillez utiliser les méthodes « context.trackedObjects.add() » et « context.trackedObjects.remove() » pour gérer la durée de vie de l’objet.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'La demande de l’API JavaScript a échoué, car le classeur a été masqué. Veuillez afficher le classeur, puis réessayez.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  'Nous tentons de définir la propriété en lecture seule « {0} ».';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Ce type de liaison ne prend pas en charge cette action.';
Strings.OfficeOM.L_DialogRequireHTTPS =
  'Le protocole HTTP n’est pas pris en charge. Utilisez le protocole HTTPS à la place';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'L’objet de données spécifié n’est pas compatible avec le type de liaison.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'L’objet de données fourni ne correspond pas à la taille de la sélection actuelle.';
Strings.OfficeOM.L_DisplayDialogError = 'Erreur d’affichage de la boîte de dialogue';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Les valeurs rowCount ou columnCount spécifiées sont incorrectes.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'configurez votre navigateur';
Strings.OfficeOM.L_ConfirmDialog =
  'Le {0} de domaine fait office de Microsoft Office et peut exécuter Office compléments, qui peuvent accéder à vos données personnelles. Si vous faites confiance au domaine pour qu’il s’exécute en tant que Office et accédez à vos données, cliquez sur OK pour continuer.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Le nom de la fonction ne peut contenir que des lettres, des chiffres, des traits de soulignement et des points.';
Strings.OfficeOM.L_UnknownBindingType = 'Le type de liaison n’est pas pris en charge.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Les paramètres de sécurité de votre navigateur nous empêchent de créer une boîte de dialogue. Essayez d’utiliser un autre navigateur, ou {0} de sorte que « {1} » et le domaine affiché dans la barre d’adresse se trouvent dans la même zone de sécurité.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'La propriété portant ce nom sur Excel.Script.CustomFunctions qui représente la définition de la fonction doit contenir une propriété « call » qui implémente la fonction.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Les valeurs d’un ou de plusieurs paramètres TableauOptions ne sont pas autorisées. Vérifiez-les, puis réessayez.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Vous ne pouvez pas utiliser l’objet sur des contextes de demande différents.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Ce complément a été désactivé pour vous aider à rester en sécurité. Pour continuer à utiliser le complément, validez l’hébergement de cet élément dans un domaine approuvé ou ouvrez-le dans l’application de bureau Office.';
Strings.OfficeOM.L_NoCapability = 'Vous ne disposez pas des autorisations suffisantes pour cette action.';
Strings.OfficeOM.L_Timeout = 'L’opération a expiré.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Énumération non prise en charge';
Strings.OfficeOM.L_InvalidNode = 'Nœud incorrect';
Strings.OfficeOM.L_InvalidDataObject = "L'objet de données est incorrect";
Strings.OfficeOM.L_TooManyOptionalObjects = 'la liste des paramètres inclut plusieurs objets facultatifs';
Strings.OfficeOM.L_SetDataParametersConflict = 'Les paramètres spécifiés sont en conflit.';
Strings.OfficeOM.L_ShuttingDown =
  'Nous n’avons pas pu terminer l’opération car les données du serveur ne sont pas actualisées.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Les valeurs d’un ou de plusieurs paramètres de cellule ne sont pas autorisées. Vérifiez-les, puis réessayez.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'L’énumération n’est pas prise en charge dans l’application hôte actuelle.';
Strings.OfficeOM.L_AppNameNotExist = 'Le nom du complément {0} n’existe pas.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Le nom de la fonction doit contenir un espace de noms non vide et un nom court non vide.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Le gestionnaire d’événements spécifié est introuvable sur cette liaison.';
Strings.OfficeOM.L_OutOfRange = 'Hors plage';
Strings.OfficeOM.L_UserAborted = 'L’utilisateur a annulé la demande d’autorisation.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Les paramètres de coordonnées ne peuvent pas être utilisés avec le type de forçage Tableau lorsque le tableau contient des cellules fusionnées.';
Strings.OfficeOM.L_DataReadError = "Une erreur s'est produite lors de la lecture des données";
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Autoriser';
Strings.OfficeOM.L_InvalidBindingOperation = 'Opération de liaison incorrecte';
Strings.OfficeOM.L_NotImplemented = "La fonction {0} n'est pas implémentée.";
Strings.OfficeOM.L_InvalidGetColumns = 'Les colonnes spécifiées ne sont pas valides.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'L’opération a échoué, car ce complément a déjà une boîte de dialogue modale active.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath limite le nombre de sélections à 1 024 éléments.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = "Le type OsfControl n'est pas pris en charge.";
Strings.OfficeOM.L_NavOutOfBound = 'L’opération a échoué, car l’index est hors limites.';
Strings.OfficeOM.L_MissingRequiredArguments = 'des arguments requis sont manquants';
Strings.OfficeOM.L_RunMustReturnPromise =
  'La fonction de traitement par lots transmise à la méthode « .run » n’a pas renvoyé de promesse. La fonction doit renvoyer une promesse de sorte que les objets suivis automatiquement puissent être libérés à la fin de l’opération de traitement par lots. En règle générale, vous renvoyez une promesse en renvoyant la réponse à partir de « context.sync() ».';
Strings.OfficeOM.L_InvalidValue = 'Valeur incorrecte';
Strings.OfficeOM.L_SelectionCannotBound =
  'Nous ne pouvons pas effectuer de liaison avec la sélection actuelle.';
Strings.OfficeOM.L_InvalidGrant = 'Autorisation préalable manquante.';
Strings.OfficeOM.L_PermissionDenied = "L'autorisation a été refusée";
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js n’est pas encore complètement chargé. Veuillez réessayer plus tard ou ajouter votre code d’initialisation dans la fonction Office.initialize.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Ce complément ne prend pas en charge le consentement de l’utilisateur.';
Strings.OfficeOM.L_RequestTimeout = 'L’exécution de l’appel a pris trop de temps.';
Strings.OfficeOM.L_BindingCreationError = "Une erreur s'est produite lors de la création de la liaison";
Strings.OfficeOM.L_ConfirmDialogConsent =
  'En cliquant sur OK, vous autorisez à {0} d’accéder à votre contenu et à vos informations personnelles. ';
Strings.OfficeOM.L_InvalidFormatValue =
  'Les valeurs d’un ou de plusieurs paramètres de format ne sont pas autorisées. Vérifiez-les, puis réessayez.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Données obsolètes';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Limite du nombre de sélections atteinte';
Strings.OfficeOM.L_InvalidArgument =
  'L’argument « {0} » ne fonctionne pas dans ce cas, est manquant ou n’a pas le bon format.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'L’opération a échoué car la fenêtre parente est réduite.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Pour continuer, supprimez le complément et rajoutez-le ou actualisez la page.';
Strings.OfficeOM.L_SSOClientError =
  'Une erreur s’est produite dans la demande d’authentification émise par Office.';
Strings.OfficeOM.L_ValueNotLoaded =
  'La valeur de l’objet de résultat n’a pas encore été chargée. Avant de lire la propriété de la valeur, appelez "context.sync()" dans le contexte de la requête associée.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'L’objet de données fourni n’est pas compatible avec la forme ou les dimensions de la sélection actuelle.';
Strings.OfficeOM.L_OperationNotSupported = 'L’opération n’est pas prise en charge.';
Strings.OfficeOM.L_UserClickIgnore = 'L’utilisateur a choisi d’ignorer la boîte de dialogue.';
Strings.OfficeOM.L_DataWriteError = 'Une erreur s’est produite lors de l’écriture des données';
Strings.OfficeOM.L_InvalidSetRows = 'Les lignes spécifiées ne sont pas valides.';
Strings.OfficeOM.L_MissingParameter = 'Paramètre manquant';
Strings.OfficeOM.L_APINotSupported = 'L’API n’est pas prise en charge';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'L’opération a échoué, car ce complément ne prend pas en charge le consentement de l’utilisateur dans cette catégorie';
Strings.OfficeOM.L_SSOClientErrorMessage = "Une erreur s'est produite dans le logiciel client.";
Strings.OfficeOM.L_GetDataParametersConflict = 'Les paramètres spécifiés sont en conflit.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ignorer';
Strings.OfficeOM.L_MemoryLimit = 'Limite de mémoire dépassée';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'La taille de la charge utile de réponse a dépassé la limite. Veuillez vous reporter à la documentation : "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InternalErrorDescription = 'Une erreur interne s’est produite.';
Strings.OfficeOM.L_NetworkProblem = 'Problème réseau';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'La sélection actuelle n’est pas compatible avec le type de forçage spécifié.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Nous avons trouvé plusieurs objets du même nom.';
Strings.OfficeOM.L_DataWriteReminder = 'Rappel d’écriture de données';
Strings.OfficeOM.L_InvalidFormat = "Une erreur de format incorrect s'est produite";
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Le ou les arguments transmis à la fonction ne fonctionnent pas dans ce cas, sont manquants ou ne sont pas au format correct.';
Strings.OfficeOM.L_NotSupportedBindingType = "Le type de liaison {0} spécifié n'est pas pris en charge.";
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'La taille de la charge utile de la demande a dépassé la limite. Veuillez vous reporter à la documentation : "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_SettingsStaleError = 'Erreur : les paramètres sont périmés.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} souhaite afficher une nouvelle fenêtre.';
Strings.OfficeOM.L_InvalidParameters = 'Les paramètres de la fonction {0} sont incorrects.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Une erreur s’est produite sur le serveur.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Veuillez effectuer une sélection.';
Strings.OfficeOM.L_InvalidResourceUrlMessage =
  'Une URL de ressource non valide a été spécifiée dans le manifeste.';
Strings.OfficeOM.L_ActivityLimitReached = 'La limite d’activité a été atteinte.';
Strings.OfficeOM.L_SettingsAreStale =
  'Nous n’avons pas pu enregistrer les paramètres car ils ne sont pas actualisés.';
Strings.OfficeOM.L_GetSelectionNotSupported = "La sélection actuelle n'est pas prise en charge.";
Strings.OfficeOM.L_ConfirmCancelMessage = 'Désolé... nous ne pouvons pas continuer.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage =
  'Le type d’identité de l’utilisateur n’est pas pris en charge.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Les colonnes spécifiées ne sont pas valides.';
Strings.OfficeOM.L_InvalidCoercion = 'Le type de forçage de type est incorrect';
Strings.OfficeOM.L_CancelButton = 'Annuler';
Strings.OfficeOM.L_DialogNavigateError = 'Erreur de navigation dans la boîte de dialogue';
Strings.OfficeOM.L_FileTypeNotSupported = 'Le type de fichier spécifié n’est pas pris en charge.';
Strings.OfficeOM.L_ElementMissing =
  'Nous n’avons pas pu mettre en forme la cellule de tableau car certaines valeurs de paramètre sont manquantes. Vérifiez à nouveau les paramètres et réessayez.';
Strings.OfficeOM.L_FormattingReminder = 'Mise en forme du rappel';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Votre session Office a expiré ou n’est pas valide. Pour continuer, actualisez la page.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Les valeurs startRow ou startColumn spécifiées sont incorrectes.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Le module n’est pas chargé avant l’acquisition d’un jeton.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Une propriété portant ce nom qui représente la définition de la fonction doit exister sur Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_TooManyArguments = "il y a trop d'arguments";
Strings.OfficeOM.L_RequestTokenUnavailable = 'Cette API a été limitée pour diminuer la fréquence des appels.';
Strings.OfficeOM.L_InvalidBindingError = 'Erreur de liaison incorrecte';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Une connexion a été perdue lors du processus de connexion et l’utilisateur risque de ne pas être connecté. Ce problème est probablement dû aux paramètres de configuration du navigateur de l’utilisateur, tels que les zones de sécurité.';
Strings.OfficeOM.L_InvalidApiCallInContext = "L'appel d'API n'est pas correct dans le contexte actuel.";
Strings.OfficeOM.L_RowIndexOutOfRange =
  'La valeur d’index de ligne se trouve en dehors de la plage autorisée. Utilisez une valeur (supérieure ou égale à 0) inférieure au nombre de lignes.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_CannotRegisterEvent = 'Le gestionnaire d’événements ne peut pas être inscrit.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'L’opération d’écriture n’est pas prise en charge par Office lorsqu’une boîte de dialogue modale est ouverte.';
Strings.OfficeOM.L_DialogInvalidScheme =
  'Le schéma d’URL n’est pas pris en charge. Utilisez le protocole HTTPS à la place.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Nous ne pouvons pas créer de liaison avec la sélection actuelle et le type de liaison spécifié.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Remarque : nous vous suggérons de limiter les jeux de mise en forme définis par un appel de l’API de mise en forme à 100.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Le type d’identité de l’utilisateur n’est pas pris en charge.';
Strings.OfficeOM.L_InternalError = "Une erreur interne s'est produite";
Strings.OfficeOM.L_PropertyDoesNotExist = 'La propriété « {0} » n’existe pas sur l’objet.';
Strings.OfficeOM.L_TooManyOptionalFunction =
  'la liste des paramètres inclut plusieurs fonctions facultatives';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Les modifications apportées à la propriété « {0} » ne peuvent pas être appliquées via une méthode « object.set ».';
Strings.OfficeOM.L_IndexOutOfRange = 'L’index est hors limites.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Le jeu de données demandé est trop volumineux.';
Strings.OfficeOM.L_CustomXmlError = 'Une erreur relative à du code XML personnalisé s’est produite.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Attendez la fin de l’appel précédent.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'L’API d’identité n’est pas prise en charge pour ce complément.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'L’opération a échoué car ce complément a déjà une boîte de dialogue active.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Une URL de ressource d’application non valide a été fournie.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'L’objet de données spécifié est trop volumineux.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Appeler closeAsync sur le fichier en cours avant d’en récupérer un autre.';
Strings.OfficeOM.L_InvalidDataFormat = 'Le format de l’objet de données spécifié est incorrect.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Cette session Office n’utilise pas de connexion sécurisée. Nous vous recommandons de prendre des précautions supplémentaires.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = "Nous n'avons pas pu ajouter le gestionnaire d'événements.";
Strings.OfficeOM.L_CustomXmlOutOfDateMessage =
  'Les données ne sont pas à jour. Veuillez récupérer de nouveau l’objet.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Arguments d’entrée incorrects.';
Strings.OfficeOM.L_APICallFailed = 'L’appel de l’API a échoué';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'L’opération a échoué car ce complément demande déjà un jeton d’accès.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Vous êtes sur le point d’envoyer et de recevoir des informations potentiellement sensibles de {0}. Cliquez uniquement sur OK si vous faites confiance au site web suivant qui reçoit les informations sensibles : {1}.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'La propriété « {0} » n’est pas disponible. Avant de lire la valeur de la propriété, appelez la méthode de chargement sur l’objet conteneur et appelez « context.sync() » sur le contexte de demande associé.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'La valeur d’index de colonne se trouve en dehors de la plage autorisée. Utilisez une valeur (supérieure ou égale à 0) inférieure au nombre de colonnes.';
Strings.OfficeOM.L_ContinueButton = 'Continuer';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'L’opération SET a échoué car l’objet de données fourni remplacera ou décalera les données.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'La demande a échoué avec le code d’état {0}, le code d’erreur {1} et le message d’erreur suivant : {2}';
Strings.OfficeOM.L_UserAbortedMessage =
  'L’utilisateur n’a pas accepté les autorisations liées au complément.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'La ligne spécifiée est vide.';
Strings.OfficeOM.L_InvalidBinding = 'Liaison incorrecte';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Les sélections non contiguës ne sont pas prises en charge.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Autorisation manquante pour ce complément.';
Strings.OfficeOM.L_BadSelectorString =
  "le format de la chaîne transmise au sélecteur n'est pas correct ou n'est pas pris en charge.";
Strings.OfficeOM.L_DocumentReadOnly =
  'L’opération demandée n’est pas autorisée sur le mode de document actuel.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'La méthode ou la propriété {0} fait partie de l’ensemble de conditions {1}, lequel n’est pas disponible dans votre version de {2}.';
Strings.OfficeOM.L_UserNotSignedIn = 'Aucun utilisateur n’est connecté à Office.';
Strings.OfficeOM.L_InValidOptionalArgument = "L'argument facultatif est incorrect.";
Strings.OfficeOM.L_OperationCancelledError = 'Opération annulée';
Strings.OfficeOM.L_NetworkProblemRetrieveFile =
  'Un problème lié au réseau a empêché la récupération du fichier.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'La taille de secteur spécifiée n’est pas prise en charge.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  "Le rappel ne peut pas être spécifié à la fois dans la liste d'arguments et dans l'objet facultatif.";
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'L’opération a été annulée par l’utilisateur.';
Strings.OfficeOM.L_CallbackNotAFunction =
  "Le rappel était de type {0}, alors qu'il doit être de type fonction.";
Strings.OfficeOM.L_InvalidAPICall = "L'appel d'API est incorrect";
Strings.OfficeOM.L_EventRegistrationError =
  "Une erreur s'est produite lors de l'enregistrement de l'événement";
Strings.OfficeOM.L_DocumentIsInactive =
  'L’opération a échoué, car le document contenant ce complément est inactif.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  "Le domaine de l'URL n'est pas inclus dans l'élément AppDomain du manifeste et n'est pas un sous-domaine de l'emplacement source.";
Strings.OfficeOM.L_CannotNavigateTo =
  'L’objet est situé dans un emplacement où la navigation n’est pas prise en charge.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = "Nous n'avons pas pu supprimer le gestionnaire d'événements.";
Strings.OfficeOM.L_ImplicitGetAuthContextMissing =
  'La fonction pour obtenir le contexte de l’authentification est manquante.';
Strings.OfficeOM.L_SaveSettingsError = "Erreur lors de l'enregistrement des paramètres.";
Strings.OfficeOM.L_InvalidGetRows = 'Les lignes spécifiées ne sont pas valides.';
Strings.OfficeOM.L_SettingsCannotSave = "Nous n'avons pas pu enregistrer les paramètres.";
Strings.OfficeOM.L_BindingNotExist = 'La liaison spécifiée n’existe pas.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Session non valide ou expirée';
Strings.OfficeOM.L_FunctionCallFailed =
  "Nous n'avons pas pu appeler la fonction {0}. Le code d'erreur est le suivant : {1}.";
Strings.OfficeOM.L_SSOConnectionLostError = 'Une connexion a été perdue lors du processus de connexion.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel est en mode d’édition de cellule. Quittez le mode d’édition en appuyant sur Entrée ou Tab, ou en sélectionnant une autre cellule, puis réessayez.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Le contenu sélectionné doit être dans un format de tableau. Placez les données sous forme de tableau, puis réessayez.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Le type de liaison spécifié n’est pas compatible avec l’élément nommé fourni.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Le complément demande déjà un jeton d’accès.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'L’API n’est pas prise en charge sur cette plateforme.';
Strings.OfficeOM.L_NotSupported = 'La fonction {0} n’est pas prise en charge.';
Strings.OfficeOM.L_InvalidSetColumns = 'Les colonnes spécifiées ne sont pas valides.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Les valeurs startRow ou startColumn spécifiées sont incorrectes.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'L’ID spécifié n’existe pas.';
Strings.OfficeOM.L_DataStale = 'Les données ne sont pas à jour';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Le type de forçage spécifié n’est pas pris en charge.';
Strings.OfficeOM.L_SettingNameNotExist = 'Le nom de paramètre spécifié n’existe pas.';
Strings.OfficeOM.L_ReadSettingsError = "Une erreur s'est produite lors de la lecture des paramètres";
Strings.OfficeOM.L_UnsupportedDataObject = 'Le type d’objet de données fourni n’est pas pris en charge.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'La valeur se trouve en dehors de la plage autorisée.';
Strings.OfficeOM.L_SSOServerError = 'Une erreur s’est produite dans le fournisseur d’authentification.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Ce navigateur ne prend pas en charge l’API demandée.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Nous ne pouvons pas écrire vers la sélection actuelle.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Le type de l’objet de données spécifié n’est pas compatible avec la sélection actuelle.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Nous n’avons pas trouvé le nœud spécifié.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Veuillez patienter un moment...';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  "L'application {0} n'existe pas. Microsoft.Office.WebExtension.initialize(reason) n'est pas appelé.";
