import { describe, expect, it } from 'vitest';
import { replyText } from './mail-reply.js';

const mail = (...lines: string[]) => lines.join('\n');

describe('the new text of an email reply', () => {
  it('cuts Gmail’s history, whose attribution wraps over two lines', () => {
    const body = mail(
      'Yes, Sofia can stay for reading club on Thursday. I’ll pick her up at 4:30.',
      '',
      'Thanks,',
      'Ana',
      '',
      'On Tue, Mar 3, 2026 at 4:12 PM Riverside Elementary <',
      'reply+t1a2b3@riverside.example> wrote:',
      '',
      '> Ms. Rivera wrote in Grade 2 – Room 14:',
      '>',
      '> Can Sofia stay after school on Thursday for reading club?',
      '>',
      '> Reply to this email to answer, or open the conversation:',
      '> https://riverside.example/c/abc123',
      '',
    );
    expect(replyText(body)).toBe(
      'Yes, Sofia can stay for reading club on Thursday. I’ll pick her up at 4:30.\n\nThanks,\nAna',
    );
  });

  it('cuts Gmail’s history in Spanish, with the verb wrapped onto its own line', () => {
    const body = mail(
      'Sí, puede quedarse. La recojo a las 4:30.',
      '',
      'Gracias,',
      'Ana',
      '',
      'El mar, 3 mar 2026 a las 16:12, Ms. Rivera (<reply+t1a2b3@riverside.example>)',
      'escribió:',
      '',
      '> ¿Puede Sofia quedarse después de clases el jueves para el club de lectura?',
      '',
    );
    expect(replyText(body)).toBe('Sí, puede quedarse. La recojo a las 4:30.\n\nGracias,\nAna');
  });

  it('cuts Apple Mail’s history, whose attribution is quoted too', () => {
    const body = mail(
      'That works, thank you!',
      '',
      'Ana',
      '',
      '> On Mar 3, 2026, at 4:12 PM, Ms. Rivera <reply+t1a2b3@riverside.example> wrote:',
      '> ',
      '> Can Sofia stay after school on Thursday for reading club?',
      '> ',
    );
    expect(replyText(body)).toBe('That works, thank you!\n\nAna');
  });

  it.each([
    [
      'Vietnamese',
      'Vâng, cháu sẽ ở lại.',
      'Vào Th 3, 3 thg 3, 2026 vào lúc 16:12 Ms. Rivera <reply+t1@riverside.example> đã viết:',
    ],
    [
      'Portuguese',
      'Sim, ela pode ficar.',
      'Em ter., 3 de mar. de 2026 às 16:12, Ms. Rivera <reply+t1@riverside.example> escreveu:',
    ],
    [
      'French',
      'Oui, elle peut rester.',
      'Le mar. 3 mars 2026 à 16:12, Ms. Rivera <reply+t1@riverside.example> a écrit :',
    ],
    ['German (Thunderbird)', 'Ja, sie kann bleiben.', 'Am 03.03.26 um 16:12 schrieb Ms. Rivera:'],
    [
      'Russian',
      'Да, она может остаться.',
      '3 марта 2026 г., в 16:12, Ms. Rivera <reply+t1@riverside.example> написал(а):',
    ],
    [
      'Russian (Gmail)',
      'Да, она может остаться.',
      'вт, 3 мар. 2026 г. в 16:12, Ms. Rivera <reply+t1@riverside.example>:',
    ],
    [
      'Ukrainian',
      'Так, вона може залишитися.',
      '3 бер. 2026 р. о 16:12 Ms. Rivera <reply+t1@riverside.example> писав(ла):',
    ],
    ['Chinese', '可以，她可以留下。', 'Ms. Rivera <reply+t1@riverside.example> 于2026年3月3日周二 16:12写道：'],
    ['Arabic', 'نعم، يمكنها البقاء.', 'في 3/3/26 4:12 م، Ms. Rivera كتب:'],
    [
      'Arabic (direction marks)',
      'نعم، يمكنها البقاء.',
      '\u202bفي الثلاثاء، 3 مارس 2026 في 4:12 م تمت كتابة ما يلي بواسطة \u202aMs. Rivera\u202c\u200f <\u202areply+t1@riverside.example\u202c\u200f>:\u202c',
    ],
    [
      'Korean',
      '네, 남아도 됩니다.',
      '2026년 3월 3일 (화) 오후 4:12, Ms. Rivera <reply+t1@riverside.example>님이 작성:',
    ],
    ['Japanese', 'はい、残れます。', '2026/03/03 16:12、Ms. Rivera <reply+t1@riverside.example>が書きました:'],
  ])('cuts the history under a %s attribution', (_language, reply, attribution) => {
    const body = mail(reply, '', attribution, '', '> Can Sofia stay after school on Thursday?', '');
    expect(replyText(body)).toBe(reply);
  });

  it('cuts Outlook’s "Original Message" and the unmarked history under it', () => {
    const body = mail(
      'Hello Ms. Rivera,',
      '',
      'Yes, we signed the permission slip. Diego will bring it tomorrow.',
      '',
      'Regards,',
      'Maria Lopez',
      '',
      '-----Original Message-----',
      'From: Riverside Elementary <reply+t9x8y7@riverside.example>',
      'Sent: Tuesday, March 3, 2026 4:12 PM',
      'To: Maria Lopez <maria.lopez@example.com>',
      'Subject: Field trip permission slip',
      '',
      'Please sign and return the permission slip for the zoo trip by Friday.',
    );
    expect(replyText(body)).toBe(
      'Hello Ms. Rivera,\n\nYes, we signed the permission slip. Diego will bring it tomorrow.\n\nRegards,\nMaria Lopez',
    );
  });

  it('cuts "-----Mensaje original-----" and its Spanish fields', () => {
    const body = mail(
      'Sí, firmamos el permiso.',
      '',
      '-----Mensaje original-----',
      'Please sign and return the permission slip for the zoo trip by Friday.',
    );
    expect(replyText(body)).toBe('Sí, firmamos el permiso.');
  });

  it('cuts Outlook’s From/Sent/To/Subject block', () => {
    const body = mail(
      'Thursday works for us.',
      '',
      'Maria',
      '',
      'From: Riverside Elementary <reply+t9x8y7@riverside.example>',
      'Sent: Tuesday, March 3, 2026 4:12 PM',
      'To: Maria Lopez <maria.lopez@example.com>',
      'Subject: Parent-teacher conference',
      '',
      'Which day works for your conference, Tuesday or Thursday?',
    );
    expect(replyText(body)).toBe('Thursday works for us.\n\nMaria');
  });

  it('cuts the rule of underscores above Outlook’s block, in Spanish', () => {
    const body = mail(
      'El jueves nos queda bien.',
      '',
      'Maria',
      '',
      '________________________________',
      'De: Riverside Elementary <reply+t9x8y7@riverside.example>',
      'Enviado: martes, 3 de marzo de 2026 16:12',
      'Para: Maria Lopez <maria.lopez@example.com>',
      'Asunto: Conferencia de padres',
      '',
      '¿Qué día le queda mejor para la conferencia?',
    );
    expect(replyText(body)).toBe('El jueves nos queda bien.\n\nMaria');
  });

  it('keeps a "From:" line that no date and recipient follow', () => {
    const body = mail('From: Diego’s grandmother', 'She will pick him up today at 3.');
    expect(replyText(body)).toBe('From: Diego’s grandmother\nShe will pick him up today at 3.');
  });

  it('cuts a forwarded message', () => {
    const body = mail(
      'See below, this is the form I sent last week.',
      '',
      '---------- Forwarded message ---------',
      'From: Maria Lopez <maria.lopez@example.com>',
      'Date: Tue, Feb 24, 2026 at 9:03 AM',
      'Subject: Allergy form',
      'To: <nurse@riverside.example>',
    );
    expect(replyText(body)).toBe('See below, this is the form I sent last week.');
  });

  it('cuts Apple Mail’s forwarded message', () => {
    const body = mail(
      'Forwarding the doctor’s note for Diego.',
      '',
      'Begin forwarded message:',
      '',
      'From: Lakeside Pediatrics <frontdesk@lakeside.example>',
      'Subject: Note for school',
      '',
      'Diego may return to school on Wednesday.',
    );
    expect(replyText(body)).toBe('Forwarding the doctor’s note for Diego.');
  });

  it('cuts everything under an attribution whose history is not marked with ">"', () => {
    // Some Android mail apps quote the message as plain lines under the attribution.
    const body = mail(
      'Yes, see you then.',
      '',
      'On Mar 3, 2026 4:12 PM, Ms. Rivera <reply+t1a2b3@riverside.example> wrote:',
      '',
      'Can Sofia stay after school on Thursday for reading club?',
      '',
      'Ms. Rivera',
    );
    expect(replyText(body)).toBe('Yes, see you then.');
  });

  it('drops Outlook mobile’s footer above its header block', () => {
    const body = mail(
      'On our way, 10 minutes late.',
      '',
      'Get Outlook for iOS<https://aka.ms/o0ukef>',
      '________________________________',
      'From: Riverside Elementary <reply+t9x8y7@riverside.example>',
      'Sent: Tuesday, March 3, 2026 4:12:33 PM',
      'To: Maria Lopez <maria.lopez@example.com>',
      'Subject: Pick-up today',
      '',
      'Pick-up is at 3:15 today.',
    );
    expect(replyText(body)).toBe('On our way, 10 minutes late.');
  });

  it('drops the iPhone footer in French', () => {
    const body = mail(
      'Oui, c’est parfait. Merci !',
      '',
      'Envoyé de mon iPhone',
      '',
      '> Le 3 mars 2026 à 16:12, Ms. Rivera <reply+t1a2b3@riverside.example> a écrit :',
      '> ',
      '> Sofia peut-elle rester jeudi pour le club de lecture ?',
    );
    expect(replyText(body)).toBe('Oui, c’est parfait. Merci !');
  });

  it('drops footers in the other languages, with any device', () => {
    for (const footer of [
      'Sent from my iPhone',
      'Sent from my Samsung Galaxy smartphone.',
      'Sent from Yahoo Mail on Android',
      'Get Outlook for Android',
      'Enviado desde mi iPhone',
      'Enviado do meu iPhone',
      'Von meinem iPhone gesendet',
    ]) {
      expect(replyText(`Thank you!\n\n${footer}\n`)).toBe('Thank you!');
    }
  });

  it('keeps a line like a footer when more was written after it', () => {
    const body = mail('Sent from my iPhone, the photos did not upload.', 'Can I send them again tomorrow?');
    expect(replyText(body)).toBe('Sent from my iPhone, the photos did not upload.\nCan I send them again tomorrow?');
  });

  it('keeps a bottom-posted reply, written under the quote', () => {
    const body = mail(
      'On 3/3/26 4:12 PM, Ms. Rivera wrote:',
      '> Can Sofia stay after school on Thursday for reading club?',
      '',
      'Yes, she can. I’ll pick her up at 4:30.',
      '',
      'Ana',
    );
    expect(replyText(body)).toBe('Yes, she can. I’ll pick her up at 4:30.\n\nAna');
  });

  it('joins text written above the quote, below it and between its lines', () => {
    const body = mail(
      'Answers below.',
      '',
      'On Tue, Mar 3, 2026 at 4:12 PM Ms. Rivera <reply+t1a2b3@riverside.example> wrote:',
      '> Can Sofia stay on Thursday?',
      '',
      'Yes.',
      '',
      '> Can she bring a snack?',
      'Of course.',
    );
    expect(replyText(body)).toBe('Answers below.\n\nYes.\n\nOf course.');
  });

  it('reads the text mailparser derives from an HTML-only Gmail reply', () => {
    // simpleParser's `text` for <div>…</div><div class="gmail_quote">…<blockquote>…</blockquote>.
    const body =
      'Yes, Sofia can stay for the reading club on Thursday.\n\n\nThank you!\nAna\n\nOn Tue, Mar 3, 2026 at 4:12 PM Ms. Rivera <reply+t1a2b3@riverside.example\n[reply+t1a2b3@riverside.example]> wrote:\n\n> Can Sofia stay after school on Thursday for reading club?\n> \n> \n> Ms. Rivera';
    expect(replyText(body)).toBe('Yes, Sofia can stay for the reading club on Thursday.\n\nThank you!\nAna');
  });

  it('reads the text mailparser derives from an HTML-only Outlook reply, its <hr> drawn in dashes', () => {
    // simpleParser's `text` for Outlook for Android's HTML: the signature div, <hr>, #divRplyFwdMsg.
    const body = `Si, puede quedarse.\nGracias,\nMaria\n\n\nObtener Outlook para Android [https://aka.ms/AAb9ysg]\n\n${'-'.repeat(80)}\n\nDe: Ms. Rivera <reply+t1@riverside.example>\nEnviado: martes, 3 de marzo de 2026 16:12\nPara: Maria Lopez <maria@example.com>\nAsunto: Club de lectura\n \nCan Sofia stay?`;
    expect(replyText(body)).toBe('Si, puede quedarse.\nGracias,\nMaria');
  });

  it('is empty for a reply that is only the quote, or only a footer and the quote', () => {
    const quote = mail(
      '> On Mar 3, 2026, at 4:12 PM, Ms. Rivera <reply+t1a2b3@riverside.example> wrote:',
      '> ',
      '> Can Sofia stay after school on Thursday?',
    );
    expect(replyText(quote)).toBe('');
    expect(replyText(`Sent from my iPhone\n\n${quote}`)).toBe('');
    expect(replyText(' \n\n')).toBe('');
  });

  it('keeps a paragraph that says "wrote:" in the middle of a line', () => {
    const body = mail(
      'Dear Ms. Rivera,',
      '',
      'On Monday my son wrote: a poem about the 3 little pigs, and he would love to read it to the class.',
      '',
      'Is Friday a good day?',
    );
    expect(replyText(body)).toBe(
      'Dear Ms. Rivera,\n\nOn Monday my son wrote: a poem about the 3 little pigs, and he would love to read it to the class.\n\nIs Friday a good day?',
    );
  });

  it('keeps a line ending in "wrote:" with no date, address or quote to make it a header', () => {
    const body = mail(
      'Diego’s homework is below. Here is what he wrote:',
      '',
      'The rain falls on the school roof and the garden drinks.',
    );
    expect(replyText(body)).toBe(
      'Diego’s homework is below. Here is what he wrote:\n\nThe rain falls on the school roof and the garden drinks.',
    );
  });

  it('keeps a sentence just above an attribution, not taking it for the attribution’s first half', () => {
    const body = mail(
      'On Friday at 3 works for us.',
      'On Tue, Mar 3, 2026 at 4:12 PM Ms. Rivera <reply+t1a2b3@riverside.example> wrote:',
      '> Which day works for you?',
    );
    expect(replyText(body)).toBe('On Friday at 3 works for us.');
  });

  it('cuts the signature under "-- ", or "--"', () => {
    const body = mail('We’ll be there at 6.', '', '-- ', 'Maria Lopez', 'Diego’s mom · (555) 010-2233');
    expect(replyText(body)).toBe('We’ll be there at 6.');
    expect(replyText(body.replace('-- ', '--'))).toBe('We’ll be there at 6.');
  });

  it('reads CRLF and CR line endings', () => {
    const lines = [
      'Yes, that works.',
      '',
      'Ana',
      '',
      'On Tue, Mar 3, 2026 at 4:12 PM Ms. Rivera <reply+t1a2b3@riverside.example> wrote:',
      '',
      '> Can Sofia stay on Thursday?',
      '',
    ];
    expect(replyText(lines.join('\r\n'))).toBe('Yes, that works.\n\nAna');
    expect(replyText(lines.join('\r'))).toBe('Yes, that works.\n\nAna');
  });

  it('keeps the paragraphs of a longer reply, with runs of blank lines and trailing spaces tidied', () => {
    const body = mail(
      'Hi Ms. Rivera,   ',
      '',
      'Diego was sick yesterday, so he missed the spelling test.',
      '',
      '',
      '',
      '',
      'Can he take it on Monday?\t',
      'He has been practicing every night.',
      '',
      'Thank you,',
      'Maria',
      '',
      'On Tue, Mar 3, 2026 at 4:12 PM Ms. Rivera <reply+t1a2b3@riverside.example> wrote:',
      '> The spelling test is on Friday.',
    );
    expect(replyText(body)).toBe(
      'Hi Ms. Rivera,\n\nDiego was sick yesterday, so he missed the spelling test.\n\nCan he take it on Monday?\nHe has been practicing every night.\n\nThank you,\nMaria',
    );
  });
});
