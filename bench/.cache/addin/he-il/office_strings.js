Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'ערכי startRow או startColumn שצוינו אינם חוקיים.';
Strings.OfficeOM.L_MissingParameter = 'חסר פרמטר';
Strings.OfficeOM.L_DocumentReadOnly = 'הפעולה המבוקשת אינה מותרת במצב המסמך הנוכחי.';
Strings.OfficeOM.L_SettingsCannotSave = 'לא היתה אפשרות לשמור את ההגדרות.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'רגע אחד בבקשה ...';
Strings.OfficeOM.L_InvalidGetRows = 'השורות שצוינו אינן חוקיות.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'העמודות שצוינו אינן חוקיות.';
Strings.OfficeOM.L_InvalidSetColumns = 'העמודות שצוינו אינן חוקיות.';
Strings.OfficeOM.L_CancelButton = 'ביטול';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'אין אפשרות לציין התקשרות חזרה גם ברשימת הארגומנטים וגם באובייקט האופציונלי.';
Strings.OfficeOM.L_InvalidGrantMessage = 'לא הוענקו הרשאות עבור תוספת זו.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'המזהה שצוין לא קיים.';
Strings.OfficeOM.L_NotSupportedEventType = 'סוג האירוע שצוין {0} אינו נתמך.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'סוג הכפייה שצוין אינו נתמך.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js עדיין לא נטען במלואו. נסה שוב מאוחר יותר או הקפד להוסיף את קוד האתחול שלך בפונקציה Office.initialize.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'הפעולה בוטלה על-ידי המשתמש.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'ערכי startRow או startColumn שצוינו אינם חוקיים.';
Strings.OfficeOM.L_NoHttpsWAC =
  'הפעלת Office זו אינה משתמשת בחיבור מאובטח. אנו ממליצים לך לprecautions יותר.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'הצומת שצוין לא נמצא.';
Strings.OfficeOM.L_CannotNavigateTo = 'האובייקט נמצא במקום שבו ניווט אינו נתמך.';
Strings.OfficeOM.L_NavOutOfBound = 'הפעולה נכשלה מכיוון שהאינדקס נמצא מחוץ לטווח.';
Strings.OfficeOM.L_InvalidBindingError = 'שגיאת איגוד לא חוקי';
Strings.OfficeOM.L_CustomXmlError = 'שגיאת XML מותאם אישית.';
Strings.OfficeOM.L_InvalidBindingOperation = 'פעולת איגוד לא חוקית';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'אין אפשרות להחיל שינויים על המאפיין \'{0}\' באמצעות פעולת שירות של "object.set".';
Strings.OfficeOM.L_DataStale = 'הנתונים אינם עדכניים';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "המאפיין בשם זה ב- Excel.Script.CustomFunctions שמייצג את הגדרת הפונקציה חייב להכיל מאפיין 'call' המיישם את הפונקציה.";
Strings.OfficeOM.L_BindingNotExist = 'האיגוד שצוין לא קיים.';
Strings.OfficeOM.L_InvalidFormat = 'שגיאת תבנית לא חוקית';
Strings.OfficeOM.L_GetDataParametersConflict = 'הפרמטרים שצוינו מתנגשים.';
Strings.OfficeOM.L_InvalidBinding = 'איגוד לא חוקי';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'ערכי rowCount או columnCount שצוינו אינם חוקיים.';
Strings.OfficeOM.L_UserAbortedMessage = 'המשתמש לא הסכים להרשאות התוספת.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'הוספת המטפל באירועים נכשלה.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'פעולת ההגדרה נכשלה משום שאובייקט הנתונים שסופק יחליף או יעביר נתונים.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'אובייקט הנתונים שצוין גדול מדי.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType = 'סוג האיגוד שצוין אינו תואם לפריט בעל השם שסופק.';
Strings.OfficeOM.L_NotSupportedBindingType = 'סוג האיגוד שצוין {0} אינו נתמך.';
Strings.OfficeOM.L_DataNotMatchSelection = 'אובייקט הנתונים שסופק לא תואם לצורה או לממדים של הבחירה הנוכחית.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'ערך אינדקס העמודה נמצא מחוץ לטווח המותר. השתמש בערך (0 ומעלה) הקטן ממספר העמודות.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'הפעולה נכשלה מכיוון שתוספת זו כוללת כבר תיבת דו-שיח פעילה.';
Strings.OfficeOM.L_SSOClientError = 'אירעה שגיאה בבקשת האימות מ- Office.';
Strings.OfficeOM.L_InvalidArgument = "הארגומנט '{0}' חסר, אינו פועל במצב זה או אינו בתבנית הנכונה.";
Strings.OfficeOM.L_DialogOK = 'אישור';
Strings.OfficeOM.L_NotImplemented = 'הפונקציה {0} אינה מיושמת.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'אירעה שגיאה לא צפויה בלקוח.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'פעולת כתיבה אינה נתמכת עבור Office כאשר תיבת דו-שיח מודאלית פתוחה.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'הבחירה הנוכחית אינה תואמת לסוג הכפייה שצוין.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'הפעולה נכשלה מכיוון שתוספת זו מבקשת כבר אסימון גישה.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'ארגומנטי קלט לא חוקיים.';
Strings.OfficeOM.L_SettingNameNotExist = 'שם ההגדרה שצוין לא קיים.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'המאפיין \'{0}\' אינו זמין. לפני קריאת ערך המאפיין, בצע קריאה לפעולת השירות של הטעינה באובייקט המכיל ובצע קריאה ל- "context.sync()‎" בהקשר הבקשה המשויך.';
Strings.OfficeOM.L_InvalidDataObject = 'אובייקט נתונים לא חוקי';
Strings.OfficeOM.L_ElementMissing =
  'לא היתה אפשרות לעצב את תא הטבלה מאחר שערכי פרמטרים מסוימים חסרים. בדוק את הפרמטרים ונסה שוב.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'התחום של כתובת ה-URL אינו כלול ברכיב AppDomains במניפסט, והוא אינו תחום משנה של מיקום מקור.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'הנתונים אינם עדכניים. אחזר שוב את האובייקט.';
Strings.OfficeOM.L_EventHandlerNotExist = 'המטפל באירועים שצוין לא נמצא עבור איגוד זה.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  "על-ידי לחיצה על 'אישור', אתה מעניק ל- {0} גישה לתוכן ולמידע האישי שלך. ";
Strings.OfficeOM.L_UserAborted = 'המשתמש ביטל את בקשת ההסכמה.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'התוכן שנבחר צריך להיות בתבנית טבלה. עצב את הנתונים כטבלה ונסה שוב.';
Strings.OfficeOM.L_BindingCreationError = 'שגיאה ביצירת איגוד';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'התעלם';
Strings.OfficeOM.L_InvalidDataFormat = 'התבנית של אובייקט הנתונים שצוין אינה חוקית.';
Strings.OfficeOM.L_DataReadError = 'שגיאה בקריאת נתונים';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'הבקשה נכשלה עם קוד המצב {0}.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'שם הפונקציה יכול להכיל רק אותיות, ספרות, מקפים תחתונים ונקודות.';
Strings.OfficeOM.L_NetworkProblem = 'בעיית רשת';
Strings.OfficeOM.L_IndexOutOfRange = 'האינדקס מחוץ לטווח.';
Strings.OfficeOM.L_DisplayDialogError = 'שגיאה בהצגת תיבת דו-שיח';
Strings.OfficeOM.L_MemoryLimit = 'חריגה ממגבלת זיכרון';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'תוקף הפעלת Office פג או שאינו חוקי. כדי להמשיך, רענן את הדף.';
Strings.OfficeOM.L_SSOConnectionLostError = 'חיבור אבד בעת תהליך הכניסה.';
Strings.OfficeOM.L_InValidOptionalArgument = 'ארגומנט אופציונלי לא חוקי';
Strings.OfficeOM.L_InvalidCoercion = 'סוג כפייה לא חוקי';
Strings.OfficeOM.L_SettingsAreStale = 'לא ניתן היה לשמור את ההגדרות משום שהן לא עדכניות.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'אירעה שגיאה בלתי צפויה בשרת.';
Strings.OfficeOM.L_UnsupportedEnumeration = 'ספירה לא נתמכת';
Strings.OfficeOM.L_SettingsStaleError = 'שגיאת הגדרות ישנות';
Strings.OfficeOM.L_ConfirmCancelMessage = 'מצטערים, לא ניתן להמשיך.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'הספירה אינה נתמכת ביישום המארח הנוכחי.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath מגביל את הבחירה ל- 1024 פריטים.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'נמצאו אובייקטים מרובים בעלי שם זהה.';
Strings.OfficeOM.L_OperationCancelledError = 'הפעולה בוטלה';
Strings.OfficeOM.L_DialogRequireHTTPS = 'הפרוטוקול HTTP אינו נתמך. השתמש ב- HTTPS במקום זאת';
Strings.OfficeOM.L_FormatValueOutOfRange = 'הערך נמצא מחוץ לטווח המותר.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits = 'הערה: מומלץ שמספר התאים בטבלה יהיה קטן מ- 20,000.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  "לא ניתן להשתמש בפרמטרי קואורדינטות עם סוג הכפייה 'טבלה' כאשר הטבלה מכילה תאים ממוזגים.";
Strings.OfficeOM.L_BadSelectorString = 'המחרוזת שהועברה לתוך הבורר מעוצבת באופן לא תקין או שאינה נתמכת.';
Strings.OfficeOM.L_FunctionCallFailed = 'הקריאה לפונקציה {0} נכשלה, קוד שגיאה: {1}.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory = 'תוספת זו אינה תומכת בהסכמת משתמש.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'פעולת השירות או המאפיין {0} מהווים חלק מערכת הדרישות של {1}, שאינה זמינה בגירסת {2} שברשותך.';
Strings.OfficeOM.L_InvalidSetRows = 'השורות שצוינו אינן חוקיות.';
Strings.OfficeOM.L_TooManyArguments = 'ארגומנטים רבים מדי';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'הערה: מומלץ שמספר ערכות העיצוב המוגדרות על-ידי קריאה ל- API של עיצוב יהיה קטן מ- 100.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'גודל תוכן המנה של הבקשה חרג מהמגבלה. עיין בתיעוד: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_OKButton = 'אישור';
Strings.OfficeOM.L_CannotRegisterEvent = 'אין אפשרות לרשום את המטפל באירועים.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'בעיית רשת מנעה את אחזור הקובץ.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'הגעת למגבלת הבחירה';
Strings.OfficeOM.L_NamedItemNotFound = 'הפריט בעל השם לא קיים.';
Strings.OfficeOM.L_APICallFailed = 'קריאה ל- API נכשלה';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'בקשת ה- API של JavaScript נכשלה מאחר שחוברת העבודה הוסתרה. בטל את הסתרת חוברת העבודה ונסה שוב.';
Strings.OfficeOM.L_InvalidAPICall = 'קריאה לא חוקית ל- API';
Strings.OfficeOM.L_DialogInvalidScheme = 'סכימת כתובת ה- URL אינה נתמכת. השתמש ב- HTTPS במקום זאת.';
Strings.OfficeOM.L_UserNotSignedIn = 'אף משתמש לא נכנס ל- Office.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'הגבלות דפדפן מנעו מאתנו ליצור את תיבת הדו-שיח. התחום של תיבת הדו-שיח והתחום של מארח התוספת אינם נמצאים באותו אזור אבטחה.';
Strings.OfficeOM.L_FileTypeNotSupported = 'סוג הקובץ שצוין אינו נתמך.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'השורה שצוינה ריקה.';
Strings.OfficeOM.L_InvalidGrant = 'חסר מתן הרשאות מראש.';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'ה- API של הזהות אינו נתמך עבור תוספת זו.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'לאחד או יותר מפרמטרי tableOptions יש ערכים שאינם מותרים. בדוק את הערכים ונסה שוב.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'פונקציית האצווה שהועברה לפעולת השירות "‎.run" לא החזירה הבטחה. הפונקציה חייבת להחזיר הבטחה, כדי שתהיה אפשרות לשחרר אובייקטים הנמצאים במעקב אוטומטי בעת השלמת פעולת האצווה. בדרך כלל, ניתן להחזיר הבטחה על-ידי החזרת התגובה מ- "context.sync()‎".';
Strings.OfficeOM.L_OutOfRange = 'מחוץ לטווח';
Strings.OfficeOM.L_AppNameNotExist = 'לא קיים שם תוספת עבור {0}.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'סוג הכפייה שצוין אינו תואם לסוג איגוד זה.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'הפעולה נכשלה מכיוון שתוספת זו אינה תומכת בהסכמת משתמש בקטגוריה זו';
Strings.OfficeOM.L_InvalidApiCallInContext = 'קריאה לא חוקית ל- API בהקשר הנוכחי.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'הבקשה נכשלה עם קוד המצב {0}, קוד השגיאה {1} והודעת השגיאה הבאה: {2}';
Strings.OfficeOM.L_NewWindowCrossZone =
  "הגדרות האבטחה בדפדפן שלך מונעות מאתנו ליצור תיבת דו-שיח. נסה דפדפן אחר, או {0} כך ש- '{1}' והתחום המוצג בשורת הכתובת שלך יהיו באותו אזור אבטחה.";
Strings.OfficeOM.L_UserClickIgnore = 'המשתמש בחר להתעלם מתיבת הדו-שיח.';
Strings.OfficeOM.L_EventRegistrationError = 'שגיאת רישום אירוע';
Strings.OfficeOM.L_OperationNotSupported = 'הפעולה אינה נתמכת.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'חיבור אבד בעת תהליך הכניסה, וייתכן שהמשתמש לא נכנס. סביר להניח שהגורם לכך הוא הגדרות תצורה של הדפדפן של המשתמש, כגון אזורי אבטחה.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'אין אפשרות ליצור איגוד עם הבחירה הנוכחית וסוג האיגוד שצוין.';
Strings.OfficeOM.L_PermissionDenied = 'ההרשאה נדחתה';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'המתן עד להשלמת הקריאה הקודמת.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'צוינה כתובת URL לא חוקית של משאב במניפסט.';
Strings.OfficeOM.L_DataWriteReminder = 'תזכורת כתיבת נתונים';
Strings.OfficeOM.L_InvalidRequestContext = 'אין אפשרות להשתמש באובייקט בהקשרי בקשה שונים.';
Strings.OfficeOM.L_DocumentIsInactive = 'הפעולה נכשלה מכיוון שהמסמך המכיל תוספת זו אינו פעיל.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'אפשר';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'ערך אינדקס השורה נמצא מחוץ לטווח המותר. השתמש בערך (0 ומעלה) הקטן ממספר השורות.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'בצע בחירה.';
Strings.OfficeOM.L_SaveSettingsError = 'שגיאה בשמירת הגדרות';
Strings.OfficeOM.L_NotSupported = 'הפונקציה {0} אינה נתמכת.';
Strings.OfficeOM.L_APINotSupported = 'אין תמיכה ב- API';
Strings.OfficeOM.L_MissingRequiredArguments = 'כמה ארגומנטים נדרשים חסרים';
Strings.OfficeOM.L_InternalErrorDescription = 'אירעה שגיאה פנימית.';
Strings.OfficeOM.L_Timeout = 'הזמן שהוקצב לפעולה הסתיים.';
Strings.OfficeOM.L_DataNotMatchBindingType = 'אובייקט הנתונים שצוין אינו תואם לסוג האיגוד.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'ערכת הנתונים המבוקשת גדולה מדי.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel נמצא במצב עריכת תא. צא ממצב העריכה על-ידי הקשה על ENTER או TAB או בחירת תא אחר, ולאחר מכן נסה שוב.';
Strings.OfficeOM.L_InvalidNode = 'צומת לא חוקי';
Strings.OfficeOM.L_FormattingReminder = 'תזכורת עיצוב';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'הפונקציה לקבלת הקשר אימות חסרה';
Strings.OfficeOM.L_TooManyOptionalObjects = 'אובייקטים אופציונליים מרובים ברשימת הפרמטרים';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'התוספת מבקשת כבר אסימון גישה.';
Strings.OfficeOM.L_ActivityLimitReached = 'המערכת הגיעה למגבלת הפעילות.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'הפעלה לא חוקית או הפעלה שהזמן הקצוב שלה הסתיים';
Strings.OfficeOM.L_HostError = 'שגיאת מארח';
Strings.OfficeOM.L_ValueNotLoaded =
  'הערך של אובייקט התוצאה עדיין לא נטען. לפני קריאת מאפיין הערך, בצע קריאה ל- "context.sync()‎" בהקשר הבקשה המשויך.';
Strings.OfficeOM.L_ConfirmRefreshMessage = 'כדי להמשיך, הסר את התוספת והוסף אותה שוב, או רענן את הדף.';
Strings.OfficeOM.L_InternalError = 'שגיאה פנימית';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'גודל תוכן המנה של התגובה חרג מהמגבלה. עיין בתיעוד: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'סוג זהות המשתמש אינו נתמך.';
Strings.OfficeOM.L_ReadSettingsError = 'שגיאה בקריאת הגדרות';
Strings.OfficeOM.L_InvalidGetColumns = 'העמודות שצוינו אינן חוקיות.';
Strings.OfficeOM.L_ModalDialogOpeng = 'הפעולה נכשלה מאחר שתוספת זו כוללת כבר תיבת דו-שיח מודאלית פעילה.';
Strings.OfficeOM.L_RequestTokenUnavailable = 'API זה ווסת כדי להאט את תדירות הקריאות.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'בצע קריאה ל- closeAsync בקובץ הנוכחי לפני אחזור קובץ אחר.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'הפעולה נכשלה מאחר שחלון האב ממוזער.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'הסרת המטפל באירועים נכשלה.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'פונקציות אופציונליות מרובות ברשימת הפרמטרים';
Strings.OfficeOM.L_SliceSizeNotSupported = 'גודל הפרוסה שצוין אינו נתמך.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  "אתה עומד לשלוח ולקבל מידע שעשוי להיות רגיש {0}. לחץ על 'אישור' רק אם אתה נותן אמון באתר האינטרנט הבא המקבל את המידע הרגיש: {1}.";
Strings.OfficeOM.L_ImplicitNotLoaded = 'המודול לא נטען לפני השגת אסימון';
Strings.OfficeOM.L_SelectionCannotBound = 'אין אפשרות לאגד לבחירה הנוכחית.';
Strings.OfficeOM.L_SetDataParametersConflict = 'הפרמטרים שצוינו מתנגשים.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'דפדפן זה אינו תומך ב- API המבוקש.';
Strings.OfficeOM.L_RequestTimeout = 'ביצוע הקריאה נמשך זמן רב מדי.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "מנסה להגדיר את המאפיין לקריאה בלבד '{0}'.";
Strings.OfficeOM.L_UnsupportedDataObject = 'סוג אובייקט הנתונים שסופק אינו נתמך.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'הפעולה אינה נתמכת באיגוד מסוג זה.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'אין תמיכה בבחירות לא רציפות.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} מעוניין להציג חלון חדש.';
Strings.OfficeOM.L_InvalidObjectPath =
  'נתיב האובייקט \'{0}\' אינו עובד עבור הפעולה שאתה מנסה לבצע. אם אתה משתמש באובייקט בקריאות "context.sync" מרובות ומחוץ לביצוע הרציף של אצוות "‎.run", השתמש בפעולות השירות "context.trackedObjects.add()‎" ו- "context.trackedObjects.remove()‎" כדי לנהל את אורך החיים של האובייקט.';
Strings.OfficeOM.L_PropertyDoesNotExist = "המאפיין '{0}' לא קיים באובייקט.";
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API אינו נתמך בפלטפורמה זו.';
Strings.OfficeOM.L_InvalidFormatValue =
  'לאחד או יותר מפרמטרי העיצוב יש ערכים שאינם מותרים. בדוק את הערכים ונסה שוב.';
Strings.OfficeOM.L_CannotWriteToSelection = 'אין אפשרות לכתוב לבחירה הנוכחית.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'שם הפונקציה חייב להכיל מרחב שמות שאינו ריק ושם קצר שאינו ריק.';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'אובייקט הנתונים שסופק לא תואם לגודל הבחירה הנוכחית.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'סוג הזהות של המשתמש אינו נתמך.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  "לא ניתן להשתמש בפרמטרי קואורדינטות עם סוג הכפייה 'טבלה' כאשר הטבלה מכילה תאים ממוזגים.";
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'אין תמיכה בסוג OsfControl.';
Strings.OfficeOM.L_ContinueButton = 'המשך';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'מאפיין בשם זה המייצג את הגדרת הפונקציה חייב להיות קיים ב- Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'היישום {0} לא קיים. לא בוצעה קריאה עבור Microsoft.Office.WebExtension.initialize(reason)‎.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'הנתונים אינם עדכניים';
Strings.OfficeOM.L_InvalidParameters = 'הפונקציה {0} כוללת פרמטרים לא חוקיים.';
Strings.OfficeOM.L_InvalidValue = 'ערך לא חוקי';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'קבע את תצורת הדפדפן';
Strings.OfficeOM.L_NoCapability = 'אין לך הרשאות מספיקות לביצוע פעולה זו.';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'סוג אובייקט הנתונים שצוין לא תואם לבחירה הנוכחית.';
Strings.OfficeOM.L_ConfirmDialog =
  "תחום {0} פועל Microsoft Office ובאפשרותך Office תוספות, שעשויות לגשת לנתונים האישיים שלך. אם אתה נותן אמון בתחום כך שהוא יפעל Office הנתונים שלך, לחץ על 'אישור' כדי להמשיך.";
Strings.OfficeOM.L_InvalidCellsValue =
  'לאחד או יותר מפרמטרי התאים יש ערכים שאינם מותרים. בדוק את הערכים ונסה שוב.';
Strings.OfficeOM.L_SSOServerError = 'אירעה שגיאה בספק האימות.';
Strings.OfficeOM.L_InvalidResourceUrl = 'סופקה כתובת URL לא חוקית של משאב יישום.';
Strings.OfficeOM.L_DialogNavigateError = 'שגיאת ניווט בתיבת דו-שיח';
Strings.OfficeOM.L_GetSelectionNotSupported = 'הבחירה הנוכחית אינה נתמכת.';
Strings.OfficeOM.L_UnknownBindingType = 'סוג האיגוד אינו נתמך.';
Strings.OfficeOM.L_CallbackNotAFunction = 'סוג ההתקשרות חזרה חייב להיות פונקציה, הסוג היה {0}.';
Strings.OfficeOM.L_ShuttingDown = 'הפעולה נכשלה משום שהנתונים בשרת לא עדכניים.';
Strings.OfficeOM.L_NotTrustedWAC =
  'תוספת זו הפכה ללא זמינה כדי להגן עליך. כדי להמשיך להשתמש בתוספת, ודא שפריט זה מתארח בתחום מהימן או פתח אותו באפליקציית שולחן העבודה של Office.';
Strings.OfficeOM.L_DataWriteError = 'שגיאה בכתיבת נתונים';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'הארגומנטים שהועברו אל הפונקציה אינם פועלים במצב זה, חסרים או אינם בתבנית הנכונה.';
