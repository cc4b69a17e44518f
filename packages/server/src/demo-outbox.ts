// Demo mode's stand-ins for the providers, and the page that shows what they received: an
// in-process SMTP sink (unless TANDEM_SMTP_URL points at a real server), the Twilio-style SMS
// stub (unless TANDEM_SMS_* are set) and a local push service. `/demo/outbox` shows what each
// person would have received — the mails rendered, the texts as a phone shows them, the pushes
// as the browser does — with a form to answer as that person, which goes back through the
// real reply paths (SMTP to the reply listener, the signed SMS webhook).
import { eq, isNotNull, like, or } from 'drizzle-orm';
import type { Hono } from 'hono';
import { createTransport } from 'nodemailer';
import type { ServerConfig } from './config.js';
import type { Db } from './db/database.js';
import { people, pushSubscriptions } from './db/schema.js';
import { newId } from './ids.js';
import { escapeHtml as escape } from './notifications.js';
import { startPushStub, type PushStub } from './push-stub.js';
import { startSmsStub, type SmsStub } from './sms-stub.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

export interface DemoOutbox {
  smtp: SmtpSink | null;
  sms: SmsStub | null;
  push: PushStub;
  /** Texts the server sent back to a number (TwiML answers), as the phone shows them. */
  answers: { to: string; body: string; at: Date }[];
  /** Texts a family sent, for the phone's thread. */
  sent: { from: string; body: string; at: Date }[];
  /** Filled once the server listens. */
  server: { url: string; replyPort: number | null } | null;
  close(): Promise<void>;
}

/** The demo's providers, and the configuration that points at them (real ones win where configured). */
export async function startDemoOutbox(config: ServerConfig): Promise<{ config: ServerConfig; outbox: DemoOutbox }> {
  const smtp = config.mail ? null : await startSmtpSink({ keep: 500 });
  const sms = config.sms ? null : await startSmsStub();
  const demoFrom = 'Riverside Schools (demo) <no-reply@riverside.example.org>';
  const push = await startPushStub(config.push ? { vapidPublicKey: config.push.publicKey } : {});
  const outbox: DemoOutbox = {
    smtp,
    sms,
    push,
    answers: [],
    sent: [],
    server: null,
    close: async () => {
      await Promise.all([smtp?.close(), sms?.close(), push.close()]);
    },
  };
  return {
    outbox,
    config: {
      ...config,
      mail: config.mail ?? (smtp && { smtpUrl: smtp.url, from: demoFrom }),
      sms: config.sms ?? sms?.config ?? null,
      // The loop in a minute, not half an hour (TANDEM_NOTIFY_AFTER_SECONDS still wins).
      notifyAfterSeconds: process.env.TANDEM_NOTIFY_AFTER_SECONDS ? config.notifyAfterSeconds : 60,
      inboundSmtpPort: config.inboundSmtpPort ?? 0,
    },
  };
}

/** The demo's browser: a push subscription for every person whose channel is push (an earlier run's replaced). */
export async function subscribeDemoBrowsers(db: Db, outbox: DemoOutbox, now: Date): Promise<void> {
  await db.delete(pushSubscriptions).where(like(pushSubscriptions.endpoint, 'http://127.0.0.1:%'));
  const pushers = await db.select({ id: people.id }).from(people).where(eq(people.contactChannel, 'push'));
  for (const person of pushers) {
    const { subscription } = outbox.push.subscribe();
    await db.insert(pushSubscriptions).values({
      id: newId('psub'),
      personId: person.id,
      endpoint: subscription.endpoint,
      p256dh: subscription.keys.p256dh,
      auth: subscription.keys.auth,
      createdAt: now,
    });
  }
}

const OUTBOX_CSP =
  "default-src 'none'; style-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";
/** A mail's own HTML, shown as sent: its inline styles, nothing that runs, nothing fetched. */
const MAIL_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

const CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
.person{border:1px solid #d0d7de;border-radius:8px;padding:1rem;margin:1rem 0}
.mail{border-top:1px solid #d0d7de;padding-top:.75rem;margin-top:.75rem}
.mail iframe{width:100%;height:22rem;border:1px solid #d0d7de;border-radius:6px;background:#fff}
.phone{max-width:22rem;background:#f6f8fa;border-radius:16px;padding:.75rem;display:flex;flex-direction:column;gap:.4rem}
.bubble{padding:.5rem .75rem;border-radius:14px;max-width:85%;white-space:pre-wrap;overflow-wrap:anywhere}
.in{background:#e7e9ec;align-self:flex-start}.out{background:#0b5cad;color:#fff;align-self:flex-end}
.push{background:#fff;border:1px solid #d0d7de;border-radius:10px;padding:.5rem .75rem;max-width:24rem}
textarea{width:100%;min-height:4rem;font:inherit}button{font:inherit;padding:.4rem 1rem;margin-top:.25rem}
.muted{color:#57606a;font-size:.875rem}`;

export function registerOutbox(app: Hono, db: Db, outbox: DemoOutbox): void {
  app.get('/demo/outbox/outbox.css', (c) => c.body(CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));

  app.get('/demo/outbox/mail/:index{[0-9]+}', (c) => {
    const item = outbox.smtp?.received[Number(c.req.param('index'))];
    if (!item) return c.notFound();
    const html = item.mail.html || `<pre>${escape(item.mail.text ?? '')}</pre>`;
    return c.body(html, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': MAIL_CSP });
  });

  app.get('/demo/outbox', async (c) => {
    const mails = outbox.smtp?.received ?? [];
    const texts = outbox.sms?.sent ?? [];
    const addresses = new Set([...mails.flatMap((m) => m.envelopeTo), ...texts.map((t) => t.to)]);
    // The demo district is small: everyone with an address or a number, to name them.
    const known = addresses.size
      ? await db
          .select({ id: people.id, name: people.displayName, email: people.email, phone: people.phone })
          .from(people)
          .where(or(isNotNull(people.email), isNotNull(people.phone)))
      : [];
    const digits = (p: string | null) => (p ?? '').replace(/\D/g, '');
    const nameOf = (address: string) =>
      known.find((p) => p.email === address || (p.phone && digits(p.phone) === digits(address)))?.name ?? address;
    const sections: string[] = [];
    for (const address of [...new Set(mails.flatMap((m) => m.envelopeTo))]) {
      const items = mails.map((m, index) => ({ m, index })).filter(({ m }) => m.envelopeTo.includes(address));
      sections.push(`<section class="person"><h2>${escape(nameOf(address))} <span class="muted">· email · ${escape(address)}</span></h2>
${items
  .map(({ m, index }) => {
    const replyTo = m.mail.replyTo?.value[0]?.address;
    return `<div class="mail"><p><strong>${escape(m.mail.subject ?? '')}</strong> <span class="muted">${escape(m.mail.date?.toISOString() ?? '')}</span></p>
<iframe title="${escape(m.mail.subject ?? 'mail')}" sandbox src="/demo/outbox/mail/${index}"></iframe>
${
  replyTo
    ? `<form method="post" action="/demo/outbox/reply"><input type="hidden" name="mail" value="${index}"><label>Reply as ${escape(nameOf(address))}<textarea name="text" required></textarea></label><button>Send the reply by email</button></form>`
    : ''
}</div>`;
  })
  .join('\n')}</section>`);
    }
    for (const number of [...new Set([...texts.map((t) => t.to), ...outbox.sent.map((t) => t.from)])]) {
      const thread = [
        ...texts.filter((t) => t.to === number).map((t) => ({ out: false, body: t.body, at: t.at })),
        ...outbox.answers.filter((a) => a.to === number).map((a) => ({ out: false, body: a.body, at: a.at })),
        ...outbox.sent.filter((s) => s.from === number).map((s) => ({ out: true, body: s.body, at: s.at })),
      ].sort((a, b) => a.at.getTime() - b.at.getTime());
      sections.push(`<section class="person"><h2>${escape(nameOf(number))} <span class="muted">· text · ${escape(number)}</span></h2>
<div class="phone">${thread.map((b) => `<div class="bubble ${b.out ? 'out' : 'in'}">${escape(b.body)}</div>`).join('')}</div>
<form method="post" action="/demo/outbox/text"><input type="hidden" name="from" value="${escape(number)}"><label>Text as ${escape(nameOf(number))} (try STOP, START or HELP)<textarea name="text" required></textarea></label><button>Send the text</button></form></section>`);
    }
    if (outbox.push.received.length) {
      sections.push(`<section class="person"><h2>Push notifications <span class="muted">· decrypted by the local push service</span></h2>
${outbox.push.received
  .map((p) => {
    const payload = p.payload as { title?: string; body?: string; url?: string };
    return `<div class="push"><strong>${escape(payload.title ?? '')}</strong><div>${escape(payload.body ?? '')}</div><div class="muted">${escape(payload.url ?? '')}</div></div>`;
  })
  .join('\n')}</section>`);
    }
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Demo outbox · Tandem</title><link rel="stylesheet" href="/demo/outbox/outbox.css"></head><body>
<h1>What each person would have received</h1>
<p class="muted">Nothing here left this machine: mail went to the demo's own SMTP server, texts to a stand-in for the SMS provider, pushes to a local push service. A message left unread for a minute is sent on the reader's channel (outside their quiet hours). Reload to see new ones.</p>
${sections.length ? sections.join('\n') : '<p>Nothing sent yet. Write a message as a teacher on the <a href="/demo/">demo page</a> and leave it unread for a minute.</p>'}
</body></html>`;
    return c.body(page, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': OUTBOX_CSP });
  });

  app.post('/demo/outbox/reply', async (c) => {
    const form = await c.req.parseBody();
    const item = outbox.smtp?.received[Number(form.mail)];
    const replyTo = item?.mail.replyTo?.value[0]?.address;
    const port = outbox.server?.replyPort;
    const text = typeof form.text === 'string' ? form.text : '';
    if (!item || !replyTo || !port || !text.trim()) return c.redirect('/demo/outbox', 303);
    const from = item.envelopeTo[0] ?? '';
    // A reply as a mail client writes it: the new text over the quoted notification.
    const quoted = (item.mail.text ?? '')
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    await createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }).sendMail({
      from,
      to: replyTo,
      subject: `Re: ${item.mail.subject ?? ''}`,
      ...(item.mail.messageId ? { inReplyTo: item.mail.messageId, references: item.mail.messageId } : {}),
      text: `${text}\n\nOn ${item.mail.date?.toUTCString() ?? 'an earlier day'}, Riverside Schools wrote:\n${quoted}\n`,
    });
    return c.redirect('/demo/outbox', 303);
  });

  app.post('/demo/outbox/text', async (c) => {
    const form = await c.req.parseBody();
    const from = typeof form.from === 'string' ? form.from : '';
    const text = typeof form.text === 'string' ? form.text : '';
    if (!outbox.sms || !outbox.server || !from || !text.trim()) return c.redirect('/demo/outbox', 303);
    outbox.sent.push({ from, body: text, at: new Date() });
    const response = await outbox.sms.receive(`${outbox.server.url}/api/v1/inbound/sms`, from, text);
    const answer = /<Message>([\s\S]*)<\/Message>/.exec(await response.text())?.[1];
    if (answer) {
      const body = answer.replace(
        /&(lt|gt|quot|apos|amp);/g,
        (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? _,
      );
      outbox.answers.push({ to: from, body, at: new Date() });
    }
    return c.redirect('/demo/outbox', 303);
  });
}
