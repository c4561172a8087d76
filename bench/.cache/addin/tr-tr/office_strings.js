Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_FormatValueOutOfRange = 'Değer izin verilen aralığın dışında.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  "Bu kullanıcıdan hassas olabilecek bilgileri göndermek ve almak {0}. Yalnızca hassas bilgileri alan şu web sitesine güveniyorsanız Tamam'a tıklayın: {1}.";
Strings.OfficeOM.L_ConfirmDialog =
  "Etki alanı {0}, Microsoft Office olarak Office ve kişisel verilerinize erişen eklentilerde çalıştırılabilir. Etki alanına farklı çalıştırılacak ve verilerinize Office güveniyorsanız, devam etmek için Tamam'a tıklayın.";
Strings.OfficeOM.L_DisplayDialogError = 'İletişim Kutusu Hatasını Görüntüle';
Strings.OfficeOM.L_CustomXmlError = 'Özel XML Hatası.';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js henüz tam olarak yüklenmedi. Lütfen daha sonra tekrar deneyin veya Office.initialize işlevine başlatma kodunuzu eklediğinizden emin olun.';
Strings.OfficeOM.L_BrowserAPINotSupported = "Bu tarayıcı istenen API'yi desteklemiyor.";
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Tarayıcı kısıtlamaları, iletişim kutusunu oluşturmamızı engelledi. İletişim kutusu ile eklenti ana bilgisayarının etki alanı, aynı güvenlik bölgesinde değil.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Önceki çağrı tamamlanana kadar bekleyin.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage =
  'Sabit listesi geçerli ana bilgisayar uygulamasında desteklenmiyor.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'İşlevin tanımını gösteren ve bu adı taşıyan bir özelliğin Excel.Script.CustomFunctions üzerinde bulunması gerekir.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Geçerli seçime yazılamıyor.';
Strings.OfficeOM.L_Timeout = 'İşlem zaman aşımına uğradı.';
Strings.OfficeOM.L_InvalidRequestContext = 'Nesne farklı istek bağlamlarında kullanılamıyor.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Bir veya daha fazla tableOptions parametresi izin verilmeyen değerler içeriyor. Değerleri bir daha kontrol edin ve yeniden deneyin.';
Strings.OfficeOM.L_SettingsAreStale = 'Ayarlar güncel olmadığından kaydedilemedi.';
Strings.OfficeOM.L_SettingsCannotSave = 'Ayarlar kaydedilemedi.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Bağlama, geçerli seçim ve belirtilen bağlama türüyle oluşturulamıyor.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Office oturumunuz sona ermiş veya geçersiz. Devam etmek için sayfayı yenileyin.';
Strings.OfficeOM.L_MissingParameter = 'Eksik Parametre';
Strings.OfficeOM.L_BadSelectorString = 'Seçiciye iletilen dize yanlış biçimlendirilmiş veya desteklenmiyor.';
Strings.OfficeOM.L_PropertyNotLoaded =
  '\'{0}\' özelliği kullanılamıyor. Özellik değerini okumadan önce kapsayıcı nesnede load yöntemini ve ilişkili istek bağlamında "context.sync()" yöntemini çağırın.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Olay işleyicisi eklenemedi.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Belirtilen satırSayısı veya sütunSayısı değerleri geçersiz.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Sonuç nesnesinin değeri henüz yüklenmedi. Değer özelliğini okumadan önce ilişkili istek bağlamında "context.sync()" öğesini çağırın.';
Strings.OfficeOM.L_DialogNavigateError = 'İletişim Kutusu Gezinti Hatası';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Yoksay';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  '{0} uygulaması mevcut değil. Microsoft.Office.WebExtension.initialize(reason) çağrılamadı.';
Strings.OfficeOM.L_InvalidObjectPath =
  '\'{0}\' nesne yolu yapmak istediğiniz işlem için kullanılamaz. Nesneyi birden çok "context.sync" çağrısında ve ".run" toplu işleminin sıralı yürütülmesi dışında kullanıyorsanız, nesnenin yaşam süresini yönetirken lütfen "context.trackedObjects.add()" ve "context.trackedObjects.remove()" yöntemlerini kullanın.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Bu eklenti güvenliğinizi sağlamak amacıyla devre dışı bırakıldı. Eklentiyi kullanmaya devam etmek için, bu öğenin güvenilen bir etki alanında barındırıldığını doğrulayın veya Office masaüstü uygulamasında açın.';
Strings.OfficeOM.L_UnknownBindingType = 'Bağlama türü desteklenmiyor.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Geçersiz veya Zaman Aşımına Uğramış Oturum';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Giriş bağımsız değişkenleri geçersiz.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '".Run" yöntemine geçirilen toplu işlem işlevi bir promise döndürmedi. Toplu işlem tamamlandığında otomatik olarak izlenen nesnelerin serbest bırakılabilmesi için işlevin bir promise döndürmesi gerekiyor. Bir promise döndürmek için genellikle "context.sync()" yönteminden yanıt döndürülür.';
Strings.OfficeOM.L_UserNotSignedIn = 'Office oturumu açmış kullanıcı yok.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Oturum açma işlemi sırasında bir bağlantı kesildi.';
Strings.OfficeOM.L_InvalidParameters = '{0} işlevi geçersiz parametrelere sahip.';
Strings.OfficeOM.L_FunctionCallFailed = '{0} işlev çağrısı başarısız oldu, hata kodu: {1}.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Lütfen seçim yapın.';
Strings.OfficeOM.L_DocumentReadOnly = 'Geçerli belge modunda istenen işleme izin verilmiyor.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Geçerli seçim desteklenmiyor.';
Strings.OfficeOM.L_NotSupportedEventType = 'Belirtilen olay türü {0} desteklenmiyor.';
Strings.OfficeOM.L_TooManyArguments = 'çok fazla bağımsız değişken';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl türü desteklenmiyor.';
Strings.OfficeOM.L_DataStale = 'Veriler Güncel Değil';
Strings.OfficeOM.L_InvalidFormatValue =
  'Bir veya daha fazla biçim parametresi izin verilmeyen değerler içeriyor. Değerleri bir daha kontrol edin ve yeniden deneyin.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'İşlev adı, boş olmayan bir ad alanı ve boş olmayan bir kısa ad içermelidir.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Olay işleyicisi kaldırılamadı.';
Strings.OfficeOM.L_CallbackNotAFunction = '{0} türünde olan geri arama, işlev türünde olmalıdır.';
Strings.OfficeOM.L_MissingRequiredArguments = 'gerekli olan bazı bağımsız değişkenler eksik';
Strings.OfficeOM.L_ShuttingDown = 'Sunucudaki veriler güncel olmadığından, işlem başarısız oldu.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Oturum açma işlemi sırasında bir bağlantı kesildiğinden kullanıcının oturumu açılamamış olabilir. Bunun nedeni, kullanıcının tarayıcısındaki güvenlik bölgeleri gibi yapılandırma ayarları olabilir.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Aynı ada sahip birden çok nesne bulundu.';
Strings.OfficeOM.L_ElementMissing =
  'Bazı parametre değerleri eksik olduğu için tablo hücresini biçimlendiremedik. Parametreleri bir daha kontrol edin ve yeniden deneyin.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Geçersiz Bağlama İşlemi';
Strings.OfficeOM.L_ActivityLimitReached = 'Etkinlik sınırına ulaşıldı.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Belirtilen satırBaşlat veya sütunBaşlat değerleri geçersiz.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Bir belirteç alınmadan modül yüklenmez';
Strings.OfficeOM.L_NotSupportedBindingType = 'Belirtilen bağlama türü {0} desteklenmiyor.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Tamam’a tıklayarak {0} etki alanının içeriğinize ve kişisel bilgilerinize erişime izin vermiş olursunuz. ';
Strings.OfficeOM.L_NetworkProblem = 'Ağ Sorunu';
Strings.OfficeOM.L_InvalidSSOAddinMessage = "Bu eklenti için kimlik API'si desteklenmiyor.";
Strings.OfficeOM.L_CannotNavigateTo = 'Nesne, gezinmenin desteklenmediği bir yerde bulunuyor.';
Strings.OfficeOM.L_DataNotMatchCoercionType = 'Belirtilen veri nesnesi türü geçerli seçimle uyumlu değil.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Bu eklentide zaten etkin bir kalıcı iletişim kutusu olduğundan işlem başarısız oldu.';
Strings.OfficeOM.L_SaveSettingsError = 'Ayarları Kaydet Hatası';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Belirtilen kimlik yok.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Bir ağ sorunu nedeniyle dosya alınamadı.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  "URL'nin etki alanı bildirimdeki AppDomains öğesine dahil değildir ve kaynak konumun alt etki alanı değildir.";
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Seçim Sınırına Ulaşıldı';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Veriler güncel değil. Nesneyi yeniden alın.';
Strings.OfficeOM.L_InValidOptionalArgument = 'geçersiz isteğe bağlı bağımsız değişken';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'İstek, {0} durum kodu, {1} hata kodu ve {2} hata iletisiyle başarısız oldu.';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'Sağlanan veri nesnesi geçerli seçim boyutuyla eşleşmiyor.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Kullanıcı kimliği türü desteklenmiyor.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Belirtilen parametreler çakışıyor.';
Strings.OfficeOM.L_InvalidGetColumns = 'Belirtilen sütunlar geçersiz.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Geçerli bağlamda geçersiz API çağrısı.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Kalıcı iletişim kutusu açıkken Office için yazma işlemi desteklenmez.';
Strings.OfficeOM.L_NavOutOfBound = 'Dizin aralık dışında olduğundan işlem başarısız oldu.';
Strings.OfficeOM.L_IndexOutOfRange = 'Dizin aralık dışında.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Belirtilen satırBaşlat veya sütunBaşlat değerleri geçersiz.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'İşlem bu bağlama türünde desteklenmiyor.';
Strings.OfficeOM.L_SSOServerError = 'Kimlik doğrulaması sağlayıcısında bir hata oluştu.';
Strings.OfficeOM.L_CancelButton = 'İptal';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Belirtilen bağlama türü sağlanan adlandırılmış öğe ile uyumlu değil.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Belirtilen dosya türü desteklenmiyor.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve = 'Başka dosya almadan mevcut dosyada closeAsync çağrısı yapın.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Belirtilen dilim boyutu desteklenmiyor.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'İşlev adı yalnızca harf, rakam, alt çizgi ve nokta içerebilir.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Sütun dizini değeri izin verilen aralığın dışında. Sütun sayısından az bir değer (0 veya daha yüksek) kullanın.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'İşlem kullanıcı tarafından iptal edildi.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Eklenti zaten bir erişim belirteci istediğinden işlem başarısız oldu.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'İstenen veri kümesi çok büyük.';
Strings.OfficeOM.L_NoHttpsWAC =
  'Bu Office oturumu için güvenli bir bağlantı kullanılmıyor. Ek önlemler almanızı öneririz.';
Strings.OfficeOM.L_FormattingReminder = 'Biçimlendirme Anımsatıcısı';
Strings.OfficeOM.L_DataWriteReminder = 'Veri Yazma Anımsatıcısı';
Strings.OfficeOM.L_OutOfRange = 'Aralık Dışında';
Strings.OfficeOM.L_UnsupportedDataObject = 'Sağlanan veri nesnesi türü desteklenmiyor.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Bu eklentide zaten etkin bir iletişim kutusu olduğundan işlem başarısız oldu.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "Tarayıcınızdaki güvenlik ayarları, bir iletişim kutusu oluşturmamızı engelliyor. Farklı bir tarayıcı deneyin veya '{1}' ile adres çubuğunuzdaki etki alanının aynı güvenlik bölgesinde olması için {0}.";
Strings.OfficeOM.L_EventRegistrationError = 'Olay Kayıt Hatası';
Strings.OfficeOM.L_InvalidArgument =
  "'{0}' bağımsız değişkeni bu durum için geçerli değil, eksik veya doğru biçimde değil.";
Strings.OfficeOM.L_RequestTokenUnavailable = 'API, çağrı sıkılığını yavaşlatmak amacıyla kısıtlandı.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API bu platformda desteklenmiyor.';
Strings.OfficeOM.L_UserAborted = 'Kullanıcı, onay isteğini iptal etti.';
Strings.OfficeOM.L_NotSupported = '{0} işlevi desteklenmiyor.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding = 'Belirtilen zorlama türü bu bağlama türüyle uyumlu değil.';
Strings.OfficeOM.L_RequestTimeout = 'Çağrı yürütme çok uzun sürdü.';
Strings.OfficeOM.L_NoCapability = 'Bu eylem için yeterli izne sahip değilsiniz.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Tablo birleştirilmiş hücreler içerdiğinde koordinasyon parametreleri, zorlama türü Tablo ile kullanılamaz.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'parametre listesinde birden fazla isteğe bağlı nesne';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'İstek, {0} durum koduyla başarısız oldu.';
Strings.OfficeOM.L_BindingCreationError = 'Bağlama Oluşturma Hatası';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Devam etmek için, eklentiyi kaldırıp yeniden ekleyin veya sayfayı yenileyin.';
Strings.OfficeOM.L_OperationNotSupported = 'İşlem desteklenmiyor.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Belirtilen veri nesnesi çok büyük.';
Strings.OfficeOM.L_ContinueButton = 'Devam et';
Strings.OfficeOM.L_InvalidResourceUrlMessage = "Bildirimde geçersiz kaynak URL'si belirtildi.";
Strings.OfficeOM.L_DataWriteError = 'Veri Yazma Hatası';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Sunucuda beklenmeyen bir hata oluştu.';
Strings.OfficeOM.L_PropertyDoesNotExist = "'{0}' özelliği nesnede yok.";
Strings.OfficeOM.L_DocumentIsInactive = 'Bu eklentiyi içeren belge etkin olmadığından işlem başarısız oldu.';
Strings.OfficeOM.L_InternalErrorDescription = 'Dahili bir hata oluştu.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Eklenti zaten bir erişim belirteci istiyor.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'İşleve eklenen bağımsız değişkenler, eksik, bu duruma uygun değil veya doğru biçimde değil.';
Strings.OfficeOM.L_DataReadError = 'Veri Okuma Hatası';
Strings.OfficeOM.L_UserClickIgnore = 'Kullanıcı iletişim kutusunu yoksaymayı seçti.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  '{0} yöntemi veya özelliği, {2} sürümünüzde kullanılamayan {1} gereksinim kümesinin bir parçasıdır.';
Strings.OfficeOM.L_AppNameNotExist = '{0} için Eklenti Adı yok.';
Strings.OfficeOM.L_InvalidSetRows = 'Belirtilen satırlar geçersiz.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Belirtilen düğüm bulunamadı.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'İstemcide beklenmeyen bir hata oluştu.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Bu eklenti için izin verilmedi.';
Strings.OfficeOM.L_InvalidCoercion = 'Geçersiz Zorlama Türü';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  "Not: Biçimlendirme API'si çağrısı tarafından ayarlanan biçimlendirme kümelerinin 100'ün altında olması önerilir.";
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Belirtilen sütunlar geçersiz.';
Strings.OfficeOM.L_APINotSupported = 'API Desteklenmiyor';
Strings.OfficeOM.L_NotImplemented = '{0} işlevi uygulanmadı.';
Strings.OfficeOM.L_BindingNotExist = 'Belirtilen bağlama mevcut değil.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Geri arama, hem değişken listesinde hem de isteğe bağlı nesnede belirtilemiyor.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Üzgünüz, devam edemiyoruz.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel, hücre düzenleme modunda. Lütfen ENTER veya SEKME tuşuna basarak ya da başka bir hücreyi seçerek düzenleme modundan çıkın ve sonra yeniden deneyin.';
Strings.OfficeOM.L_HostError = 'Ana Bilgisayar Hatası';
Strings.OfficeOM.L_NamedItemNotFound = 'Adlandırılmış öğe mevcut değil.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Bu eklenti, kullanıcı onayını desteklemiyor.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'İstek yükü boyutu sınırı aştı. Lütfen şu belgelere başvurun: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Satır dizini değeri izin verilen aralığın dışında. Satır sayısından az bir değer (0 veya daha yüksek) kullanın.';
Strings.OfficeOM.L_UserAbortedMessage = 'Kullanıcı, eklenti izinlerini onaylamadı.';
Strings.OfficeOM.L_InvalidValue = 'Geçersiz Değer';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Bu eklentinin, bu kategoride kullanıcı onayını desteklememesi nedeniyle işlem başarısız oldu.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL düzeni desteklenmiyor. Bunun yerine HTTPS kullanın.';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Tablo birleştirilmiş hücreler içerdiğinde koordinasyon parametreleri, zorlama türü Tablo ile kullanılamaz.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Bir veya daha fazla hücre parametresi izin verilmeyen değerler içeriyor. Değerleri bir daha kontrol edin ve yeniden deneyin.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "İşlevin tanımını gösteren ve bu adı taşıyan Excel.Script.CustomFunctions üzerindeki özelliğin işlevi uygulayabilmesi için 'çağrı' özelliği içermesi gerekir.";
Strings.OfficeOM.L_OKButton = 'Tamam';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Seçili içeriğin tablo biçiminde olması gerekir. Verileri tablo olarak biçimlendirin ve yeniden deneyin.';
Strings.OfficeOM.L_InvalidDataFormat = 'Belirtilen veri nesnesi biçimi geçerli değil.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType = 'Geçerli seçim belirtilen zorlama türüyle uyumlu değil.';
Strings.OfficeOM.L_InvalidSetColumns = 'Belirtilen sütunlar geçersiz.';
Strings.OfficeOM.L_OperationCancelledError = 'İşlem İptal Edildi';
Strings.OfficeOM.L_SelectionCannotBound = 'Geçerli seçime bağlanılamıyor.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Sağlanan veri nesnesi geçerli seçimin şekil ve boyutlarıyla uyumlu değil.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'tarayıcınızı yapılandırın';
Strings.OfficeOM.L_InvalidFormat = 'Geçersiz Biçim Hatası';
Strings.OfficeOM.L_InvalidDataObject = 'Geçersiz Veri Nesnesi';
Strings.OfficeOM.L_InvalidBindingError = 'Geçersiz Bağlama Hatası';
Strings.OfficeOM.L_InvalidNode = 'Geçersiz Düğüm';
Strings.OfficeOM.L_MemoryLimit = 'Bellek Sınırı Aşıldı';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Sağlanan veri nesnesi verilerin üzerine yazılacağından veya veriler değişeceğinden ayarlama işlemi başarısız oldu.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  '\'{0}\' özelliğine yapılan değişiklikler "object.set" metoduyla uygulanamaz.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath, seçimi 1024 öğeyle sınırlar.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Çalışma kitabı gizli olduğu için JavaScript API isteği başarısız oldu. Lütfen çalışma kitabını Göster ve yeniden deneyin.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  "Not: Tablodaki hücre sayısının 20.000'in altında olması önerilir.";
Strings.OfficeOM.L_BindingToMultipleSelection = 'Bitişik olmayan seçimler desteklenmiyor.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Kullanıcının kimlik türü desteklenmiyor.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Belirtilen olay türü bu bağlama üzerinde desteklenmiyor.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Olay işleyicisi kaydedilemiyor.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Belirtilen zorlama türü desteklenmiyor.';
Strings.OfficeOM.L_SettingNameNotExist = 'Belirtilen ayar adı mevcut değil.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Veriler Güncel Değil';
Strings.OfficeOM.L_SettingsStaleError = 'Eski Ayar Hatası';
Strings.OfficeOM.L_InvalidBinding = 'Geçersiz Bağlama';
Strings.OfficeOM.L_DataNotMatchBindingType = 'Belirtilen veri nesnesi bağlama türü ile uyumlu değil.';
Strings.OfficeOM.L_InvalidResourceUrl = "Geçersiz uygulama kaynağı URL'si sağlandı.";
Strings.OfficeOM.L_DialogParentIsMinimized =
  'Üst pencere simge durumuna küçültüldüğünden işlem başarısız oldu.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Bir dakika ...';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Kimlik doğrulama içeriğini almak için işlev eksik';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Desteklenmeyen Listeleme';
Strings.OfficeOM.L_InternalError = 'İç Hata';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP protokolü desteklenmiyor. Bunun yerine HTTPS kullanın';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Belirtilen satır boş.';
Strings.OfficeOM.L_PermissionDenied = 'İzin Reddedildi';
Strings.OfficeOM.L_InvalidAPICall = 'Geçersiz API Çağrısı';
Strings.OfficeOM.L_SSOClientError = "Office'ten gelen kimlik doğrulaması isteğinde bir hata oluştu.";
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} yeni bir pencere görüntülemek istiyor.';
Strings.OfficeOM.L_APICallFailed = 'API Çağrısı Başarısız Oldu';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty =
  "Salt okunur olan '{0}' özelliği ayarlanmaya çalışılıyor.";
Strings.OfficeOM.L_TooManyOptionalObjects = 'parametre listesinde birden fazla isteğe bağlı nesne';
Strings.OfficeOM.L_ReadSettingsError = 'Ayarları Oku Hatası';
Strings.OfficeOM.L_InvalidGetRows = 'Belirtilen satırlar geçersiz.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'İzin Ver';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Yanıt yükü boyutu sınırı aştı. Lütfen şu belgelere başvurun: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_DialogOK = 'Tamam';
Strings.OfficeOM.L_GetDataParametersConflict = 'Belirtilen parametreler çakışıyor.';
Strings.OfficeOM.L_InvalidGrant = 'Ön onay yok.';
