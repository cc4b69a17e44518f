// Translated content: goals, steps, notes and meeting places for the families who read them,
// made after commit through a real HTTP service on loopback (both adapters), replaced when the
// original changes, retried when the service was down; the seeded demo's own translations; the
// interpreter review; and the calendar file in the family's language.
import { problemTypes } from '@tandem/contract';
import { and, eq } from 'drizzle-orm';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { retryContentTranslations } from '../src/content-translations.js';
import type { Database } from '../src/db/database.js';
import { contentTranslationQueue, events } from '../src/db/schema.js';
import { genericTranslator, libreTranslate, TranslationError, Translators } from '../src/translator.js';
import { backends, client, expectProblem, seeded, testConfig, today, tokenFor } from './harness.js';

interface Received {
  path: string;
  body: Record<string, string>;
  authorization: string | undefined;
}

let service: Server;
let url: string;
const received: Received[] = [];

beforeAll(async () => {
  // LibreTranslate's /translate, and the generic protocol at /generic.
  service = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw) as Record<string, string>;
      received.push({ path: req.url ?? '', body, authorization: req.headers.authorization });
      res.setHeader('Content-Type', 'application/json');
      if (req.method !== 'POST') return res.writeHead(405).end('{}');
      if (req.url === '/translate') return res.end(JSON.stringify({ translatedText: `[${body.target}] ${body.q}` }));
      if (req.url === '/generic') {
        if (body.to === 'xx') return res.writeHead(422).end('{"error":"unsupported"}');
        return res.end(JSON.stringify({ text: `[generic ${body.to}] ${body.text}` }));
      }
      res.writeHead(404).end('{}');
    });
  });
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => service.close(resolve)));

describe('generic translation adapter', () => {
  it('POSTs {text, from, to} with the key as a bearer token and reads {text}', async () => {
    const translator = genericTranslator({ url: `${url}/generic`, apiKey: 'g-key' });
    expect(await translator.translate('Hello', 'en-US', 'vi')).toBe('[generic vi] Hello');
    expect(received.at(-1)).toEqual({
      path: '/generic',
      body: { text: 'Hello', from: 'en', to: 'vi' },
      authorization: 'Bearer g-key',
    });
  });

  it('turns a refusal or silence into TranslationError', async () => {
    await expect(genericTranslator({ url: `${url}/generic` }).translate('Hi', 'en', 'xx')).rejects.toBeInstanceOf(
      TranslationError,
    );
    await expect(genericTranslator({ url: 'http://127.0.0.1:9' }).translate('Hi', 'en', 'vi')).rejects.toBeInstanceOf(
      TranslationError,
    );
  });
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(backends)('translated content on $name', (backend) => {
  let database: Database;
  /** No translation service: what the seed stored is all there is. */
  let plain: ReturnType<typeof client>;
  /** The server's service is the LibreTranslate stub. */
  let served: ReturnType<typeof client>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    database = await seeded(backend);
    plain = client(database);
    served = client(database, testConfig({ translation: { url } }));
    for (const id of ['per_nguyen', 'per_rivera', 'per_kim', 'per_garcia'])
      tokens[id] = await tokenFor({ id, tenant: 'ten_riverside' });
  });
  afterAll(async () => {
    await Promise.all([plain.idle(), served.idle()]);
    await database.close();
  });

  const goalAs = async (call: typeof plain, token: string, goalId: string) =>
    (await call('GET', `/api/v1/goals/${goalId}`, { token })).json;
  const inVietnamese = (translations: Json[], field: string) =>
    translations.find((t) => t.field === field && t.language === 'vi')?.text;

  it('shows the seeded demo in Vietnamese to Linh Nguyen, with no translation service', async () => {
    const goals = await plain('GET', '/api/v1/students/stu_emma/goals', { token: tokens.per_nguyen! });
    const goal = (goals.json.items as Json[]).find((g) => g.id === 'goal_emma_attendance')!;
    expect(goal).toMatchObject({ statement: 'Arrive at school by 8:00', language: 'en', interpreterReview: null });
    expect(goal.translations).toEqual([
      { field: 'statement', language: 'vi', text: 'Đến trường trước 8:00', machine: true },
      { field: 'unit', language: 'vi', text: 'đúng giờ', machine: true },
    ]);
    const [home] = goal.actionSteps as Json[];
    expect(inVietnamese(home!.translations, 'description')).toBe('Chuẩn bị sẵn quần áo và cặp sách từ tối hôm trước');
    expect(inVietnamese(home!.translations, 'frequency')).toBe('Các tối trước ngày đi học');

    const progress = await plain('GET', '/api/v1/goals/goal_emma_attendance/progress?limit=100', {
      token: tokens.per_nguyen!,
    });
    const noted = (progress.json.items as Json[]).filter((e) => e.note);
    expect(noted).toHaveLength(1);
    expect(noted[0]!.translations).toEqual([
      { field: 'note', language: 'vi', text: 'Đúng giờ cả tuần; em chào các bạn ở cửa lớp.', machine: true },
    ]);

    const messages = await plain('GET', '/api/v1/threads/thr_emma_nguyen_rivera/messages', {
      token: tokens.per_nguyen!,
    });
    const bySeq = new Map((messages.json.items as Json[]).map((m) => [m.seq, m]));
    expect(bySeq.get(1)!.translations).toEqual([
      {
        language: 'vi',
        body: 'Chào buổi sáng bà Nguyễn! Tuần này ngày nào Emma cũng đến trường đúng giờ.',
        machine: true,
      },
    ]);
    // Her own Vietnamese message reads in English for the teacher.
    expect(bySeq.get(2)).toMatchObject({ language: 'vi', translations: [{ language: 'en', machine: true }] });

    const from = new Date().toISOString();
    const to = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const slots = await plain('GET', `/api/v1/educators/per_rivera/slots?from=${from}&to=${to}`, {
      token: tokens.per_nguyen!,
    });
    const [slot] = slots.json.items as Json[];
    expect(slot).toMatchObject({ location: 'Lincoln Elementary School, front office', language: 'en' });
    expect(inVietnamese(slot!.translations, 'location')).toBe('Trường Tiểu học Lincoln, văn phòng chính');
  });

  it("translates an educator's goal for the Vietnamese family after commit, and replaces it when the text changes", async () => {
    const mark = received.length; // the service is shared by both backends' runs
    const created = await served('POST', '/api/v1/students/stu_emma/goals', {
      token: tokens.per_rivera!,
      body: {
        domain: 'academic',
        statement: 'Read a picture book aloud each night',
        measureType: 'count',
        unit: 'books',
        target: 5,
        actionSteps: [{ description: 'Read together after dinner', owner: 'home', frequency: 'Every night' }],
      },
    });
    expect(created.status).toBe(201);
    // Made after the response: none yet in it.
    expect(created.json).toMatchObject({ language: 'en', translations: [], interpreterReview: null });
    const id = created.json.id as string;
    // The goal's texts and its step's, all made by the pass after commit.
    const everything = async () => {
      const goal = await goalAs(served, tokens.per_nguyen!, id);
      return [...goal.translations, ...goal.actionSteps[0].translations];
    };
    await expect.poll(everything, { timeout: 10_000, interval: 20 }).toEqual([
      { field: 'statement', language: 'vi', text: '[vi] Read a picture book aloud each night', machine: true },
      { field: 'unit', language: 'vi', text: '[vi] books', machine: true },
      { field: 'description', language: 'vi', text: '[vi] Read together after dinner', machine: true },
      { field: 'frequency', language: 'vi', text: '[vi] Every night', machine: true },
    ]);
    const goal = await goalAs(served, tokens.per_nguyen!, id);
    // Only into languages its readers have: Emma's family (vi) and teacher (en, the original's).
    const asked = received
      .slice(mark)
      .filter((r) => r.body.q === 'Read a picture book aloud each night')
      .map((r) => r.body.target);
    expect(asked).toEqual(['vi']);

    const edited = await served('PATCH', `/api/v1/goals/${id}`, {
      token: tokens.per_rivera!,
      body: { version: goal.version, statement: 'Read two picture books aloud each night' },
    });
    expect(edited.status).toBe(200);
    // The stale ones went in the edit's own transaction; the step, unchanged, keeps its own.
    expect(inVietnamese(edited.json.translations, 'statement')).toBeUndefined();
    expect(inVietnamese(edited.json.actionSteps[0].translations, 'description')).toBe(
      '[vi] Read together after dinner',
    );
    await expect
      .poll(async () => inVietnamese((await goalAs(served, tokens.per_nguyen!, id)).translations, 'statement'), {
        timeout: 10_000,
        interval: 20,
      })
      .toBe('[vi] Read two picture books aloud each night');
  });

  it('lets the student’s educators ask for an interpreter’s review, which the family sees but may not set', async () => {
    const before = await goalAs(plain, tokens.per_rivera!, 'goal_emma_attendance');
    const asked = await plain('PUT', '/api/v1/goals/goal_emma_attendance/interpreter-review', {
      token: tokens.per_rivera!,
      body: { interpreterReview: 'needed' },
    });
    expect(asked.status).toBe(200);
    // A new version: widgets holding the goal see it changed.
    expect(asked.json).toMatchObject({ interpreterReview: 'needed', version: before.version + 1 });
    expect((await goalAs(plain, tokens.per_nguyen!, 'goal_emma_attendance')).interpreterReview).toBe('needed');

    const refused = await plain('PUT', '/api/v1/goals/goal_emma_attendance/interpreter-review', {
      token: tokens.per_nguyen!,
      body: { interpreterReview: 'reviewed' },
    });
    expectProblem(refused, 403, problemTypes.forbidden);
    // The district admin sees the goal but does not ask for reviews.
    const admin = await plain('PUT', '/api/v1/goals/goal_emma_attendance/interpreter-review', {
      token: tokens.per_kim!,
      body: { interpreterReview: 'reviewed' },
    });
    expectProblem(admin, 403, problemTypes.forbidden);
    expect((await goalAs(plain, tokens.per_nguyen!, 'goal_emma_attendance')).interpreterReview).toBe('needed');

    const message = await plain('PUT', '/api/v1/messages/msg_emma_nguyen_rivera_1/interpreter-review', {
      token: tokens.per_rivera!,
      body: { interpreterReview: 'reviewed' },
    });
    expect(message.status).toBe(200);
    expect(message.json).toMatchObject({ id: 'msg_emma_nguyen_rivera_1', interpreterReview: 'reviewed' });
    const announced = await database.db
      .select()
      .from(events)
      .where(and(eq(events.recipientId, 'per_nguyen'), eq(events.type, 'message.updated')));
    expect(announced.map((e) => e.messageId)).toContain('msg_emma_nguyen_rivera_1');
    const seen = await plain('GET', '/api/v1/threads/thr_emma_nguyen_rivera/messages', { token: tokens.per_nguyen! });
    expect((seen.json.items as Json[]).find((m) => m.seq === 1)?.interpreterReview).toBe('reviewed');
    const familySets = await plain('PUT', '/api/v1/messages/msg_emma_nguyen_rivera_2/interpreter-review', {
      token: tokens.per_nguyen!,
      body: { interpreterReview: 'needed' },
    });
    expectProblem(familySets, 403, problemTypes.forbidden);
  });

  it("writes the calendar file in the Vietnamese family's language", async () => {
    const from = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const slots = await plain('GET', `/api/v1/educators/per_rivera/slots?from=${from}&to=${to}`, {
      token: tokens.per_nguyen!,
    });
    const slot = (slots.json.items as Json[]).find((s) => s.available)!;
    const booked = await plain('POST', `/api/v1/slots/${slot.id}/bookings`, {
      token: tokens.per_nguyen!,
      body: { studentId: 'stu_emma', modality: 'in_person', needs: { interpreterLanguage: 'vi', transport: true } },
    });
    expect(booked.status).toBe(201);
    expect(booked.json.language).toBe('vi');
    const ics = await plain('GET', `/api/v1/bookings/${booked.json.id}/ics`, { token: tokens.per_nguyen! });
    expect(ics.status).toBe(200);
    const text = String(ics.json).replace(/\r\n[ \t]/g, '');
    expect(text).toContain('SUMMARY:Cuộc họp với Ana Rivera');
    expect(text).toContain('LOCATION:Trường Tiểu học Lincoln\\, văn phòng chính');
    expect(text).toContain('DESCRIPTION:Gặp trực tiếp\\nThông dịch viên: Tiếng Việt\\nĐã yêu cầu hỗ trợ đi lại');
    expect(text).not.toContain('Meeting with');
  });

  it('retries what a service that was down left out, then takes it off the queue', async () => {
    const down = client(database, testConfig({ translation: { url: 'http://127.0.0.1:9' } }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const created = await down('POST', '/api/v1/students/stu_emma/goals', {
        token: tokens.per_rivera!,
        body: { domain: 'behavior', statement: 'Pack the backpack alone', measureType: 'yes_no', unit: 'done' },
      });
      expect(created.status).toBe(201);
      const id = created.json.id as string;
      await expect
        .poll(() => warn.mock.calls.some(([line]) => String(line).startsWith(`Translation of ${id} statement to vi`)), {
          timeout: 10_000,
          interval: 20,
        })
        .toBe(true);
      const queued = () =>
        database.db.select().from(contentTranslationQueue).where(eq(contentTranslationQueue.subjectId, id));
      expect(await queued()).toHaveLength(1);
      expect((await goalAs(plain, tokens.per_nguyen!, id)).translations).toEqual([]);

      const back = new Translators(libreTranslate({ url }));
      let tried = 0;
      for (let batch = 1; batch > 0 && tried < 1_000; tried += batch) {
        batch = await retryContentTranslations(database.db, back, new Date());
      }
      expect(tried).toBeGreaterThan(0);
      expect(inVietnamese((await goalAs(plain, tokens.per_nguyen!, id)).translations, 'statement')).toBe(
        '[vi] Pack the backpack alone',
      );
      expect(await queued()).toEqual([]);
      await down.idle();
    } finally {
      warn.mockRestore();
    }
  });

  it("uses a district's own service through the generic protocol, for progress notes too", async () => {
    const set = await plain('PATCH', '/api/v1/admin/tenant', {
      token: tokens.per_kim!,
      body: { translation: { mode: 'custom', url: `${url}/generic`, apiKey: 'district-key', protocol: 'generic' } },
    });
    expect(set.status).toBe(200);
    expect(set.json.translation).toEqual({
      mode: 'custom',
      url: `${url}/generic`,
      hasApiKey: true,
      protocol: 'generic',
    });
    const mark = received.length;
    try {
      const recorded = await plain('POST', '/api/v1/goals/goal_emma_attendance/progress', {
        token: tokens.per_rivera!,
        body: { value: 1, date: today(), note: 'Early today, and she helped set up the room' },
      });
      expect(recorded.status).toBe(201);
      const id = recorded.json.id as string;
      await expect
        .poll(
          async () => {
            const page = await plain('GET', '/api/v1/goals/goal_emma_attendance/progress?limit=100', {
              token: tokens.per_nguyen!,
            });
            return (page.json.items as Json[]).find((e) => e.id === id)?.translations;
          },
          { timeout: 10_000, interval: 20 },
        )
        .toEqual([
          {
            field: 'note',
            language: 'vi',
            text: '[generic vi] Early today, and she helped set up the room',
            machine: true,
          },
        ]);
      expect(received.slice(mark).filter((r) => r.body.text === 'Early today, and she helped set up the room')).toEqual(
        [
          {
            path: '/generic',
            body: { text: 'Early today, and she helped set up the room', from: 'en', to: 'vi' },
            authorization: 'Bearer district-key',
          },
        ],
      );
    } finally {
      await plain('PATCH', '/api/v1/admin/tenant', {
        token: tokens.per_kim!,
        body: { translation: { mode: 'server' } },
      });
    }
  });
});
