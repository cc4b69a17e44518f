// Replies by email: a mail to a notification's signed Reply-To becomes a message in its thread,
// from the person it was sent to. It arrives by the reply listener (SMTP, on
// TANDEM_INBOUND_SMTP_PORT) or by a mail provider's webhook (raw MIME); both end here. The
// signature must hold and the sender must be that person's address; the new text is what is
// left once quoted history and signatures are taken off. The same mail twice (its Message-ID)
// adds one message. Nothing is logged but ids and the reason of a refusal.
import { createHash } from 'node:crypto';
import { MESSAGE_MAX_LENGTH, problemTypes, type InboundReply } from '@tandem/contract';
import { and, eq } from 'drizzle-orm';
import { simpleParser, type AddressObject } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { loadActor } from './auth.js';
import { writeTransaction, type Db } from './db/database.js';
import { messages, notifications, people } from './db/schema.js';
import { describeError } from './log.js';
import { replyText } from './mail-reply.js';
import type { NotificationQueue } from './notifications.js';
import { ApiError } from './problem.js';
import { readReplyAddress } from './reply-address.js';
import { postMessage } from './routes/messages.js';
import type { Translators } from './translator.js';

export interface InboundMailDeps {
  db: Db;
  clock: () => Date;
  reply: { secret: Uint8Array; domain: string };
  translators: Translators;
  notifications: NotificationQueue | null;
}

/** Why a reply cannot go into a thread. */
export type RefusalReason = 'not_ours' | 'signature' | 'gone' | 'sender' | 'empty' | 'too_long';

const REFUSALS: Record<RefusalReason, string> = {
  not_ours: 'The mail is not addressed to a reply address of this server.',
  signature: 'The reply address is not valid (it was changed or cut). Reply to the notification itself.',
  gone: 'This conversation can no longer be answered from here. Open it on the school website.',
  sender: 'Replies are taken only from the address the notification was sent to.',
  empty: 'The reply has no new text (only quoted history or a signature).',
  too_long: `The reply is longer than ${MESSAGE_MAX_LENGTH} characters. Please shorten it, or write on the school website.`,
};

export class ReplyRefused extends ApiError {
  constructor(readonly reason: RefusalReason) {
    super(422, problemTypes.replyRefused, 'Reply refused', REFUSALS[reason], [
      { path: 'reply', code: reason, message: REFUSALS[reason] },
    ]);
    this.name = 'ReplyRefused';
  }
}

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) =>
    group.value.flatMap((entry) => (entry.address ? [entry.address] : [])),
  );

/** Which notification an envelope or header recipient answers; throws when it is ours but forged. */
export function notificationAddressed(deps: Pick<InboundMailDeps, 'reply'>, recipients: string[]): string {
  let forged = false;
  for (const recipient of recipients) {
    const read = readReplyAddress(deps.reply.secret, deps.reply.domain, recipient);
    if (read.kind === 'reply') return read.notificationId;
    if (read.kind === 'forged') forged = true;
  }
  throw new ReplyRefused(forged ? 'signature' : 'not_ours');
}

const digest = (text: string | Buffer) => createHash('sha256').update(text).digest('base64url');

/** Takes one reply (raw MIME); the message it became, or a ReplyRefused saying why not. */
export async function acceptReply(
  deps: InboundMailDeps,
  raw: Buffer,
  envelope: { to: string[] } = { to: [] },
): Promise<InboundReply> {
  const mail = await simpleParser(raw);
  const notificationId = notificationAddressed(deps, [...envelope.to, ...addresses(mail.to), ...addresses(mail.cc)]);
  const body = replyText(mail.text ?? '');
  // The same mail, however it arrives again (a retrying server, the webhook and the listener both).
  const clientMessageId = `mail:${digest(mail.messageId ?? raw)}`;
  return writeTransaction(
    deps.db,
    async (tx, afterCommit) => {
      const [found] = await tx
        .select({ notification: notifications, person: people })
        .from(notifications)
        .innerJoin(people, eq(people.id, notifications.recipientId))
        .where(eq(notifications.id, notificationId));
      const threadId = found?.notification.threadId;
      if (!found || !threadId) throw new ReplyRefused('gone');
      const { person } = found;
      const from = addresses(mail.from)[0]?.toLowerCase();
      if (!from || !person.email || from !== person.email.trim().toLowerCase()) throw new ReplyRefused('sender');
      const [earlier] = await tx
        .select({ id: messages.id, threadId: messages.threadId })
        .from(messages)
        .where(and(eq(messages.senderId, person.id), eq(messages.clientMessageId, clientMessageId)));
      if (earlier) return { outcome: 'duplicate' as const, messageId: earlier.id, threadId: earlier.threadId };
      if (!body) throw new ReplyRefused('empty');
      if (body.length > MESSAGE_MAX_LENGTH) throw new ReplyRefused('too_long');
      const actor = await loadActor(tx, { personId: person.id, tenantId: person.tenantId }).catch(() => {
        throw new ReplyRefused('gone');
      });
      const message = await postMessage(
        {
          db: tx,
          now: deps.clock(),
          requestId: undefined,
          afterCommit,
          translators: deps.translators,
          notifications: deps.notifications,
        },
        actor,
        { threadId, body, clientMessageId, via: 'email' },
      ).catch((error: unknown) => {
        // No longer in the thread, or no longer the student's guardian or educator.
        if (error instanceof ApiError && error.status === 404) throw new ReplyRefused('gone');
        throw error;
      });
      return { outcome: 'posted' as const, messageId: message.id, threadId: message.threadId };
    },
    `reply ${notificationId}`,
  );
}

export interface ReplyListener {
  port: number;
  close(): Promise<void>;
}

/** Mails larger than this are refused at the door (a reply is text; attachments are not kept). */
const MAX_MAIL_BYTES = 10 * 1024 * 1024;

/**
 * The SMTP listener for replies (TANDEM_INBOUND_SMTP_PORT), for the district's mail exchanger
 * to hand replies to: a recipient that is not a valid reply address is refused at RCPT, a
 * refused reply with 550 and the reason (the sender's server tells the sender), and a failure
 * of ours with 451 (the sender's server tries again later: nothing lost).
 */
export async function startReplyListener(
  deps: InboundMailDeps,
  options: { port: number; host: string; log: (line: string) => void; closeTimeoutMs?: number },
): Promise<ReplyListener> {
  // Replies being written and answered (never rejects): close() waits for them too. The library's
  // close waits for open sessions only, not for a reply whose sender hung up while it was written.
  const accepting = new Set<Promise<void>>();
  const server = new SMTPServer({
    // How long close() lets sessions under way finish before it ends them (the sender retries).
    closeTimeout: Math.max(1, options.closeTimeoutMs ?? 30_000),
    authOptional: true, // mail exchangers deliver without logging in
    disabledCommands: ['AUTH', 'STARTTLS'], // TLS ends at the district's mail exchanger in front
    size: MAX_MAIL_BYTES,
    banner: 'Tandem replies',
    onRcptTo(address, _session, callback) {
      try {
        notificationAddressed(deps, [address.address]);
        callback();
      } catch (error) {
        callback(smtpError((error instanceof ReplyRefused && error.detail) || 'No such recipient', 550));
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(smtpError('The reply is too large.', 552));
          return;
        }
        const to = session.envelope.rcptTo.map((r) => r.address);
        const answered = acceptReply(deps, Buffer.concat(chunks), { to }).then(
          (reply) => {
            options.log(`reply by email ${reply.outcome}: message ${reply.messageId} in ${reply.threadId}`);
            callback();
          },
          (error: unknown) => {
            if (error instanceof ReplyRefused) {
              options.log(`reply by email refused: ${error.reason}`);
              callback(smtpError(error.detail ?? error.title, 550));
            } else {
              options.log(`reply by email failed, the sender will retry: ${describeError(error)}`);
              callback(smtpError('Temporary failure; please try again later.', 451));
            }
          },
        );
        accepting.add(answered);
        void answered.finally(() => accepting.delete(answered));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => options.log(`reply listener error: ${describeError(error)}`));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => server.close(() => resolve()))
        .then(() => Promise.all([...accepting]))
        .then(() => undefined),
  };
}

function smtpError(message: string, responseCode: number): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode });
}
