import {
  MESSAGE_EDIT_WINDOW_MINUTES,
  UNREAD_COUNT_CAP,
  type Message,
  type MessageReport,
  type Participant,
  type Thread,
} from '@tandem/contract';
import { and, asc, desc, eq, gt, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Actor } from '../auth.js';
import { audit } from '../audit.js';
import { authorize, type StudentAccess } from '../authz.js';
import { allOf, type Db } from '../db/database.js';
import {
  assignments,
  guardianships,
  messageEdits,
  messageReports,
  messages,
  messageTranslations,
  people,
  tenants,
  threadParticipants,
  threads,
} from '../db/schema.js';
import type { RouteHandler } from '../http.js';
import { newId } from '../ids.js';
import { decodeCursor, pageLimit, toPage } from '../pagination.js';
import { conflict, forbidden, notFound, validationError } from '../problem.js';
import { lastEventOf, publish } from '../realtime.js';
import { quietUntil } from '../quiet-hours.js';
import { effectiveQuietHours } from '../tenant-settings.js';
import { translationSettingColumns } from '../content-translations.js';
import { baseLanguage, TranslationError, type Translators } from '../translator.js';
import { queueMessageNotifications, reachedByOf, type NotificationQueue } from '../notifications.js';

type ThreadRow = typeof threads.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

const senderRole = (access: StudentAccess) => (access.role === 'guardian' ? 'guardian' : 'educator');

type Translations = Message['translations'];

async function translationsOf(db: Db, messageIds: string[]): Promise<Map<string, Translations>> {
  const map = new Map<string, Translations>();
  if (!messageIds.length) return map;
  const rows = await db
    .select()
    .from(messageTranslations)
    .where(inArray(messageTranslations.messageId, messageIds))
    .orderBy(asc(messageTranslations.language));
  for (const row of rows)
    map.set(row.messageId, [
      ...(map.get(row.messageId) ?? []),
      { language: row.language, body: row.body, machine: row.machine },
    ]);
  return map;
}

/**
 * After the message is committed: a translation for each participant language that differs
 * from the message's and is not stored yet, stored once per language, then announced. The
 * service is the district's choice as it stands now (none when it turned translation off). A
 * failing service leaves the message as sent, with its language labelled; `retryTranslations`
 * fills the gap when the service is back, so nothing is lost.
 */
async function translate(db: Db, translators: Translators, message: MessageRow, studentId: string): Promise<void> {
  const [setting] = await db
    .select(translationSettingColumns)
    .from(threads)
    .innerJoin(tenants, eq(tenants.id, threads.tenantId))
    .where(eq(threads.id, message.threadId));
  const translator = setting ? translators.for(setting) : null;
  if (!translator) return;
  const [participants, stored] = await allOf(db, [
    db
      .select({ id: people.id, language: people.preferredLanguage })
      .from(threadParticipants)
      .innerJoin(people, eq(people.id, threadParticipants.personId))
      .where(eq(threadParticipants.threadId, message.threadId)),
    db
      .select({ language: messageTranslations.language })
      .from(messageTranslations)
      .where(eq(messageTranslations.messageId, message.id)),
  ]);
  const source = baseLanguage(message.language);
  const done = new Set(stored.map((t) => t.language));
  const targets = [...new Set(participants.map((p) => baseLanguage(p.language)))].filter(
    (l) => l !== source && !done.has(l),
  );
  let translated = false;
  for (const target of targets) {
    try {
      const body = await translator.translate(message.body, source, target);
      await db
        .insert(messageTranslations)
        .values({ messageId: message.id, language: target, body, createdAt: new Date() })
        .onConflictDoNothing();
      translated = true;
    } catch (error) {
      if (!(error instanceof TranslationError)) throw error;
      console.warn(`Translation of ${message.id} to ${target} failed: ${error.message}`);
    }
  }
  if (translated) {
    await publish(
      db,
      participants.map((p) => p.id),
      {
        type: 'message.translated',
        studentId,
        threadId: message.threadId,
        messageId: message.id,
        seq: message.seq,
      },
    );
  }
}

/** How far back missing translations are looked for: older messages have been read as they are. */
const RETRY_WINDOW_MS = 24 * 3600 * 1000;

/**
 * Translates recent messages that still lack a language one of their participants reads (the
 * service was down when they were sent), in districts that have a service now. Returns how many
 * messages it tried; run periodically.
 */
export async function retryTranslations(db: Db, translators: Translators, now: Date, batch = 50): Promise<number> {
  const base = (column: unknown) => sql`split_part(lower(${column}), '-', 1)`;
  // Only districts with a service: the others' messages would fill every batch and starve the rest.
  const served = or(
    and(eq(tenants.translationMode, 'custom'), isNotNull(tenants.translationUrl)),
    translators.server ? eq(tenants.translationMode, 'server') : undefined,
  );
  const missing = await db
    .selectDistinct({ message: messages, studentId: threads.studentId })
    .from(messages)
    .innerJoin(threads, eq(threads.id, messages.threadId))
    .innerJoin(tenants, eq(tenants.id, threads.tenantId))
    .innerJoin(threadParticipants, eq(threadParticipants.threadId, messages.threadId))
    .innerJoin(people, eq(people.id, threadParticipants.personId))
    .where(
      and(
        served,
        gt(messages.sentAt, new Date(now.getTime() - RETRY_WINDOW_MS)),
        sql`${base(people.preferredLanguage)} <> ${base(messages.language)}`,
        sql`not exists (select 1 from ${messageTranslations} t where t.message_id = ${messages.id}
              and t.language = ${base(people.preferredLanguage)})`,
      ),
    )
    .orderBy(asc(messages.sentAt), asc(messages.id))
    .limit(batch);
  for (const { message, studentId } of missing) await translate(db, translators, message, studentId);
  return missing.length;
}

function toMessage(row: MessageRow, translations: Translations = [], reachedBy: Message['reachedBy'] = []): Message {
  return {
    id: row.id,
    threadId: row.threadId,
    seq: row.seq,
    senderId: row.senderId,
    senderRole: row.senderRole,
    body: row.body,
    language: row.language,
    clientMessageId: row.clientMessageId,
    sentAt: row.sentAt.toISOString(),
    deliverAfter: row.deliverAfter?.toISOString() ?? null,
    editedAt: row.editedAt?.toISOString() ?? null,
    translations,
    interpreterReview: row.interpreterReview,
    via: row.via,
    reachedBy,
  };
}

async function participantsOf(db: Db, threadId: string): Promise<string[]> {
  return (await profilesOf(db, [threadId])).map((p) => p.id);
}

/**
 * The people of some threads, as a conversation shows them. Quiet hours are the ones that hold
 * now: an educator's own, or their district's default (read with them, so a change applies to
 * the next request).
 */
async function profilesOf(db: Db, threadIds: string[]): Promise<(Participant & { threadId: string })[]> {
  if (!threadIds.length) return [];
  const rows = await db
    .select({
      threadId: threadParticipants.threadId,
      lastReadSeq: threadParticipants.lastReadSeq,
      lastDeliveredSeq: threadParticipants.lastDeliveredSeq,
      person: people,
      tenant: { quietHoursStart: tenants.quietHoursStart, quietHoursEnd: tenants.quietHoursEnd },
    })
    .from(threadParticipants)
    .innerJoin(people, eq(people.id, threadParticipants.personId))
    .innerJoin(tenants, eq(tenants.id, people.tenantId))
    .where(inArray(threadParticipants.threadId, threadIds))
    .orderBy(asc(threadParticipants.personId));
  return rows.map(({ threadId, lastReadSeq, lastDeliveredSeq, person, tenant }) => ({
    threadId,
    lastReadSeq,
    // What was read has certainly arrived.
    lastDeliveredSeq: Math.max(lastDeliveredSeq, lastReadSeq),
    id: person.id,
    displayName: person.displayName,
    kind: person.kind,
    educatorRole: person.educatorRole,
    language: person.preferredLanguage,
    timeZone: person.timeZone,
    quietHours: effectiveQuietHours(person, tenant),
  }));
}

const withoutThread = ({ threadId: _, ...participant }: Participant & { threadId: string }): Participant => participant;

/** Joins a thread to one person's participation in it (none: not theirs). */
const asParticipant = (personId: string) =>
  and(eq(threadParticipants.threadId, threads.id), eq(threadParticipants.personId, personId));

/**
 * Messages from others after the person's last read one, up to the cap: the count reads at most
 * that many rows of the (thread, seq) index, however long the backlog.
 */
const unreadFor = (personId: string) =>
  sql<number>`(select count(*) from (select 1 from ${messages} m where m.thread_id = ${threads.id} and m.seq > ${threadParticipants.lastReadSeq} and m.sender_id <> ${personId} limit ${sql.raw(String(UNREAD_COUNT_CAP))}) unread)::int`;

function threadOf(row: ThreadRow, profiles: (Participant & { threadId: string })[], unreadCount: number): Thread {
  const participants = profiles.filter((p) => p.threadId === row.id).map(withoutThread);
  return {
    id: row.id,
    studentId: row.studentId,
    kind: row.kind,
    participantIds: participants.map((p) => p.id),
    participants,
    subject: row.subject,
    unreadCount,
    lastSeq: row.lastSeq,
    lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Messages from others that the person has not read yet, in one thread. */
async function unreadCount(db: Db, threadId: string, personId: string): Promise<number> {
  const [row] = await db
    .select({ n: unreadFor(personId) })
    .from(threads)
    .innerJoin(threadParticipants, asParticipant(personId))
    .where(eq(threads.id, threadId));
  return row?.n ?? 0;
}

async function toThread(db: Db, row: ThreadRow, actor: Actor): Promise<Thread> {
  return threadOf(row, await profilesOf(db, [row.id]), await unreadCount(db, row.id, actor.id));
}

/**
 * A thread the actor takes part in, about a student they still may message about; otherwise
 * 404, like a missing one. Relationships are read now, so a revoked guardianship ends access.
 */
async function loadThread(db: Db, actor: Actor, threadId: string, lock = false) {
  const query = db
    .select({
      thread: threads,
      lastReadSeq: threadParticipants.lastReadSeq,
      lastDeliveredSeq: threadParticipants.lastDeliveredSeq,
    })
    .from(threads)
    .innerJoin(threadParticipants, asParticipant(actor.id))
    .where(and(eq(threads.id, threadId), eq(threads.tenantId, actor.tenantId)));
  // FOR UPDATE serializes sends to one thread: sequence numbers and client-id checks stay exact.
  const [row] = lock ? await query.for('update', { of: threads }) : await query;
  if (!row) throw notFound();
  const access = await authorize(db, actor, 'message:send', row.thread.studentId).catch(() => {
    throw notFound();
  });
  return { ...row, access };
}

export const listThreads: RouteHandler<'listThreads'> = async ({ params, query, actor, db }) => {
  await authorize(db, actor, 'message:send', params.studentId);
  const limit = pageLimit(query.limit);
  const after = decodeCursor(query.cursor, ['timestamp', 'id']);
  const activity = sql`coalesce(${threads.lastMessageAt}, ${threads.createdAt})`;
  const rows = await db
    .select({ thread: threads, lastReadSeq: threadParticipants.lastReadSeq, unread: unreadFor(actor.id) })
    .from(threads)
    .innerJoin(threadParticipants, asParticipant(actor.id))
    .where(
      and(
        eq(threads.studentId, params.studentId),
        after ? sql`(${activity}, ${threads.id}) < (${after[0]}::timestamptz, ${after[1]})` : undefined,
      ),
    )
    .orderBy(desc(activity), desc(threads.id))
    .limit(limit + 1);
  const profiles = await profilesOf(
    db,
    rows.map((r) => r.thread.id),
  );
  return toPage(
    rows,
    limit,
    ({ thread, unread }) => threadOf(thread, profiles, unread),
    ({ thread }) => [(thread.lastMessageAt ?? thread.createdAt).toISOString(), thread.id],
  );
};

export const startThread: RouteHandler<'startThread'> = async ({ params, body, actor, db, requestId, now }) => {
  await authorize(db, actor, 'message:send', params.studentId);
  const others = [...new Set(body.participantIds)].filter((id) => id !== actor.id);
  if (!others.length) {
    throw validationError([
      { path: 'body.participantIds', code: 'no_one_else', message: 'Add someone besides yourself.' },
    ]);
  }
  // Everyone must be one of this student's guardians (allowed to message) or educators.
  const [guardians, educators] = await allOf(db, [
    db
      .select({ id: guardianships.personId })
      .from(guardianships)
      .where(and(eq(guardianships.studentId, params.studentId), eq(guardianships.mayMessage, true))),
    db.select({ id: assignments.educatorId }).from(assignments).where(eq(assignments.studentId, params.studentId)),
  ]);
  const allowed = new Set([...guardians, ...educators].map((p) => p.id));
  const strangers = body.participantIds.flatMap((id, i) =>
    id !== actor.id && !allowed.has(id)
      ? [
          {
            path: `body.participantIds.${i}`,
            code: 'not_related',
            message: "Not one of this student's family or educators.",
          },
        ]
      : [],
  );
  if (strangers.length) throw validationError(strangers);

  const members = [actor.id, ...others].sort();
  const kind = members.length === 2 ? 'direct' : 'group';
  if (kind === 'direct') {
    const existing = await db
      .select({ thread: threads, lastReadSeq: threadParticipants.lastReadSeq })
      .from(threads)
      .innerJoin(threadParticipants, asParticipant(actor.id))
      .where(
        and(
          eq(threads.studentId, params.studentId),
          eq(threads.kind, 'direct'),
          sql`exists (select 1 from ${threadParticipants} o where o.thread_id = ${threads.id} and o.person_id = ${others[0]})`,
        ),
      );
    if (existing[0]) return toThread(db, existing[0].thread, actor);
  }
  const [row] = await db
    .insert(threads)
    .values({
      id: newId('thr'),
      tenantId: actor.tenantId,
      studentId: params.studentId,
      kind,
      subject: body.subject ?? null,
      lastSeq: 0,
      createdBy: actor.id,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await db.insert(threadParticipants).values(members.map((personId) => ({ threadId: row.id, personId })));
  await publish(db, members, { type: 'thread.created', studentId: row.studentId, threadId: row.id });
  await audit(
    db,
    actor,
    { action: 'create', resourceType: 'thread', resourceId: row.id, studentId: row.studentId },
    requestId,
  );
  return toThread(db, row, actor);
};

export const listMessages: RouteHandler<'listMessages'> = async ({ params, query, actor, db, auditRead }) => {
  const { thread, lastDeliveredSeq } = await loadThread(db, actor, params.threadId);
  // Fetching the newest page is delivery: the others see "delivered" on what reached this app.
  if (!query.cursor && thread.lastSeq > lastDeliveredSeq) await markDelivered(db, thread, actor.id);
  const limit = pageLimit(query.limit);
  const before = decodeCursor(query.cursor, ['int']);
  // Read before the page: a stream opened from here replays whatever is sent after this read.
  const lastEventId = query.cursor ? undefined : await lastEventOf(db, actor.id);
  const rows = await db
    .select()
    .from(messages)
    .where(and(eq(messages.threadId, thread.id), before ? lt(messages.seq, Number(before[0])) : undefined))
    .orderBy(desc(messages.seq))
    .limit(limit + 1);
  await auditRead({ resourceType: 'messages', resourceId: thread.id, studentId: thread.studentId });
  const [translations, reached] = await allOf(db, [
    translationsOf(
      db,
      rows.map((r) => r.id),
    ),
    reachedByOf(db, thread.id, rows),
  ]);
  const page = toPage(
    rows,
    limit,
    (row) => toMessage(row, translations.get(row.id), reached.get(row.id)),
    (row) => [row.seq],
  );
  return lastEventId === undefined ? page : { ...page, lastEventId: String(lastEventId) };
};

export const sendMessage: RouteHandler<'sendMessage'> = async ({ params, body, actor, ...scope }) =>
  postMessage(scope, actor, { threadId: params.threadId, ...body, via: 'app' });

/** What posting a message needs besides its text: the request's transaction and clock, or a job's. */
export interface PostScope {
  db: Db;
  now: Date;
  requestId: string | undefined;
  afterCommit: (task: (db: Db) => Promise<void>) => void;
  translators: Translators;
  notifications: NotificationQueue | null;
}

/**
 * A new message in a thread from the page, or from a reply by email or text (`via`); the same
 * client id twice is the first message again. Inside a write transaction.
 */
export async function postMessage(
  { db, now, requestId, afterCommit, translators, notifications }: PostScope,
  actor: Actor,
  input: {
    threadId: string;
    body: string;
    language?: string | undefined;
    clientMessageId: string;
    via: Message['via'];
  },
): Promise<Message> {
  const { thread, access } = await loadThread(db, actor, input.threadId, true);
  const [earlier] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.senderId, actor.id), eq(messages.clientMessageId, input.clientMessageId)));
  if (earlier) {
    if (earlier.threadId !== thread.id) throw conflict('This clientMessageId was already used for another thread.');
    return toMessage(earlier, (await translationsOf(db, [earlier.id])).get(earlier.id)); // a retry: the first message
  }
  // One read of the people in the thread: the sender's language, quiet hours, the recipients.
  const profiles = await profilesOf(db, [thread.id]);
  const sender = profiles.find((p) => p.id === actor.id);
  // A family's message during an educator's quiet hours (their own or the district's) waits for the morning, and says so.
  let deliverAfter: Date | null = null;
  if (senderRole(access) === 'guardian') {
    for (const person of profiles) {
      if (person.kind === 'guardian' || !person.quietHours) continue;
      const until = quietUntil(now, person.quietHours, person.timeZone);
      if (until && (!deliverAfter || until > deliverAfter)) deliverAfter = until;
    }
  }
  const [counter] = await db
    .update(threads)
    .set({ lastSeq: sql`${threads.lastSeq} + 1`, lastMessageAt: now })
    .where(eq(threads.id, thread.id))
    .returning({ seq: threads.lastSeq });
  if (!counter) throw new Error('thread vanished while locked');
  const [row] = await db
    .insert(messages)
    .values({
      id: newId('msg'),
      threadId: thread.id,
      seq: counter.seq,
      senderId: actor.id,
      senderRole: senderRole(access),
      body: input.body,
      language: input.language ?? sender?.language ?? 'en',
      clientMessageId: input.clientMessageId,
      sentAt: now,
      deliverAfter,
      via: input.via,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  // One's own message is read.
  await db
    .update(threadParticipants)
    .set({ lastReadSeq: row.seq, lastDeliveredSeq: row.seq })
    .where(and(eq(threadParticipants.threadId, thread.id), eq(threadParticipants.personId, actor.id)));
  if (notifications) {
    await queueMessageNotifications(db, notifications, {
      threadId: thread.id,
      studentId: thread.studentId,
      tenantId: thread.tenantId,
      senderId: actor.id,
      sentAt: now,
      deliverAfter,
    });
  }
  await audit(
    db,
    actor,
    { action: 'create', resourceType: 'message', resourceId: row.id, studentId: thread.studentId },
    requestId,
  );
  // Last: the event log's head stays locked until commit.
  await publish(
    db,
    profiles.map((p) => p.id),
    {
      type: 'message.created',
      studentId: thread.studentId,
      threadId: thread.id,
      messageId: row.id,
      seq: row.seq,
      personId: actor.id,
    },
  );
  afterCommit((pool) => translate(pool, translators, row, thread.studentId));
  return toMessage(row);
}

export const markThreadRead: RouteHandler<'markThreadRead'> = async ({ params, body, actor, db }) => {
  const { thread, lastReadSeq } = await loadThread(db, actor, params.threadId);
  const seq = Math.max(lastReadSeq, Math.min(body.seq, thread.lastSeq));
  if (seq > lastReadSeq) {
    await db
      .update(threadParticipants)
      .set({ lastReadSeq: seq })
      .where(and(eq(threadParticipants.threadId, thread.id), eq(threadParticipants.personId, actor.id)));
    await publish(db, await participantsOf(db, thread.id), {
      type: 'thread.read',
      studentId: thread.studentId,
      threadId: thread.id,
      seq,
      personId: actor.id,
    });
  }
  return { threadId: thread.id, lastReadSeq: seq, unreadCount: await unreadCount(db, thread.id, actor.id) };
};

/** Advances a person's delivery receipt to the thread's newest message, and tells the others. */
async function markDelivered(db: Db, thread: ThreadRow, personId: string) {
  const [advanced] = await db
    .update(threadParticipants)
    .set({ lastDeliveredSeq: thread.lastSeq })
    .where(
      and(
        eq(threadParticipants.threadId, thread.id),
        eq(threadParticipants.personId, personId),
        lt(threadParticipants.lastDeliveredSeq, thread.lastSeq),
      ),
    )
    .returning({ seq: threadParticipants.lastDeliveredSeq });
  if (!advanced) return; // a concurrent read got there first
  const others = (await participantsOf(db, thread.id)).filter((id) => id !== personId);
  await publish(db, others, {
    type: 'thread.delivered',
    studentId: thread.studentId,
    threadId: thread.id,
    seq: advanced.seq,
    personId,
  });
}

/** A message in a thread the actor takes part in (and may still message about), or 404. */
async function loadMessage(db: Db, actor: Actor, messageId: string) {
  const [row] = await db.select().from(messages).where(eq(messages.id, messageId));
  if (!row) throw notFound();
  const { thread } = await loadThread(db, actor, row.threadId);
  return { message: row, thread };
}

export const editMessage: RouteHandler<'editMessage'> = async ({
  params,
  body,
  actor,
  db,
  requestId,
  now,
  afterCommit,
  translators,
}) => {
  const { message, thread } = await loadMessage(db, actor, params.messageId);
  if (message.senderId !== actor.id) throw forbidden('Only the person who sent a message can change it.');
  const age = now.getTime() - message.sentAt.getTime();
  if (age > MESSAGE_EDIT_WINDOW_MINUTES * 60_000) {
    throw conflict(
      `Messages can be changed for ${MESSAGE_EDIT_WINDOW_MINUTES} minutes after sending; send a new one instead.`,
    );
  }
  if (body.body === message.body) return toMessage(message, (await translationsOf(db, [message.id])).get(message.id));
  await db
    .insert(messageEdits)
    .values({ id: newId('edit'), messageId: message.id, previousBody: message.body, editedAt: now });
  // Translations were of the earlier text.
  await db.delete(messageTranslations).where(eq(messageTranslations.messageId, message.id));
  const [row] = await db
    .update(messages)
    .set({ body: body.body, editedAt: now })
    .where(eq(messages.id, message.id))
    .returning();
  if (!row) throw notFound();
  await audit(
    db,
    actor,
    { action: 'update', resourceType: 'message', resourceId: row.id, studentId: thread.studentId },
    requestId,
  );
  // The new text's translations, as for a new message.
  afterCommit((pool) => translate(pool, translators, row, thread.studentId));
  return toMessage(row);
};

export const setMessageInterpreterReview: RouteHandler<'setMessageInterpreterReview'> = async ({
  params,
  body,
  actor,
  db,
  requestId,
}) => {
  const { message, thread } = await loadMessage(db, actor, params.messageId);
  await authorize(db, actor, 'interpreter:review', thread.studentId);
  const [row] = await db
    .update(messages)
    .set({ interpreterReview: body.interpreterReview })
    .where(eq(messages.id, message.id))
    .returning();
  if (!row) throw notFound();
  if (row.interpreterReview !== message.interpreterReview) {
    await publish(db, await participantsOf(db, thread.id), {
      type: 'message.updated',
      studentId: thread.studentId,
      threadId: thread.id,
      messageId: row.id,
      seq: row.seq,
      personId: actor.id,
    });
  }
  await audit(
    db,
    actor,
    { action: 'update', resourceType: 'message', resourceId: row.id, studentId: thread.studentId },
    requestId,
  );
  return toMessage(row, (await translationsOf(db, [row.id])).get(row.id));
};

export const reportMessage: RouteHandler<'reportMessage'> = async ({ params, body, actor, db, requestId, now }) => {
  const { message, thread } = await loadMessage(db, actor, params.messageId);
  const [row] = await db
    .insert(messageReports)
    .values({
      id: newId('rep'),
      messageId: message.id,
      reportedBy: actor.id,
      reason: body.reason,
      note: body.note ?? null,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await audit(
    db,
    actor,
    { action: 'create', resourceType: 'message-report', resourceId: row.id, studentId: thread.studentId },
    requestId,
  );
  const report: MessageReport = {
    id: row.id,
    messageId: row.messageId,
    reportedBy: row.reportedBy,
    reason: row.reason,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
  return report;
};
