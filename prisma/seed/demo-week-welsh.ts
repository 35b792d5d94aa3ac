// The demo weeks in Welsh, as an organiser would write them beside the English
// (the `…Cy` columns), and the language each session is given in. Kept apart
// from the English of the week modules, keyed by slug, so that a translator can
// review all the Welsh in one place; seedDemoWeek writes it with the English,
// and checkDemoData fails if a key here names nothing there.
//
// Social Work Week 2025 and Glan Usk Practice Week are bilingual. Left in
// English on purpose, so that Welsh pages still show the English fallback
// (marked lang="en") somewhere:
// - the mock court session (`demoSlugs.mockCourt`) and its three speakers
//   (Mair Howells, Helen Ashworth-Reyes, Gareth Lovell): no Welsh title,
//   summary, description, venue, role, organisation or biography
//   (tests/e2e/welsh.spec.ts relies on the session);
// - Practice Week 2024, the past week: nothing of it is in Welsh (its
//   speakers who also speak in the other weeks are, as speakers are shared).
//
// The Welsh is the team's, not a professional translator's: review it with
// the catalogue before a public launch (docs/welsh-glossary.md).
import { DeliveryLanguage } from "../../lib/generated/prisma/enums";
import { lines, paragraphs } from "./text";

export type WelshWeek = { titleCy: string; summaryCy: string; descriptionCy: string; organiserNameCy: string; audienceNoteCy: string[] };
export type WelshTheme = { nameCy: string; summaryCy: string };
/** `venueCy` only for a place with a Welsh name: a platform's name (Microsoft Teams, Zoom) is the same in both languages. */
export type WelshSession = { titleCy: string; summaryCy: string; descriptionCy: string; venueCy?: string };
export type WelshSpeaker = { roleCy?: string; organisationCy?: string; bioCy?: string };

/** The sessions and speakers tests refer to for the bilingual facts of the demo. */
export const bilingualDemo = {
  /** Given in Welsh (WELSH): the session about the Welsh language in social care. */
  welshMedium: "do-you-get-me",
  /** BILINGUAL. */
  bilingual: "consistent-values-and-changing-roles-social-work-identity-over-time",
  /** In English with simultaneous interpretation into Welsh: World Social Work Day. */
  interpreted: "how-do-we-use-data-to-contribute-to-the-social-work-profession-and-how-it-is-regulated",
  /** In Welsh with simultaneous interpretation into English (the upcoming week). */
  welshInterpreted: "what-young-people-want-from-their-social-workers",
  /** No Welsh at all: Welsh pages show its English, marked as English. */
  englishOnly: "mock-court-giving-evidence-with-confidence",
  /** A speaker with no Welsh at all. */
  englishOnlySpeaker: "helen-ashworth-reyes",
  /** A speaker whose organisation has a Welsh name. */
  socialCareWalesSpeaker: "sarah-mccarty",
} as const;

/** Every session not named here is given in English. */
export const deliveryLanguages: Record<string, DeliveryLanguage> = {
  [bilingualDemo.welshMedium]: DeliveryLanguage.WELSH,
  [bilingualDemo.bilingual]: DeliveryLanguage.BILINGUAL,
  [bilingualDemo.interpreted]: DeliveryLanguage.ENGLISH_WITH_WELSH_INTERPRETATION,
  "welcome-to-glan-usk-practice-week-leaders-alongside-practice": DeliveryLanguage.BILINGUAL,
  [bilingualDemo.welshInterpreted]: DeliveryLanguage.WELSH_WITH_ENGLISH_INTERPRETATION,
};

const SOCIAL_CARE_WALES = "Gofal Cymdeithasol Cymru";
const GLAN_USK = "Cyngor Sir Glan Wysg";
const SEVERNSIDE = "Prifysgol Glannau Hafren";
const TAFF_VALLEY = "Cyngor Cwm Taf";
const VOICES_IN_CARE = "Lleisiau mewn Gofal Cymru";
const COUNTY_HALL = "Neuadd y Sir, Heol yr Afon, Pontwysg";

// ---------------------------------------------------------------------------
// Weeks
// ---------------------------------------------------------------------------

export const welshWeeks: Record<string, WelshWeek> = {
  "social-work-week-2025": {
    titleCy: "Wythnos Gwaith Cymdeithasol 2025",
    summaryCy:
      "Digwyddiadau ar-lein am ddim rhwng 17 a 21 Mawrth i ddathlu Wythnos Gwaith Cymdeithasol, yn agored i unrhyw un sydd â diddordeb mewn gwaith cymdeithasol yng Nghymru. Mae mynychu’n cyfrif tuag at eich oriau DPP os ydych chi wedi cofrestru gyda Gofal Cymdeithasol Cymru.",
    descriptionCy: paragraphs(
      "Rhwng 17 a 21 Mawrth byddwn ni’n cynnal digwyddiadau ac yn rhannu negeseuon ysbrydoledig i ddathlu Wythnos Gwaith Cymdeithasol.",
      "Yn ystod yr wythnos, byddwn ni’n cynnal cyfres o ddigwyddiadau ar-lein. Maen nhw am ddim ac yn agored i unrhyw un sydd â diddordeb mewn gwaith cymdeithasol.",
      lines(
        "Bydd y rhaglen yn canolbwyntio ar dair prif thema:",
        "- cryfhau ein perthnasoedd proffesiynol",
        "- cynnal ein hunaniaeth gwaith cymdeithasol",
        "- cefnogi ein llesiant yn y gwaith.",
      ),
      "A ddydd Mawrth 18 Mawrth byddwn ni’n dathlu Diwrnod Gwaith Cymdeithasol y Byd.",
      "Bydd mynychu’r digwyddiadau’n cyfrif tuag at eich oriau datblygiad proffesiynol parhaus (DPP), os ydych chi wedi cofrestru gyda ni.",
      "Barn y siaradwyr yw’r safbwyntiau a fynegir yn y gweithdai hyn. Nid ydynt o reidrwydd yn adlewyrchu barn y sefydliadau y maen nhw’n eu cynrychioli, na barn Gofal Cymdeithasol Cymru.",
    ),
    organiserNameCy: SOCIAL_CARE_WALES,
    audienceNoteCy: [
      "gweithwyr cymdeithasol, gan gynnwys y rhai sy’n ymarfer a’r rhai sy’n bwriadu dychwelyd i’r proffesiwn",
      "myfyrwyr ac addysgwyr gwaith cymdeithasol",
      "pobl sydd â phrofiad bywyd o waith cymdeithasol",
      "cyflogwyr gweithwyr cymdeithasol",
      "y gweithlu gofal cymdeithasol ehangach",
      "swyddogion llywodraeth a pholisi",
      "staff Gofal Cymdeithasol Cymru a sefydliadau partner",
    ],
  },
  "glan-usk-practice-week": {
    titleCy: "Wythnos Ymarfer Glan Wysg",
    summaryCy:
      "Wythnos o ddysgu i bawb yng ngwasanaethau oedolion a phlant Glan Wysg: digwyddiadau am ddim ar-lein drwy Microsoft Teams ac ambell un wyneb yn wyneb yn Neuadd y Sir, tra bydd uwch-arweinwyr yn treulio amser ochr yn ochr ag ymarferwyr rheng flaen.",
    descriptionCy: paragraphs(
      "Mae wythnos ymarfer yn wythnos sy’n cael ei neilltuo i ddysgu a datblygiad proffesiynol, ac yn gyfle i uwch-reolwyr dreulio amser gydag ymarferwyr rheng flaen.",
      lines(
        "Mae dwy ran i’r wythnos:",
        "- mae uwch-arweinwyr yn arsylwi ymarfer gyda thimau ar draws gwasanaethau oedolion a phlant, ac yn adolygu ei ansawdd a’i gysondeb gyda’i gilydd",
        "- rhaglen o ddigwyddiadau i rannu dysgu ac ymarfer da ar draws gwasanaethau oedolion a phlant, gyda’n partneriaid prifysgol ac amlasiantaethol.",
      ),
      "Diben yr wythnos yw ein helpu i ddysgu, ac i wella gwasanaethau a chanlyniadau i’r plant, yr oedolion a’r teuluoedd rydyn ni’n gweithio gyda nhw. Mae uwch-arweinwyr yn clywed yn uniongyrchol gan y bobl sy’n defnyddio ein gwasanaethau, a chan staff, am y gwaith maen nhw’n ei wneud.",
      "Mae’r rhan fwyaf o’r digwyddiadau ar-lein, drwy Microsoft Teams. Mae ambell un yn digwydd wyneb yn wyneb yn Neuadd y Sir, Pontwysg.",
    ),
    organiserNameCy: GLAN_USK,
    audienceNoteCy: [
      "gweithwyr cymdeithasol plant ac oedolion",
      "y gweithlu gofal cymdeithasol ehangach",
      "rheolwyr tîm ac uwch-arweinwyr",
      "partneriaid amlasiantaethol",
      "partneriaid prifysgol, myfyrwyr ac ymchwilwyr",
    ],
  },
};

// ---------------------------------------------------------------------------
// Themes
// ---------------------------------------------------------------------------

export const welshThemes: Record<string, WelshTheme> = {
  "strengthening-our-professional-relationships": {
    nameCy: "Cryfhau ein perthnasoedd proffesiynol",
    summaryCy:
      "Mae perthnasoedd wrth galon gwaith cymdeithasol. Mae’r sesiynau hyn yn edrych ar sut rydyn ni’n cyfathrebu, sut rydyn ni’n cadw perthnasoedd yn ddiffuant ac yn ddiogel, a sut mae ffyrdd newydd o weithio’n effeithio ar y bobl rydyn ni’n eu cefnogi.",
  },
  "maintaining-our-social-work-identity": {
    nameCy: "Cynnal ein hunaniaeth gwaith cymdeithasol",
    summaryCy:
      "Beth mae’n ei olygu i fod yn weithiwr cymdeithasol, beth sy’n llunio ein hunaniaeth dros yrfa, a pham mae’n bwysig, o fyfyrwyr a gweithwyr newydd gymhwyso i arweinwyr y proffesiwn.",
  },
  "supporting-our-well-being-at-work": {
    nameCy: "Cefnogi ein llesiant yn y gwaith",
    summaryCy:
      "Gofalu amdanom ni ein hunain ac am ein gilydd: niwed moesol, caredigrwydd a thosturi proffesiynol, a’r hyn y gall rheolwyr ac arweinwyr ei wneud i gefnogi llesiant yn eu timau.",
  },
  "learning-across-adults-and-childrens-services": {
    nameCy: "Dysgu ar draws gwasanaethau oedolion a phlant",
    summaryCy:
      "Rhannu dysgu ac ymarfer da rhwng timau oedolion a phlant, partneriaid amlasiantaethol a’n partneriaid prifysgol, a chlywed gan y bobl rydyn ni’n eu cefnogi.",
  },
  "leaders-alongside-practice": {
    nameCy: "Arweinwyr ochr yn ochr ag ymarfer",
    summaryCy:
      "Mae uwch-arweinwyr yn treulio’r wythnos gydag ymarferwyr rheng flaen: yn arsylwi ymarfer, yn adolygu ei ansawdd gyda’i gilydd ac yn clywed yn uniongyrchol gan staff am eu gwaith.",
  },
};

// ---------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------

export const welshSessions: Record<string, WelshSession> = {
  // Social Work Week 2025 -------------------------------------------------
  "consistent-values-and-changing-roles-social-work-identity-over-time": {
    titleCy: "Gwerthoedd cyson a rolau sy’n newid – hunaniaeth gwaith cymdeithasol dros amser",
    summaryCy:
      "Mae gweithwyr cymdeithasol ar wahanol gamau o’u gyrfa yn trafod beth mae hunaniaeth gwaith cymdeithasol yn ei olygu iddyn nhw, a yw’n newid dros amser, a pham mae’n bwysig.",
    descriptionCy: lines(
      "Ymunwch â ni am drafodaeth gyda gweithwyr cymdeithasol sydd ar wahanol gamau o’u gyrfa i:",
      "- archwilio beth mae hunaniaeth gwaith cymdeithasol yn ei olygu i ni a beth sy’n ei llunio",
      "- ystyried a yw hunaniaeth gwaith cymdeithasol yn newid dros amser ac mewn gwahanol gyd-destunau",
      "- drafod pam mae hunaniaeth gwaith cymdeithasol yn bwysig.",
    ),
  },
  "do-you-get-me": {
    titleCy: "“Wyt ti’n fy neall i?”",
    summaryCy:
      "Sesiwn am y Gymraeg ym maes gofal cymdeithasol: sut rydyn ni’n defnyddio iaith yn wahanol yn ôl y sefyllfa, a sut mae dwyieithrwydd a dewis iaith yn ychwanegu dimensiwn arall at gyfathrebu.",
    descriptionCy: paragraphs(
      "Ymunwch â Gwenan Prysor, Cyfarwyddwr rhaglen MA Gwaith Cymdeithasol Prifysgol Bangor, ac Esyllt Crozier, rheolwr gwella a datblygu Gofal Cymdeithasol Cymru ar gyfer gwaith cymdeithasol, wrth iddyn nhw arwain sesiwn am y Gymraeg ym maes gofal cymdeithasol. Byddan nhw’n trafod pa mor gymhleth y gall iaith fod.",
      "Byddan nhw’n edrych ar sut rydyn ni’n defnyddio iaith yn wahanol, yn dibynnu ar ein sefyllfa, y lleoliad ac â phwy rydyn ni’n siarad. Byddan nhw hefyd yn ystyried sut gall dwyieithrwydd a dewis iaith ychwanegu dimensiwn arall at gyfathrebu.",
    ),
  },
  "from-placement-to-practice-students-and-practice-educators-in-conversation": {
    titleCy: "O leoliad i ymarfer: myfyrwyr ac addysgwyr ymarfer yn sgwrsio",
    summaryCy:
      "Mae myfyrwyr gwaith cymdeithasol ac addysgwyr ymarfer yn siarad am leoliadau, y flwyddyn gyntaf mewn ymarfer a sut mae hunaniaeth broffesiynol yn dechrau ffurfio. Yn agored i bawb, heb gyfyngiad ar nifer y lleoedd.",
    descriptionCy: paragraphs(
      "Beth sydd ei angen i symud o fod yn fyfyriwr i fod yn weithiwr cymdeithasol cymwysedig heb golli eich gwerthoedd? Mae myfyrwyr gwaith cymdeithasol, addysgwr ymarfer ac arweinydd dysgu ymarfer mewn prifysgol yn siarad am leoliadau, y flwyddyn gyntaf mewn ymarfer a sut mae hunaniaeth broffesiynol yn dechrau ffurfio.",
      lines(
        "Ymunwch â’r sesiwn hon i:",
        "- glywed beth oedd fwyaf defnyddiol i fyfyrwyr ar leoliad, a beth oedd fwyaf heriol",
        "- drafod sut gall addysgwyr ymarfer a thimau gefnogi dysgu myfyriol",
        "- ystyried sut mae’r flwyddyn gyntaf mewn ymarfer yn llunio hunaniaeth gwaith cymdeithasol",
        "- ofyn eich cwestiynau eich hun i fyfyrwyr ac addysgwyr ar wahanol gamau.",
      ),
      "Mae’r sesiwn hon yn agored i bawb a does dim cyfyngiad ar nifer y lleoedd.",
    ),
  },
  "how-do-we-use-data-to-contribute-to-the-social-work-profession-and-how-it-is-regulated": {
    titleCy: "“Sut rydyn ni’n defnyddio data i gyfrannu at y proffesiwn gwaith cymdeithasol a’r ffordd mae’n cael ei reoleiddio?”",
    summaryCy:
      "Social Work England sy’n cynnal y sesiwn ar Ddiwrnod Gwaith Cymdeithasol y Byd: mae arweinwyr pedwar rheoleiddiwr gwaith cymdeithasol y DU yn trafod sut mae rheoleiddio’n casglu, yn dadansoddi ac yn rhannu data i greu newid cadarnhaol i’r proffesiwn.",
    descriptionCy: paragraphs(
      "Social Work England sy’n cynnal y sesiwn hon.",
      "Ymunwch ag arweinwyr pedwar rheoleiddiwr gwaith cymdeithasol y Deyrnas Unedig wrth iddyn nhw drafod eu profiadau cyffredin o reoleiddio gwaith cymdeithasol. Mae’r sesiwn yn edrych ar rôl rheoleiddio wrth gasglu, dadansoddi a rhannu data i greu newid cadarnhaol i’r proffesiwn gwaith cymdeithasol.",
      "Rydyn ni’n cynnal y sesiwn hon ddydd Mawrth 18 Mawrth i ddathlu Diwrnod Gwaith Cymdeithasol y Byd.",
    ),
  },
  "neurodivergent-identity-in-social-work": {
    titleCy: "Hunaniaeth niwroamrywiol mewn gwaith cymdeithasol",
    summaryCy:
      "Mae dau weithiwr cymdeithasol niwroamrywiol yn archwilio hunaniaeth niwroamrywiol, cuddio (masking) a llesiant, a model goruchwylio a gafodd ei gyd-gynhyrchu gyda myfyrwyr gwaith cymdeithasol niwroamrywiol.",
    descriptionCy: paragraphs(
      "Gan ddefnyddio eu profiad bywyd eu hunain fel gweithwyr cymdeithasol niwroamrywiol, bydd Florence a Fiona yn archwilio hunaniaeth niwroamrywiol a’r mudiad niwroamrywiaeth.",
      lines(
        "Ymunwch â’r sesiwn hon i:",
        "- archwilio gwahanol niwroteipiau – ac, yn bwysig, sut gallan nhw orgyffwrdd",
        "- ystyried rhai o’r cryfderau a’r heriau a allai godi, a beth mae hyn yn ei olygu i hunaniaeth gweithwyr cymdeithasol y tu mewn a’r tu allan i waith cymdeithasol",
        "- feddwl am niwroamrywiaeth, croestoriadedd a gwahaniaethu dwbl",
        "- ddarganfod sut gall swyddogaethau gweithredol effeithio ar ymarfer gwaith cymdeithasol",
        "- ystyried pam mae pobl yn ‘cuddio’ a sut mae hyn yn effeithio ar lesiant, cymorth a hunaneiriolaeth",
        "- ddysgu am fodel goruchwylio a gafodd ei gyd-gynhyrchu gyda myfyrwyr gwaith cymdeithasol niwroamrywiol, i helpu i hwyluso sgyrsiau am anghenion a chymorth.",
      ),
    ),
  },
  "artificial-intelligence-ai-and-social-work-balancing-innovation-and-integrity": {
    titleCy: "Deallusrwydd Artiffisial (AI) a gwaith cymdeithasol – cydbwyso arloesedd ac uniondeb",
    summaryCy:
      "Sut gellir defnyddio AI mewn gwaith cymdeithasol, y cwestiynau moesegol y mae’n eu codi, sut mae’n effeithio ar berthnasoedd â’r bobl rydyn ni’n eu cefnogi, a’r canllawiau diweddaraf ar ei ddefnyddio’n dda.",
    descriptionCy: lines(
      "Bydd y sesiwn hon yn edrych ar AI mewn gwaith cymdeithasol.",
      "- integreiddio AI mewn gwaith cymdeithasol: sut gellir defnyddio technolegau AI ym maes gwaith cymdeithasol, a’u manteision posibl",
      "- ystyriaethau moesegol: yr heriau moesegol sy’n gysylltiedig ag AI mewn gwaith cymdeithasol, gan gynnwys materion preifatrwydd, cydsyniad a thuedd",
      "- yr effaith ar berthnasoedd: sut mae AI yn dylanwadu ar y berthynas rhwng gweithwyr cymdeithasol a’r bobl maen nhw’n eu cefnogi, a ffyrdd o gynnal ymddiriedaeth ac empathi",
      "- arferion gorau: arferion gorau ar gyfer integreiddio AI yn foesegol mewn gwaith cymdeithasol, gan wneud yn siŵr bod technoleg yn cryfhau’r proffesiwn",
      "- y canllawiau diweddaraf: y canllawiau a’r argymhellion diweddaraf ar ddefnyddio AI mewn gwaith cymdeithasol, i wneud yn siŵr eich bod yn cydymffurfio â’r safonau a’r arferion presennol.",
    ),
  },
  "lunchtime-cpd-leading-for-well-being-in-social-work-teams": {
    titleCy: "DPP amser cinio: arwain er mwyn llesiant mewn timau gwaith cymdeithasol",
    summaryCy:
      "Sesiwn amser cinio 90 munud i reolwyr tîm ac arweinwyr ar wreiddio llesiant mewn goruchwyliaeth, dyrannu gwaith a diwylliant tîm, gyda gweithgareddau i’w defnyddio gyda’ch tîm eich hun.",
    descriptionCy: paragraphs(
      "Dewch â’ch cinio i’r sesiwn 90 munud hon i reolwyr tîm, uwch-ymarferwyr ac arweinwyr. Mae gan reolwyr ac arweinwyr ran ganolog yn llesiant y gweithwyr cymdeithasol maen nhw’n eu cefnogi, ac mae gofyn iddyn nhw’n fwyfwy ddangos sut maen nhw’n gwneud hynny.",
      lines(
        "Yn y sesiwn hon byddwn ni’n:",
        "- edrych ar beth mae’r dystiolaeth yn ei ddweud am lwyth gwaith, straen a gorflinder mewn gwaith cymdeithasol",
        "- rhannu ffyrdd ymarferol o wreiddio llesiant mewn goruchwyliaeth, cyfarfodydd tîm a dyrannu achosion",
        "- archwilio sut i sylwi ac ymateb pan fydd cydweithiwr yn cael trafferth",
        "- myfyrio ar sut gall arweinwyr ofalu am eu llesiant eu hunain hefyd.",
      ),
      "Mae’r sesiwn yn cynnwys gweithgareddau trafod byr y gallwch chi eu cynnal gyda’ch tîm eich hun wedyn.",
    ),
  },
  "social-media-and-cpd-in-social-work-critical-perspectives": {
    titleCy: "Cyfryngau cymdeithasol a DPP mewn gwaith cymdeithasol: safbwyntiau beirniadol",
    summaryCy:
      "Gweithdy bach ar fanteision a pheryglon defnyddio cyfryngau cymdeithasol ar gyfer datblygiad proffesiynol parhaus, yn yr ystafell yng Nghaerdydd neu ar-lein. Dim ond 12 lle sydd ar gael.",
    descriptionCy: paragraphs(
      "Gweithdy bach sy’n dod ag academyddion gwaith cymdeithasol, ymarferwyr ac arbenigwyr cyfathrebu digidol at ei gilydd i drafod manteision a pheryglon defnyddio cyfryngau cymdeithasol fel ffordd o ddatblygu’n broffesiynol yn barhaus (DPP) mewn gwaith cymdeithasol.",
      "Nid cyrsiau hyfforddi traddodiadol neu erthyglau ymchwil a adolygwyd gan gymheiriaid yn unig yw DPP: effaith y dysgu sy’n bwysig, nid o reidrwydd y ffordd mae’n cael ei gyflwyno. Gall cyfryngau cymdeithasol agor y drws i gymorth gan gymheiriaid, trafodaeth a dysgu ar draws y proffesiwn, ond maen nhw hefyd yn codi cwestiynau am ffiniau proffesiynol, preifatrwydd ac ansawdd yr hyn rydyn ni’n ei ddarllen.",
      lines(
        "Yn y gweithdy hwn byddwn ni’n:",
        "- edrych ar sut mae gweithwyr cymdeithasol yn defnyddio blogiau, fforymau ar-lein, rhwydweithiau proffesiynol a chyfryngau cymdeithasol i ddysgu ac i rannu ymarfer",
        "- pwyso a mesur y manteision a’r peryglon, gan gynnwys cyfrinachedd, preifatrwydd a ffiniau proffesiynol ar-lein",
        "- ystyried sut gellir cofnodi dysgu drwy gyfryngau cymdeithasol, a myfyrio arno, fel DPP",
        "- rhannu syniadau ar gyfer cefnogi cydweithwyr sy’n teimlo bod offer digidol yn codi ofn arnyn nhw.",
      ),
      "Mae nifer y lleoedd yn gyfyngedig er mwyn i bawb allu cymryd rhan yn y drafodaeth. Gallwch chi ymuno â ni yn yr ystafell yng Nghaerdydd neu ar-lein.",
    ),
    venueCy: "Gofal Cymdeithasol Cymru, Tŷ South Gate, Stryd Wood, Caerdydd CF10 1EW",
  },
  // No Welsh for "mock-court-giving-evidence-with-confidence": see the top of this file.
  "reflective-supervision-in-a-busy-team": {
    titleCy: "Goruchwyliaeth fyfyriol mewn tîm prysur",
    summaryCy:
      "Sut i warchod amser ar gyfer goruchwyliaeth fyfyriol pan fydd llwythi achosion yn uchel, a’r hyn mae goruchwyliaeth dda yn ei wneud dros ymarfer a llesiant.",
    descriptionCy: paragraphs(
      "Goruchwyliaeth yn aml yw’r peth cyntaf i gael ei wasgu pan fydd tîm dan bwysau, ac eto dyma lle mae gweithwyr cymdeithasol yn gwneud synnwyr o’u gwaith, yn gwirio eu penderfyniadau ac yn gofalu am eu llesiant.",
      lines(
        "Yn y sesiwn hon byddwn ni’n:",
        "- edrych ar beth sy’n gwneud goruchwyliaeth yn fyfyriol, yn hytrach na rhestr wirio o un achos i’r llall",
        "- rhannu offer syml ar gyfer myfyrio ar benderfyniadau, greddf a thuedd",
        "- trafod sut i warchod amser goruchwylio mewn tîm prysur.",
      ),
      "Mae’n ddrwg gennym: mae’r sesiwn hon wedi’i chanslo oherwydd nad yw’r siaradwr ar gael. Rydyn ni’n gobeithio ei chynnal yn nes ymlaen yn y flwyddyn.",
    ),
  },
  "relationships-and-professional-boundaries": {
    titleCy: "Perthnasoedd a ffiniau proffesiynol",
    summaryCy:
      "Dulliau amgen o ymdrin â ffiniau proffesiynol, sut i feithrin perthnasoedd proffesiynol diffuant a diogel, a sut i wneud ymarfer sy’n seiliedig ar berthynas yn egwyddor graidd yn ein sefydliadau.",
    descriptionCy: lines(
      "Ymunwch â’r sesiwn hon i:",
      "- ystyried dulliau amgen o ymdrin â ffiniau proffesiynol: byddwn ni’n siarad am ffiniau a pherthnasoedd, gan fyfyrio ar sut gall dulliau newydd o ymarfer gryfhau empathi a chydweithio.",
      "- archwilio ymarfer sy’n seiliedig ar berthynas: sut gallwn ni ddatblygu perthnasoedd proffesiynol diffuant a diogel?",
      "- fyfyrio ar newid systemig: byddwn ni’n trafod ffyrdd o hyrwyddo ymarfer sy’n seiliedig ar berthynas fel egwyddor graidd yn ein sefydliadau.",
    ),
  },
  "moral-injury-in-social-work-the-what-the-how-and-why-it-matters": {
    titleCy: "Niwed moesol mewn gwaith cymdeithasol: beth ydyw, sut mae’n digwydd, a pham mae’n bwysig",
    summaryCy:
      "Beth yw niwed moesol, sut mae ein hunaniaeth a’n gwerthoedd yn ymwneud â’n credoau a’n hymddygiad, a pham mae caredigrwydd a thosturi proffesiynol yn y gweithle yn bwysig.",
    descriptionCy: paragraphs(
      "Ymunwch â Siobhan Maclean a Thomas Kitchen i drafod niwed moesol mewn gwaith cymdeithasol.",
      lines(
        "Yn y sesiwn hon, byddwn ni’n:",
        "- diffinio niwed moesol a’i gysylltu â chyd-destun gwaith cymdeithasol",
        "- archwilio sut mae ein hunaniaeth a’n gwerthoedd yn ymwneud â’n credoau a’n hymddygiad",
        "- trafod pwysigrwydd caredigrwydd a thosturi proffesiynol yn y gweithle.",
      ),
    ),
  },
  "nothing-about-us-without-us-learning-from-lived-experience": {
    titleCy: "Dim byd amdanom ni hebom ni: dysgu o brofiad bywyd",
    summaryCy:
      "Mae pobl sydd â phrofiad bywyd o waith cymdeithasol yn rhannu beth helpodd, beth na wnaeth helpu, a sut olwg sydd ar berthynas dda â gweithwyr cymdeithasol o ochr arall y bwrdd.",
    descriptionCy: paragraphs(
      "Mae pobl sydd â phrofiad bywyd o waith cymdeithasol yn rhannu beth helpodd, beth na wnaeth helpu, a sut olwg sydd ar berthynas dda â gweithwyr cymdeithasol o ochr arall y bwrdd.",
      lines(
        "Yn y sesiwn hon byddwn ni’n:",
        "- clywed gan riant a pherson ifanc sydd â phrofiad o fod mewn gofal am eu profiadau o waith cymdeithasol",
        "- siarad am yr hyn sy’n helpu pobl i deimlo eu bod yn cael eu clywed, eu parchu a’u cynnwys mewn penderfyniadau",
        "- trafod sut gall cyd-gynhyrchu lunio gwasanaethau, hyfforddiant ac ymchwil",
        "- gadael amser ar gyfer cwestiynau a myfyrio.",
      ),
      "Croeso cynnes i bobl sydd â phrofiad bywyd o waith cymdeithasol. Does dim cyfyngiad ar nifer y lleoedd; rhowch wybod i ni os oes angen unrhyw gymorth arnoch chi i gymryd rhan.",
    ),
  },
  "practice-week-what-senior-leaders-learn-from-observing-practice": {
    titleCy: "Wythnos ymarfer: beth mae uwch-arweinwyr yn ei ddysgu o arsylwi ymarfer",
    summaryCy:
      "I gyflogwyr ac uwch-arweinwyr: sut y cynhaliodd awdurdod lleol wythnos ymarfer, gydag arweinwyr yn arsylwi ymarfer ac yn clywed yn uniongyrchol gan staff a’r bobl maen nhw’n eu cefnogi, a beth newidiodd o ganlyniad.",
    descriptionCy: paragraphs(
      "Mae mwy o awdurdodau lleol bellach yn cynnal wythnos ymarfer: wythnos sy’n cael ei neilltuo i ddysgu a datblygiad proffesiynol, pan fydd uwch-arweinwyr yn treulio amser ochr yn ochr ag ymarferwyr rheng flaen, yn arsylwi ymarfer ac yn clywed yn uniongyrchol gan y bobl sy’n defnyddio gwasanaethau a chan staff.",
      lines(
        "Mae cyfarwyddwr gwasanaethau cymdeithasol a phrif weithiwr cymdeithasol yn rhannu sut y gwnaethon nhw gynnal wythnos ymarfer a beth newidiodd o ganlyniad. Byddwn ni’n:",
        "- esbonio’r ddau brif ddull: hunanarchwiliad lle mae uwch-arweinwyr yn arsylwi ac yn adolygu ymarfer, a rhaglen o ddigwyddiadau i rannu dysgu",
        "- trafod gweithio gyda phartneriaid prifysgol, partneriaid amlasiantaethol a’r sector gwirfoddol ac annibynnol ar gyllideb gyfyngedig",
        "- rhannu’r hyn a ddysgodd uwch-arweinwyr o arsylwi ymarfer, a sut y cyfrannodd at sicrhau ansawdd",
        "- ystyried sut i gadw’r sgwrs i fynd ar ôl i’r wythnos ddod i ben.",
      ),
    ),
  },
  "closing-reflections-what-next-for-social-work-in-wales": {
    titleCy: "Myfyrdodau i gloi: beth nesaf i waith cymdeithasol yng Nghymru?",
    summaryCy: "Drafft: sgwrs i gloi sy’n tynnu themâu’r wythnos ynghyd.",
    descriptionCy:
      "Drafft, heb ei gadarnhau eto. Sgwrs i gloi sy’n tynnu ynghyd yr hyn a glywson ni yn ystod yr wythnos am berthnasoedd, hunaniaeth a llesiant, a beth mae’n ei olygu i waith cymdeithasol yng Nghymru.",
  },

  // Glan Usk Practice Week ------------------------------------------------
  "welcome-to-glan-usk-practice-week-leaders-alongside-practice": {
    titleCy: "Croeso i Wythnos Ymarfer Glan Wysg: arweinwyr ochr yn ochr ag ymarfer",
    summaryCy:
      "Mae’r Cyfarwyddwr Gwasanaethau Cymdeithasol yn agor yr wythnos: pam mae uwch-arweinwyr yn ei threulio ochr yn ochr â thimau rheng flaen, sut bydd arsylwadau ymarfer yn gweithio, a beth rydyn ni’n gobeithio ei ddysgu gyda’n gilydd. Yn agored i bawb, heb gyfyngiad ar nifer y lleoedd.",
    descriptionCy: paragraphs(
      "Mae wythnos ymarfer yn wythnos sy’n cael ei neilltuo i ddysgu a datblygiad proffesiynol, ac yn gyfle i uwch-reolwyr dreulio amser gydag ymarferwyr rheng flaen yng ngwasanaethau oedolion a phlant.",
      lines(
        "Yn y sesiwn agoriadol hon byddwn ni’n:",
        "- esbonio sut bydd arsylwadau ymarfer yn gweithio yr wythnos hon, a beth i’w ddisgwyl os bydd uwch-arweinydd yn ymuno â’ch tîm",
        "- clywed gan benaethiaid gwasanaethau oedolion a phlant am yr hyn maen nhw eisiau ei ddysgu",
        "- cyflwyno digwyddiadau’r wythnos, ar-lein ac wyneb yn wyneb",
        "- cytuno sut bydd y dysgu o’r wythnos yn cael ei rannu wedyn.",
      ),
      "Mae’r sesiwn hon yn agored i bawb a does dim cyfyngiad ar nifer y lleoedd.",
    ),
  },
  "strengths-based-conversations-in-adults-services": {
    titleCy: "Sgyrsiau sy’n seiliedig ar gryfderau yng ngwasanaethau oedolion",
    summaryCy:
      "Sut mae timau oedolion cymunedol yn defnyddio sgyrsiau ‘beth sy’n bwysig’ i ddechrau o gryfderau pobl, gydag enghreifftiau o ymarfer ac amser i roi cynnig ar y dull gydag achos o’ch gwaith eich hun.",
    descriptionCy: paragraphs(
      "Mae ymarfer sy’n seiliedig ar gryfderau yn dechrau o’r hyn sy’n bwysig i’r unigolyn a’r cymorth sydd o’i gwmpas, yn hytrach nag o restr o anghenion i’w diwallu. Mae ein timau oedolion cymunedol wedi defnyddio sgyrsiau ‘beth sy’n bwysig’ ers dwy flynedd: dyma beth rydyn ni wedi’i ddysgu.",
      lines(
        "Ymunwch â’r sesiwn hon i:",
        "- glywed sut mae uwch-ymarferydd yn cynllunio ac yn cofnodi sgwrs ‘beth sy’n bwysig’",
        "- edrych ar enghreifftiau lle newidiodd dull sy’n seiliedig ar gryfderau y canlyniad i berson hŷn a’i ofalwr",
        "- roi cynnig ar y dull gydag achos o’ch gwaith eich hun, mewn grwpiau bach",
        "- siarad am yr hyn sy’n rhwystro, a sut gall rheolwyr helpu.",
      ),
    ),
  },
  "reflective-case-discussion-senior-leaders-and-practitioners-together": {
    titleCy: "Trafod achos yn fyfyriol: uwch-arweinwyr ac ymarferwyr gyda’i gilydd",
    summaryCy:
      "Yn yr ystafell yn Neuadd y Sir: mae ymarferwyr ac uwch-arweinwyr yn trafod achos dienw gyda’i gilydd, gan ddefnyddio model myfyriol y gall timau fynd ag ef yn ôl i oruchwyliaeth.",
    descriptionCy: paragraphs(
      "Anaml y bydd uwch-arweinwyr yn cael cyfle i feddwl am achos ochr yn ochr â’r ymarferwyr sy’n gyfrifol amdano. Yn y sesiwn wyneb yn wyneb hon, bydd gweithiwr cymdeithasol ymgynghorol yn cyflwyno achos dienw o wasanaethau plant, a bydd pawb yn yr ystafell, o weithwyr cymdeithasol newydd gymhwyso i bennaeth y gwasanaeth, yn gweithio drwyddo gyda’i gilydd.",
      lines(
        "Yn y sesiwn hon byddwch chi’n:",
        "- ymarfer model strwythuredig ar gyfer trafod achosion yn fyfyriol",
        "- clywed sut mae penderfyniadau’n edrych o’r rheng flaen ac o’r tîm arwain",
        "- siarad am yr hyn sy’n helpu a’r hyn sy’n rhwystro penderfyniadau da mewn tîm prysur",
        "- mynd â model gyda chi y gallwch chi ei ddefnyddio mewn goruchwyliaeth grŵp.",
      ),
      "Mae’r sesiwn hon yn digwydd wyneb yn wyneb yn Neuadd y Sir, ac ni fydd yn cael ei ffrydio ar-lein. Bydd lluniaeth ar gael. Dim ond 30 lle sydd ar gael.",
    ),
    venueCy: `Canolfan Ddysgu, ${COUNTY_HALL}`,
  },
  "sit-in-on-the-practice-quality-board": {
    titleCy: "Eistedd i mewn ar y bwrdd ansawdd ymarfer",
    summaryCy:
      "Arsylwi ymarfer o chwith: mae un ymarferydd yn ymuno â bwrdd ansawdd ymarfer yr uwch-dîm arwain ar-lein, yn gweld sut mae canfyddiadau archwiliadau’n cael eu trafod, ac yn cynnig safbwynt o’r rheng flaen. Un lle yn unig.",
    descriptionCy: paragraphs(
      "Yn ystod wythnos ymarfer mae uwch-arweinwyr yn arsylwi ymarfer. Mae’r sesiwn hon yn troi hynny ar ei ben: mae un ymarferydd yn cael gwahoddiad i eistedd i mewn ar y bwrdd ansawdd ymarfer misol, lle mae’r tîm arwain yn trafod yr hyn mae archwiliadau ac arsylwadau wedi’i ganfod.",
      lines(
        "Byddwch chi’n:",
        "- gweld sut mae canfyddiadau archwiliadau achosion ac arsylwadau ymarfer yn cael eu trafod, a sut mae’r bwrdd yn gweithredu arnyn nhw",
        "- cael gwahoddiad i roi safbwynt o’r rheng flaen ar ddau o’r canfyddiadau",
        "- cael deg munud gyda’r Cyfarwyddwr Gwasanaethau Cymdeithasol ar y diwedd.",
      ),
      "Mae un lle. Os yw wedi’i gymryd, ymunwch â’r rhestr aros: os daw’r lle ar gael, bydd yn cael ei gynnig i’r person nesaf ar y rhestr.",
    ),
  },
  "small-group-coaching-writing-assessments-families-can-read": {
    titleCy: "Hyfforddiant mewn grŵp bach: ysgrifennu asesiadau y gall teuluoedd eu darllen",
    summaryCy:
      "Sesiwn hyfforddi i dri ymarferydd: dewch ag asesiad rydych chi wedi’i ysgrifennu, a’i ailweithio gyda gweithiwr cymdeithasol ymgynghorol fel bod y teulu y mae’n sôn amdano yn gallu ei ddarllen a’i ddeall.",
    descriptionCy: paragraphs(
      "Mae asesiadau’n cael eu hysgrifennu am deuluoedd, ac yn fwyfwy ar eu cyfer. Mae’r grŵp hyfforddi bach hwn yn edrych ar sut i ysgrifennu’n glir, yn garedig ac yn gywir, heb golli’r dadansoddiad.",
      lines(
        "Yn y sesiwn byddwch chi’n:",
        "- dod â darn dienw o asesiad rydych chi wedi’i ysgrifennu",
        "- ei ailweithio gydag adborth gan yr hyfforddwr a’r lleill yn y grŵp",
        "- gadael gyda rhestr wirio ar gyfer ysgrifennu plaen a pharchus.",
      ),
      "Mae’r grŵp wedi’i gyfyngu i dri er mwyn i bawb gael amser ar eu hysgrifennu eu hunain.",
    ),
  },
  "lunchtime-cpd-research-into-practice-with-our-university-partners": {
    titleCy: "DPP amser cinio: ymchwil i ymarfer gyda’n partneriaid prifysgol",
    summaryCy:
      "Dewch â’ch cinio: mae partner prifysgol yn rhannu ymchwil gyfredol ar ymarfer sy’n seiliedig ar berthynas ac yn siarad ag ymarferwyr am ei defnyddio yn y gwaith bob dydd.",
    descriptionCy: paragraphs(
      "Mae ymchwil dda yn arwain at ymarfer da, ond dim ond os oes ffyrdd iddi gyrraedd y rheng flaen. Yn y sesiwn amser cinio 90 munud hon, mae ymchwilydd o Brifysgol Glannau Hafren yn rhannu ymchwil gyfredol ar ymarfer sy’n seiliedig ar berthynas yng ngwasanaethau oedolion a phlant.",
      lines(
        "Ymunwch â’r sesiwn hon i:",
        "- glywed crynodeb byr o’r hyn mae’r ymchwil yn ei ddweud",
        "- siarad â chydweithwyr am yr hyn sy’n rhwystro defnyddio ymchwil mewn ymarfer, gan gynnwys amser",
        "- rannu syniadau ar gyfer neilltuo amser i ddysgu fel tîm.",
      ),
    ),
  },
  "safeguarding-across-agencies-learning-from-a-multi-agency-audit": {
    titleCy: "Diogelu ar draws asiantaethau: dysgu o archwiliad amlasiantaethol",
    summaryCy:
      "Beth ganfu archwiliad amlasiantaethol eleni o atgyfeiriadau diogelu am y ffordd mae’r cyngor, y bwrdd iechyd a’r heddlu’n rhannu gwybodaeth, a beth rydyn ni’n ei newid. Yn Siambr y Cyngor neu ar-lein.",
    descriptionCy: paragraphs(
      "Bob blwyddyn mae’r cyngor a’i bartneriaid yn archwilio sampl o atgyfeiriadau diogelu ar gyfer oedolion a phlant gyda’i gilydd. Mae arweinydd diogelu’r bwrdd iechyd a phennaeth gwasanaethau oedolion yn rhannu’r hyn a ganfu’r archwiliad eleni.",
      lines(
        "Byddwn ni’n:",
        "- edrych ar sut symudodd gwybodaeth rhwng asiantaethau, a lle daeth i stop",
        "- rhannu enghreifftiau o ymarfer da a nodwyd gan yr archwiliad",
        "- esbonio beth mae pob asiantaeth yn ei newid o ganlyniad",
        "- ateb cwestiynau o’r ystafell ac ar-lein.",
      ),
      "Ymunwch â ni yn Siambr y Cyngor yn Neuadd y Sir neu ar-lein drwy Microsoft Teams.",
    ),
    venueCy: `Siambr y Cyngor, ${COUNTY_HALL}`,
  },
  "staff-briefing-our-new-practice-framework": {
    titleCy: "Sesiwn friffio i staff: ein fframwaith ymarfer newydd",
    summaryCy:
      "Ar gyfer staff y cyngor: mae’r Cyfarwyddwr Gwasanaethau Cymdeithasol yn esbonio’r fframwaith ymarfer newydd ar gyfer gwasanaethau oedolion a phlant, beth sy’n newid i dimau o fis Ebrill, a sut y caiff ei gefnogi.",
    descriptionCy: paragraphs(
      "O fis Ebrill, bydd gwasanaethau oedolion a phlant Glan Wysg yn gweithio i un fframwaith ymarfer, wedi’i seilio ar berthnasoedd, cryfderau a chanlyniadau sy’n bwysig i bobl. Mae’r sesiwn friffio hon ar gyfer staff y cyngor, gan ei bod yn trafod trefniadau mewnol: goruchwylio, pwysoli llwyth achosion a’r cylch archwilio newydd.",
      lines(
        "Yn y sesiwn byddwch chi’n clywed:",
        "- beth mae’r fframwaith yn ei ofyn gan ymarferwyr a rheolwyr",
        "- beth sy’n newid o ran goruchwylio a chofnodi achosion, a phryd",
        "- sut y caiff timau eu cefnogi, gan gynnwys amser dysgu wedi’i ddiogelu",
        "- sut i godi cwestiynau a phryderon.",
      ),
      "Mewngofnodwch gyda’ch cyfeiriad e-bost gwaith (sy’n gorffen glanusk.gov.uk) i gadw lle.",
    ),
  },
  "partners-workshop-joint-working-at-the-front-door": {
    titleCy: "Gweithdy partneriaid: cydweithio wrth y drws ffrynt",
    summaryCy:
      "Gweithdy ar gyfer yr asiantaethau rydyn ni’n gweithio gyda nhw wrth y drws ffrynt (yr heddlu, iechyd, addysg): mynd drwy dri atgyfeiriad dienw gyda’n gilydd i gytuno sut dylai gwybodaeth lifo.",
    descriptionCy: paragraphs(
      "Mae’r rhan fwyaf o atgyfeiriadau diogelu yn cyrraedd drws ffrynt y cyngor gan asiantaethau partner. Mae’r gweithdy hwn yn dod â phobl sy’n gwneud ac yn derbyn yr atgyfeiriadau hynny at ei gilydd i edrych ar dri achos dienw, gam wrth gam.",
      lines(
        "Gyda’n gilydd byddwn ni’n:",
        "- olrhain beth roedd pob asiantaeth yn ei wybod, a phryd",
        "- cytuno beth sydd mewn atgyfeiriad da, a pha adborth y dylai atgyfeirwyr ei gael",
        "- pennu dau neu dri cham gweithredu ar y cyd ar gyfer y flwyddyn i ddod.",
      ),
      "Drwy wahoddiad yn unig mae’r lleoedd: mae pob asiantaeth bartner wedi cael cod ar gyfer ei staff.",
    ),
    venueCy: `Ystafell Bwyllgor 2, ${COUNTY_HALL}`,
  },
  "supervision-masterclass-for-newly-appointed-team-managers": {
    titleCy: "Dosbarth meistr goruchwylio i reolwyr tîm newydd",
    summaryCy: "Dosbarth meistr bach ac ymarferol ar oruchwylio myfyriol i reolwyr tîm yn eu blwyddyn gyntaf. Y tîm datblygu’r gweithlu sy’n rhoi’r lleoedd.",
    descriptionCy: paragraphs(
      "Goruchwyliaeth dda yw’r gefnogaeth fwyaf sydd gan ymarferydd. Mae’r dosbarth meistr hwn ar gyfer rheolwyr tîm a benodwyd yn ystod y flwyddyn ddiwethaf, ac mae’n ymdrin â goruchwylio myfyriol, ei gofnodi’n dda, a chefnogi staff ar ôl achosion anodd.",
      "Mae deuddeg lle. Gofynnwch am un a bydd y tîm datblygu’r gweithlu yn cadarnhau, gan anelu at roi lleoedd ar draws gwasanaethau oedolion a phlant.",
    ),
  },
  "what-young-people-want-from-their-social-workers": {
    titleCy: "Beth mae pobl ifanc eisiau gan eu gweithwyr cymdeithasol",
    summaryCy:
      "Mae pobl ifanc o Leisiau Ifanc Glan Wysg sydd â phrofiad o fod mewn gofal yn siarad am beth helpodd, beth na wnaeth helpu, a beth maen nhw eisiau i bob gweithiwr cymdeithasol ei wybod.",
    descriptionCy: paragraphs(
      "Mae wythnos ymarfer yn gyfle i glywed yn uniongyrchol gan y bobl sy’n defnyddio ein gwasanaethau. Pobl ifanc o Leisiau Ifanc Glan Wysg sy’n arwain y sesiwn hon, gyda chymorth eu gweithiwr cyfranogiad.",
      lines(
        "Yn y sesiwn hon byddwn ni’n:",
        "- clywed beth oedd yn ddefnyddiol i bobl ifanc, a beth nad oedd, pan oedd gweithiwr cymdeithasol yn rhan o’u bywydau",
        "- siarad am gadw mewn cysylltiad, newid gweithiwr cymdeithasol a chael eich clywed",
        "- gadael amser ar gyfer cwestiynau a myfyrio.",
      ),
    ),
  },
};

// ---------------------------------------------------------------------------
// Speakers
// ---------------------------------------------------------------------------

/**
 * Someone named in the Social Work Week programme, whose English biography
 * says only "<name> is from <organisation>": `after` is the organisation's
 * Welsh name as it reads after "i" (soft mutation: i Ofal Cymdeithasol Cymru).
 */
function programmeSpeaker(name: string, organisationCy: string, after: string): WelshSpeaker {
  return { organisationCy, bioCy: `Mae ${name} yn gweithio i ${after}.` };
}

const speakerAt = {
  socialCareWales: (name: string) => programmeSpeaker(name, SOCIAL_CARE_WALES, "Ofal Cymdeithasol Cymru"),
  cardiffUniversity: (name: string) => programmeSpeaker(name, "Prifysgol Caerdydd", "Brifysgol Caerdydd"),
  adssCymru: (name: string) =>
    programmeSpeaker(name, "Cymdeithas Cyfarwyddwyr Gwasanaethau Cymdeithasol (ADSS) Cymru", "Gymdeithas Cyfarwyddwyr Gwasanaethau Cymdeithasol (ADSS) Cymru"),
};

export const welshSpeakers: Record<string, WelshSpeaker> = {
  // Named in the Social Work Week 2025 programme.
  "nia-edy": speakerAt.socialCareWales("Nia Edy"),
  "cerian-twinberrow": speakerAt.socialCareWales("Cerian Twinberrow"),
  "marian-parry-hughes": programmeSpeaker("Marian Parry Hughes", "Cyngor Gwynedd", "Gyngor Gwynedd"),
  "esther-chapman": programmeSpeaker("Esther Chapman", "Cyngor Sir Gâr", "Gyngor Sir Gâr"),
  "samantha-stroud": programmeSpeaker("Samantha Stroud", "Cyngor Caerdydd", "Gyngor Caerdydd"),
  "heather-fitzpatrick": programmeSpeaker("Heather Fitzpatrick", "Cyngor Castell-nedd Port Talbot", "Gyngor Castell-nedd Port Talbot"),
  "esyllt-crozier": {
    roleCy: "rheolwr gwella a datblygu ar gyfer gwaith cymdeithasol",
    organisationCy: SOCIAL_CARE_WALES,
    bioCy: "Esyllt Crozier yw rheolwr gwella a datblygu Gofal Cymdeithasol Cymru ar gyfer gwaith cymdeithasol.",
  },
  "gwenan-prysor": {
    roleCy: "Cyfarwyddwr rhaglen MA Gwaith Cymdeithasol",
    organisationCy: "Prifysgol Bangor",
    bioCy: "Gwenan Prysor yw Cyfarwyddwr rhaglen MA Gwaith Cymdeithasol Prifysgol Bangor.",
  },
  "aimee-twinberrow": speakerAt.socialCareWales("Aimee Twinberrow"),
  "donald-forrester": { organisationCy: "Prifysgol Caerdydd", bioCy: "Mae’r Athro Donald Forrester yn gweithio i Brifysgol Caerdydd." },
  "stuart-allen": speakerAt.cardiffUniversity("Stuart Allen"),
  "glenda-george": speakerAt.adssCymru("Glenda George"),
  "nicki-harrison": speakerAt.adssCymru("Nicki Harrison"),
  "jay-goulding": speakerAt.socialCareWales("Jay Goulding"),
  "danica-darley": programmeSpeaker("Danica Darley", "Prifysgol Sheffield", "Brifysgol Sheffield"),
  "peter-blundell": programmeSpeaker("Peter Blundell", "Prifysgol John Moores Lerpwl", "Brifysgol John Moores Lerpwl"),
  "nick-andrews": programmeSpeaker("Nick Andrews", "Prifysgol Abertawe", "Brifysgol Abertawe"),
  "siobhan-maclean": {
    roleCy: "gweithiwr cymdeithasol annibynnol ac addysgwr ymarfer",
    bioCy: "Mae Siobhan Maclean yn weithiwr cymdeithasol annibynnol ac yn addysgwr ymarfer.",
  },
  "thomas-kitchen": {
    roleCy: "anesthetydd ymgynghorol ac uwch-ddarlithydd clinigol",
    bioCy: "Mae Dr Thomas Kitchen yn anesthetydd ymgynghorol ac yn uwch-ddarlithydd clinigol.",
  },
  "colum-conway": {
    roleCy: "Prif Weithredwr",
    // Social Work England has no Welsh name (docs/welsh-glossary.md): written as it is.
    organisationCy: "Social Work England",
    bioCy: "Colum Conway yw Prif Weithredwr Social Work England.",
  },
  "declan-mcallister": {
    roleCy: "Prif Weithredwr Dros Dro",
    organisationCy: "Cyngor Gofal Cymdeithasol Gogledd Iwerddon",
    bioCy: "Declan McAllister yw Prif Weithredwr Dros Dro Cyngor Gofal Cymdeithasol Gogledd Iwerddon.",
  },
  "maree-allison": {
    roleCy: "Prif Weithredwr",
    organisationCy: "Cyngor Gwasanaethau Cymdeithasol yr Alban",
    bioCy: "Maree Allison yw Prif Weithredwr Cyngor Gwasanaethau Cymdeithasol yr Alban.",
  },
  "sarah-mccarty": {
    roleCy: "Prif Weithredwr",
    organisationCy: SOCIAL_CARE_WALES,
    bioCy: "Sarah McCarty yw Prif Weithredwr Gofal Cymdeithasol Cymru.",
  },
  "florence-smith": {
    roleCy: "gweithiwr cymdeithasol ac addysgwr ymarfer, a chyfarwyddwr Neuro Inclusive Solutions LTD",
    bioCy:
      "Mae Florence Smith yn weithiwr cymdeithasol ac yn addysgwr ymarfer, ac yn gyfarwyddwr Neuro Inclusive Solutions LTD. Mae’n tynnu ar ei phrofiad bywyd fel gweithiwr cymdeithasol niwroamrywiol.",
  },
  "fiona-mcdonald": {
    roleCy: "ymgynghorydd annibynnol ar lesiant yn y gweithle ac addysgwr ymarfer",
    bioCy:
      "Mae Fiona McDonald yn ymgynghorydd annibynnol ar lesiant yn y gweithle ac yn addysgwr ymarfer. Mae’n tynnu ar ei phrofiad bywyd fel gweithiwr cymdeithasol niwroamrywiol.",
  },

  // Fictional speakers for the extra sessions. The mock court's (Mair Howells,
  // Helen Ashworth-Reyes, Gareth Lovell) are left in English: see the top of this file.
  "elin-marchant": {
    roleCy: "Uwch-ddarlithydd Gwaith Cymdeithasol",
    organisationCy: SEVERNSIDE,
    bioCy:
      "Mae Elin yn addysgu gwaith cymdeithasol ac yn ymchwilio i sut mae ymarferwyr yn defnyddio rhwydweithiau ar-lein ar gyfer dysgu a chymorth gan gymheiriaid. Cymhwysodd fel gweithiwr cymdeithasol ym maes iechyd meddwl oedolion.",
  },
  "owain-tessaro": {
    roleCy: "Ymgynghorydd strategaeth ddigidol a chyfathrebu",
    organisationCy: "Tessaro Digital",
    bioCy:
      "Mae Owain yn helpu sefydliadau gofal ac elusennau i ddefnyddio cyfryngau cymdeithasol yn ddiogel ac yn dda, ac mae wedi cynnal sesiynau sgiliau digidol i dimau gofal cymdeithasol ledled Cymru.",
  },
  "priya-lanyon": {
    roleCy: "Gweithiwr cymdeithasol",
    organisationCy: TAFF_VALLEY,
    bioCy: "Mae Priya yn weithiwr cymdeithasol mewn tîm plant anabl, ac mae’n ysgrifennu blog am ei dysgu mewn ymarfer.",
  },
  "anwen-castellano": {
    roleCy: "Pennaeth Datblygu’r Gweithlu",
    organisationCy: GLAN_USK,
    bioCy:
      "Mae Anwen yn arwain datblygu’r gweithlu ar gyfer gwasanaethau cymdeithasol, ac mae ganddi gefndir ymchwil mewn straen a gwydnwch mewn timau gwaith cymdeithasol.",
  },
  "marcus-delahaye": {
    roleCy: "Rheolwr gwasanaeth, gwasanaethau oedolion",
    organisationCy: TAFF_VALLEY,
    bioCy: "Mae Marcus yn rheoli tri thîm oedolion cymunedol, a chyflwynodd sgyrsiau am lesiant i oruchwyliaeth y timau.",
  },
  "kavita-pengelly": {
    roleCy: "Arweinydd dysgu ymarfer",
    organisationCy: SEVERNSIDE,
    bioCy:
      "Mae Kavita yn cydlynu lleoliadau gwaith cymdeithasol gyda phartneriaid yn yr awdurdodau lleol a’r sector gwirfoddol, ac yn addysgu ar y rhaglen MA Gwaith Cymdeithasol.",
  },
  "iestyn-moravec": {
    roleCy: "Myfyriwr MA Gwaith Cymdeithasol",
    organisationCy: SEVERNSIDE,
    bioCy:
      "Mae Iestyn ym mlwyddyn olaf MA mewn Gwaith Cymdeithasol, ac mae wedi bod ar leoliad mewn gwasanaeth cyfiawnder ieuenctid ac mewn tîm rhyddhau o’r ysbyty.",
  },
  "ffion-adebayo-jones": {
    roleCy: "Addysgwr ymarfer",
    organisationCy: GLAN_USK,
    bioCy: "Mae Ffion yn uwch-ymarferydd yng ngwasanaethau plant, ac mae wedi cefnogi mwy nag ugain o fyfyrwyr ar leoliad.",
  },
  "bethan-quartermain": {
    roleCy: "Arweinydd cyfranogiad",
    organisationCy: VOICES_IN_CARE,
    bioCy: "Mae Bethan yn cefnogi pobl sydd â phrofiad bywyd o waith cymdeithasol i gymryd rhan mewn hyfforddiant, recriwtio a chynllunio gwasanaethau.",
  },
  "tomos-riordan": {
    roleCy: "Rhiant a chynghorydd profiad bywyd",
    organisationCy: VOICES_IN_CARE,
    bioCy:
      "Mae Tomos yn dad a fu’n gweithio gyda gwasanaethau plant am ddwy flynedd, ac mae bellach yn rhoi cyngor ar hyfforddiant gwaith cymdeithasol sy’n cael ei gyd-gynhyrchu.",
  },
  "lowri-abernethy": {
    roleCy: "Mentor cymheiriaid sydd â phrofiad o fod mewn gofal",
    organisationCy: VOICES_IN_CARE,
    bioCy: "Cafodd Lowri ei magu mewn gofal maeth, ac mae bellach yn fentor i bobl ifanc sy’n gadael gofal.",
  },
  "rachel-trevithick": {
    roleCy: "Cyfarwyddwr Gwasanaethau Cymdeithasol",
    organisationCy: GLAN_USK,
    bioCy: "Mae Rachel wedi arwain gwasanaethau oedolion a phlant ers chwe blynedd, a hi gyflwynodd wythnos ymarfer flynyddol y cyngor.",
  },
  "daniel-okonjo-price": {
    roleCy: "Prif weithiwr cymdeithasol",
    organisationCy: GLAN_USK,
    bioCy: "Mae Daniel yn arwain ar ansawdd ymarfer a dysgu, ac yn cydlynu rhaglen arsylwadau ymarfer y cyngor.",
  },
  "sian-featherstone": {
    roleCy: "Gweithiwr cymdeithasol ymgynghorol",
    organisationCy: TAFF_VALLEY,
    bioCy: "Mae Siân yn goruchwylio gweithwyr cymdeithasol mewn tîm asesu prysur, ac mae wedi’i hyfforddi i hwyluso goruchwyliaeth fyfyriol.",
  },
  "morwenna-stace": {
    roleCy: "Cadeirydd annibynnol",
    bioCy: "Mae Morwenna yn cadeirio cynadleddau ac adolygiadau diogelu ledled Cymru.",
  },

  // Fictional speakers for Glan Usk Practice Week.
  "catrin-ellery": {
    roleCy: "Pennaeth Gwasanaethau Plant",
    organisationCy: GLAN_USK,
    bioCy:
      "Dechreuodd Catrin ei gyrfa mewn tîm amddiffyn plant, ac mae wedi arwain gwasanaethau plant Glan Wysg ers pedair blynedd. Yn ystod wythnos ymarfer, mae hi’n ymuno â gweithwyr cymdeithasol ar ymweliadau â theuluoedd.",
  },
  "joseph-abara": {
    roleCy: "Pennaeth Gwasanaethau Oedolion",
    organisationCy: GLAN_USK,
    bioCy:
      "Cymhwysodd Joseph fel gweithiwr cymdeithasol mewn tîm rhyddhau o’r ysbyty. Mae bellach yn arwain gwasanaethau oedolion y cyngor, lle cyflwynodd ymarfer sy’n seiliedig ar gryfderau ar draws y timau cymunedol.",
  },
  "lena-wojcik": {
    roleCy: "Uwch-ymarferydd, tîm oedolion cymunedol",
    organisationCy: GLAN_USK,
    bioCy: "Mae Lena yn gweithio gyda phobl hŷn a gofalwyr yng ngogledd y sir, ac yn hyfforddi cydweithwyr i gynnal sgyrsiau ‘beth sy’n bwysig’.",
  },
  "idris-fenwick": {
    roleCy: "Gweithiwr cymdeithasol ymgynghorol, gwasanaethau plant",
    organisationCy: GLAN_USK,
    bioCy: "Mae Idris yn cefnogi gweithwyr cymdeithasol gydag asesiadau cymhleth, ac yn cynnal grwpiau hyfforddi’r cyngor ar ysgrifennu ar gyfer teuluoedd.",
  },
  "nerys-baptiste": {
    roleCy: "Darllenydd mewn Gwaith Cymdeithasol",
    organisationCy: SEVERNSIDE,
    bioCy:
      "Mae Nerys yn ymchwilio i sut mae tystiolaeth yn cyrraedd y rheng flaen, ac yn gweithio gyda phartneriaid yn yr awdurdodau lleol ar brosiectau ymchwil sy’n seiliedig ar ymarfer.",
  },
  "gwion-tallis": {
    roleCy: "Arweinydd diogelu dynodedig",
    organisationCy: "Bwrdd Iechyd Prifysgol Dyffryn Wysg",
    bioCy: "Nyrs oedd Gwion yn wreiddiol, ac mae’n cadeirio’r grŵp archwilio amlasiantaethol rhanbarthol ar gyfer oedolion a phlant sy’n wynebu risg.",
  },
  "marged-sully": {
    roleCy: "Gweithiwr cyfranogiad",
    organisationCy: "Lleisiau Ifanc Glan Wysg",
    bioCy:
      "Mae Marged yn cefnogi pobl ifanc sydd â phrofiad o fod mewn gofal i leisio’u barn am sut mae gwasanaethau’n cael eu rhedeg, gan gynnwys ar baneli cyfweld ar gyfer gweithwyr cymdeithasol newydd.",
  },
};

// ---------------------------------------------------------------------------
// Consistency (called by checkDemoData)
// ---------------------------------------------------------------------------

type WeekShape = {
  event: { slug: string };
  themes: { slug: string }[];
  sessions: { slug: string; format: string; speakers: { slug: string }[] }[];
};

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** What in the Welsh above contradicts the demo weeks: keys naming nothing, broken promises of the comments. */
export function welshProblems(weeks: WeekShape[], speakerSlugs: string[]): string[] {
  const problems: string[] = [];
  const sessions = new Map(weeks.flatMap((week) => week.sessions.map((session) => [session.slug, session] as const)));
  const known = {
    week: new Set(weeks.map((week) => week.event.slug)),
    theme: new Set(weeks.flatMap((week) => week.themes.map((theme) => theme.slug))),
    session: new Set(sessions.keys()),
    speaker: new Set(speakerSlugs),
  };
  const keys = (what: keyof typeof known, record: Record<string, unknown>) => {
    for (const slug of Object.keys(record)) if (!known[what].has(slug)) problems.push(`Welsh for an unknown ${what}: ${slug}`);
  };
  keys("week", welshWeeks);
  keys("theme", welshThemes);
  keys("session", welshSessions);
  keys("session", deliveryLanguages);
  keys("speaker", welshSpeakers);

  // Single-line fields, as the admin forms require them.
  const lines = [
    ...Object.values(welshWeeks).flatMap((week) => [week.titleCy, week.organiserNameCy, ...week.audienceNoteCy]),
    ...Object.values(welshThemes).map((theme) => theme.nameCy),
    ...Object.values(welshSessions).flatMap((session) => [session.titleCy, session.venueCy ?? ""]),
    ...Object.values(welshSpeakers).flatMap((speaker) => [speaker.roleCy ?? "", speaker.organisationCy ?? ""]),
  ];
  for (const text of lines) if (CONTROL.test(text)) problems.push(`Welsh single-line text with a line break or control character: ${JSON.stringify(text)}`);

  for (const [slug, welsh] of Object.entries(welshSessions)) {
    if (welsh.venueCy && sessions.get(slug)?.format === "ONLINE")
      problems.push(`session ${slug}: a Welsh venue for an online session (a platform's name is not translated)`);
  }

  // The bilingual weeks are complete but for the English-only session named above.
  for (const week of weeks.filter((candidate) => welshWeeks[candidate.event.slug])) {
    for (const theme of week.themes) if (!welshThemes[theme.slug]) problems.push(`theme ${theme.slug} of bilingual ${week.event.slug} has no Welsh`);
    for (const session of week.sessions) {
      if (!welshSessions[session.slug] && session.slug !== bilingualDemo.englishOnly)
        problems.push(`session ${session.slug} of bilingual ${week.event.slug} has no Welsh`);
    }
  }
  if (welshSessions[bilingualDemo.englishOnly]) problems.push(`bilingualDemo.englishOnly (${bilingualDemo.englishOnly}) must have no Welsh`);
  if (welshSpeakers[bilingualDemo.englishOnlySpeaker])
    problems.push(`bilingualDemo.englishOnlySpeaker (${bilingualDemo.englishOnlySpeaker}) must have no Welsh`);
  if (!sessions.get(bilingualDemo.englishOnly)?.speakers.some((speaker) => speaker.slug === bilingualDemo.englishOnlySpeaker)) {
    problems.push(`bilingualDemo.englishOnlySpeaker should speak in bilingualDemo.englishOnly`);
  }
  const expected: [string, DeliveryLanguage][] = [
    [bilingualDemo.welshMedium, DeliveryLanguage.WELSH],
    [bilingualDemo.bilingual, DeliveryLanguage.BILINGUAL],
    [bilingualDemo.interpreted, DeliveryLanguage.ENGLISH_WITH_WELSH_INTERPRETATION],
    [bilingualDemo.welshInterpreted, DeliveryLanguage.WELSH_WITH_ENGLISH_INTERPRETATION],
  ];
  for (const [slug, language] of expected) if (deliveryLanguages[slug] !== language) problems.push(`session ${slug} should be given ${language}`);
  if (welshSpeakers[bilingualDemo.socialCareWalesSpeaker]?.organisationCy !== SOCIAL_CARE_WALES)
    problems.push(`bilingualDemo.socialCareWalesSpeaker's Welsh organisation is not ${SOCIAL_CARE_WALES}`);
  return problems;
}
