Type.registerNamespace('Strings');
Strings.OfficeOM = function () {};
Strings.OfficeOM.registerClass('Strings.OfficeOM');
Strings.OfficeOM.L_ConfirmRefreshMessage =
  'Jos haluat jatkaa, poista apuohjelma ja lisää se uudelleen tai Päivitä sivu.';
Strings.OfficeOM.L_CoercionTypeNotMatchBinding =
  'Valittu pakotustyyppi ei ole yhteensopiva tämän sidontatyypin kanssa.';
Strings.OfficeOM.L_SettingsAreStale =
  'Asetuksien tallennus epäonnistui, koska ne ovat eivät ole ajan tasalla.';
Strings.OfficeOM.L_InvalidSetStartRowColumn =
  'Määritetyt aloitusrivi-/aloitussarake-arvot ovat virheellisiä.';
Strings.OfficeOM.L_RequestPayloadSizeLimitExceededMessage =
  'Pyynnön tietojen koko on ylittänyt sallitun rajan. Katso ohjeet: ”https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins”.';
Strings.OfficeOM.L_APICallFailed = 'Ohjelmointirajapinnan kutsu epäonnistui';
Strings.OfficeOM.L_DocumentIsInactive =
  'Toiminto epäonnistui, koska tämän apuohjelman sisältävä tiedosto ei ole aktiivinen.';
Strings.OfficeOM.L_InvalidResourceUrl = 'Annettu sovelluksen resurssin URL-osoite on virheellinen.';
Strings.OfficeOM.L_CustomXmlExceedQuotaName = 'Valinnan raja saavutettu';
Strings.OfficeOM.L_UnsupportedEnumeration = 'Luettelointia ei tueta';
Strings.OfficeOM.L_OperationNotSupportedOnMatrixData =
  'Valitun sisällön on oltava taulukkomuodossa. Muotoile tiedot taulukoksi ja yritä uudelleen.';
Strings.OfficeOM.L_SSOClientErrorMessage = 'Odottamaton virhe asiakasohjelmassa.';
Strings.OfficeOM.L_AddBindingFromPromptDefaultText = 'Tee valinta.';
Strings.OfficeOM.L_InvalidCellsValue =
  'Vähintään yhdessä cells-parametrissa on arvoja, joita ei sallita. Tarkista arvot ja yritä uudelleen.';
Strings.OfficeOM.L_InvalidNamedItemForBindingType =
  'Määritetty sidontatyyppi ei ole yhteensopiva annetun nimetyn kohteen kanssa.';
Strings.OfficeOM.L_DataWriteError = 'Virhe kirjoitettaessa tietoja';
Strings.OfficeOM.L_SetDataIsTooLarge = 'Tietojoukko on liian suuri.';
Strings.OfficeOM.L_CoercionTypeNotSupported = 'Määritettyä pakotustyyppiä ei tueta.';
Strings.OfficeOM.L_InvalidReadForBlankRow = 'Määritetty rivi on tyhjä.';
Strings.OfficeOM.L_BindingCreationError = 'Sidonnan luontivirhe';
Strings.OfficeOM.L_RowIndexOutOfRange =
  'Rivi-indeksin arvo on sallitun alueen ulkopuolella. Käytä arvoa (vähintään 0), joka on pienempi kuin rivien määrä.';
Strings.OfficeOM.L_ValueNotLoaded =
  'Tulosobjektin arvoa ei ole vielä ladattu. Kutsu arvoon liittyvässä pyyntökontekstissa context.sync() ennen arvo-ominaisuuden lukemista.';
Strings.OfficeOM.L_RequestTokenUnavailable =
  'Tämä ohjelmointirajapinta on määritetty hidastamaan kutsun taajutta.';
Strings.OfficeOM.L_UnknownBindingType = 'Sidontatyyppiä ei tueta.';
Strings.OfficeOM.L_UserNotSignedIn = 'Kukaan ei ole kirjautunut Officeen.';
Strings.OfficeOM.L_CellDataAmountBeyondLimits =
  'Huomautus: on suositeltavaa, että taulukossa on alle 20 000 solua.';
Strings.OfficeOM.L_RedundantCallbackSpecification =
  'Takaisinsoittoa ei voi määrittää sekä argumenttiluettelossa ja valinnaisessa objektissa.';
Strings.OfficeOM.L_OKButton = 'OK';
Strings.OfficeOM.L_AttemptingToSetReadOnlyProperty = 'Yritetään määrittää vain luku -ominaisuutta {0}.';
Strings.OfficeOM.L_DialogRequireHTTPS = 'HTTP-protokolla ei ole tuettu. Käytä sen sijaan HTTPS-protokollaa';
Strings.OfficeOM.L_ShowWindowDialogNotificationIgnore = 'Ohita';
Strings.OfficeOM.L_NoHttpsWAC =
  'Tämä Office-istunto ei käytä suojattua yhteyttä. On suositeltavaa noudattaa erityistä varovaisuutta.';
Strings.OfficeOM.L_GetSelectionNotSupported = 'Nykyistä valintaa ei tueta.';
Strings.OfficeOM.L_DataStale = 'Tiedot eivät ole ajan tasalla';
Strings.OfficeOM.L_DataReadError = 'Tietojen lukuvirhe';
Strings.OfficeOM.L_InvalidApiArgumentsMessage = 'Virheellisiä syöteargumentteja.';
Strings.OfficeOM.L_InvalidFormatValue =
  'Vähintään yhdessä format-parametrissa on arvoja, joita ei sallita. Tarkista arvot ja yritä uudelleen.';
Strings.OfficeOM.L_OperationNotSupportedOnThisBindingType = 'Toimintoa ei tueta tässä sidostyypissä.';
Strings.OfficeOM.L_APINotSupported = 'Ohjelmointirajapintaa ei tueta';
Strings.OfficeOM.L_EventRegistrationError = 'Tapahtuman rekisteröintivirhe';
Strings.OfficeOM.L_CustomFunctionNameCannotSplit =
  'Funktion nimessä on oltava muu kuin tyhjä nimitila ja muu kuin tyhjä lyhyt nimi.';
Strings.OfficeOM.L_SSOServerError = 'Virhe käyttöoikeuksien todentamispalvelun tarjoajassa.';
Strings.OfficeOM.L_DataNotMatchBindingSize = 'Annettu tieto-objekti ei vastaa nykyisen valinnan kokoa.';
Strings.OfficeOM.L_DialogAlreadyOpened =
  'Toiminto epäonnistui, koska tällä apuohjelmalla on jo aktiivinen valintaikkuna.';
Strings.OfficeOM.L_InvalidTableOptionValue =
  'Vähintään yhdessä tableOptions-parametrissa on arvoja, joita ei sallita. Tarkista arvot ja yritä uudelleen.';
Strings.OfficeOM.L_ConfirmDialogConsentTitle = 'Hetki…';
Strings.OfficeOM.L_DataNotMatchBindingType =
  'Määritetty tieto-objekti ei ole yhteensopiva sidontatyypin kanssa.';
Strings.OfficeOM.L_ConnectionFailureWithStatus = 'Pyyntö epäonnistui tilakoodilla {0}.';
Strings.OfficeOM.L_InvalidSetColumns = 'Määritetyt sarakkeet eivät kelpaa.';
Strings.OfficeOM.L_OutOfRange = 'Ei alueella';
Strings.OfficeOM.L_UnsupportedUserIdentity = 'Käyttäjätietotyyppiä ei tueta.';
Strings.OfficeOM.L_InvalidOrTimedOutSession = 'Virheellinen tai aikakatkaistu istunto';
Strings.OfficeOM.L_ShuttingDown = 'Toiminto epäonnistui, koska palvelimen tiedot eivät ole ajan tasalla.';
Strings.OfficeOM.L_FileTypeNotSupported = 'Määritettyä tiedostotyyppiä ei tueta.';
Strings.OfficeOM.L_BindingToMultipleSelection = 'Epäyhtenäistä valintaa ei tueta.';
Strings.OfficeOM.L_MemoryLimit = 'Muistiraja ylitetty';
Strings.OfficeOM.L_NotTrustedWAC =
  'Tämä apuohjelma on poistettu käytöstä, jotta voit käyttää laitettasi turvallisesti. Jos haluat jatkaa apuohjelman käyttöä, varmista, että sitä isännöidään luotettavassa toimialueessa, ja avaa se Office-työpöytäsovelluksessa.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategory =
  'Tämä apuohjelma ei tue käyttäjän suostumusta.';
Strings.OfficeOM.L_EventHandlerAdditionFailed = 'Tapahtumakäsittelijän lisääminen epäonnistui.';
Strings.OfficeOM.L_ImplicitNotLoaded = 'Moduulia ei ole ladattu ennen tunnuksen hankkimista';
Strings.OfficeOM.L_SettingsStaleError = 'Vanhentuneet asetukset';
Strings.OfficeOM.L_BadSelectorString =
  'Valitsimeen välitetyn merkkijonon muoto ei ole kelvollinen tai sitä ei tueta.';
Strings.OfficeOM.L_AppNotExistInitializeNotCalled =
  'Sovellusta {0} ei ole. Kohdetta Microsoft.Office.WebExtension.initialize(reason) ei ole kutsuttu.';
Strings.OfficeOM.L_NetworkProblem = 'Verkkovirhe';
Strings.OfficeOM.L_NamedItemNotFound = 'Nimettyä kohdetta ei ole olemassa.';
Strings.OfficeOM.L_InvalidGetStartRowColumn =
  'Määritetyt aloitusrivi-/aloitussarake-arvot ovat virheellisiä.';
Strings.OfficeOM.L_CannotWriteToSelection = 'Nykyiseen valintaan kirjoittaminen ei onnistu.';
Strings.OfficeOM.L_InvalidBinding = 'Virheellinen sidonta';
Strings.OfficeOM.L_InvalidGrant = 'Esivaltuutus puuttuu.';
Strings.OfficeOM.L_InvalidGrantMessage = 'Apuohjelman käyttöoikeus puuttuu.';
Strings.OfficeOM.L_ConfirmDialog =
  'Toimialue {0} toimii Microsoft Office ja voi suorittaa Office apuosia, jotka voivat käyttää henkilökohtaisia tietojasi. Jos luotat toimialueen suorittamiseen Office ja pystyt käyttämään tietojasi, jatka valitsemalla OK.';
Strings.OfficeOM.L_InvalidBindingOperation = 'Virheellinen sidontatoiminto';
Strings.OfficeOM.L_SaveSettingsError = 'Asetuksien tallennusvirhe';
Strings.OfficeOM.L_SpecifiedIdNotExist = 'Määritettyä tunnusta ei ole.';
Strings.OfficeOM.L_InvalidColumnsForBinding = 'Määritetyt sarakkeet eivät kelpaa.';
Strings.OfficeOM.L_NotImplemented = 'Toimintoa {0} ei ole toteutettu.';
Strings.OfficeOM.L_InvalidValue = 'Virheellinen arvo';
Strings.OfficeOM.L_OsfControlTypeNotSupported = 'OsfControl-tyyppiä ei tueta.';
Strings.OfficeOM.L_FormattingReminder = 'Muotoilumuistutus';
Strings.OfficeOM.L_MultipleNamedItemFound = 'Löytyi useita saman nimisiä kohteita.';
Strings.OfficeOM.L_RunMustReturnPromise =
  '.run-menetelmään välitetty erätoiminto ei palauttanut lupausta. Toiminnon on palautettava lupaus, jotta mahdolliset automaattisesti seuratut objektit voidaan vapauttaa erätoiminnon valmistuessa. Yleensä lupauksen palautus tapahtuu palauttamalla vastaus kohteesta context.sync().';
Strings.OfficeOM.L_NavOutOfBound = 'Toiminto epäonnistui, koska indeksi on alueen ulkopuolella.';
Strings.OfficeOM.L_ColIndexOutOfRange =
  'Sarakeindeksin arvo on sallitun alueen ulkopuolella. Käytä arvoa (vähintään 0), joka on pienempi kuin rivien määrä.';
Strings.OfficeOM.L_CustomXmlError = 'Mukautettu XML -virhe.';
Strings.OfficeOM.L_InvalidDataFormat = 'Määritetyn tieto-objektin muoto on virheellinen.';
Strings.OfficeOM.L_ShowWindowDialogNotification = '{0} haluaa avata uuden ikkunan.';
Strings.OfficeOM.L_SelectionCannotBound = 'Sitominen nykyiseen valintaan ei onnistu.';
Strings.OfficeOM.L_NetworkProblemRetrieveFile = 'Verkkovirhe esti tiedoston hakemisen.';
Strings.OfficeOM.L_DocumentReadOnly = 'Pyydetty toiminto ei ole sallittu tiedoston nykyisessä tilassa.';
Strings.OfficeOM.L_ApiNotFoundDetails =
  'Menetelmä tai ominaisuus {0} on osa vaatimusjoukkoa {1}, joka ei ole käytettävissä siinä ohjelman {2} versiossa, joka sinulla on käytössäsi.';
Strings.OfficeOM.L_AddinIsAlreadyRequestingTokenMessage =
  'Toiminto epäonnistui, koska apuohjelma pyytää jo käyttöoikeustietuetta.';
Strings.OfficeOM.L_PermissionDenied = 'Käyttö estetty';
Strings.OfficeOM.L_MissingRequiredArguments = 'jotkin pakolliset argumentit puuttuuvat';
Strings.OfficeOM.L_SSOUnsupportedPlatform = 'Tämä ympäristö ei tue ohjelmointirajapintoja.';
Strings.OfficeOM.L_DialogNavigateError = 'Valintaikkunan siirtymisvirhe';
Strings.OfficeOM.L_NoCapability = 'Sinulla ei ole oikeuksia tämän toiminnon tekemiseen.';
Strings.OfficeOM.L_InvalidResourceUrlMessage =
  'Luettelotiedostossa määritetty resurssin URL-osoite on virheellinen.';
Strings.OfficeOM.L_InValidOptionalArgument = 'valinnainen argumentti ei kelpaa';
Strings.OfficeOM.L_NotSupported = 'Toimintoa {0} ei tueta.';
Strings.OfficeOM.L_DialogParentIsMinimized = 'Toiminto epäonnistui, koska pääikkuna on pienennetty.';
Strings.OfficeOM.L_DialogInvalidScheme = 'URL-malli ei ole tuettu. Käytä sen sijaan HTTPS-protokollaa.';
Strings.OfficeOM.L_SelectionNotSupportCoercionType =
  'Sovelluksen määritetty pakotustyyppi ei tue nykyistä valintaa.';
Strings.OfficeOM.L_Timeout = 'Toiminto aikakatkaistiin.';
Strings.OfficeOM.L_InvalidApiCallInContext = 'Virheellinen API-kutsu nykyisessä kontekstissa.';
Strings.OfficeOM.L_CustomFunctionImplementationMissing =
  'Excel.Script.CustomFunctions-kohteen tämän nimisessä ominaisuudessa, joka kuvaa funktion määritystä, on oltava call-ominaisuus, joka ottaa funktion käyttöön.';
Strings.OfficeOM.L_DisplayDialogError = 'Valintaikkuna esitysvirhe';
Strings.OfficeOM.L_PropertyNotLoaded =
  'Ominaisuus {0} ei ole käytettävissä. Ennen kuin luet ominaisuuden arvon, kutsu Load-menetelmä sisältävään objektiin ja kutsu context.sync() siihen liittyvään pyyntökontekstiin.';
Strings.OfficeOM.L_InvalidParameters = 'Toiminnon {0} parametrit ovat virheellisiä.';
Strings.OfficeOM.L_ModalDialogOpeng =
  'Toiminto epäonnistui, koska apuohjelmalla on jo aktiivinen modaalinen valintaikkuna.';
Strings.OfficeOM.L_EventHandlerRemovalFailed = 'Tapahtumakäsittelijän poistaminen epäonnistui.';
Strings.OfficeOM.L_InvalidOrTimedOutSessionMessage =
  'Office-istunto on vanhentunut tai se on virheellinen. Jatka päivittämällä sivu.';
Strings.OfficeOM.L_ImplicitGetAuthContextMissing = 'Käyttöoikeuskontekstin hankkimistoiminto puuttuu';
Strings.OfficeOM.L_CancelButton = 'Peruuta';
Strings.OfficeOM.L_GetDataParametersConflict = 'Määritetyt parametrit ovat ristiriidassa.';
Strings.OfficeOM.L_ContinueButton = 'Jatka';
Strings.OfficeOM.L_NotSupportedBindingType = 'Määritettyä sidontatyyppiä {0} ei tueta.';
Strings.OfficeOM.L_InvalidSelectionForBindingType =
  'Nykyisellä valinnalla ja määritetyllä sidontatyypillä ei voi luoda sidontaa.';
Strings.OfficeOM.L_NotSupportedEventType = 'Määritettyä tapahtumatyyppiä {0} ei tueta.';
Strings.OfficeOM.L_InvalidAPICall = 'Virheellinen API-kutsu';
Strings.OfficeOM.L_TooManyOptionalFunction = 'useita valinnaisia toimintoja parametriluettelossa';
Strings.OfficeOM.L_NonUniformPartialSetNotSupported =
  'Koordinointiparametreja ei voi käyttää pakotustyyppitaulukossa, kun taulukossa on yhdistettyjä soluja.';
Strings.OfficeOM.L_UnsupportedDataObject = 'Annettua tieto-objektia ei tueta.';
Strings.OfficeOM.L_InvalidOperationInCellEditMode =
  'Excel on solujen muokkaustilassa. Poistu muokkaustilasta painamalla Enter- tai sarkainnäppäintä tai valitsemalla toinen solu. Yritä sitten uudelleen.';
Strings.OfficeOM.L_ActivityLimitReached = 'Toimintojen raja on saavutettu.';
Strings.OfficeOM.L_InvalidGetRowColumnCounts =
  'Määritetyt rivien määrä- / sarakkeiden määrä -arvot ovat virheellisiä.';
Strings.OfficeOM.L_NewWindowCrossZoneErrorString =
  'Selainrajoitukset estivät valintaikkunan luomisen. Valintaikkunan toimialue ja apuohjelman isännän toimialue eivät ole samassa suojausvyöhykkeessä.';
Strings.OfficeOM.L_PropertyDoesNotExist = 'Ominaisuutta {0} ei ole olemassa objektissa.';
Strings.OfficeOM.L_InvalidArgument =
  'Argumentti {0} ei sovi tähän tilanteeseen, se puuttuu tai se ei ole oikeassa muodossa.';
Strings.OfficeOM.L_MissingParameter = 'Parametri puuttuu';
Strings.OfficeOM.L_SetDataParametersConflict = 'Määritetyt parametrit ovat ristiriidassa.';
Strings.OfficeOM.L_ResponsePayloadSizeLimitExceededMessage =
  'Vastauksen tietojen koko on ylittänyt sallitun rajan. Katso ohjeet: ”https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins”.';
Strings.OfficeOM.L_InternalError = 'Sisäinen virhe';
Strings.OfficeOM.L_ConfirmDialogConsent =
  'Valitsemalla OK sallit käyttäjälle {0} pääsyn sisältöösi ja henkilökohtaisiin tietoihisi. ';
Strings.OfficeOM.L_SSOClientError = 'Officen todentamispyynnössä tapahtui virhe.';
Strings.OfficeOM.L_InvalidCoercion = 'Pakotuksen tyyppi ei kelpaa';
Strings.OfficeOM.L_SliceSizeNotSupported = 'Määritettyä sektorin kokoa ei tueta.';
Strings.OfficeOM.L_OperationCancelledError = 'Toiminto peruutettu';
Strings.OfficeOM.L_InvalidGetRows = 'Määritetyt rivit eivät kelpaa.';
Strings.OfficeOM.L_CannotNavigateTo = 'Objekti on paikassa, joka ei tue siirtymistä.';
Strings.OfficeOM.L_CallbackNotAFunction = 'Takaisinkutsun on oltava tyyppiä toiminto, se oli tyyppiä {0}.';
Strings.OfficeOM.L_OperationNotSupported = 'Toiminto ei ole tuettu.';
Strings.OfficeOM.L_WorkbookHiddenMessage =
  'JavaScript-ohjelmointi raja pinta pyyntö epäonnistui, koska työkirja on piilotettu. Näytä työkirja ja yritä uudelleen.';
Strings.OfficeOM.L_DialogOK = 'OK';
Strings.OfficeOM.L_BrowserAPINotSupported = 'Tämä selain ei tue pyydettyä ohjelmointirajapintaa.';
Strings.OfficeOM.L_SSOUserConsentNotSupportedByCurrentAddinCategoryMessage =
  'Toiminto epäonnistui, koska apuohjelma ei tue käyttäjän suostumusta tässä luokassa';
Strings.OfficeOM.L_CannotApplyPropertyThroughSetMethod =
  'Ominaisuuteen {0} tehtyjä muutoksia ei voi ottaa käyttöön object.set-menetelmällä.';
Strings.OfficeOM.L_DataNotMatchSelection =
  'Annettu tieto-objekti ei ole yhteensopiva nykyisen valinnan muodon tai mittojen kanssa.';
Strings.OfficeOM.L_IndexOutOfRange = 'Indeksi on alueen ulkopuolella.';
Strings.OfficeOM.L_InvalidFormat = 'Virheellinen tiedostomuoto';
Strings.OfficeOM.L_UserAbortedMessage = 'Käyttäjä ei antanut lupaa apuohjelman käyttöoikeuksille.';
Strings.OfficeOM.L_NewWindowCrossZoneConfigureBrowserLink = 'määritä selain';
Strings.OfficeOM.L_InvalidSSOAddinMessage = 'Tämä apuohjelma ei tue käyttäjätietojen ohjelmointirajapintaa.';
Strings.OfficeOM.L_HostError = 'Isäntävirhe';
Strings.OfficeOM.L_InvalidNode = 'Virheellinen solmu';
Strings.OfficeOM.L_FunctionCallFailed = 'Toiminnon {0} kutsu epäonnistui, virhekoodi: {1}.';
Strings.OfficeOM.L_InvalidDataObject = 'Virheellinen tieto-objekti';
Strings.OfficeOM.L_AppNameNotExist = 'Apuohjelmaa {0} ei ole olemassa.';
Strings.OfficeOM.L_GetDataIsTooLarge = 'Pyydetty tietojoukko on liian suuri.';
Strings.OfficeOM.L_CellFormatAmountBeyondLimits =
  'Huomautus: muotoilu-API-kutsun määrittämien muotoilujoukkojen arvo on suositeltavaa olla alle 100.';
Strings.OfficeOM.L_OperationCancelledErrorMessage = 'Käyttäjä peruutti toiminnon.';
Strings.OfficeOM.L_UserClickIgnore = 'Käyttäjä ohitti valintaikkunan.';
Strings.OfficeOM.L_BindingNotExist = 'Määritettyä sidontaa ei ole.';
Strings.OfficeOM.L_InvalidBindingError = 'Virheellinen sidonta -virhe';
Strings.OfficeOM.L_InvalidArgumentGeneric =
  'Funktioon välitetyt argumentit eivät sovi tähän tilanteeseen, ne puuttuvat tai ovat väärässä muodossa.';
Strings.OfficeOM.L_DialogAddressNotTrusted =
  'URL-osoitteen toimi alue ei sisälly luettelo tiedoston AppDomains-elementtiin, eikä se ole lähde sijainnin aliverkkotunnus.';
Strings.OfficeOM.L_RequestTimeout = 'Kutsun suorittaminen vei liian kauan.';
Strings.OfficeOM.L_WriteNotSupportedWhenModalDialogOpen =
  'Office ei tue kirjoitustoimintoa, kun modaalinen valintaikkuna on avoinna.';
Strings.OfficeOM.L_InternalErrorDescription = 'Sisäinen virhe.';
Strings.OfficeOM.L_SSOConnectionLostError = 'Yhteys katkesi kirjautumisen aikana.';
Strings.OfficeOM.L_ReadSettingsError = 'Lukuasetusvirhe';
Strings.OfficeOM.L_InitializeNotReady =
  'Office.js-tiedostoa ei ole vielä ladattu kokonaan. Yritä myöhemmin uudelleen tai varmista, että lisäät alustuskoodin Office.initialize-toimintoon.';
Strings.OfficeOM.L_SettingNameNotExist = 'Määritettyä asetuksen nimeä ei ole.';
Strings.OfficeOM.L_DataNotMatchCoercionType =
  'Määritetyn tieto-objektin tyyppi ei ole yhteensopiva nykyisen valinnan kanssa.';
Strings.OfficeOM.L_UnsupportedUserIdentityMessage = 'Käyttäjän käyttäjätietotyyppiä ei tueta.';
Strings.OfficeOM.L_NonUniformPartialGetNotSupported =
  'Koordinointiparametreja ei voi käyttää pakotustyyppitaulukossa, kun taulukossa on yhdistettyjä soluja.';
Strings.OfficeOM.L_ElementMissing =
  'Taulukon solua ei voitu muotoilla, koska parametriarvoja puuttuu. Tarkista parametrit ja yritä uudelleen.';
Strings.OfficeOM.L_CustomXmlNodeNotFound = 'Määritettyä solmua ei löydy.';
Strings.OfficeOM.L_CustomFunctionNameContainsBadChars =
  'Funktion nimessä voi olla ainoastaan kirjaimia, numeroita, alaviivoja ja pisteitä.';
Strings.OfficeOM.L_TooManyIncompleteRequests = 'Odota, kunnes aiempi kutsu on valmis.';
Strings.OfficeOM.L_ConfirmCancelMessage = 'Valitettavasti jatkaminen ei onnistu.';
Strings.OfficeOM.L_SettingsCannotSave = 'Asetusten tallentaminen epäonnistui.';
Strings.OfficeOM.L_ShowWindowDialogNotificationAllow = 'Salli';
Strings.OfficeOM.L_AddinIsAlreadyRequestingToken = 'Apuohjelma pyytää jo käyttöoikeustietuetta.';
Strings.OfficeOM.L_CannotRegisterEvent = 'Tapahtumakäsittelijää ei voi rekisteröidä.';
Strings.OfficeOM.L_SSOServerErrorMessage = 'Odottamaton palvelinvirhe.';
Strings.OfficeOM.L_InvalidGetColumns = 'Määritetyt sarakkeet eivät kelpaa.';
Strings.OfficeOM.L_DataWriteReminder = 'Tietojen kirjoittamismuistutus';
Strings.OfficeOM.L_ConnectionFailureWithDetails =
  'Pyyntö epäonnistui. Tilakoodi on {0} ja virhekoodi on {1}. Virheviesti on seuraava: {2}';
Strings.OfficeOM.L_TooManyArguments = 'liian monta argumenttia';
Strings.OfficeOM.L_CustomXmlOutOfDateName = 'Tiedot eivät ole ajan tasalla';
Strings.OfficeOM.L_UnsupportedEnumerationMessage = 'Luettelointia ei tueta nykyisessä isäntäsovelluksessa.';
Strings.OfficeOM.L_FormatValueOutOfRange = 'Arvo on sallitun alueen ulkopuolella.';
Strings.OfficeOM.L_NewWindowCrossZone =
  'Selaimen suojausasetukset estävät valintaikkunan luomisen. Kokeile toista selainta tai {0} niin, että {1} ja otsikkorivin toimialue ovat samalla suojausvyöhykkeellä.';
Strings.OfficeOM.L_CloseFileBeforeRetrieve =
  'Kutsu closeAsync nykyisestä tiedostosta ennen toisen hakemista.';
Strings.OfficeOM.L_InvalidObjectPath =
  'Objektin polku {0} ei toimi tässä yhteydessä. Jos käytät objektia useissa context.sync-kutsuissa sekä .run-erän peräkkäisen suorituksen ulkopuolella, käytä context.trackedObjects.add()- ja context.trackedObjects.remove()-menetelmiä objektin elinkaaren hallintaan.';
Strings.OfficeOM.L_TooManyOptionalObjects = 'useita valinnaisia objekteja parametriluettelossa';
Strings.OfficeOM.L_InvalidSetRows = 'Määritetyt rivit eivät kelpaa.';
Strings.OfficeOM.L_CustomXmlExceedQuotaMessage = 'XPath rajoittaa valinnan 1024 kohteeseen.';
Strings.OfficeOM.L_EventHandlerNotExist = 'Sidonnalle ei löytynyt määritettyä tapahtumakäsittelijää.';
Strings.OfficeOM.L_CustomXmlOutOfDateMessage = 'Tiedot eivät ole ajan tasalla. Nouda objekti uudelleen.';
Strings.OfficeOM.L_CustomFunctionDefinitionMissing =
  'Excel.Script.CustomFunctions-kohteessa on oltava tämän niminen ominaisuus, joka kuvaa funktion määritystä.';
Strings.OfficeOM.L_SSOConnectionLostErrorMessage =
  'Yhteys katkesi kirjautumisen aikana, eikä käyttäjää ehkä kirjattu sisään. Tämä johtui todennäköisesti käyttäjän selaimen määritysasetuksista, esimerkiksi suojausvyöhykkeistä.';
Strings.OfficeOM.L_OverwriteWorksheetData =
  'Asetustoiminto epäonnistui, koska annettu tieto-objekti korvaa tai siirtää tiedot.';
Strings.OfficeOM.L_UserAborted = 'Käyttäjä keskeytti lupapyynnön.';
Strings.OfficeOM.L_ConfirmDialogApiTrustsParent =
  'Olet lähettämässä ja vastaanottamassa mahdollisesti arkaluontoisia tietoja {0}. Valitse OK vain, jos luotat seuraavaan sivustoon, joka vastaanottaa luottamuksellisia tietoja: {1}.';
Strings.OfficeOM.L_InvalidRequestContext = 'Objektia ei voi käyttää eri pyyntökonteksteissa.';
