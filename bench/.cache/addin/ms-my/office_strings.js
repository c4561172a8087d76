Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Parameter koordinat tidak dapat digunakan dengan Jadual jenis paksaan apabila jadual mengandungi sel cantum.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Panggil balik mestilah fungsi jenis, sebelum ini jenis {0}.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Lajur yang ditentukan adalah tidak sah.';
Strings.OfficeOM.L_InvalidNode = 'Nod Tidak Sah';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Ralat yang tidak dijangka berlaku dalam klien.';
Strings.OfficeOM.L_BindingCreationError = 'Ralat Penciptaan Pengikatan';
Strings.OfficeOM.L_APICallFailed = 'Panggilan API Gagal';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operasi gagal kerana tambahan ini tidak menyokong keizinan pengguna dalam kategori ini';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Untuk teruskan, alih keluar tambahan dan tambah ia sekali lagi, atau segar semula halaman tersebut.';
Strings.OfficeOM.L_InvalidDataObject = 'Objek Data Tidak Sah';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Harap maaf, kami tidak dapat meneruskan.';
Strings.OfficeOM.L_InvalidCoercion = 'Jenis Paksaan Tidak Sah';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Gagal mengalih keluar pengendali acara.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigurasikan pelayar anda';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Berbilang objek dengan nama yang sama ditemui.';
Strings.OfficeOM.L_NotSupportedEventType = 'Jenis acara {0} yang ditentukan tidak disokong.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Skema URL tersebut tidak disokong. Sebaliknya, gunakan HTTPS.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Objek data yang dibekalkan tidak serasi dengan bentuk atau dimensi pilihan semasa.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Benarkan';
Strings.OfficeOM.L_InvalidFormat = 'Ralat Format Tidak Sah';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Pilihan semasa tidak disokong.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'API ini telah ditetapkan untuk melambatkan frekuensi panggilan.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'Url sumber yang tidak sah ditentukan dalam manifes.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Kaedah atau sifat {0} adalah sebahagian daripada set keperluan {1} yang tidak tersedia dalam versi {2} anda.';
Strings.OfficeOM.L_CancelButton = 'Batal';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Sesi Office anda telah tamat tempoh atau tidak sah. Untuk meneruskan, segarkan semula halaman.';
Strings.OfficeOM.L_ElementMissing =
  'Kami tidak dapat memformatkan sel jadual kerana beberapa nilai parameter telah hilang. Semak parameter sekali lagi dan cuba lagi.';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Nilai startRow atau startColumn yang ditentukan tidak sah.';
Strings.OfficeOM.L_InvalidBindingError = 'Ralat Pengikatan Tidak Sah';
Strings.OfficeOM.L_TooManyArguments = 'terlalu banyak argumen';
Strings.OfficeOM.L_NoCapability = 'Anda tiada keizinan yang mencukupi untuk tindakan ini.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Perubahan kepada sifat \'{0}\' tidak boleh digunakan melalui kaedah "set.objek".';
Strings.OfficeOM.L_CannotWriteToSelection = 'Tidak dapat menulis kepada pilihan semasa.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Objek data yang ditentukan terlalu besar.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Ralat yang tidak dijangka berlaku pada pelayan.';
Strings.OfficeOM.L_CustomXmlError = 'Ralat XML Tersuai.';
Strings.OfficeOM.L_PermissionDenied = 'Keizinan Dinafikan';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API identiti tidak disokong untuk tambahan ini.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Panggil balik tidak dapat ditentukan dalam senarai argumen dan dalam objek opsyenal.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Domain URL tidak termasuk dalam unsur AppDomains dalam manifes, dan bukan subdomain lokasi sumber.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Pengendalian gagal kerana tetingkap induk diminimumkan.';
Strings.OfficeOM.L_MemoryLimit = 'Had Memori Dilebihi';
Strings.OfficeOM.L_ValueNotLoaded =
  'Nilai objek hasil objek belum dimuatkan lagi. Sebelum membaca sifat nilai, hubungi "context.sync()" tentang konteks permintaan yang berkaitan.';
Strings.OfficeOM.L_InvalidSetColumns = 'Lajur yang ditentukan adalah tidak sah.';
Strings.OfficeOM.L_DocumentReadOnly = 'Operasi yang diminta tidak dibenarkan pada mod dokumen semasa.';
Strings.OfficeOM.L_DataStale = 'Data Bukan Semasa';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Panggil closeAsync pada fail semasa sebelum mengambil yang lain.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Permintaan tersebut gagal dengan kod status {0}, kod ralat {1} dan mesej ralat yang berikut: {2}';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Saiz muatan tindak balas telah melebihi had. Sila rujuk dokumentasi: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Nilai indeks baris berada di luar julat yang dibenarkan. Gunakan nilai (0 atau lebih tinggi) yang kurang daripada jumlah baris.';
Strings.OfficeOM.L_ModalDialogOpeng = 'Operasi gagal kerana tambahan ini telah mempunyai dialog modal aktif.';
Strings.OfficeOM.L_SSOClientError = 'Ralat berlaku dalam permintaan pengesahan daripada Office.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Tambahan ini telah dinyahdayakan untuk membantu memastikan anda selamat. Untuk terus menggunakan tambahan ini, sahkan bahawa item ini dihoskan dalam domain dipercayai atau bukanya dalam aplikasi desktop Office.';
Strings.OfficeOM.L_InvalidGrant = 'Tiada prapengesahan.';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "Mencuba mengeset sifat baca sahaja '{0}'.";
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Tidak Sah Atau Sesi Tamat Masa';
Strings.OfficeOM.L_UserNotSignedIn = 'Tiada pengguna terdaftar masuk ke Office.';
Strings.OfficeOM.L_DialogNavigateError = 'Ralat Navigasi Dialog';
Strings.OfficeOM.L_InvalidGetRows = 'Baris yang ditentukan adalah tidak sah.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Nama fungsi mesti mengandungi ruang nama bukan kosong dan nama pendek bukan kosong.';
Strings.OfficeOM.L_InternalErrorDescription = 'Ralat dalaman telah berlaku.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Tiada kebenaran diberikan untuk tambahan ini.';
Strings.OfficeOM.L_InvalidAPICall = 'Panggilan API Tidak Sah';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Nod yang ditentukan tidak ditemui.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'Permintaan JavaScript API gagal kerana buku kerja tersembunyi. Sila nyahsembunyikan buku kerja tersebut dan cuba lagi.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Sila buat pilihan.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Sebentar ...';
Strings.OfficeOM.L_UserClickIgnore = 'Pengguna telah memilih untuk mengabaikan kotak dialog.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Objek data yang ditentukan tidak serasi dengan jenis pengikatan.';
Strings.OfficeOM.L_SettingsCannotSave = 'Seting tidak dapat disimpan.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Sifat dengan nama ini pada Excel.Script.CustomFunctions yang mewakili takrif fungsi mesti mengandungi sifat 'panggil' yang melaksanakan fungsi tersebut.";
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js belum dimuatkan sepenuhnya lagi. Sila cuba lagi nanti atau pastikan untuk menambah kod pengasalan anda dalam fungsi Office.initialize.';
Strings.OfficeOM.L_OperationNotSupported = 'Operasi tidak disokong.';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Objek data yang dibekalkan tidak sepadan dengan saiz pilihan semasa.';
Strings.OfficeOM.L_SSOServerError = 'Ralat berlaku dalam pembekal pengesahan.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Pembatasan pelayar menghalang kami daripada mencipta kotak dialog. Domain kotak dialog dan domain hos tambahan tidak berada dalam zon keselamatan yang sama.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Nota: Set pemformatan yang disetkan oleh panggilan API Pemformatan disyorkan agar kurang daripada 100.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Sambungan telah terputus semasa proses daftar masuk dan pengguna mungkin tidak didaftarkan masuk. Ini kemungkinan disebabkan oleh seting konfigurasi pelayar pengguna, seperti zon keselamatan.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Permintaan tersebut gagal dengan kod status {0}.';
Strings.OfficeOM.L_FunctionCallFailed = 'Fungsi panggilan {0} gagal, kod ralat: {1}.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Parameter yang ditentukan mempunyai konflik.';
Strings.OfficeOM.L_BadSelectorString =
  'Rentetan yang melepasi pemilih tidak diformatkan dengan sempurna atau tidak disokong.';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Data Bukan Semasa';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Nilai startRow atau startColumn yang ditentukan tidak sah.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Jenis fail yang ditentukan tidak disokong.';
Strings.OfficeOM.L_DisplayDialogError = 'Ralat Dialog Paparan';
Strings.OfficeOM.L_HostError = 'Ralat Hos';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Sifat \'{0}\' tidak tersedia. Sebelum membaca nilai sifat, panggil kaedah muat pada objek yang mengandungi dan panggil "context.sync()" pada konteks permintaan yang berkaitan.';
Strings.OfficeOM.L_InvalidDataFormat = 'Format objek data yang ditentukan tidak sah.';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'ID yang ditentukan tidak wujud.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Aplikasi {0} tidak wujud. Microsoft.Office.WebExtension.initialize(reason) tidak dipanggil.';
Strings.OfficeOM.L_ContinueButton = 'Teruskan';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Pengikatan tidak boleh dicipta dengan pilihan semasa dan jenis pengikatan yang ditentukan.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'berbilang objek opsyenal dalam senarai parameter';
Strings.OfficeOM.L_NoHttpsWAC =
  'Sesi Office ini tidak menggunakan sambungan yang selamat. Kami mengesyorkan supaya anda mengambil lebih langkah berjaga-jaga.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Tambahan sudah meminta token capaian.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Baris yang ditentukan adalah kosong.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objek terletak di lokasi yang tidak menyokong navigasi.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Saiz hirisan yang dinyatakan tidak disokong.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Sifat dengan nama ini yang mewakili takrif fungsi mesti wujud pada Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Jenis objek data yang dibekalkan tidak disokong.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Operasi set gagal kerana objek data yang dibekalkan akan menulis ganti atau menganjakkan data.';
Strings.OfficeOM.L_SettingsStaleError = 'Ralat Lapuk Seting';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Parameter koordinat tidak dapat digunakan dengan Jadual jenis paksaan apabila jadual mengandungi sel cantum.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Jenis pengikatan yang ditentukan tidak serasi dengan item dinamakan yang dibekalkan.';
Strings.OfficeOM.L_MissingRequiredArguments = 'tiada beberapa argumen yang diperlukan';
Strings.OfficeOM.L_NamedItemNotFound = 'Item yang dinamakan tidak wujud.';
Strings.OfficeOM.L_NotImplemented = 'Fungsi {0} tidak dilaksanakan.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Anda bakal menghantar dan menerima maklumat yang mungkin sensitif daripada {0}. Hanya klik OK jika anda mempercayai laman web berikut yang menerima maklumat sensitif: {1}.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Dengan mengklik OK, anda akan membenarkan capaian {0} kepada kandungan dan maklumat peribadi anda. ';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Fungsi untuk mendapatkan konteks pengesahan tiada';
Strings.OfficeOM.L_NotSupported = 'Fungsi {0} tidak disokong.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Sambungan telah terputus semasa proses daftar masuk.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Url sumber aplikasi yang tidak sah diberikan.';
Strings.OfficeOM.L_MissingParameter = 'Parameter Hilang';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Had Pemilihan Dicapai';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Pengangkaan tidak disokong dalam aplikasi hos semasa.';
Strings.OfficeOM.L_InvalidSetRows = 'Baris yang ditentukan adalah tidak sah.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Panggilan API tidak sah dalam konteks semasa.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Jenis OsfControl tidak disokong.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Gagal menambah pengendali acara.';
Strings.OfficeOM.L_SaveSettingsError = 'Ralat Seting Simpan';
Strings.OfficeOM.L_PropertyDoesNotExist = "Sifat '{0}' tidak wujud pada objek tersebut.";
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Jenis paksaan yang ditentukan tidak disokong.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_SelectionCannotBound = 'Tidak dapat mengikat kepada pilihan semasa.';
Strings.OfficeOM.L_DataWriteReminder = 'Peringatan Tulis Data';
Strings.OfficeOM.L_DataReadError = 'Ralat Bacaan Data';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Nilai berada di luar julat yang dibenarkan.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modul tidak dimuatkan sebelum memperoleh token';
Strings.OfficeOM.L_InvalidBindingOperation = 'Operasi Pengikatan Tidak Sah';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Nilai indeks lajur berada di luar julat yang dibenarkan. Gunakan nilai (0 atau lebih tinggi) yang kurang daripada jumlah lajur.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Laluan objek \'{0}\' tidak berfungsi untuk apa yang anda sedang cuba lakukan. Jika anda menggunakan objek merentasi berbilang panggilan "context.sync" dan di luar pelaksanaan jujukan kelompok ".run", sila gunakan kaedah "context.trackedObjects.add()" dan "context.trackedObjects.remove()" untuk mengurus hayat hidup objek.';
Strings.OfficeOM.L_OutOfRange = 'Di Luar Julat';
Strings.OfficeOM.L_TooManyOptionalFunction = 'berbilang fungsi opsyenal dalam senarai parameter';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Pengangkaan Tidak Disokong';
Strings.OfficeOM.L_DocumentIsInactive =
  'Pengendalian gagal kerana dokumen yang mengandungi tambahan ini tidak aktif.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API tidak disokong dalam platform ini.';
Strings.OfficeOM.L_UserAbortedMessage = 'Pengguna tidak mengizinkan kebenaran tambahan.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  "Excel berada dalam mod pengeditan sel. Sila keluar daripada mod edit dengan menekan 'ENTER' atau 'TAB' atau pilih sel lain dan kemudian cuba semula.";
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} mahu memaparkan tetingkap baru.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Jenis objek data yang dibekalkan tidak serasi dengan pilihan semasa.';
Strings.OfficeOM.L_ConfirmDialog =
  'Domain {0} bertindak sebagai Microsoft Office dan boleh menjalankan tambahan Office, yang boleh mengakses data peribadi anda. Jika anda mempercayai domain ini untuk berjalan sebagai Office dan mengakses data anda, klik OK untuk meneruskan.';
Strings.OfficeOM.L_EventRegistrationError = 'Ralat Pendaftaran Acara';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Operasi tulis tidak disokong untuk Office apabila dialog modal dibuka.';
Strings.OfficeOM.L_ReadSettingsError = 'Ralat Seting Bacaan';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath mengehadkan pemilihan kepada 1024 item.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Set data yang diminta terlalu besar.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Jenis identiti pengguna tidak disokong.';
Strings.OfficeOM.L_SettingsAreStale = 'Seting tidak dapat disimpan kerana ia bukan yang terkini.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Satu atau lebih parameter format mempunyai nilai yang tidak dibenarkan. Semak nilai sekali lagi dan cuba lagi.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeks di luar julat.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Protocol HTTP tersebut tidak disokong. Sebaliknya, gunakan HTTPS';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Abai';
Strings.OfficeOM.L_UserAborted = 'Pengguna telah menghenti paksa permintaan keizinan.';
Strings.OfficeOM.L_InValidOptionalArgument = 'argumen opsyenal tidak sah';
Strings.OfficeOM.L_InvalidGetColumns = 'Lajur yang ditentukan adalah tidak sah.';
Strings.OfficeOM.L_InternalError = 'Ralat Dalaman';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Kandungan yang dipilih perlu berada dalam format jadual. Formatkan data sebagai jadual dan cuba lagi.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Tunggu sehingga panggilan terdahulu selesai.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Nota: Bilangan sel dalam jadual disyorkan agar kurang daripada 20,000 sel.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Fungsi kelompok yang dihantar kepada kaedah “.run” tidak mengembalikan janji. Fungsi mesti mengembalikan janji, supaya sebarang objek yang dijejaki secara automatik boleh dikeluarkan pada penyiapan kelompok ini. Biasanya, anda akan mengembalikan janji dengan mengembalikan respons daripada "context.sync()".';
Strings.OfficeOM.L_CannotRegisterEvent = 'Pengendali peristiwa tidak boleh didaftarkan.';
Strings.OfficeOM.L_OperationCancelledError = 'Operasi Dibatalkan';
Strings.OfficeOM.L_DataWriteError = 'Ralat Penulisan Data';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Tambahan ini tidak menyokong keizinan pengguna.';
Strings.OfficeOM.L_ShuttingDown = 'Operasi gagal kerana data bukan data semasa pada pelayan.';
Strings.OfficeOM.L_InvalidArgument =
  "Argumen '{0}' tidak berfungsi untuk keadaan ini, hilang atau bukan dalam format yang betul.";
Strings.OfficeOM.L_InvalidCellsValue =
  'Satu atau lebih parameter sel mempunyai nilai yang tidak dibenarkan. Semak nilai sekali lagi dan cuba lagi.';
Strings.OfficeOM.L_FormattingReminder = 'Peringatan Pemformatan';
Strings.OfficeOM.L_InvalidParameters = 'Fungsi {0} mempunyai parameter tidak sah.';
Strings.OfficeOM.L_RequestTimeout = 'Panggilan mengambil masa yang terlalu lama untuk dilaksanakan.';
Strings.OfficeOM.L_BindingNotExist = 'Pengikatan yang ditentukan tidak wujud.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Masalah rangkaian telah menghalang pengambilan fail.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Data tersebut sudah lapuk. Ambil objek semula.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Pengendali peristiwa yang ditentukan tidak ditemui bagi pengikatan ini.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Tidak boleh menggunakan objek merentasi konteks permohonan berbeza.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Pilihan tidak bersebelahan tidak disokong.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operasi tersebut gagal kerana tambahan ini sudah meminta token capaian.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Pilihan semasa tidak serasi dengan jenis paksaan yang ditentukan.';
Strings.OfficeOM.L_AppNameNotExist = 'Nama Tambahan untuk {0} tidak wujud.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Jenis identiti pengguna tidak disokong.';
Strings.OfficeOM.L_NavOutOfBound = 'Pengendalian gagal kerana indeks berada di luar julat.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Nilai rowCount atau columnCount yang ditentukan tidak sah.';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argumen yang dihantar ke dalam fungsi tidak berfungsi untuk situasi ini, tiada atau bukan dalam format yang betul.';
Strings.OfficeOM.L_InvalidBinding = 'Pengikatan Tidak Sah';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Jenis paksaan yang ditentukan tidak serasi dengan jenis pengikatan ini.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "Setings keselamatan dalam pelayar anda menghalang kami daripada mencipta kotak dialog. Cuba pelayar yang berbeza, atau {0} supaya '{1}' dan domain yang ditunjukkan dalam bar alamat berada dalam zon keselamatan yang sama.";
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Argumen input tidak sah.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Jenis pengikatan {0} yang ditentukan tidak disokong.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Ukuran muatan permintaan telah melebihi had. Sila rujuk dokumentasi: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Satu atau lebih parameter tableOptions mempunyai nilai yang tidak dibenarkan. Semak nilai sekali lagi dan cuba lagi.';
Strings.OfficeOM.L_APINotSupported = 'API Tidak Disokong';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_ActivityLimitReached = 'Had aktiviti telah dicapai.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Operasi telah dibatalkan oleh pengguna.';
Strings.OfficeOM.L_NetworkProblem = 'Masalah Rangkaian';
Strings.OfficeOM.L_Timeout = 'Pengendalian telah tamat masa.';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Pelayan ini tidak menyokong API yang diminta.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Nama fungsi hanya boleh mengandungi huruf, digit, tanda garis bawah dan noktah.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType =
  'Operasi tidak disokong pada jenis pengikatan ini.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'Operasi gagal kerana tambahan ini terdapat dialog aktif.';
Strings.OfficeOM.L_SettingNameNotExist = 'Nama seting yang ditentukan tidak wujud.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Parameter yang ditentukan mempunyai konflik.';
Strings.OfficeOM.L_UnknownBindingType = 'Jenis pengikatan tidak disokong.';
Strings.OfficeOM.L_InvalidValue = 'Nilai Tidak Sah';
