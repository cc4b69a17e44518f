import { problemTypes, UNREAD_COUNT_CAP } from '@tandem/contract';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { events, messageEdits, messages, people, tenants } from '../src/db/schema.js';
import { backends, client, expectProblem, seeded, tokenFor } from './harness.js';

const person = (id: string) => ({ id, tenant: 'ten_riverside' });

describe.each(backends)('messaging on $name', (backend) => {
  let database: Database;
  let call: ReturnType<typeof client>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    database = await seeded(backend);
    call = client(database);
    for (const id of ['per_garcia', 'per_rivera', 'per_johnson', 'per_miller', 'per_haddad', 'per_patel']) {
      tokens[id] = await tokenFor(person(id));
    }
  });
  afterAll(() => database.close());

  /** The newest message's seq in a thread, as its participant `token` sees it. */
  const newestSeq = async (threadUrl: string, token: string) => {
    const page = await call('GET', `${threadUrl}/messages?limit=1`, { token });
    expect(page.status).toBe(200);
    expect(page.json.items).toHaveLength(1);
    return page.json.items[0].seq as number;
  };

  /** Ms. García has fetched and read everything in her thread with Ms. Rivera, whatever ran before. */
  const garciaCaughtUp = async (threadUrl: string) => {
    const seq = await newestSeq(threadUrl, tokens.per_garcia!); // fetching the newest page delivers it
    const read = await call('POST', `${threadUrl}/read`, { token: tokens.per_garcia, body: { seq } });
    expect(read.json).toMatchObject({ lastReadSeq: seq, unreadCount: 0 });
    return seq;
  };

  it('keeps guardians in separate homes out of each other’s direct threads', async () => {
    const mother = await call('GET', '/api/v1/students/stu_jaylen/threads', { token: tokens.per_johnson });
    const father = await call('GET', '/api/v1/students/stu_jaylen/threads', { token: tokens.per_miller });
    const ids = (page: { json: Record<string, unknown> }) => (page.json.items as { id: string }[]).map((t) => t.id);
    expect(ids(mother)).toContain('thr_jaylen_johnson_haddad');
    expect(ids(mother)).not.toContain('thr_jaylen_miller_haddad');
    expect(ids(father)).toContain('thr_jaylen_miller_haddad');
    const peek = await call('GET', '/api/v1/threads/thr_jaylen_miller_haddad/messages', { token: tokens.per_johnson });
    expect(peek.status).toBe(404);
    for (const thread of mother.json.items) expect(thread.participantIds).toContain('per_johnson');
  });

  it('numbers messages per thread, and a repeated clientMessageId makes no second message', async () => {
    const url = '/api/v1/threads/thr_mateo_garcia_rivera/messages';
    // Other tests write to this thread too: count from its newest message now.
    const before = await newestSeq('/api/v1/threads/thr_mateo_garcia_rivera', tokens.per_rivera!);
    expect(before).toBeGreaterThanOrEqual(3); // the seeded conversation
    const first = await call('POST', url, {
      token: tokens.per_garcia,
      body: { body: 'Gracias, maestra.', clientMessageId: 'm-1' },
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      seq: before + 1,
      senderId: 'per_garcia',
      senderRole: 'guardian',
      language: 'es',
    });
    const again = await call('POST', url, {
      token: tokens.per_garcia,
      body: { body: 'Gracias, maestra.', clientMessageId: 'm-1' },
    });
    expect(again.json).toEqual(first.json);
    const stored = await database.db
      .select()
      .from(messages)
      .where(and(eq(messages.senderId, 'per_garcia'), eq(messages.clientMessageId, 'm-1')));
    expect(stored).toHaveLength(1);
    const next = await call('POST', url, {
      token: tokens.per_rivera,
      body: { body: 'De nada.', clientMessageId: 'm-2' },
    });
    expect(next.json.seq).toBe(before + 2);
  });

  it('assigns unique, gapless sequence numbers under concurrent sends, and dedupes concurrent repeats', async () => {
    const url = '/api/v1/threads/thr_jaylen_johnson_haddad/messages';
    const distinct = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call('POST', url, {
          token: i % 2 ? tokens.per_johnson : tokens.per_haddad,
          body: { body: `note ${i}`, clientMessageId: `c-${i}` },
        }),
      ),
    );
    expect(distinct.map((r) => r.status)).toEqual(Array(12).fill(201));
    const seqs = distinct.map((r) => r.json.seq as number).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => seqs[0]! + i));
    const repeats = await Promise.all(
      Array.from({ length: 6 }, () =>
        call('POST', url, { token: tokens.per_johnson, body: { body: 'once', clientMessageId: 'dup' } }),
      ),
    );
    expect(new Set(repeats.map((r) => r.json.id)).size).toBe(1);
  });

  it('counts unread messages up to the cap, however long the backlog', async () => {
    const url = '/api/v1/threads/thr_mateo_garcia_rivera';
    await garciaCaughtUp(url);
    const sent: number[] = [];
    for (let i = 0; i < UNREAD_COUNT_CAP + 2; i++) {
      const message = await call('POST', `${url}/messages`, {
        token: tokens.per_rivera,
        body: { body: `Reminder ${i + 1}`, clientMessageId: `backlog-${i}` },
      });
      expect(message.status).toBe(201);
      sent.push(message.json.seq as number);
    }
    const unread = async () =>
      (await call('GET', '/api/v1/students/stu_mateo/threads', { token: tokens.per_garcia })).json.items.find(
        (t: { id: string }) => t.id === 'thr_mateo_garcia_rivera',
      ).unreadCount as number;
    expect(await unread()).toBe(UNREAD_COUNT_CAP); // 102 unread: "99+"
    // Two read, a hundred left: still the cap; one more read, 99 counted exactly.
    const two = await call('POST', `${url}/read`, { token: tokens.per_garcia, body: { seq: sent[1] } });
    expect(two.json).toEqual({ threadId: 'thr_mateo_garcia_rivera', lastReadSeq: sent[1], unreadCount: 100 });
    const three = await call('POST', `${url}/read`, { token: tokens.per_garcia, body: { seq: sent[2] } });
    expect(three.json.unreadCount).toBe(UNREAD_COUNT_CAP - 1);
    expect(await unread()).toBe(UNREAD_COUNT_CAP - 1);
    await garciaCaughtUp(url);
  });

  it('counts unread messages per person and marks them read, with a receipt event', async () => {
    const url = '/api/v1/threads/thr_mateo_garcia_rivera';
    await garciaCaughtUp(url);
    await call('POST', `${url}/messages`, {
      token: tokens.per_rivera,
      body: { body: 'See you Friday!', clientMessageId: 'r-1' },
    });
    const unread = async () =>
      (await call('GET', '/api/v1/students/stu_mateo/threads', { token: tokens.per_garcia })).json.items.find(
        (t: { id: string }) => t.id === 'thr_mateo_garcia_rivera',
      ).unreadCount as number;
    expect(await unread()).toBe(1);
    const thread = (await call('GET', `${url}/messages?limit=1`, { token: tokens.per_garcia })).json.items[0];
    const read = await call('POST', `${url}/read`, { token: tokens.per_garcia, body: { seq: thread.seq } });
    expect(read.json).toEqual({ threadId: 'thr_mateo_garcia_rivera', lastReadSeq: thread.seq, unreadCount: 0 });
    expect(await unread()).toBe(0);
    const receipts = await database.db
      .select()
      .from(events)
      .where(and(eq(events.recipientId, 'per_rivera'), eq(events.type, 'thread.read')))
      .orderBy(asc(events.id));
    expect(receipts.at(-1)).toMatchObject({ personId: 'per_garcia', seq: thread.seq });
  });

  it('marks a message delivered when the recipient fetches it, and read when they read it, per participant', async () => {
    const url = '/api/v1/threads/thr_mateo_garcia_rivera';
    const caughtUp = await garciaCaughtUp(url);
    const sent = await call('POST', `${url}/messages`, {
      token: tokens.per_rivera,
      body: { body: 'The field trip form is in the folder.', clientMessageId: 'r-delivered' },
    });
    const receiptsOf = async (personId: string) => {
      const threads = await call('GET', '/api/v1/students/stu_mateo/threads', { token: tokens.per_rivera });
      const thread = threads.json.items.find((t: { id: string }) => t.id === 'thr_mateo_garcia_rivera');
      const { lastDeliveredSeq, lastReadSeq } = thread.participants.find((p: { id: string }) => p.id === personId);
      return { lastDeliveredSeq, lastReadSeq };
    };
    const seq = sent.json.seq as number;
    expect(seq).toBe(caughtUp + 1);
    expect(await receiptsOf('per_garcia')).toEqual({ lastDeliveredSeq: seq - 1, lastReadSeq: seq - 1 });
    expect(await receiptsOf('per_rivera')).toEqual({ lastDeliveredSeq: seq, lastReadSeq: seq });
    // An older page is not the newest: it delivers nothing.
    await call('GET', `${url}/messages?cursor=${encodeURIComponent(await olderCursor(url))}`, {
      token: tokens.per_garcia,
    });
    expect((await receiptsOf('per_garcia')).lastDeliveredSeq).toBe(seq - 1);
    await call('GET', `${url}/messages`, { token: tokens.per_garcia });
    expect(await receiptsOf('per_garcia')).toEqual({ lastDeliveredSeq: seq, lastReadSeq: seq - 1 });
    const told = await database.db
      .select()
      .from(events)
      .where(and(eq(events.recipientId, 'per_rivera'), eq(events.type, 'thread.delivered')))
      .orderBy(asc(events.id)); // the newest last: a table has no order of its own
    expect(told.at(-1)).toMatchObject({ personId: 'per_garcia', seq });
    await call('POST', `${url}/read`, { token: tokens.per_garcia, body: { seq } });
    expect(await receiptsOf('per_garcia')).toEqual({ lastDeliveredSeq: seq, lastReadSeq: seq });
  });

  /** A cursor to the page after the newest message (fetched as the educator, who delivers nothing new). */
  async function olderCursor(url: string): Promise<string> {
    return (await call('GET', `${url}/messages?limit=1`, { token: tokens.per_rivera })).json.nextCursor as string;
  }

  it('starts direct threads once, groups on request, and only with the student’s people', async () => {
    const again = await call('POST', '/api/v1/students/stu_jaylen/threads', {
      token: tokens.per_miller,
      body: { participantIds: ['per_haddad'] },
    });
    expect(again.json.id).toBe('thr_jaylen_miller_haddad');
    const group = await call('POST', '/api/v1/students/stu_jaylen/threads', {
      token: tokens.per_haddad,
      body: { participantIds: ['per_johnson', 'per_miller', 'per_rivera'], subject: 'Reading plan' },
    });
    expect(group.status).toBe(201);
    expect(group.json).toMatchObject({
      kind: 'group',
      subject: 'Reading plan',
      participantIds: ['per_haddad', 'per_johnson', 'per_miller', 'per_rivera'],
    });
    const stranger = await call('POST', '/api/v1/students/stu_jaylen/threads', {
      token: tokens.per_haddad,
      body: { participantIds: ['per_patel'] },
    });
    expect(stranger.status).toBe(400);
    expect(stranger.json.errors[0]).toMatchObject({ path: 'body.participantIds.0', code: 'not_related' });
  });

  it('takes plain text up to 4,000 characters, stored exactly as sent', async () => {
    const url = '/api/v1/threads/thr_mateo_garcia_rivera/messages';
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const sent = await call('POST', url, { token: tokens.per_garcia, body: { body: html, clientMessageId: 'x-1' } });
    expect(sent.json.body).toBe(html);
    const long = await call('POST', url, {
      token: tokens.per_garcia,
      body: { body: 'a'.repeat(4001), clientMessageId: 'x-2' },
    });
    expectProblem(long, 400, problemTypes.validation, {
      errors: [expect.objectContaining({ path: 'body.body', code: 'too_big' })],
    });
    expect(long.json.errors).toHaveLength(1);
    const blank = await call('POST', url, { token: tokens.per_garcia, body: { body: ' \n ', clientMessageId: 'x-3' } });
    expectProblem(blank, 400, problemTypes.validation, {
      errors: [expect.objectContaining({ path: 'body.body', code: 'invalid_format' })],
    });
    expect(blank.json.errors).toHaveLength(1);
    // Neither refusal stored anything.
    const refused = await database.db
      .select()
      .from(messages)
      .where(and(eq(messages.senderId, 'per_garcia'), inArray(messages.clientMessageId, ['x-2', 'x-3'])));
    expect(refused).toEqual([]);
  });

  it("marks a family's message sent in the teacher's quiet hours for the end of them, and shows who is talking", async () => {
    // Ms. Haddad is off from an hour ago to an hour from now, in her time zone.
    const clock = (offsetMinutes: number) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'America/Chicago',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(Date.now() + offsetMinutes * 60_000));
    const quiet = { start: clock(-60), end: clock(60) };
    await database.db
      .update(people)
      .set({ quietHoursStart: quiet.start, quietHoursEnd: quiet.end })
      .where(eq(people.id, 'per_haddad'));
    const url = '/api/v1/threads/thr_jaylen_miller_haddad/messages';
    const family = await call('POST', url, {
      token: tokens.per_miller,
      body: { body: 'Are you free Monday?', clientMessageId: 'q-1' },
    });
    expect(family.json.deliverAfter).toEqual(expect.any(String));
    expect(Date.parse(family.json.deliverAfter)).toBeGreaterThan(Date.now());
    const teacher = await call('POST', url, {
      token: tokens.per_haddad,
      body: { body: 'Yes!', clientMessageId: 'q-2' },
    });
    expect(teacher.json.deliverAfter).toBeNull();
    const threads = await call('GET', '/api/v1/students/stu_jaylen/threads', { token: tokens.per_miller });
    const thread = threads.json.items.find((t: { id: string }) => t.id === 'thr_jaylen_miller_haddad');
    expect(thread.participants).toEqual([
      expect.objectContaining({
        id: 'per_haddad',
        displayName: 'Layla Haddad',
        kind: 'educator',
        educatorRole: 'special_educator',
        quietHours: quiet,
      }),
      expect.objectContaining({ id: 'per_miller', displayName: 'Marcus Miller', kind: 'guardian', quietHours: null }),
    ]);
  });

  it("holds a family's message to an educator without quiet hours of her own for the end of the district's", async () => {
    const clock = (offsetMinutes: number) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'America/Chicago',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(Date.now() + offsetMinutes * 60_000));
    // Ms. Chen has none of her own; the district's cover now.
    const quiet = { start: clock(-60), end: clock(60) };
    await database.db
      .update(tenants)
      .set({ quietHoursStart: quiet.start, quietHoursEnd: quiet.end })
      .where(eq(tenants.id, 'ten_riverside'));
    try {
      const omar = await tokenFor(person('per_alsayed_omar'));
      const url = '/api/v1/threads/thr_yusuf_alsayed_omar_chen/messages';
      const held = await call('POST', url, { token: omar, body: { body: 'Is Yusuf okay?', clientMessageId: 'dq-1' } });
      expect(Date.parse(held.json.deliverAfter)).toBeGreaterThan(Date.now());
      const threads = await call('GET', '/api/v1/students/stu_yusuf/threads', { token: omar });
      const thread = threads.json.items.find((t: { id: string }) => t.id === 'thr_yusuf_alsayed_omar_chen');
      expect(thread.participants.map((p: { id: string; quietHours: unknown }) => [p.id, p.quietHours])).toEqual([
        ['per_alsayed_omar', null],
        ['per_chen', quiet],
      ]);
    } finally {
      await database.db
        .update(tenants)
        .set({ quietHoursStart: null, quietHoursEnd: null })
        .where(eq(tenants.id, 'ten_riverside'));
    }
  });

  it('lets the sender change a message for 15 minutes, keeping the earlier text; anyone in it may report it', async () => {
    const url = '/api/v1/threads/thr_mateo_garcia_rivera/messages';
    const sent = await call('POST', url, {
      token: tokens.per_garcia,
      body: { body: 'Nos vemos el lunes', clientMessageId: 'e-1' },
    });
    const edited = await call('PATCH', `/api/v1/messages/${sent.json.id}`, {
      token: tokens.per_garcia,
      body: { body: 'Nos vemos el martes' },
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({
      body: 'Nos vemos el martes',
      seq: sent.json.seq,
      editedAt: expect.any(String),
    });
    const history = await database.db.select().from(messageEdits).where(eq(messageEdits.messageId, sent.json.id));
    expect(history.map((h) => h.previousBody)).toEqual(['Nos vemos el lunes']);
    const notYours = await call('PATCH', `/api/v1/messages/${sent.json.id}`, {
      token: tokens.per_rivera,
      body: { body: 'x' },
    });
    expectProblem(notYours, 403, problemTypes.forbidden, {
      detail: 'Only the person who sent a message can change it.',
    });
    await database.db
      .update(messages)
      .set({ sentAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(messages.id, sent.json.id));
    const late = await call('PATCH', `/api/v1/messages/${sent.json.id}`, {
      token: tokens.per_garcia,
      body: { body: 'y' },
    });
    expectProblem(late, 409, problemTypes.conflict);
    const [kept] = await database.db.select().from(messages).where(eq(messages.id, sent.json.id));
    expect(kept!.body).toBe('Nos vemos el martes');
    const report = await call('POST', `/api/v1/messages/${sent.json.id}/reports`, {
      token: tokens.per_rivera,
      body: { reason: 'other', note: 'Checking the report flow' },
    });
    expect(report.status).toBe(201);
    expect(report.json).toMatchObject({ messageId: sent.json.id, reportedBy: 'per_rivera', reason: 'other' });
    expect((await call('DELETE', `/api/v1/messages/${sent.json.id}`, { token: tokens.per_garcia })).status).toBe(404);
  });

  it('pages messages newest first', async () => {
    const all: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { json: Record<string, unknown> } = await call(
        'GET',
        `/api/v1/threads/thr_jaylen_johnson_haddad/messages?limit=5${cursor ? `&cursor=${cursor}` : ''}`,
        { token: tokens.per_haddad },
      );
      all.push(...(page.json.items as { seq: number }[]).map((m) => m.seq));
      cursor = page.json.nextCursor as string | null;
    } while (cursor);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    expect(new Set(all).size).toBe(all.length);
    expect(all.at(-1)).toBe(1);
  });
});
