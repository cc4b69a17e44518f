// The new text of an email reply. A family answers a notification from their mail app, and what
// they typed becomes a message in the conversation; the history their app quotes under it, its
// footer and their signature would only repeat the thread or add noise. Apps mark that history in
// many ways, by app and by language, so these rules cover the common ones and lean towards
// keeping text: a line is cut for looking like a header, never for a word inside a sentence.

/** Mail apps mark each line they quote with ">", and html-to-text (used by mailparser) does the same for a <blockquote>. */
const QUOTED = /^[ \t]*>/;

/** The signature delimiter "-- " (RFC 3676), seen after trimming; some apps drop its space. */
const SIGNATURE = /^--$/;

/**
 * Attribution lines ("On … <…> wrote:") in the languages families write in. Each needs its colon:
 * a hard-wrapped paragraph can end a line with "wrote", never with "wrote:" unless a quote follows.
 */
const ATTRIBUTIONS = [
  // The verb at the end, as most apps put it: "El … escribió:", "Le … a écrit :", "Vào … đã viết:".
  /^.{0,200}(?<!\p{L})(?:wrote|escribió|a écrit|escreveu|schrieb|đã viết|(?:на)?писал(?:\(а\)|а)?|пишет|(?:на)?писав(?:\(ла\)|ла)?|пише|كتب)\s*[:：]\s*$/iu,
  // Chinese, Korean and Japanese join the verb to the name with no space: "…写道：", "…님이 작성:".
  /^.{0,200}(?:写道|寫道|님이 작성|が書きました)\s*[:：]\s*$/u,
  // Gmail in German and Arabic puts the verb before the name: "Am … schrieb Ms. Rivera <…>:".
  /^(?:Am|في)\s.{0,200}(?<!\p{L})(?:schrieb|كتب)(?!\p{L}).{0,200}[:：]\s*$/u,
  // Gmail in Russian or Japanese has no verb and ends with the address: "вт, 3 мар. 2026 г. в 16:12, Ms. Rivera <…>:".
  /^.{0,200}@[^\s<>]+>\)?\s*[:：]\s*$/u,
];

/** A date or an address tells an attribution from a sentence such as "Here is what he wrote:". */
const HEADER_EVIDENCE = /[\d@]/;

/** Gmail and html-to-text wrap a long attribution: its first line opens with a date ("On Tue, Mar 3, …") or leaves an address open at "<". */
const WRAPPED_START = /^(?:On|El|Le|Em|Am|Vào|في)\s|<[^>]*$/u;

/** A line that ends a sentence is text, not the first half of a wrapped attribution. */
const SENTENCE_END = /[.!?]$/;

/** Right-to-left apps wrap names and addresses in invisible direction marks, which would hide where a header ends. */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Outlook's and Gmail's line above the message replied to or forwarded. */
const SEPARATOR =
  /^-{2,}\s*(?:Original Message|Mensaje original|Message d'origine|Mensagem original|Ursprüngliche Nachricht|Forwarded message|Mensaje reenviado|Message transféré|Mensagem encaminhada|Weitergeleitete Nachricht)\s*-{2,}$/iu;

/** Apple Mail's line above a forwarded message. */
const APPLE_FORWARD =
  /^(?:Begin forwarded message|Inicio del mensaje reenviado|Début du message réexpédié|Início da mensagem reencaminhada|Anfang der weitergeleiteten Nachricht)\s*:$/iu;

/** Outlook's rule above its header block: underscores in plain text, an <hr> that html-to-text draws in dashes. */
const RULE = /^(?:_{10,}|-{10,})$/;

/** The fields of Outlook's header block (Gmail's for a forward), English first; "*From:*" where bold became asterisks. */
const FROM_FIELD = field('From|De|Von|Từ|От|Від');
const DATE_FIELD = field(
  'Sent|Date|Enviado|Enviada em|Fecha|Envoyé|Gesendet|Datum|Đã gửi|Ngày|Отправлено|Дата|Надіслано',
);
const TO_FIELD = field('To|Subject|Para|Asunto|Assunto|À|Objet|An|Betreff|Đến|Chủ đề|Кому|Тема');

/** The line a mail app adds under what was typed on a phone, loose about the device ("Sent from my Galaxy"). */
const MOBILE_FOOTERS = [
  /^sent (?:from|with|via) (?:my|the|yahoo|outlook|aol|proton|mail for)\b/i, // English, and Yahoo's "Sent from Yahoo Mail on Android"
  /^(?:get|obtener|obtenez|télécharger|obter|baixe) outlook (?:for|para|pour)\b/i, // Outlook for iOS and Android
  /^enviado desde (?:mi|yahoo|outlook)\b/i, // Spanish
  /^envoyé (?:de|depuis) (?:mon|ma|yahoo|outlook)\b/i, // French
  /^enviad[oa] (?:do|de|pelo) (?:meu|minha|yahoo|outlook)\b/i, // Portuguese
  /^von meinem .+ gesendet/i, // German
  /^được gửi từ/iu, // Vietnamese
  /^(?:отправлено|надіслано) (?:с|з|из)\s/iu, // Russian, Ukrainian
  /^从我的.+发送$|에서 보냄$|から送信$|^أرسلت من/u, // Chinese, Korean, Japanese, Arabic
];

/** The new text of an email reply: quoted history, forwarded headers and signatures removed, trimmed. Empty when nothing new was written. */
export function replyText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  // What was written comes in pieces around the quoted history: above it, and below it when the
  // reply is bottom-posted (or answers between the quoted lines).
  const pieces: string[][] = [];
  let piece: string[] = [];
  const endPiece = () => {
    pieces.push(piece);
    piece = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (SIGNATURE.test(line) || historyStartsAt(lines, i)) break;
    if (QUOTED.test(line)) {
      endPiece();
      continue;
    }
    const header = attributionAt(lines, i);
    if (header > 0) {
      endPiece();
      i += header - 1;
      // History that is not marked with ">" cannot be told apart from anything written after it.
      if (!QUOTED.test(lines[nextNonBlank(lines, i + 1)] ?? '')) break;
      continue;
    }
    piece.push(line);
  }
  endPiece();
  return pieces
    .map((written) => withoutFooter(written).join('\n').trim())
    .filter((written) => written !== '')
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** How many lines the attribution at line `i` takes (two when wrapped), or 0 when there is none. */
function attributionAt(lines: string[], i: number): number {
  const first = lines[i] ?? '';
  const wrapped = WRAPPED_START.test(first) && HEADER_EVIDENCE.test(first) && !SENTENCE_END.test(first);
  for (const length of wrapped ? [1, 2] : [1]) {
    const header = lines
      .slice(i, i + length)
      .join(' ')
      .replace(BIDI_MARKS, '');
    const quoteFollows = QUOTED.test(lines[nextNonBlank(lines, i + length)] ?? '');
    if (ATTRIBUTIONS.some((pattern) => pattern.test(header)) && (HEADER_EVIDENCE.test(header) || quoteFollows)) {
      return length;
    }
  }
  return 0;
}

/** Whether unmarked history (Outlook's, or a forward) starts at line `i`: everything from there on is old. */
function historyStartsAt(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (SEPARATOR.test(line) || APPLE_FORWARD.test(line) || outlookHeaderAt(lines, i)) return true;
  return RULE.test(line) && outlookHeaderAt(lines, nextNonBlank(lines, i + 1));
}

/** A "From:" line is a header only with the date and recipient or subject fields in the next few lines. */
function outlookHeaderAt(lines: string[], i: number): boolean {
  if (!FROM_FIELD.test(lines[i] ?? '')) return false;
  const next = lines.slice(i + 1, i + 5);
  return next.some((line) => DATE_FIELD.test(line)) && next.some((line) => TO_FIELD.test(line));
}

function nextNonBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i] === '') i++;
  return i;
}

/** The written lines without the app's footers below them, which only ever come last. */
function withoutFooter(written: string[]): string[] {
  const kept = [...written];
  for (let last = kept.at(-1); last !== undefined; last = kept.at(-1)) {
    const trimmed = last.trim();
    if (trimmed !== '' && !MOBILE_FOOTERS.some((footer) => footer.test(trimmed))) break;
    kept.pop();
  }
  return kept;
}

function field(names: string): RegExp {
  return new RegExp(`^\\*?(?:${names})\\s*:`, 'iu');
}
