// The few fixed words of a meeting's calendar file, in the languages the widgets speak
// (packages/elements/lit-localize.json). A file is downloaded once and read in a calendar app,
// away from the widgets' translations, so the server writes it in the requester's language.
// `{0}` is a name, a language or a note. Unknown languages fall back to English.

export interface IcsLabels {
  /** Summary: a meeting with the educator ({0}). */
  meeting: string;
  /** Summary when the educator is gone from the roster. */
  meetingSchool: string;
  in_person: string;
  phone: string;
  video: string;
  interpreter: string;
  childCare: string;
  transport: string;
  note: string;
}

type Row = [string, string, string, string, string, string, string, string, string];

const en: Row = [
  'Meeting with {0}',
  'Meeting with the school',
  'In person',
  'By phone',
  'By video',
  'Interpreter: {0}',
  'Child care requested',
  'Help with transport requested',
  'Note: {0}',
];

const table: Record<string, Row> = {
  en,
  es: [
    'Reunión con {0}',
    'Reunión con la escuela',
    'En persona',
    'Por teléfono',
    'Por videollamada',
    'Intérprete: {0}',
    'Cuidado de niños solicitado',
    'Ayuda con el transporte solicitada',
    'Nota: {0}',
  ],
  ar: [
    'اجتماع مع {0}',
    'اجتماع مع المدرسة',
    'حضوريًا',
    'عبر الهاتف',
    'عبر الفيديو',
    'مترجم فوري: {0}',
    'طُلبت رعاية الأطفال',
    'طُلبت المساعدة في المواصلات',
    'ملاحظة: {0}',
  ],
  'zh-hans': [
    '与{0}的会面',
    '与学校的会面',
    '当面',
    '电话',
    '视频',
    '口译员：{0}',
    '已申请儿童看护',
    '已申请交通协助',
    '备注：{0}',
  ],
  'zh-hant': [
    '與{0}的會面',
    '與學校的會面',
    '當面',
    '電話',
    '視訊',
    '口譯員：{0}',
    '已申請兒童照護',
    '已申請交通協助',
    '備註：{0}',
  ],
  vi: [
    'Cuộc họp với {0}',
    'Cuộc họp với nhà trường',
    'Gặp trực tiếp',
    'Qua điện thoại',
    'Qua video',
    'Thông dịch viên: {0}',
    'Đã yêu cầu giữ trẻ',
    'Đã yêu cầu hỗ trợ đi lại',
    'Ghi chú: {0}',
  ],
  ht: [
    'Reyinyon ak {0}',
    'Reyinyon ak lekòl la',
    'An pèsòn',
    'Pa telefòn',
    'Pa videyo',
    'Entèprèt: {0}',
    'Yo mande gadri pou timoun yo',
    'Yo mande èd pou transpò',
    'Nòt: {0}',
  ],
  so: [
    'Kulan lala yeesho {0}',
    'Kulan lala yeesho dugsiga',
    'Fool ka fool',
    'Taleefan',
    'Fiidiyow',
    'Turjubaan: {0}',
    'Daryeel carruur ayaa la codsaday',
    'Caawimaad gaadiid ayaa la codsaday',
    'Xusuusin: {0}',
  ],
  pt: [
    'Reunião com {0}',
    'Reunião com a escola',
    'Presencial',
    'Por telefone',
    'Por vídeo',
    'Intérprete: {0}',
    'Cuidado infantil solicitado',
    'Ajuda com transporte solicitada',
    'Observação: {0}',
  ],
  ru: [
    'Встреча: {0}',
    'Встреча со школой',
    'Лично',
    'По телефону',
    'По видеосвязи',
    'Переводчик: {0}',
    'Запрошен присмотр за детьми',
    'Запрошена помощь с транспортом',
    'Примечание: {0}',
  ],
  uk: [
    'Зустріч: {0}',
    'Зустріч зі школою',
    'Особисто',
    'Телефоном',
    'Відеозв’язком',
    'Перекладач: {0}',
    'Запитано догляд за дітьми',
    'Запитано допомогу з транспортом',
    'Примітка: {0}',
  ],
  ko: [
    '{0}님과의 면담',
    '학교와의 면담',
    '대면',
    '전화',
    '화상',
    '통역사: {0}',
    '자녀 돌봄 요청됨',
    '교통 지원 요청됨',
    '메모: {0}',
  ],
  tl: [
    'Pulong kasama si {0}',
    'Pulong kasama ang paaralan',
    'Nang personal',
    'Sa telepono',
    'Sa video',
    'Interpreter: {0}',
    'Humiling ng pag-aalaga ng bata',
    'Humiling ng tulong sa transportasyon',
    'Tala: {0}',
  ],
  fr: [
    'Rendez-vous avec {0}',
    'Rendez-vous avec l’école',
    'En personne',
    'Par téléphone',
    'Par vidéo',
    'Interprète : {0}',
    'Garde d’enfants demandée',
    'Aide au transport demandée',
    'Remarque : {0}',
  ],
  hmn: [
    'Sib ntsib nrog {0}',
    'Sib ntsib nrog lub tsev kawm ntawv',
    'Tuaj ntsib ntsej muag',
    'Hauv xov tooj',
    'Hauv video',
    'Neeg txhais lus: {0}',
    'Tau thov kev zov menyuam',
    'Tau thov kev pab txog kev caij tsheb',
    'Ntawv sau: {0}',
  ],
  ne: [
    '{0}सँग बैठक',
    'विद्यालयसँग बैठक',
    'प्रत्यक्ष',
    'फोनबाट',
    'भिडियोबाट',
    'दोभाषे: {0}',
    'बाल हेरचाहको अनुरोध गरिएको',
    'यातायात सहयोगको अनुरोध गरिएको',
    'टिप्पणी: {0}',
  ],
  my: [
    '{0} နှင့် တွေ့ဆုံပွဲ',
    'ကျောင်းနှင့် တွေ့ဆုံပွဲ',
    'လူကိုယ်တိုင်',
    'ဖုန်းဖြင့်',
    'ဗီဒီယိုဖြင့်',
    'စကားပြန်: {0}',
    'ကလေးထိန်းပေးရန် တောင်းဆိုထားသည်',
    'သွားလာရေး အကူအညီ တောင်းဆိုထားသည်',
    'မှတ်ချက်: {0}',
  ],
  ur: [
    '{0} کے ساتھ ملاقات',
    'اسکول کے ساتھ ملاقات',
    'بالمشافہ',
    'فون پر',
    'ویڈیو پر',
    'ترجمان: {0}',
    'بچوں کی نگہداشت کی درخواست کی گئی',
    'آمد و رفت میں مدد کی درخواست کی گئی',
    'نوٹ: {0}',
  ],
  fa: [
    'جلسه با {0}',
    'جلسه با مدرسه',
    'حضوری',
    'تلفنی',
    'تصویری',
    'مترجم شفاهی: {0}',
    'مراقبت از کودک درخواست شده',
    'کمک برای رفت‌وآمد درخواست شده',
    'یادداشت: {0}',
  ],
  ps: [
    'له {0} سره غونډه',
    'له ښوونځي سره غونډه',
    'مخامخ',
    'د تلیفون له لارې',
    'د ویډیو له لارې',
    'ژباړونکی: {0}',
    'د ماشوم پالنې غوښتنه شوې',
    'د ترانسپورت مرستې غوښتنه شوې',
    'یادښت: {0}',
  ],
  prs: [
    'جلسه با {0}',
    'جلسه با مکتب',
    'حضوری',
    'از طریق تیلفون',
    'از طریق ویدیو',
    'ترجمان: {0}',
    'مراقبت از طفل درخواست شده',
    'کمک برای ترانسپورت درخواست شده',
    'یادداشت: {0}',
  ],
  am: [
    'ከ{0} ጋር ስብሰባ',
    'ከትምህርት ቤቱ ጋር ስብሰባ',
    'በአካል',
    'በስልክ',
    'በቪዲዮ',
    'አስተርጓሚ፦ {0}',
    'የሕፃናት እንክብካቤ ተጠይቋል',
    'የትራንስፖርት እርዳታ ተጠይቋል',
    'ማስታወሻ፦ {0}',
  ],
  ti: [
    'ምስ {0} ኣኼባ',
    'ምስ ቤት ትምህርቲ ኣኼባ',
    'ብኣካል',
    'ብተሌፎን',
    'ብቪድዮ',
    'ተርጓሚ፦ {0}',
    'ክንክን ህጻናት ተሓቲቱ',
    'ሓገዝ መጓዓዝያ ተሓቲቱ',
    'መዘኻኸሪ፦ {0}',
  ],
  sw: [
    'Mkutano na {0}',
    'Mkutano na shule',
    'Ana kwa ana',
    'Kwa simu',
    'Kwa video',
    'Mkalimani: {0}',
    'Huduma ya kulea watoto imeombwa',
    'Msaada wa usafiri umeombwa',
    'Dokezo: {0}',
  ],
  pl: [
    'Spotkanie: {0}',
    'Spotkanie ze szkołą',
    'Osobiście',
    'Telefonicznie',
    'Przez wideo',
    'Tłumacz: {0}',
    'Poproszono o opiekę nad dziećmi',
    'Poproszono o pomoc w dojeździe',
    'Uwaga: {0}',
  ],
  ja: [
    '{0}さんとの面談',
    '学校との面談',
    '対面',
    '電話',
    'ビデオ通話',
    '通訳：{0}',
    '託児を希望',
    '送迎の支援を希望',
    'メモ：{0}',
  ],
  hi: [
    '{0} के साथ बैठक',
    'स्कूल के साथ बैठक',
    'व्यक्तिगत रूप से',
    'फ़ोन पर',
    'वीडियो पर',
    'दुभाषिया: {0}',
    'बच्चों की देखभाल का अनुरोध किया गया',
    'परिवहन में मदद का अनुरोध किया गया',
    'टिप्पणी: {0}',
  ],
  bn: [
    '{0}-এর সাথে সভা',
    'স্কুলের সাথে সভা',
    'সরাসরি',
    'ফোনে',
    'ভিডিওতে',
    'দোভাষী: {0}',
    'শিশু পরিচর্যার অনুরোধ করা হয়েছে',
    'যাতায়াতে সাহায্যের অনুরোধ করা হয়েছে',
    'নোট: {0}',
  ],
  pa: [
    '{0} ਨਾਲ ਮੀਟਿੰਗ',
    'ਸਕੂਲ ਨਾਲ ਮੀਟਿੰਗ',
    'ਆਹਮੋ-ਸਾਹਮਣੇ',
    'ਫ਼ੋਨ ਰਾਹੀਂ',
    'ਵੀਡੀਓ ਰਾਹੀਂ',
    'ਦੁਭਾਸ਼ੀਆ: {0}',
    'ਬੱਚਿਆਂ ਦੀ ਦੇਖਭਾਲ ਦੀ ਬੇਨਤੀ ਕੀਤੀ ਗਈ',
    'ਆਵਾਜਾਈ ਵਿੱਚ ਮਦਦ ਦੀ ਬੇਨਤੀ ਕੀਤੀ ਗਈ',
    'ਨੋਟ: {0}',
  ],
  km: [
    'ការប្រជុំជាមួយ {0}',
    'ការប្រជុំជាមួយសាលា',
    'ដោយផ្ទាល់',
    'តាមទូរស័ព្ទ',
    'តាមវីដេអូ',
    'អ្នកបកប្រែផ្ទាល់មាត់៖ {0}',
    'បានស្នើសុំការមើលថែកុមារ',
    'បានស្នើសុំជំនួយការធ្វើដំណើរ',
    'កំណត់ចំណាំ៖ {0}',
  ],
  lo: [
    'ການປະຊຸມກັບ {0}',
    'ການປະຊຸມກັບໂຮງຮຽນ',
    'ພົບກັນໂດຍກົງ',
    'ທາງໂທລະສັບ',
    'ທາງວິດີໂອ',
    'ນາຍພາສາ: {0}',
    'ໄດ້ຮ້ອງຂໍການດູແລເດັກ',
    'ໄດ້ຮ້ອງຂໍການຊ່ວຍເຫຼືອດ້ານການເດີນທາງ',
    'ໝາຍເຫດ: {0}',
  ],
  ro: [
    'Întâlnire cu {0}',
    'Întâlnire cu școala',
    'În persoană',
    'La telefon',
    'Prin video',
    'Interpret: {0}',
    'S-a solicitat supraveghere pentru copii',
    'S-a solicitat ajutor la transport',
    'Notă: {0}',
  ],
  tr: [
    '{0} ile görüşme',
    'Okulla görüşme',
    'Yüz yüze',
    'Telefonla',
    'Görüntülü',
    'Tercüman: {0}',
    'Çocuk bakımı istendi',
    'Ulaşım yardımı istendi',
    'Not: {0}',
  ],
  ku: [
    'Civîn bi {0} re',
    'Civîn bi dibistanê re',
    'Rû bi rû',
    'Bi telefonê',
    'Bi vîdyoyê',
    'Wergêr: {0}',
    'Lênêrîna zarokan hate xwestin',
    'Alîkariya veguhastinê hate xwestin',
    'Nîşe: {0}',
  ],
};

/** Chinese script variants by region when a tag names no script. */
const chinese = (tag: string) => (/-(hant|tw|hk|mo)\b/.test(tag) ? 'zh-hant' : 'zh-hans');

/**
 * The key of a per-language table for a BCP 47 tag: the whole tag when the table has it, else
 * its base (`vi-VN` → vi), with Chinese by script (`zh-TW` → zh-hant). The table may lack it.
 */
export function tableKey(tag: string, table: Record<string, unknown>): string {
  const lower = tag.toLowerCase();
  const base = lower.split('-')[0] ?? lower;
  return base === 'zh' ? chinese(lower) : table[lower] ? lower : base;
}

/** The table's row for a BCP 47 tag (`vi-VN` → vi; `zh-TW` → zh-hant), English when it has none. */
export function labelsFor(tag: string): { language: string; labels: IcsLabels } {
  const language = tableKey(tag, table);
  const row = table[language] ?? en;
  const [meeting, meetingSchool, in_person, phone, video, interpreter, childCare, transport, note] = row;
  return {
    language: table[language] ? language : 'en',
    labels: { meeting, meetingSchool, in_person, phone, video, interpreter, childCare, transport, note },
  };
}

/** Fills `{0}`. */
export const fill = (label: string, value: string) => label.replace('{0}', value);

/** A language's name in the reader's language (`es` → "español"), or the tag when unknown. */
export function languageName(tag: string, reader: string): string {
  try {
    return new Intl.DisplayNames([reader, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
