// The demo's whole loop without any provider account: a teacher's message left unread reaches a
// family by email, text and push through the demo's own stand-ins, /demo/outbox shows each, and
// answering there as the family (by email and by text) puts their reply into the thread.
import { eq } from 'drizzle-orm';
import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/db/database.js';
import { messages } from '../src/db/schema.js';
import { startDemoOutbox, subscribeDemoBrowsers, type DemoOutbox } from '../src/demo-outbox.js';
import { seedDemo } from '../src/seed.js';
import { startServer, type RunningServer } from '../src/server.js';
import { backends, httpClient, testConfig, tokenFor } from './harness.js';

// Hours of test time pass in these tests: each tick runs the queue's polls, slower on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const MINUTE = 60_000;
const START = new Date('2026-03-10T15:00:00Z'); // 10:00 in Chicago, a school day

describe.each(backends.slice(0, 1))('the demo outbox on $name', (backend) => {
  let database: Database;
  let outbox: DemoOutbox;
  let server: RunningServer;
  let clock: TestClock;
  let api: ReturnType<typeof httpClient>;

  const form = (path: string, fields: Record<string, string>) =>
    fetch(new URL(path, server.url), { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });

  beforeAll(async () => {
    database = await backend.open();
    await seedDemo(database.db, START);
    const demo = await startDemoOutbox(testConfig({ mail: null, sms: null }));
    outbox = demo.outbox;
    await subscribeDemoBrowsers(database.db, outbox, START);
    clock = new TestClock(START);
    server = await startServer(demo.config, { database, outbox, jobClock: clock, jobPollingSeconds: 30 });
    api = httpClient(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await outbox?.close();
  });

  it('shows what a family by email, one by text and one by push received, and takes their answers back into the threads', async () => {
    const teacher = await tokenFor({ id: 'per_rivera', tenant: 'ten_riverside' }, { issuedAt: START });
    for (const threadId of ['thr_mateo_garcia_rivera', 'thr_emma_nguyen_rivera', 'thr_yusuf_alsayed_omar_rivera']) {
      const sent = await api('POST', `/api/v1/threads/${threadId}/messages`, {
        token: teacher,
        body: { body: 'Picture day is Monday.', clientMessageId: `outbox-${threadId}` },
      });
      expect(sent.status).toBe(201);
    }
    await clock.tick(2 * MINUTE); // the demo's delay is a minute
    await expect.poll(() => outbox.push.received.length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => outbox.smtp?.received.length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => outbox.sms?.sent.length, { timeout: 10_000 }).toBe(1);

    const page = await fetch(new URL('/demo/outbox', server.url));
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('María García <span class="muted">· email · garcia@family.example.org</span>');
    expect(html).toContain('<iframe title="Mensaje de Ana Rivera sobre Mateo" sandbox src="/demo/outbox/mail/0">');
    expect(html).toContain('Linh Nguyen <span class="muted">· text · +15550106</span>');
    expect(html).toContain('Ana Rivera về Emma: Picture day is Monday.');
    expect(html).toContain('<strong>Ana Rivera بخصوص Yusuf</strong><div>Picture day is Monday.</div>');
    const mail = await fetch(new URL('/demo/outbox/mail/0', server.url));
    expect(mail.headers.get('Content-Security-Policy')).toContain('sandbox');
    expect(await mail.text()).toContain('lang="es"');

    expect((await form('/demo/outbox/reply', { mail: '0', text: 'Gracias, allí estaremos.' })).status).toBe(303);
    expect((await form('/demo/outbox/text', { from: '+15550106', text: 'Cảm ơn cô' })).status).toBe(303);
    expect((await form('/demo/outbox/text', { from: '+15550106', text: 'HELP' })).status).toBe(303);
    const replies = await database.db.select().from(messages).where(eq(messages.via, 'email'));
    expect(replies.map((m) => [m.threadId, m.senderId, m.body])).toEqual([
      ['thr_mateo_garcia_rivera', 'per_garcia', 'Gracias, allí estaremos.'],
    ]);
    const texts = await database.db.select().from(messages).where(eq(messages.via, 'sms'));
    expect(texts.map((m) => [m.threadId, m.senderId, m.body])).toEqual([
      ['thr_emma_nguyen_rivera', 'per_nguyen', 'Cảm ơn cô'],
    ]);
    // The keyword's answer shows on the phone, after what she wrote.
    const after = await (await fetch(new URL('/demo/outbox', server.url))).text();
    expect(after.indexOf('>HELP<')).toBeGreaterThan(after.indexOf('>Cảm ơn cô<'));
    expect(after).toContain('STOP');
  });
});
