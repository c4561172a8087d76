Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Aplikasi {0} tidak ada. Microsoft.Office.WebExtension.initialize(reason) tidak dipanggil.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Jalur objek \'{0}\' tidak berfungsi untuk apa yang Anda coba lakukan. Jika Anda menggunakan objek di beberapa panggilan "context.sync" dan di luar eksekusi berurutan dari batch ".run", harap gunakan metode "context.trackedObjects.add()" dan "context.trackedObjects.remove()" untuk mengelola masa pakai objek.';
Strings.OfficeOM.L_InvalidResourceUrlMessage = 'URL sumber daya yang ditentukan dalam manifes tidak valid.';
Strings.OfficeOM.L_ContinueButton = 'Lanjut';
Strings.OfficeOM.L_SettingsCannotSave = 'Pengaturan tidak dapat disimpan.';
Strings.OfficeOM.L_OperationCancelledError = 'Operasi Dibatalkan';
Strings.OfficeOM.L_NoHttpsWAC =
  'Sesi Office ini tidak menggunakan koneksi aman. Sebaiknya Anda mengambil precautions tambahan.';
Strings.OfficeOM.L_CustomXmlError = 'Kesalahan XML Kustom.';
Strings.OfficeOM.L_MissingParameter = 'Parameter Hilang';
Strings.OfficeOM.L_ConfirmDialog =
  '{0} domain bertindak sebagai Microsoft Office dan dapat menjalankan add-in Office, yang dapat mengakses data pribadi Anda. Jika Anda memercayai domain untuk dijalankan sebagai Office dan mengakses data Anda, klik OK untuk melanjutkan.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Gagal menambahkan handler kejadian.';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Objek data yang ditentukan tidak kompatibel dengan tipe ikatan.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Sesi Office Anda telah kedaluwarsa atau tidak valid. Untuk melanjutkan, Segarkan halaman.';
Strings.OfficeOM.L_InValidOptionalArgument = 'argumen opsional tidak valid';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Data Tidak Terbaru';
Strings.OfficeOM.L_APICallFailed = 'Panggilan API Gagal';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Catatan: Rangkaian pemformatan yang ditetapkan oleh panggilan API Pemformatan disarankan agar di bawah 100.';
Strings.OfficeOM.L_TooManyOptionalFunction = 'beberapa fungsi opsional dalam daftar parameter';
Strings.OfficeOM.L_InvalidBindingError = 'Kesalahan Ikatan Tidak Valid';
Strings.OfficeOM.L_Timeout = 'Waktu operasi habis.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'API ini telah disempitkan untuk memperlambat frekuensi panggilan.';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Tipe identitas pengguna tidak didukung.';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Argumen input tidak valid.';
Strings.OfficeOM.L_NamedItemNotFound = 'Item bernama tidak ada.';
Strings.OfficeOM.L_InvalidSetRows = 'Baris yang ditentukan tidak valid.';
Strings.OfficeOM.L_ReadSettingsError = 'Kesalahan Pengaturan Membaca';
Strings.OfficeOM.L_PermissionDenied = 'Izin Ditolak';
Strings.OfficeOM.L_NotSupported = 'Fungsi {0} tidak didukung.';
Strings.OfficeOM.L_ElementMissing =
  'Kami tidak dapat memformat sel tabel karena beberapa nilai parameter hilang. Periksa kembali parameter dan coba lagi.';
Strings.OfficeOM.L_SelectionCannotBound = 'Tidak dapat terikat ke pilihan saat ini.';
Strings.OfficeOM.L_UnknownBindingType = 'Tipe ikatan tidak didukung.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Operasi tidak didukung pada tipe ikatan ini.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Tunggu sebentar ...';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Properti dengan nama ini yang mewakili definisi fungsi harus ada pada Excel.Script.CustomFunctions.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Terjadi kesalahan tak terduga di server.';
Strings.OfficeOM.L_SSOServerError = 'Terjadi kesalahan dalam penyedia autentikasi.';
Strings.OfficeOM.L_DocumentReadOnly = 'Operasi yang diminta tidak diizinkan dalam mode dokumen saat ini.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeks di luar Rentang.';
Strings.OfficeOM.L_NoCapability = 'Anda tidak mempunyai cukup izin untuk tindakan ini.';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Objek data yang ditentukan terlalu besar.';
Strings.OfficeOM.L_SettingsAreStale = 'Pengaturan tidak bisa disimpan karena bukan pengaturan saat ini.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Maaf, kami tidak dapat melanjutkan.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  "Properti dengan nama ini pada Excel.Script.CustomFunctions yang mewakili definisi fungsi harus berisi properti 'panggilan' yang menerapkan fungsi.";
Strings.OfficeOM.L_UnsupportedEnumeration = 'Enumerasi Tidak Didukung';
Strings.OfficeOM.L_UnsupportedDataObject = 'Tipe objek data yang tersedia tidak didukung.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Nilai berada di luar rentang yang diperbolehkan.';
Strings.OfficeOM.L_NavOutOfBound = 'Operasi gagal karena indeks berada di luar rentang.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Tipe file yang ditentukan tidak didukung.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath membatasi pilihan sebanyak 1024 item.';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Beberapa objek dengan nama yang sama ditemukan.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Opsi saat ini tidak didukung.';
Strings.OfficeOM.L_BindingCreationError = 'Kesalahan Pembuatan Ikatan';
Strings.OfficeOM.L_DataNotMatchBindingSize =
  'Objek data yang tersedia tidak sesuai dengan ukuran pilihan saat ini.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Pembatasan browser mencegah kami membuat kotak dialog. Domain kotak dialog dan domain host add-in tidak berada di zona keamanan yang sama.';
Strings.OfficeOM.L_RunMustReturnPromise =
  'Fungsi batch yang dilewatkan ke metode ".run" tidak mengembalikan promise. Fungsi tersebut harus mengembalikan promise, sehingga setiap objek yang dilacak otomatis dapat dirilis di penyelesaian dari operasi batch. Biasanya, Anda mengembalikan promise dengan mengembalikan respons dari "context.sync()".';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = "Mencoba untuk menetapkan properti baca-saja '{0}'.";
Strings.OfficeOM.L_CancelButton = 'Batal';
Strings.OfficeOM.L_DataWriteReminder = 'Pengingat Tulis Data';
Strings.OfficeOM.L_InvalidNode = 'Node Tidak Valid';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'ID yang ditentukan tidak ada.';
Strings.OfficeOM.L_UserAbortedMessage = 'Pengguna tidak menyetujui izin add-in.';
Strings.OfficeOM.L_OutOfRange = 'Di Luar Jangkauan';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js belum dimuat. Harap coba lagi nanti atau pastikan untuk menambahkan kode inisialisasi pada fungsi Office.initialize.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Operasi penulisan tidak didukung untuk Office saat dialog modal terbuka.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Tidak Valid Atau Waktu Sesi Habis';
Strings.OfficeOM.L_InvalidGetStartRowColumn = 'Nilai startRow atau startColumn yang ditentukan tidak valid.';
Strings.OfficeOM.L_DialogNavigateError = 'Kesalahan Navigasi Dialog';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Tipe koersi yang ditentukan tidak kompatibel dengan tipe ikatan ini.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Add-in telah meminta token akses.';
Strings.OfficeOM.L_DataStale = 'Data Bukan Data Saat Ini';
Strings.OfficeOM.L_DataReadError = 'Kesalahan Membaca Data';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Operasi gagal karena jendela induk diminimalkan.';
Strings.OfficeOM.L_EventHandlerNotExist =
  'Handler kejadian yang ditentukan tidak ditemukan untuk pengikatan ini.';
Strings.OfficeOM.L_PropertyDoesNotExist = "Properti '{0}' tidak ada pada objek.";
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Gagal menghapus handler kejadian.';
Strings.OfficeOM.L_UserNotSignedIn = 'Tidak ada pengguna yang masuk ke Office.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Set data yang diminta terlalu besar.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Nilai dari objek hasil belum dimuat. Sebelum membaca properti nilai, panggil "context.sync()" di konteks permintaan terkait.';
Strings.OfficeOM.L_InvalidDataObject = 'Objek Data Tidak Valid';
Strings.OfficeOM.L_HostError = 'Kesalahan Hosting';
Strings.OfficeOM.L_NotSupportedEventType = 'Tipe acara {0} yang ditentukan tidak didukung.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Satu atau beberapa parameter sel memiliki nilai yang tidak diperbolehkan. Periksa kembali nilai dan coba lagi.';
Strings.OfficeOM.L_UserClickIgnore = 'Pengguna memilih untuk mengabaikan kotak dialog.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Tipe identitas pengguna tidak didukung.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Operasi Ikatan Tidak Valid';
Strings.OfficeOM.L_InvalidGrantMessage = 'Tidak ada perizinan untuk add-in ini.';
Strings.OfficeOM.L_SetDataParametersConflict = 'Parameter yang ditentukan berkonflik.';
Strings.OfficeOM.L_InvalidFormat = 'Kesalahan Format Tidak Valid';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'API identitas tidak didukung untuk add-in ini.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Penanganan aktivitas tidak dapat didaftarkan.';
Strings.OfficeOM.L_NetworkProblem = 'Masalah Jaringan';
Strings.OfficeOM.L_SSOConnectionLostError = 'Koneksi hilang selama proses masuk.';
Strings.OfficeOM.L_ModalDialogOpeng = 'Operasi gagal karena add-in ini sudah memiliki dialog modal aktif.';
Strings.OfficeOM.L_InvalidCoercion = 'Tipe Koersi Tidak Valid';
Strings.OfficeOM.L_DocumentIsInactive = 'Operasi gagal karena dokumen yang berisi add-in ini tidak aktif.';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'API tidak didukung pada platform ini.';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Pencacahan tidak didukung dalam aplikasi host saat ini.';
Strings.OfficeOM.L_NotTrustedWAC =
  'Add-in ini telah dinonaktifkan untuk membantu Anda tetap aman. Untuk terus menggunakan Add-in, validasi bahwa item ini dihosting dalam domain tepercaya atau buka di aplikasi desktop Office.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Satu atau beberapa parameter format memiliki nilai yang tidak diperbolehkan. Periksa kembali nilai dan coba lagi.';
Strings.OfficeOM.L_GetDataParametersConflict = 'Parameter yang ditentukan berkonflik.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Ukuran payload respons melampaui batas. Silakan lihat dokumentasi: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Add-in ini tidak mendukung persetujuan pengguna.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Permintaan gagal dengan kode status {0}.';
Strings.OfficeOM.L_UserAborted = 'Pengguna membatalkan permintaan persetujuan.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'beberapa objek opsional dalam daftar parameter';
Strings.OfficeOM.L_SSOClientError = 'Terjadi kesalahan dalam permintaan autentikasi dari Office.';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Dengan mengeklik OK, Anda akan mengizinkan {0} mengakses konten dan informasi pribadi Anda. ';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Browser ini tidak mendukung API yang diminta.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Operasi dibatalkan oleh pengguna.';
Strings.OfficeOM.L_NewWindowCrossZone =
  "Pengaturan keamanan di browser mencegah kami membuat kotak dialog. Coba browser lain, atau {0} sehingga '{1}' dan domain yang ditampilkan di bilah alamat Anda berada di zona keamanan yang sama.";
Strings.OfficeOM.L_CallbackNotAFunction = 'Panggilan balik harus berupa fungsi tipe, sebelumnya bertipe {0}.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript API permintaan gagal karena buku kerja tersembunyi. Silakan unhide buku kerja dan coba lagi.';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Abaikan';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Node yang ditentukan tidak ditemukan.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Panggilan kembali tidak dapat ditentukan baik dalam daftar argumen maupun objek pilihan.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Nilai indeks kolom berada di luar rentang yang diperbolehkan. Gunakan nilai (0 atau lebih tinggi) yang kurang dari jumlah kolom.';
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Untuk melanjutkan, Hapus Add-in dan tambahkan lagi, atau refresh halaman.';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Ukuran iris yang ditentukan tidak didukung.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Izinkan';
Strings.OfficeOM.L_ActivityLimitReached = 'Batas aktivitas telah tercapai.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Anda akan mengirim dan menerima informasi sensitif yang berpotensi dari {0}. Hanya klik OK jika Anda mempercayai situs web berikut menerima informasi sensitif: {1}.';
Strings.OfficeOM.L_FormattingReminder = 'Pengingat Pemformatan';
Strings.OfficeOM.L_BadSelectorString =
  'String yang masuk ke pemilih tidak diformat dengan benar atau tidak didukung.';
Strings.OfficeOM.L_NotSupportedBindingType = 'Tipe ikatan {0} yang ditentukan tidak didukung.';
Strings.OfficeOM.L_SettingsStaleError = 'Kesalahan Pengaturan Tidak Valid';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'Domain URL tidak termasuk ke dalam elemen AppDomains dalam manifes, dan bukan merupakan subdomain lokasi sumber.';
Strings.OfficeOM.L_DisplayDialogError = 'Tampilkan Kesalahan Dialog';
Strings.OfficeOM.L_InvalidGetRows = 'Baris yang ditentukan tidak valid.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Objek data yang tersedia tidak kompatibel dengan bentuk atau dimensi pilihan saat ini.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'konfigurasi browser Anda';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Modul tidak dimuat sebelum memperoleh token';
Strings.OfficeOM.L_DialogRequireHTTPS = 'Protokol HTTP tidak didukung. Sebagai gantinya, gunakan HTTPS';
Strings.OfficeOM.L_InvalidAPICall = 'Panggilan API Tidak Valid';
Strings.OfficeOM.L_BindingNotExist = 'Ikatan yang ditentukan ini tidak ada.';
Strings.OfficeOM.L_MemoryLimit = 'Melampaui Batas Memori';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Parameter koordinat tidak bisa digunakan dengan Tabel tipe koersi jika tabel berisi sel yang digabung.';
Strings.OfficeOM.L_DialogAlreadyOpened = 'Operasi gagal karena add-in ini sudah memiliki dialog aktif.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Panggil closeAsync pada File saat ini sebelum mengambil lainnya.';
Strings.OfficeOM.L_OperationNotSupported = 'Operasi ini tidak didukung.';
Strings.OfficeOM.L_NotImplemented = 'Fungsi {0} tidak diimplementasikan.';
Strings.OfficeOM.L_InternalErrorDescription = 'Kesalahan internal telah terjadi.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Tipe ikatan yang ditentukan tidak kompatibel dengan item bernama yang tersedia.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts = 'Nilai rowCount atau columnCount yang ditentukan tidak valid.';
Strings.OfficeOM.L_InvalidBinding = 'Ikatan Tidak Valid';
Strings.OfficeOM.L_InvalidSetColumns = 'Kolom yang ditentukan tidak valid.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Koneksi hilang selama proses masuk, dan pengguna tidak dapat masuk. Hal ini mungkin karena pengaturan konfigurasi browser pengguna, seperti zona keamanan.';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Permintaan gagal dengan kode status {0}, kode kesalahan {1} dan pesan kesalahan berikut: {2}';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel dalam mode pengeditan sel. Silakan keluar dari mode edit dengan menekan ENTER atau TAB atau pilih sel lain, lalu coba lagi.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Satu atau beberapa parameter tableOptions memiliki nilai yang tidak diperbolehkan. Periksa kembali nilai dan coba lagi.';
Strings.OfficeOM.L_InvalidRequestContext =
  'Tidak dapat menggunakan objek pada konteks permintaan yang berbeda.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_CannotWriteToSelection = 'Tidak dapat menulis ke pilihan saat ini.';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Nilai indeks baris berada di luar rentang yang diperbolehkan. Gunakan nilai (0 atau lebih tinggi) yang kurang dari jumlah baris.';
Strings.OfficeOM.L_InvalidSetStartRowColumn = 'Nilai startRow atau startColumn yang ditentukan tidak valid.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Metode atau properti {0} adalah bagian dari rangkaian persyaratan {1} yang tidak tersedia dalam versi {2} Anda.';
Strings.OfficeOM.L_InternalError = 'Kesalahan internal';
Strings.OfficeOM.L_InvalidResourceUrl = 'URL sumber daya aplikasi yang diberikan tidak valid.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Nama fungsi hanya dapat berisi huruf, angka, garis bawah, dan titik.';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'Tipe OsfControl tidak didukung.';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Perubahan ke properti \'{0}\' tidak dapat diterapkan melalui metode "object.set".';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Argumen yang masuk ke dalam fungsi tidak ada, tidak bekerja untuk keadaan ini, atau tidak berada dalam format yang benar.';
Strings.OfficeOM.L_InvalidValue = 'Nilai Tidak Valid';
Strings.OfficeOM.L_AppNameNotExist = 'Nama Add-in untuk {0} tidak ada.';
Strings.OfficeOM.L_MissingRequiredArguments = 'kehilang beberapa argumen yang diperlukan';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} ingin menampilkan jendela baru.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Data telah kedaluwarsa. Ambil objek lagi.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Operasi yang ditetapkan gagal karena objek data yang tersedia akan menimpa atau atau memindah data.';
Strings.OfficeOM.L_EventRegistrationError = 'Kesalahan Registrasi Acara';
Strings.OfficeOM.L_TooManyArguments = 'terlalu banyak argumen';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Operasi gagal karena add-in ini telah meminta token akses.';
Strings.OfficeOM.L_DataWriteError = 'Kesalahan Menulis Data';
Strings.OfficeOM.L_InvalidDataFormat = 'Format objek data yang ditentukan tidak valid.';
Strings.OfficeOM.L_ShuttingDown = 'Operasi gagal karena data pada server bukan data saat ini.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Harap buat pilihan.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Ikatan tidak dapat dibuat dengan pilihan saat ini dan tipe ikatan yang ditentukan.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Ukuran payload permintaan melampaui batas. Silakan lihat dokumentasi: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Terjadi kesalahan tak terduga di klien.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Tunggu hingga panggilan sebelumnya selesai.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objek berada di tempat yang tidak mendukung navigasi.';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Properti \'{0}\' tidak tersedia. Sebelum membaca nilai properti, panggil metode muat pada pada objek yang terkandung dan panggil "context.sync()" pada konteks permintaan yang terkait.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Masalah jaringan telah mencegah pengambilan file.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Operasi gagal karena add-in ini tidak mendukung persetujuan pengguna pada kategori ini';
Strings.OfficeOM.L_InvalidArgument =
  "Argumen '{0}' tidak berfungsi untuk situasi ini, hilang, atau dalam format yang salah.";
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Tipe koersi yang ditentukan tidak didukung.';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Nama fungsi harus berisi kumpulan nama dan nama pendek yang tidak kosong.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Tipe objek data yang ditentukan tidak kompatibel dengan pilihan saat ini.';
Strings.OfficeOM.L_InvalidGrant = 'Tidak ada pra-otorisasi.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Kolom yang ditentukan tidak valid.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Panggilan API tidak valid dalam konteks saat ini.';
Strings.OfficeOM.L_FunctionCallFailed = 'Panggilan {0} fungsi gagal, kode kesalahan: {1}.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Fungsi untuk mendapatkan konteks autentikasi tidak ada';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Pilihan saat ini tidak kompatibel dengan tipe koersi yang ditentukan.';
Strings.OfficeOM.L_InvalidParameters = 'Fungsi {0} memiliki parameter tidak valid.';
Strings.OfficeOM.L_DialogInvalidScheme = 'Skema URL tidak didukung. Sebagai gantinya, gunakan HTTPS.';
Strings.OfficeOM.L_APINotSupported = 'API Tidak Didukung';
Strings.OfficeOM.L_InvalidGetColumns = 'Kolom yang ditentukan tidak valid.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Batas Pilihan Tercapai';
Strings.OfficeOM.L_SettingNameNotExist = 'Nama pengaturan yang ditentukan tidak ada.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Baris yang ditentukan kosong.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_SaveSettingsError = 'Kesalahan Pengaturan Penyimpanan';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Pilihan yang tidak berdampingan tidak didukung.';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Konten terpilih harus dalam format tabel. Format data sebagai tabel dan coba lagi.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Catatan: Jumlah sel dalam sebuah tabel disarankan agar di bawah 20.000 sel.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Parameter koordinat tidak bisa digunakan dengan Tabel tipe koersi jika tabel berisi sel yang digabung.';
Strings.OfficeOM.L_RequestTimeout = 'Panggilan terlalu lama untuk dieksekusi.';
