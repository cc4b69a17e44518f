import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { problemTypes } from '@tandem/contract';
import { auditEvents, progressEntries } from '../src/db/schema.js';
import { backends, client, expectProblem, people, seeded, today, tokenFor } from './harness.js';

describe.each(backends)('goals API on $name', (backend) => {
  let database: Database;
  let call: ReturnType<typeof client>;
  let guardian: string;
  let educator: string;
  let otherGuardian: string;

  beforeAll(async () => {
    database = await seeded(backend);
    call = client(database);
    [guardian, educator, otherGuardian] = await Promise.all([
      tokenFor(people.guardian),
      tokenFor(people.educator),
      tokenFor(people.otherGuardian),
    ]);
  });
  afterAll(() => database.close());

  it('a guardian lists their student goals, records an entry stamped home, and the educator sees exactly that entry', async () => {
    const list = await call('GET', '/api/v1/students/stu_mateo/goals', { token: guardian });
    expect(list.status).toBe(200);
    expect(list.json.items.map((g: { id: string }) => g.id)).toEqual(['goal_mateo_reading', 'goal_mateo_math']);
    expect(list.json.nextCursor).toBeNull();

    const key = crypto.randomUUID();
    const body = { value: 12, date: today(), note: 'Read "Frog and Toad" together' };
    const first = await call('POST', '/api/v1/goals/goal_mateo_reading/progress', {
      token: guardian,
      body,
      headers: { 'Idempotency-Key': key },
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      goalId: 'goal_mateo_reading',
      studentId: 'stu_mateo',
      value: 12,
      note: body.note,
      recordedBy: 'per_garcia',
      recorderRole: 'guardian',
      setting: 'home',
    });

    const replay = await call('POST', '/api/v1/goals/goal_mateo_reading/progress', {
      token: guardian,
      body,
      headers: { 'Idempotency-Key': key },
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(replay.json).toEqual(first.json);

    const seen = await call('GET', '/api/v1/goals/goal_mateo_reading/progress?limit=100', { token: educator });
    expect(seen.status).toBe(200);
    const mine = seen.json.items.filter((e: { note: string | null }) => e.note === body.note);
    expect(mine).toEqual([first.json]);
    const stored = await database.db.select().from(progressEntries).where(eq(progressEntries.note, body.note));
    expect(stored).toHaveLength(1);
  });

  it('answers 404 for another family student, exactly like a missing one', async () => {
    const other = await call('GET', '/api/v1/students/stu_arjun/goals', { token: guardian });
    const missing = await call('GET', '/api/v1/students/stu_nobody/goals', { token: guardian });
    expect(other.status).toBe(404);
    expect(other.headers.get('Content-Type')).toBe('application/problem+json');
    expect({ ...other.json, requestId: undefined }).toEqual({ ...missing.json, requestId: undefined });
    const record = await call('POST', '/api/v1/goals/goal_arjun_focus/progress', {
      token: guardian,
      body: { value: 50, date: today() },
    });
    expect(record.status).toBe(404);
  });

  it('answers 401 problem+json without a token, and 400 for an unknown body key', async () => {
    const anonymous = await call('GET', '/api/v1/students/stu_mateo/goals');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('Content-Type')).toBe('application/problem+json');
    expect(anonymous.json).toMatchObject({ status: 401, type: 'urn:tandem:problem:unauthorized' });

    const unknown = await call('POST', '/api/v1/goals/goal_mateo_reading/progress', {
      token: guardian,
      body: { value: 3, date: today(), mood: 'happy' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors).toEqual([
      { path: 'body.mood', code: 'unrecognized_key', message: 'Unknown field "mood".' },
    ]);
  });

  it('refuses values outside the measure, future dates and inactive goals', async () => {
    const tooMuch = await call('POST', '/api/v1/goals/goal_jaylen_start/progress', {
      token: educator,
      body: { value: 140, date: today() },
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.json.errors[0]).toMatchObject({ path: 'body.value', code: 'out_of_range' });
    const future = await call('POST', '/api/v1/goals/goal_mateo_reading/progress', {
      token: guardian,
      body: { value: 10, date: '2999-01-01' },
    });
    expect(future.json.errors[0]).toMatchObject({ path: 'body.date', code: 'in_future' });
    const proposed = await call('POST', '/api/v1/goals/goal_sofia_proposed/progress', {
      token: guardian,
      body: { value: 1, date: today() },
    });
    expect(proposed.status).toBe(409);
    expect(proposed.json).toMatchObject({
      type: problemTypes.conflict,
      status: 409,
      detail: 'Progress is recorded on active goals; this one is proposed.',
    });
  });

  it('the same Idempotency-Key with a different body is refused', async () => {
    const key = crypto.randomUUID();
    const url = '/api/v1/goals/goal_mateo_math/progress';
    expect(
      (
        await call('POST', url, {
          token: guardian,
          body: { value: 11, date: today() },
          headers: { 'Idempotency-Key': key },
        })
      ).status,
    ).toBe(201);
    const reused = await call('POST', url, {
      token: guardian,
      body: { value: 12, date: today() },
      headers: { 'Idempotency-Key': key },
    });
    expect(reused.status).toBe(422);
    expect(reused.json).toMatchObject({ type: problemTypes.idempotencyMismatch, status: 422 });
    // Keys belong to a person: Mateo's teacher sending the same key (and the second body) is a new request.
    const teacher = await call('POST', url, {
      token: educator,
      body: { value: 12, date: today() },
      headers: { 'Idempotency-Key': key },
    });
    expect(teacher.status).toBe(201);
    expect(teacher.headers.get('Idempotent-Replayed')).toBeNull();
    expect(teacher.json).toMatchObject({
      goalId: 'goal_mateo_math',
      value: 12,
      recordedBy: 'per_rivera',
      recorderRole: 'educator',
      setting: 'school',
    });
    const stored = await database.db.select().from(progressEntries).where(eq(progressEntries.id, teacher.json.id));
    expect(stored).toHaveLength(1);
  });

  it('concurrent repeats of one POST create one entry', async () => {
    const key = crypto.randomUUID();
    const body = { value: 7, date: today(), note: `race ${key}` };
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        call('POST', '/api/v1/goals/goal_mateo_math/progress', {
          token: guardian,
          body,
          headers: { 'Idempotency-Key': key },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(results.map((r) => r.json.id)).size).toBe(1);
    const stored = await database.db.select().from(progressEntries).where(eq(progressEntries.note, body.note));
    expect(stored).toHaveLength(1);
  });

  it('educators create goals; guardians propose them and cannot make them active', async () => {
    const goal = {
      domain: 'academic',
      statement: 'Write a sentence with a capital letter and a period',
      measureType: 'percent',
      unit: '% of sentences',
      baseline: 30,
      target: 80,
      actionSteps: [
        { description: 'Write a shopping list together', owner: 'home', frequency: 'Weekends' },
        { description: 'Sentence check at the end of writing time', owner: 'school' },
      ],
    };
    const created = await call('POST', '/api/v1/students/stu_mateo/goals', { token: educator, body: goal });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      status: 'active',
      creatorRole: 'educator',
      createdBy: 'per_rivera',
      version: 1,
    });
    expect(created.json.actionSteps).toHaveLength(2);
    expect(created.json.startDate).toBe(today());

    const proposed = await call('POST', '/api/v1/students/stu_mateo/goals', { token: guardian, body: goal });
    expect(proposed.status).toBe(201);
    expect(proposed.json).toMatchObject({ status: 'proposed', creatorRole: 'guardian', createdBy: 'per_garcia' });

    const pushy = await call('POST', '/api/v1/students/stu_mateo/goals', {
      token: guardian,
      body: { ...goal, status: 'active' },
    });
    expect(pushy.status).toBe(403);

    const badDates = await call('POST', '/api/v1/students/stu_mateo/goals', {
      token: educator,
      body: { ...goal, startDate: '2026-09-10', targetDate: '2026-09-01' },
    });
    expect(badDates.status).toBe(400);
    expect(badDates.json.errors[0].path).toBe('body.targetDate');

    const guardianPatch = await call('PATCH', `/api/v1/goals/${proposed.json.id}`, {
      token: guardian,
      body: { version: 1, statement: 'Mine now' },
    });
    expect(guardianPatch.status).toBe(403);
  });

  it('a family suggests a goal in their own words alone; the educator completes how it is measured when accepting', async () => {
    const words = { statement: 'Feel less worried on Monday mornings' };
    const suggested = await call('POST', '/api/v1/students/stu_mateo/goals', { token: guardian, body: words });
    expect(suggested.status).toBe(201);
    expect(suggested.json).toMatchObject({
      statement: words.statement,
      status: 'proposed',
      creatorRole: 'guardian',
      domain: null,
      measureType: null,
      unit: null,
      baseline: null,
      target: null,
    });

    /** A validation problem, by its type and the `required` fields it names. */
    const missing = (answer: { status: number; json: { errors?: { path: string; code: string }[] } }) => {
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ type: problemTypes.validation, status: 400 });
      return answer.json.errors?.map((e) => `${e.path}:${e.code}`);
    };
    const required = (...fields: string[]) => fields.map((f) => `body.${f}:required`);

    // An educator's goal that is active from the start says how it is measured.
    const incomplete = await call('POST', '/api/v1/students/stu_mateo/goals', { token: educator, body: words });
    expect(missing(incomplete)).toEqual(required('domain', 'measureType', 'unit'));

    // Accepting without the measurement fields changes nothing…
    const bare = await call('PATCH', `/api/v1/goals/${suggested.json.id}`, {
      token: educator,
      body: { version: 1, status: 'active' },
    });
    expect(missing(bare)).toEqual(required('domain', 'measureType', 'unit', 'baseline', 'target'));
    const still = await call('GET', `/api/v1/goals/${suggested.json.id}`, { token: educator });
    expect(still.json).toMatchObject({ status: 'proposed', version: 1, measureType: null });

    // …and the family cannot accept their own suggestion (authorization unchanged).
    const family = await call('PATCH', `/api/v1/goals/${suggested.json.id}`, {
      token: guardian,
      body: { version: 1, status: 'active', domain: 'social_emotional', measureType: 'rating', unit: 'calm' },
    });
    expect(family.status).toBe(403);
    expect(family.json).toMatchObject({ type: problemTypes.forbidden, status: 403 });

    const complete = {
      domain: 'social_emotional',
      measureType: 'rating',
      unit: 'on the calm scale',
      baseline: 2,
      target: 4,
    };
    const accepted = await call('PATCH', `/api/v1/goals/${suggested.json.id}`, {
      token: educator,
      body: { version: 1, status: 'active', ...complete },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ ...complete, status: 'active', statement: words.statement, version: 2 });

    // An active goal keeps its measurement: it cannot be taken away.
    const cleared = await call('PATCH', `/api/v1/goals/${suggested.json.id}`, {
      token: educator,
      body: { version: 2, measureType: null },
    });
    expect(cleared.status).toBe(400);
    expect(cleared.json).toMatchObject({ type: problemTypes.validation, status: 400 });
    expect(cleared.json.errors.map((e: { path: string }) => e.path)).toEqual(['body.measureType']);

    // Declining a suggestion needs nothing more.
    const another = await call('POST', '/api/v1/students/stu_mateo/goals', {
      token: guardian,
      body: { statement: 'Ride the bus alone' },
    });
    const declined = await call('PATCH', `/api/v1/goals/${another.json.id}`, {
      token: educator,
      body: { version: 1, status: 'discontinued' },
    });
    expect(declined.status).toBe(200);
    expect(declined.json).toMatchObject({ status: 'discontinued', measureType: null });
  });

  it('updates with the current version, answers 409 on a stale one, and keeps transitions legal', async () => {
    const { json: goal } = await call('GET', '/api/v1/goals/goal_emma_attendance', { token: educator });
    const steps = [
      { id: goal.actionSteps[0].id, description: goal.actionSteps[0].description, owner: 'home' },
      { description: 'Text a reminder the night before', owner: 'school', frequency: 'School nights' },
    ];
    const updated = await call('PATCH', '/api/v1/goals/goal_emma_attendance', {
      token: educator,
      body: { version: goal.version, statement: 'Arrive at school by 7:55', actionSteps: steps },
    });
    expect(updated.status).toBe(200);
    expect(updated.json.version).toBe(goal.version + 1);
    expect(updated.json.actionSteps[0].id).toBe(goal.actionSteps[0].id);
    expect(updated.json.actionSteps[1]).toMatchObject({ owner: 'school', frequency: 'School nights' });

    const stale = await call('PATCH', '/api/v1/goals/goal_emma_attendance', {
      token: educator,
      body: { version: goal.version, statement: 'Lost update' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ type: problemTypes.conflict, status: 409 });
    expect(stale.json.detail).toContain(`now version ${goal.version + 1}`);
    const after = await call('GET', '/api/v1/goals/goal_emma_attendance', { token: educator });
    expect(after.json.statement).toBe('Arrive at school by 7:55');

    const met = await call('PATCH', '/api/v1/goals/goal_emma_attendance', {
      token: educator,
      body: { version: updated.json.version, status: 'met' },
    });
    expect(met.json.status).toBe('met');
    const illegal = await call('PATCH', '/api/v1/goals/goal_emma_attendance', {
      token: educator,
      body: { version: met.json.version, status: 'discontinued' },
    });
    expect(illegal.status).toBe(409);
    expect(illegal.json).toMatchObject({
      type: problemTypes.conflict,
      status: 409,
      detail: 'A met goal cannot become discontinued.',
    });
    const unknownStep = await call('PATCH', '/api/v1/goals/goal_emma_attendance', {
      token: educator,
      body: { version: met.json.version, actionSteps: [{ id: 'step_nope', description: 'x', owner: 'home' }] },
    });
    expect(unknownStep.status).toBe(400);
    expect(unknownStep.json).toMatchObject({ type: problemTypes.validation, status: 400 });
    expect(unknownStep.json.errors).toEqual([
      { path: 'body.actionSteps.0.id', code: 'unknown_step', message: 'No such action step on this goal.' },
    ]);
    const empty = await call('PATCH', '/api/v1/goals/goal_emma_attendance', {
      token: educator,
      body: { version: met.json.version },
    });
    expect(empty.status).toBe(400);
    expect(empty.json).toMatchObject({ type: problemTypes.validation, status: 400 });
    expect(empty.json.errors).toEqual([
      { path: 'body', code: 'empty_update', message: 'Send at least one field to change.' },
    ]);
    // None of the refused updates changed the goal.
    const final = await call('GET', '/api/v1/goals/goal_emma_attendance', { token: educator });
    expect(final.json).toMatchObject({
      version: met.json.version,
      status: 'met',
      statement: 'Arrive at school by 7:55',
    });
  });

  it('pages through progress with cursors, newest first, without gaps or repeats', async () => {
    const all: { id: string; date: string }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=4&cursor=${cursor}` : '?limit=4';
      const page = await call('GET', `/api/v1/goals/goal_yusuf_calm/progress${query}`, { token: educator });
      expect(page.status).toBe(200);
      expect(page.json.items.length).toBeLessThanOrEqual(4);
      all.push(...page.json.items);
      cursor = page.json.nextCursor;
    } while (cursor);
    const full = await call('GET', '/api/v1/goals/goal_yusuf_calm/progress?limit=100', { token: educator });
    expect(all.map((e) => e.id)).toEqual(full.json.items.map((e: { id: string }) => e.id));
    expect(all.length).toBeGreaterThan(10);
    const dates = all.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    const settings = new Set(full.json.items.map((e: { setting: string }) => e.setting));
    expect(settings).toEqual(new Set(['home', 'school']));

    const bad = await call('GET', '/api/v1/goals/goal_yusuf_calm/progress?cursor=garbage', { token: educator });
    expect(bad.status).toBe(400);
  });

  it('lists goals with their newest progress in one request, exactly as the progress route gives it', async () => {
    const proposal = await call('POST', '/api/v1/students/stu_mateo/goals', {
      token: guardian,
      body: { statement: `Read a bedtime story together ${crypto.randomUUID()}` },
    });
    expect(proposal.status).toBe(201);
    const listed = await call('GET', '/api/v1/students/stu_mateo/goals?limit=100&recentProgress=3', {
      token: educator,
    });
    expect(listed.status).toBe(200);
    const items = listed.json.items as { id: string; status: string; recentProgress: { id: string }[] }[];
    expect(items.find((goal) => goal.id === proposal.json.id)?.recentProgress).toEqual([]); // a suggestion has none
    const measured = items.filter((goal) => goal.status !== 'proposed');
    expect(measured.length).toBeGreaterThan(1);
    for (const goal of measured) {
      const own = await call('GET', `/api/v1/goals/${goal.id}/progress?limit=3`, { token: educator });
      expect(goal.recentProgress).toEqual(own.json.items);
    }
    expect(measured.some((goal) => goal.recentProgress.length === 3)).toBe(true);

    // Without asking, goals come alone; out of range, a 400 naming the field.
    const plain = await call('GET', '/api/v1/students/stu_mateo/goals', { token: educator });
    expect(plain.json.items[0]).not.toHaveProperty('recentProgress');
    for (const value of ['0', '101', 'many']) {
      const refused = await call('GET', `/api/v1/students/stu_mateo/goals?recentProgress=${value}`, {
        token: educator,
      });
      expectProblem(refused, 400, problemTypes.validation);
      expect(refused.json.errors).toEqual([expect.objectContaining({ path: 'query.recentProgress' })]);
    }
  });

  it('lists each person only their own students', async () => {
    const mine = await call('GET', '/api/v1/students', { token: guardian });
    expect(mine.json.items.map((s: { id: string }) => s.id).sort()).toEqual(['stu_mateo', 'stu_sofia']);
    expect(mine.json.items[0].relationship.role).toBe('guardian');
    const theirs = await call('GET', '/api/v1/students', { token: otherGuardian });
    expect(theirs.json.items.map((s: { id: string }) => s.id)).toEqual(['stu_arjun']);
    const admin = await call('GET', '/api/v1/students?limit=5', { token: await tokenFor(people.admin) });
    expect(admin.json.items).toHaveLength(5);
    expect(admin.json.nextCursor).toEqual(expect.any(String));
  });

  it('audits reads and writes of student records', async () => {
    // This test makes its own read and write, and finds each one's audit event by its request id.
    const read = await call('GET', '/api/v1/goals/goal_mateo_reading', { token: guardian });
    expect(read.status).toBe(200);
    const write = await call('POST', '/api/v1/goals/goal_mateo_reading/progress', {
      token: guardian,
      body: { value: 9, date: today(), note: `audited ${crypto.randomUUID()}` },
    });
    expect(write.status).toBe(201);
    const readId = read.headers.get('X-Request-Id');
    const writeId = write.headers.get('X-Request-Id');
    expect(readId).toEqual(expect.any(String));
    expect(writeId).toEqual(expect.any(String));
    expect(readId).not.toBe(writeId);

    const eventsOf = (requestId: string) =>
      database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.requestId, requestId))
        .then((rows) =>
          rows.map(({ tenantId, actorId, action, resourceType, resourceId, studentId }) => ({
            tenantId,
            actorId,
            action,
            resourceType,
            resourceId,
            studentId,
          })),
        );
    const who = { tenantId: 'ten_riverside', actorId: 'per_garcia', studentId: 'stu_mateo' };
    // A read's event is written in a batch after the answer, a write's in its transaction.
    await expect
      .poll(() => eventsOf(readId!), { interval: 20 })
      .toEqual([{ ...who, action: 'read', resourceType: 'goal', resourceId: 'goal_mateo_reading' }]);
    expect(await eventsOf(writeId!)).toEqual([
      { ...who, action: 'create', resourceType: 'progress', resourceId: write.json.id },
    ]);
  });
});
