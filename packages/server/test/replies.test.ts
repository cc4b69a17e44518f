// Replies by email come back into the thread: a real mail client (nodemailer) answers the
// notification that a real SMTP server received, through the reply listener (SMTP) and the
// webhook (raw MIME); forged, foreign and empty replies are refused and add nothing.
import { createTransport } from 'nodemailer';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/db/database.js';
import { messages } from '../src/db/schema.js';
import { type SmtpSink } from '../src/smtp-sink.js';
import { backends, expectProblem, lockWaits } from './harness.js';
import { mailsTo, MINUTE, startThread, write, type Opened, type Rig, openDistrict } from './notify-rig.js';

// Hours of test time pass in these tests: each tick runs the queue's polls, slower on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const MAIL_TOKEN = 'inbound-mail-token-of-at-least-32-bytes';
const ANA = 'ana.torres@families.example';

/** A reply as Gmail writes one: the new text, the attribution line, the quoted notification. */
function replyFrom(from: string, to: string, text: string, messageId: string, inReplyTo?: string) {
  return {
    from: `Ana Torres <${from}>`,
    to,
    subject: 'Re: Mensaje de Ms. Rivera sobre Mateo',
    messageId,
    ...(inReplyTo ? { inReplyTo, references: inReplyTo } : {}),
    text: `${text}\n\nEl mar, 10 mar 2026 a las 10:31, Riverside Schools <no-reply@riverside.example> escribió:\n> Mateo leyó un capítulo entero hoy.\n>\n> Abrir la conversación: https://riverside.example/family?thread=x\n`,
  };
}

/** The raw MIME a mail client makes of it, for the webhook. */
async function raw(mail: ReturnType<typeof replyFrom>): Promise<Buffer> {
  const info = await createTransport({ streamTransport: true, buffer: true }).sendMail(mail);
  return info.message as Buffer;
}

describe.each(backends)('replies by email on $name', (backend) => {
  let database: Database;
  let smtp: SmtpSink;
  let rig: Rig;
  let opened: Opened;
  let threadId: string;
  let replyTo: string;
  let notificationMessageId: string;

  const threadMessages = () => database.db.select().from(messages).where(eq(messages.threadId, threadId));
  const webhook = (body: Buffer, token = MAIL_TOKEN) =>
    rig.api('POST', '/api/v1/inbound/mail', {
      rawBody: body,
      headers: { 'Content-Type': 'message/rfc822', Authorization: `Bearer ${token}` },
    });

  beforeAll(async () => {
    opened = await openDistrict(backend, { inboundSmtpPort: 0, inboundMailToken: MAIL_TOKEN });
    ({ database, smtp, rig } = opened);
    threadId = await startThread(rig, 'stu_n_mateo', ['per_n_ana'], 'Reading');
    await write(rig, threadId, 'per_n_rivera', 'Mateo read a whole chapter today.', [
      'es',
      'Mateo leyó un capítulo entero hoy.',
    ]);
    await rig.clock.tick(36 * MINUTE);
    await vi.waitFor(
      () => {
        if (!mailsTo(smtp, ANA).length) throw new Error('the notification has not arrived yet');
      },
      { timeout: 10_000 },
    );
    const { mail } = mailsTo(smtp, ANA)[0]!;
    replyTo = mail.replyTo!.value[0]!.address!;
    notificationMessageId = mail.messageId!;
  });
  afterAll(() => opened?.close());

  it('a reply through the SMTP listener becomes one message from her, without the quoted notification; the same mail again adds none', async () => {
    const listener = createTransport({
      host: '127.0.0.1',
      port: rig.server.replyPort!,
      secure: false,
      ignoreTLS: true,
    });
    const reply = replyFrom(
      ANA,
      replyTo,
      'Sí, el jueves a las 3 me queda bien.',
      '<reply-1@mail.families.example>',
      notificationMessageId,
    );
    await listener.sendMail(reply);
    const after = await threadMessages();
    expect(after.map((m) => [m.senderId, m.body, m.via])).toEqual([
      ['per_n_rivera', 'Mateo read a whole chapter today.', 'app'],
      ['per_n_ana', 'Sí, el jueves a las 3 me queda bien.', 'email'],
    ]);
    // Her language, from her profile.
    expect(after[1]!.language).toBe('es');

    // The same mail, by the webhook this time (a provider that retries, or both paths): nothing new.
    const again = await webhook(await raw(reply));
    expect(again.status).toBe(202);
    expect(again.json).toEqual({ outcome: 'duplicate', messageId: after[1]!.id, threadId });
    await listener.sendMail(reply);
    expect(await threadMessages()).toHaveLength(2);
    listener.close();
  });

  it('a reply by the webhook is posted once, and says so', async () => {
    const body = await raw(replyFrom(ANA, replyTo, 'Gracias, maestra.', '<reply-2@mail.families.example>'));
    const first = await webhook(body);
    expect(first.status).toBe(202);
    expect(first.json).toMatchObject({ outcome: 'posted', threadId });
    const again = await webhook(body);
    expect(again.json).toEqual({ outcome: 'duplicate', messageId: first.json.messageId, threadId });
    expect((await threadMessages()).filter((m) => m.body === 'Gracias, maestra.')).toHaveLength(1);
  });

  it('refuses a forged address, another sender, a reply with nothing new, and a wrong token, adding nothing', async () => {
    const before = (await threadMessages()).length;
    const [local, host] = replyTo.split('@') as [string, string];
    const forged = `${local.slice(0, -1)}${local.endsWith('a') ? 'b' : 'a'}@${host}`;

    const bySignature = await webhook(await raw(replyFrom(ANA, forged, 'Hola', '<f-1@x.example>')));
    expectProblem(bySignature, 422, 'urn:tandem:problem:reply-refused');
    expect(bySignature.json.errors).toEqual([expect.objectContaining({ path: 'reply', code: 'signature' })]);

    const bySender = await webhook(await raw(replyFrom('someone@else.example', replyTo, 'Hola', '<f-2@x.example>')));
    expectProblem(bySender, 422, 'urn:tandem:problem:reply-refused');
    expect(bySender.json.errors[0].code).toBe('sender');

    const onlyQuote = await webhook(await raw(replyFrom(ANA, replyTo, '', '<f-3@x.example>')));
    expectProblem(onlyQuote, 422, 'urn:tandem:problem:reply-refused');
    expect(onlyQuote.json.errors[0].code).toBe('empty');

    const notOurs = await webhook(await raw(replyFrom(ANA, 'principal@riverside.example', 'Hola', '<f-4@x.example>')));
    expect(notOurs.json.errors[0].code).toBe('not_ours');

    const wrongToken = await webhook(await raw(replyFrom(ANA, replyTo, 'Hola', '<f-5@x.example>')), 'x'.repeat(40));
    expectProblem(wrongToken, 401, 'urn:tandem:problem:unauthorized');

    // The listener refuses the forged recipient before taking the mail.
    const listener = createTransport({
      host: '127.0.0.1',
      port: rig.server.replyPort!,
      secure: false,
      ignoreTLS: true,
    });
    await expect(listener.sendMail(replyFrom(ANA, forged, 'Hola', '<f-6@x.example>'))).rejects.toMatchObject({
      responseCode: 550,
    });
    listener.close();
    expect(await threadMessages()).toHaveLength(before);
  });

  // Last: it stops the server. PostgreSQL only, where another connection can hold the reply's write.
  it.skipIf(backend.name !== 'postgres')(
    'a reply still being written when the server stops is answered once written, not cut off',
    async () => {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked = () => {};
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holding = database.db.transaction(async (tx) => {
        await tx.execute(sql`lock table messages in access exclusive mode`);
        locked();
        await released;
      });
      await isLocked;
      let stopped: Promise<void> | undefined;
      try {
        const listener = createTransport({
          host: '127.0.0.1',
          port: rig.server.replyPort!,
          secure: false,
          ignoreTLS: true,
        });
        const sent = listener.sendMail(
          replyFrom(ANA, replyTo, 'Nos vemos el jueves.', '<reply-stop@mail.families.example>'),
        );
        sent.catch(() => undefined); // awaited below
        // The reply's write waits on the lock: it is under way when the stop begins.
        await expect.poll(() => lockWaits((text) => database.db.execute(sql.raw(text)), messages)).toBe(1);
        stopped = rig.server.close();
        release();
        // 250: the reply was written before the listener closed, not cut off for the sender to send again.
        await expect(sent).resolves.toMatchObject({ response: expect.stringMatching(/^250 /) });
        listener.close();
      } finally {
        release(); // whatever failed, the lock goes and the stop can finish
        await holding;
        await stopped;
      }
    },
  );
});
