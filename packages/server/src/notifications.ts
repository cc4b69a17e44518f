// Telling people outside the page about messages they have not read: on their contact channel
// (email, text, web push), in their language, after a delay, outside their quiet hours, once
// per message, several messages of a thread in one notification.
//
// A message queues, in its own transaction, one pending notification per other participant
// who chose a channel (at most one pending per thread and person: later messages join it) and
// a durable job (pg-boss) due when the delay has passed. The job decides when it runs: read
// since → skipped; quiet hours → moved to their end; otherwise it renders what is unread and
// not yet covered, marks the notification `sending`, commits, hands it to the provider, and
// marks it `sent`. A crash while the provider has it sends it again on the job's retry (at
// least once, with the same Message-ID), never silently not at all. See docs/notifications.md.
import { and, asc, desc, eq, gt, inArray, isNull, max, ne, or, sql } from 'drizzle-orm';
import type { Db } from './db/database.js';
import {
  availabilityOffers,
  bookings,
  messages,
  messageTranslations,
  notifications,
  people,
  pushSubscriptions,
  slots,
  students,
  tenants,
  threadParticipants,
  threads,
} from './db/schema.js';
import { audit } from './audit.js';
import { labelsFor, languageName } from './ics-labels.js';
import { bookingCalendar } from './routes/scheduling.js';
import { newId } from './ids.js';
import type { Jobs, QueueSpec } from './jobs.js';
import { describeError } from './log.js';
import { MailError, type Mailer, type OutgoingMail } from './mail.js';
import { copyFor, fillCopy, type NotificationCopy } from './notification-copy.js';
import { quietUntil } from './quiet-hours.js';
import { publish } from './realtime.js';
import { fitSms, toE164 } from './sms-text.js';
import { SmsError, type SmsSender } from './sms.js';
import { PushError, type PushPayload, type PushSender } from './push.js';
import { effectiveQuietHours } from './tenant-settings.js';
import { baseLanguage } from './translator.js';

export const NOTIFY_QUEUE = 'notify';

/** Retries of a notification whose provider could not be reached: about 1, 2, 4, 8, 16 minutes, then failed. */
export const NOTIFY_RETRIES: QueueSpec = { retryLimit: 5, retryDelaySeconds: 60, retryBackoff: true, batchSize: 20 };

/** What a message needs to queue notifications: the queue, and the default delay (TANDEM_NOTIFY_AFTER_SECONDS). */
export interface NotificationQueue {
  jobs: Jobs;
  defaultDelaySeconds: number;
}

export type Channel = 'email' | 'sms' | 'push';

/** The newest unread messages a notification shows; older ones are covered by it too (the link shows them). */
const MESSAGES_PER_NOTIFICATION = 10;

/** The system's own name in the audit log, for what no person did. */
const NOTIFIER = 'system:notifications';

/**
 * In a message's transaction: a pending notification for each other participant who chose a
 * channel, unless one is pending already (then the message goes out with it), and its job.
 */
export async function queueMessageNotifications(
  db: Db,
  queue: NotificationQueue,
  message: {
    threadId: string;
    studentId: string;
    tenantId: string;
    senderId: string;
    sentAt: Date;
    deliverAfter: Date | null;
  },
): Promise<void> {
  const readers = await db
    .select({ id: people.id, own: people.notifyAfterSeconds, district: tenants.notifyAfterSeconds })
    .from(threadParticipants)
    .innerJoin(people, eq(people.id, threadParticipants.personId))
    .innerJoin(tenants, eq(tenants.id, people.tenantId))
    .where(
      and(
        eq(threadParticipants.threadId, message.threadId),
        ne(people.id, message.senderId),
        inArray(people.contactChannel, ['email', 'sms', 'push']),
        isNull(people.deactivatedAt),
      ),
    );
  // Unread is counted from when the message reaches them (after an educator's quiet hours).
  const arrives = Math.max(message.sentAt.getTime(), message.deliverAfter?.getTime() ?? 0);
  for (const reader of readers) {
    const delay = reader.own ?? reader.district ?? queue.defaultDelaySeconds;
    const dueAt = new Date(arrives + delay * 1000);
    const id = newId('ntf');
    const [queued] = await db
      .insert(notifications)
      .values({
        id,
        tenantId: message.tenantId,
        recipientId: reader.id,
        kind: 'messages',
        threadId: message.threadId,
        studentId: message.studentId,
        status: 'pending',
        dueAt,
        createdAt: message.sentAt,
      })
      .onConflictDoNothing({
        target: [notifications.threadId, notifications.recipientId],
        where: sql`${notifications.status} = 'pending'`,
      })
      .returning({ id: notifications.id });
    if (!queued) continue; // one is waiting: it will carry this message too
    const jobId = await queue.jobs.send(NOTIFY_QUEUE, { id }, { startAfter: dueAt, tx: db });
    await db.update(notifications).set({ jobId }).where(eq(notifications.id, id));
  }
}

/** Where notifications go out, and the links and addresses they carry. */
export interface NotifierDeps {
  db: Db;
  jobs: Jobs;
  clock: () => Date;
  mailer: Mailer | null;
  sms: SmsSender | null;
  push: PushSender | null;
  /** The page of a conversation (TANDEM_CONVERSATION_URL). */
  conversationUrl: (threadId: string, studentId: string) => string;
  /** The signed Reply-To of a notification; null when replies by email are off. */
  replyAddress: ((notificationId: string) => string) | null;
  /** The right-hand side of the Message-IDs Tandem gives its mails. */
  messageIdDomain: string;
  log: (line: string) => void;
}

type NotificationRow = typeof notifications.$inferSelect;

interface Rendered {
  channel: Channel;
  address: string;
  /** The messages covered (null for a booking notice). */
  fromSeq: number | null;
  throughSeq: number | null;
  mail?: OutgoingMail;
  text?: string;
  push?: { payload: PushPayload; subscriptions: PushSubscriptionRow[] };
}

type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

/** Starts working the queue on this instance. */
export async function startNotifier(deps: NotifierDeps): Promise<void> {
  await deps.jobs.define<{ id: string }>(NOTIFY_QUEUE, NOTIFY_RETRIES, async (data, job) => {
    await deliverNotification(deps, data.id, job.retryCount);
  });
  // Notices written where no queue was at hand (a roster import's cancellations, say) get their jobs now.
  await deps.db.transaction((tx) => dispatchQueuedNotifications(tx, { jobs: deps.jobs, defaultDelaySeconds: 0 }));
}

/** Works one notification (a job's body). Throws to have the job retried. */
export async function deliverNotification(deps: NotifierDeps, id: string, retryCount = 0): Promise<void> {
  const claimed = await deps.db.transaction(async (tx) => claim(deps, tx, id, retryCount));
  if (!claimed) return;
  const { notification, rendered } = claimed;
  let providerId: string;
  try {
    providerId = await send(deps, notification, rendered);
  } catch (error) {
    const kind =
      error instanceof MailError || error instanceof SmsError || error instanceof PushError
        ? error.kind
        : 'unreachable';
    // A provider that cannot be reached now may be back on the next try; a refusal will not change.
    if (kind === 'unreachable' && retryCount < NOTIFY_RETRIES.retryLimit) throw error;
    if (error instanceof PushError && error.kind === 'gone') {
      // Every browser is gone (and forgotten): decided again at once, so it goes by email where it can.
      await deps.db.transaction(async (tx) => {
        const jobId = await deps.jobs.send(NOTIFY_QUEUE, { id: notification.id }, { startAfter: deps.clock(), tx });
        await tx
          .update(notifications)
          .set({ status: 'pending', jobId, outcome: 'gone', channel: null, address: null })
          .where(eq(notifications.id, notification.id));
      });
      return;
    }
    await deps.db.transaction(async (tx) => {
      await tx
        .update(notifications)
        .set({ status: 'failed', outcome: kind })
        .where(eq(notifications.id, notification.id));
      if (error instanceof SmsError && error.code === 21610) {
        // The provider says the number texted STOP: record it, as if it had reached us.
        await tx.update(people).set({ smsStoppedAt: deps.clock() }).where(eq(people.id, notification.recipientId));
      }
    });
    deps.log(`notification ${notification.id} failed on ${rendered.channel}: ${describeError(error)}`);
    return;
  }
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(notifications)
      .set({ status: 'sent', providerId, sentAt: at, outcome: null })
      .where(eq(notifications.id, notification.id));
    await audit(
      tx,
      { id: NOTIFIER, tenantId: notification.tenantId },
      {
        action: 'create',
        resourceType: `notification:${rendered.channel}`,
        resourceId: notification.id,
        studentId: notification.studentId,
      },
      undefined,
      at,
    );
    // An open conversation shows at once how its messages reached the person ("sent by text at 5:40 PM").
    const { threadId, studentId } = notification;
    if (threadId && studentId && rendered.fromSeq !== null) {
      const everyone = await tx
        .select({ id: threadParticipants.personId })
        .from(threadParticipants)
        .where(eq(threadParticipants.threadId, threadId));
      await publish(
        tx,
        everyone.map((p) => p.id),
        { type: 'message.updated', studentId, threadId, seq: rendered.fromSeq, personId: notification.recipientId },
        at,
      );
    }
  });
}

/** Decides, in one transaction with the notification locked: skip, wait, or send (then marked `sending`). */
async function claim(
  deps: NotifierDeps,
  tx: Db,
  id: string,
  retryCount: number,
): Promise<{ notification: NotificationRow; rendered: Rendered } | null> {
  const [notification] = await tx.select().from(notifications).where(eq(notifications.id, id)).for('update');
  // `sending` again only on a retry: the attempt before it died with the provider.
  if (!notification || !(notification.status === 'pending' || (notification.status === 'sending' && retryCount > 0))) {
    return null;
  }
  const now = deps.clock();
  const finish = async (outcome: string) => {
    await tx.update(notifications).set({ status: 'skipped', outcome }).where(eq(notifications.id, id));
    return null;
  };
  const later = async (at: Date) => {
    const jobId = await deps.jobs.send(NOTIFY_QUEUE, { id }, { startAfter: at, tx });
    await tx.update(notifications).set({ dueAt: at, jobId, status: 'pending' }).where(eq(notifications.id, id));
    return null;
  };
  // A job is never early by its own clock; by more than a second by ours, another instance's clock disagrees: wait.
  if (notification.dueAt.getTime() - now.getTime() > 1000) return later(notification.dueAt);
  if (notification.bookingId)
    return claimBookingNotice(deps, tx, notification, notification.bookingId, { now, finish, later });
  if (!notification.threadId) return finish('unsupported');
  const [found] = await tx
    .select({ person: people, tenant: tenants, lastReadSeq: threadParticipants.lastReadSeq, student: students })
    .from(people)
    .innerJoin(tenants, eq(tenants.id, people.tenantId))
    .innerJoin(
      threadParticipants,
      and(eq(threadParticipants.personId, people.id), eq(threadParticipants.threadId, notification.threadId)),
    )
    .innerJoin(threads, eq(threads.id, threadParticipants.threadId))
    .innerJoin(students, eq(students.id, threads.studentId))
    .where(eq(people.id, notification.recipientId));
  if (!found || found.person.deactivatedAt || found.student.deactivatedAt) return finish('gone');
  const { person, tenant, student } = found;
  const [covered] = await tx
    .select({ seq: max(notifications.throughSeq) })
    .from(notifications)
    .where(
      and(
        eq(notifications.threadId, notification.threadId),
        eq(notifications.recipientId, person.id),
        ne(notifications.id, id),
        or(eq(notifications.status, 'sent'), eq(notifications.status, 'sending')),
      ),
    );
  const after = Math.max(found.lastReadSeq, covered?.seq ?? 0);
  const unread = await tx
    .select({ message: messages, senderName: people.displayName })
    .from(messages)
    .innerJoin(people, eq(people.id, messages.senderId))
    .where(and(eq(messages.threadId, notification.threadId), gt(messages.seq, after), ne(messages.senderId, person.id)))
    .orderBy(desc(messages.seq))
    .limit(MESSAGES_PER_NOTIFICATION)
    .then((rows) => rows.reverse());
  const ready = unread.filter(({ message }) => !message.deliverAfter || message.deliverAfter <= now);
  const first = ready[0];
  const last = ready.at(-1);
  if (!first || !last) {
    const waiting = unread.map(({ message }) => message.deliverAfter?.getTime() ?? Infinity);
    return waiting.length ? later(new Date(Math.min(...waiting))) : finish('read');
  }
  const quiet = effectiveQuietHours(person, tenant);
  const until = quiet && quietUntil(now, quiet, person.timeZone);
  if (until) return later(until);
  const browsers = await tx.select().from(pushSubscriptions).where(eq(pushSubscriptions.personId, person.id));
  const route = channelOf(deps, person, browsers.length > 0);
  if (!route) return finish('no_channel');
  const translations = await tx
    .select()
    .from(messageTranslations)
    .where(
      inArray(
        messageTranslations.messageId,
        ready.map(({ message }) => message.id),
      ),
    );
  const reader = person.preferredLanguage;
  const toItem = ({ message, senderName }: (typeof ready)[number]): Item => {
    const translation =
      baseLanguage(message.language) === baseLanguage(reader)
        ? undefined
        : translations.find((t) => t.messageId === message.id && t.language === baseLanguage(reader));
    return {
      sender: senderName,
      sentAt: message.sentAt,
      body: translation?.body ?? message.body,
      originalLanguage: translation ? message.language : null,
    };
  };
  const items: [Item, ...Item[]] = [toItem(first), ...ready.slice(1).map(toItem)];
  const rendered: Rendered = {
    ...route,
    fromSeq: first.message.seq,
    throughSeq: last.message.seq,
  };
  const context = {
    studentName: student.preferredName ?? student.givenName,
    link: deps.conversationUrl(notification.threadId, student.id),
    reader,
    timeZone: person.timeZone,
    district: tenant.name,
  };
  if (route.channel === 'email') rendered.mail = renderMail(deps, id, route.address, items, context);
  else if (route.channel === 'sms') rendered.text = renderText(items, context);
  else rendered.push = { payload: renderPush(items, context, notification.threadId), subscriptions: browsers };
  await tx
    .update(notifications)
    .set({
      status: 'sending',
      channel: route.channel,
      address: route.address,
      fromSeq: rendered.fromSeq,
      throughSeq: rendered.throughSeq,
    })
    .where(eq(notifications.id, id));
  return { notification, rendered };
}

type Person = typeof people.$inferSelect;

/**
 * The person's channel where it can be used; else email when they have an address. Never a
 * text they did not choose, nor one to a number that said STOP.
 */
function channelOf(
  deps: NotifierDeps,
  person: Person,
  hasBrowser: boolean,
): { channel: Channel; address: string } | null {
  const phone = person.phone && toE164(person.phone);
  if (person.contactChannel === 'sms' && phone && !person.smsStoppedAt && deps.sms) {
    return { channel: 'sms', address: phone };
  }
  // The address of a push is the person's browsers, never written down here.
  if (person.contactChannel === 'push' && hasBrowser && deps.push) return { channel: 'push', address: 'browsers' };
  if (person.email && deps.mailer) return { channel: 'email', address: person.email };
  return null;
}

interface Item {
  sender: string;
  sentAt: Date;
  body: string;
  /** Set when the body is a translation: the language it was written in. */
  originalLanguage: string | null;
}

interface Context {
  studentName: string;
  link: string;
  reader: string;
  timeZone: string;
  district: string;
}

const RTL = new Set(['ar', 'fa', 'ur', 'ps', 'prs', 'he', 'yi', 'ckb']);

/** Text made safe inside HTML (an element's content or a quoted attribute). */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function when(at: Date, context: Context): string {
  try {
    return new Intl.DateTimeFormat([context.reader, 'en'], {
      timeZone: context.timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(at);
  } catch {
    return at.toISOString();
  }
}

function note(copy: NotificationCopy, item: Item, context: Context): string | null {
  if (!item.originalLanguage) return null;
  return fillCopy(copy.translatedFrom, { language: languageName(item.originalLanguage, context.reader) });
}

function renderMail(
  deps: NotifierDeps,
  id: string,
  to: string,
  items: [Item, ...Item[]],
  context: Context,
): OutgoingMail {
  const { language, copy } = copyFor(context.reader);
  const latest = items[items.length - 1] ?? items[0];
  const subject = fillCopy(copy.messageSubject, { sender: latest.sender, student: context.studentName });
  const intro = fillCopy(copy.messageIntro, { student: context.studentName });
  const replyTo = deps.replyAddress?.(id);
  const text = [
    intro,
    '',
    ...items.flatMap((item) => {
      const translatedNote = note(copy, item, context);
      return [
        `${item.sender} · ${when(item.sentAt, context)}`,
        item.body,
        ...(translatedNote ? [`(${translatedNote})`] : []),
        '',
      ];
    }),
    `${copy.openConversation}: ${context.link}`,
    ...(replyTo ? ['', copy.replyHint] : []),
    '',
    '-- ',
    copy.footer,
  ].join('\n');
  const dir = RTL.has(baseLanguage(language)) ? 'rtl' : 'ltr';
  const html = `<!doctype html><html lang="${escapeHtml(language)}" dir="${dir}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2328">
<p>${escapeHtml(intro)}</p>
${items
  .map((item) => {
    const translatedNote = note(copy, item, context);
    return `<div style="margin:0 0 16px;padding:12px;border-inline-start:4px solid #0b5cad;background:#f6f8fa">
<p style="margin:0;font-size:14px;color:#57606a">${escapeHtml(item.sender)} · ${escapeHtml(when(item.sentAt, context))}</p>
<p style="margin:4px 0 0;white-space:pre-wrap">${escapeHtml(item.body)}</p>${
      translatedNote ? `\n<p style="margin:4px 0 0;font-size:13px;color:#57606a">${escapeHtml(translatedNote)}</p>` : ''
    }
</div>`;
  })
  .join('\n')}
<p><a href="${escapeHtml(context.link)}" style="display:inline-block;padding:10px 16px;background:#0b5cad;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(copy.openConversation)}</a></p>
${replyTo ? `<p>${escapeHtml(copy.replyHint)}</p>\n` : ''}<p style="font-size:13px;color:#57606a">${escapeHtml(copy.footer)}</p>
</body></html>`;
  return {
    to,
    subject,
    text,
    html,
    language,
    ...(replyTo ? { replyTo } : {}),
    messageId: `<${id}@${deps.messageIdDomain}>`,
  };
}

/**
 * A text: the newest message only (two segments hold little), with its sender and the
 * student's first name, then the link to the conversation (and to what came before it).
 */
function renderText(items: [Item, ...Item[]], context: Context): string {
  const { copy } = copyFor(context.reader);
  const latest = items[items.length - 1] ?? items[0];
  const full = `${fillCopy(copy.smsMessage, { sender: latest.sender, student: context.studentName, message: latest.body })}\n${fillCopy(copy.smsOpen, { link: context.link })}`;
  return fitSms(full, context.link);
}

/** A push: the latest sender and the student's first name, the newest message, the link. */
function renderPush(items: [Item, ...Item[]], context: Context, threadId: string): PushPayload {
  const { copy } = copyFor(context.reader);
  const latest = items[items.length - 1] ?? items[0];
  const body = latest.body.length > 300 ? `${latest.body.slice(0, 297)}...` : latest.body;
  return {
    title: fillCopy(copy.pushTitle, { sender: latest.sender, student: context.studentName }),
    body,
    url: context.link,
    tag: threadId,
  };
}

/** To each of the person's browsers; a dead one is forgotten. Sent when one took it. */
async function sendPush(
  deps: NotifierDeps,
  push: PushSender,
  rendered: NonNullable<Rendered['push']>,
): Promise<string> {
  let delivered = 0;
  let lastError: unknown;
  for (const browser of rendered.subscriptions) {
    try {
      await push.send(
        { endpoint: browser.endpoint, keys: { p256dh: browser.p256dh, auth: browser.auth } },
        rendered.payload,
        {
          topic: rendered.payload.tag?.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32),
        },
      );
      delivered++;
    } catch (error) {
      lastError = error;
      if (error instanceof PushError && error.kind === 'gone') {
        await deps.db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, browser.id));
      }
    }
  }
  if (!delivered) throw lastError ?? new PushError('no browser to push to', 'gone');
  return `push:${delivered}`;
}

async function send(deps: NotifierDeps, notification: NotificationRow, rendered: Rendered): Promise<string> {
  if (rendered.channel === 'push' && rendered.push && deps.push) return sendPush(deps, deps.push, rendered.push);
  if (rendered.channel === 'email' && rendered.mail && deps.mailer) return deps.mailer.send(rendered.mail);
  if (rendered.channel === 'sms' && rendered.text !== undefined && deps.sms) {
    return (await deps.sms.send(rendered.address, rendered.text)).sid;
  }
  throw new Error(`notification ${notification.id}: no sender for ${rendered.channel}`);
}

/** For each message of a page: who was told of it outside the page, how and when. */
export async function reachedByOf(
  db: Db,
  threadId: string,
  seqs: { id: string; seq: number; senderId: string }[],
): Promise<Map<string, { personId: string; channel: Channel; at: string }[]>> {
  const result = new Map<string, { personId: string; channel: Channel; at: string }[]>();
  if (!seqs.length) return result;
  const low = Math.min(...seqs.map((m) => m.seq));
  const high = Math.max(...seqs.map((m) => m.seq));
  const sent = await db
    .select({
      personId: notifications.recipientId,
      channel: notifications.channel,
      at: notifications.sentAt,
      fromSeq: notifications.fromSeq,
      throughSeq: notifications.throughSeq,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.threadId, threadId),
        eq(notifications.status, 'sent'),
        sql`${notifications.throughSeq} >= ${low}`,
        sql`${notifications.fromSeq} <= ${high}`,
      ),
    )
    .orderBy(asc(notifications.sentAt));
  for (const message of seqs) {
    const reached = sent.flatMap(({ personId, channel, at, fromSeq, throughSeq }) =>
      channel &&
      at &&
      fromSeq !== null &&
      throughSeq !== null &&
      fromSeq <= message.seq &&
      message.seq <= throughSeq &&
      personId !== message.senderId
        ? [{ personId, channel, at: at.toISOString() }]
        : [],
    );
    if (reached.length) result.set(message.id, reached);
  }
  return result;
}

type BookingNoticeKind = 'booking_confirmed' | 'booking_changed' | 'booking_cancelled' | 'booking_reminder';

const NOTICE_OF: Record<'booked' | 'rescheduled' | 'cancelled', BookingNoticeKind> = {
  booked: 'booking_confirmed',
  rescheduled: 'booking_changed',
  cancelled: 'booking_cancelled',
};

const DAY = 24 * 3600_000;

/**
 * In a booking's transaction: a notice to the family who booked (always: their confirmation,
 * with the calendar file) and to the educator (unless they did it themselves), and for a
 * booked or moved meeting the reminder the day before. Their jobs are sent by
 * `dispatchQueuedNotifications`, by the route once it has the queue.
 */
export async function queueBookingNotices(
  db: Db,
  booking: { id: string; tenantId: string; studentId: string; bookedBy: string; educatorId: string; slotId: string },
  change: 'booked' | 'rescheduled' | 'cancelled',
  actorId: string,
  now: Date,
  /** The slot's start, when the caller has it at hand (else it is read). */
  startsAt?: Date,
): Promise<void> {
  if (!startsAt) {
    const [slot] = await db.select({ startsAt: slots.startsAt }).from(slots).where(eq(slots.id, booking.slotId));
    if (!slot) return;
    startsAt = slot.startsAt;
  }
  const recipients = [booking.bookedBy, booking.educatorId].filter((id) => id === booking.bookedBy || id !== actorId);
  const notice = (recipientId: string, kind: BookingNoticeKind, dueAt: Date) => ({
    id: newId('ntf'),
    tenantId: booking.tenantId,
    recipientId,
    kind,
    bookingId: booking.id,
    studentId: booking.studentId,
    status: 'pending' as const,
    dueAt,
    createdAt: now,
  });
  const remindAt = new Date(startsAt.getTime() - DAY);
  const rows = [
    ...recipients.map((id) => notice(id, NOTICE_OF[change], now)),
    ...(change !== 'cancelled' && remindAt > now
      ? [booking.bookedBy, booking.educatorId].map((id) => notice(id, 'booking_reminder', remindAt))
      : []),
  ];
  // Only people with a channel: the rest see it in the page.
  const reachable = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        inArray(people.id, [...new Set(rows.map((r) => r.recipientId))]),
        inArray(people.contactChannel, ['email', 'sms', 'push']),
      ),
    );
  const ids = new Set(reachable.map((r) => r.id));
  const queued = rows.filter((r) => ids.has(r.recipientId));
  if (queued.length) await db.insert(notifications).values(queued);
}

/** Jobs for notifications written without the queue at hand (booking notices), in the same transaction. */
export async function dispatchQueuedNotifications(db: Db, queue: NotificationQueue): Promise<void> {
  const waiting = await db
    .select({ id: notifications.id, dueAt: notifications.dueAt })
    .from(notifications)
    .where(and(isNull(notifications.jobId), eq(notifications.status, 'pending')))
    .orderBy(asc(notifications.createdAt))
    .limit(200)
    .for('update', { skipLocked: true });
  if (!waiting.length) return;
  // All in two statements, however many: a booking queues four (its notice and reminder, to each side).
  const jobIds = await queue.jobs.sendMany(
    NOTIFY_QUEUE,
    waiting.map(({ id, dueAt }) => ({ data: { id }, startAfter: dueAt })),
    { tx: db },
  );
  await db.execute(sql`
    update ${notifications} set job_id = v.job_id
    from unnest(${sql.param(waiting.map((row) => row.id))}::text[], ${sql.param(jobIds)}::text[]) as v(id, job_id)
    where ${notifications.id} = v.id`);
}

async function claimBookingNotice(
  deps: NotifierDeps,
  tx: Db,
  notification: NotificationRow,
  bookingId: string,
  step: { now: Date; finish: (outcome: string) => Promise<null>; later: (at: Date) => Promise<null> },
): Promise<{ notification: NotificationRow; rendered: Rendered } | null> {
  const { now, finish, later } = step;
  const [found] = await tx
    .select({ booking: bookings, slot: slots, offer: availabilityOffers, student: students })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(availabilityOffers, eq(availabilityOffers.id, slots.offerId))
    .innerJoin(students, eq(students.id, bookings.studentId))
    .where(eq(bookings.id, bookingId));
  const [recipient] = await tx
    .select({ person: people, tenant: tenants })
    .from(people)
    .innerJoin(tenants, eq(tenants.id, people.tenantId))
    .where(eq(people.id, notification.recipientId));
  if (!found || !recipient || recipient.person.deactivatedAt) return finish('gone');
  const { booking, slot, offer, student } = found;
  const { person, tenant } = recipient;
  const reminder = notification.kind === 'booking_reminder';
  if (reminder && booking.status !== 'booked') return finish('cancelled');
  if (reminder && slot.startsAt <= now) return finish('too_late');
  const quiet = effectiveQuietHours(person, tenant);
  const until = quiet && quietUntil(now, quiet, person.timeZone);
  if (until) return reminder && until >= slot.startsAt ? finish('too_late') : later(until);
  const browsers = await tx.select().from(pushSubscriptions).where(eq(pushSubscriptions.personId, person.id));
  const route = channelOf(deps, person, browsers.length > 0);
  if (!route) return finish('no_channel');

  const reader = person.preferredLanguage;
  const { language, copy } = copyFor(reader);
  const { calendar, educatorName, location, needs } = await bookingCalendar(tx, { booking, slot, offer }, reader);
  const when = new Intl.DateTimeFormat([reader, 'en'], {
    timeZone: person.timeZone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(slot.startsAt);
  const subjectKey = {
    booking_confirmed: copy.bookingConfirmedSubject,
    booking_changed: copy.bookingChangedSubject,
    booking_cancelled: copy.bookingCancelledSubject,
    booking_reminder: copy.bookingReminderSubject,
  }[notification.kind as BookingNoticeKind];
  const subject = fillCopy(subjectKey, { when });
  const withLine = fillCopy(copy.bookingWith, {
    educator: educatorName ?? '',
    student: student.preferredName ?? student.givenName,
  });
  const { labels } = labelsFor(reader);
  const details = [labels[booking.modality], ...(location ? [location] : [])];
  const arranged = needs.length ? [copy.bookingArrangements, ...needs.map((need) => `- ${need}`)] : [];
  const rendered: Rendered = { ...route, fromSeq: null, throughSeq: null };
  if (route.channel === 'email') {
    // A cancelled meeting's file says so (STATUS:CANCELLED): calendar apps take it off.
    const lines = [withLine, when, ...details, '', ...arranged, '', copy.bookingCalendar];
    const dir = RTL.has(baseLanguage(language)) ? 'rtl' : 'ltr';
    rendered.mail = {
      to: route.address,
      subject,
      text: [...lines, '', '-- ', copy.footer].join('\n'),
      html: `<!doctype html><html lang="${escapeHtml(language)}" dir="${dir}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2328">
<h1 style="font-size:20px">${escapeHtml(subject)}</h1>
${lines.map((line) => (line ? `<p style="margin:0 0 4px">${escapeHtml(line)}</p>` : '<br>')).join('\n')}
<p style="font-size:13px;color:#57606a">${escapeHtml(copy.footer)}</p>
</body></html>`,
      language,
      messageId: `<${notification.id}@${deps.messageIdDomain}>`,
      attachments: [
        { filename: 'meeting.ics', content: calendar, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
      ],
    };
  } else if (route.channel === 'sms') {
    rendered.text = fitSms(`${subject}\n${withLine}`, '');
  } else {
    rendered.push = {
      payload: { title: subject, body: withLine, url: deps.conversationUrl('', student.id), tag: booking.id },
      subscriptions: browsers,
    };
  }
  await tx
    .update(notifications)
    .set({ status: 'sending', channel: route.channel, address: route.address })
    .where(eq(notifications.id, notification.id));
  return { notification, rendered };
}
