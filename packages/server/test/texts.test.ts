// Texts from families, through the Twilio-style provider stub's signed webhook: a reply to a
// texted notification goes into its thread (once, however often the provider sends it); a
// number with several conversations is asked which; STOP, START and HELP are answered and
// recorded, and STOP ends texts.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/db/database.js';
import { auditEvents, messages, people } from '../src/db/schema.js';
import { copyFor, fillCopy } from '../src/notification-copy.js';
import { smsSignature } from '../src/sms-signature.js';
import { type SmsStub } from '../src/sms-stub.js';
import { backends, expectProblem } from './harness.js';
import {
  MINUTE,
  notificationOf,
  startThread,
  textsTo,
  write,
  type Opened,
  type Rig,
  openDistrict,
} from './notify-rig.js';

// Hours of test time pass in these tests: each tick runs the queue's polls, slower on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const LINH = '+15125550142';
const OMAR = '+15125550199'; // the roster writes it +1 (512) 555-0199

const twiml = (text: string | null) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Response>${text ? `<Message>${text.replace(/&/g, '&amp;').replace(/'/g, '&apos;')}</Message>` : ''}</Response>`;

describe.each(backends)('texts from families on $name', (backend) => {
  let database: Database;
  let sms: SmsStub;
  let rig: Rig;
  let opened: Opened;
  let webhook: string;
  let linhThread: string;

  const threadMessages = (threadId: string) =>
    database.db.select().from(messages).where(eq(messages.threadId, threadId)).orderBy(messages.seq);
  const text = async (from: string, body: string, sid?: string) => {
    const response = await sms.receive(webhook, from, body, sid);
    return { status: response.status, type: response.headers.get('Content-Type'), body: await response.text() };
  };

  beforeAll(async () => {
    opened = await openDistrict(backend);
    ({ database, sms, rig } = opened);
    webhook = `${rig.server.url}/api/v1/inbound/sms`;
    linhThread = await startThread(rig, 'stu_n_bao', ['per_n_linh'], 'Homework');
    await write(rig, linhThread, 'per_n_rivera', 'Bao left his math book at school.');
    await rig.clock.tick(36 * MINUTE);
    await vi.waitFor(
      () => {
        if (!textsTo(sms, LINH).length) throw new Error('the texted notification has not arrived yet');
      },
      { timeout: 10_000 },
    );
  });
  afterAll(() => opened?.close());

  it('a reply to a texted notification goes into its thread once, however often the provider sends it', async () => {
    const sid = 'SM0123456789abcdef0123456789abcdef';
    const answer = await text(LINH, 'Cảm ơn cô, mai cháu sẽ mang về.', sid);
    expect(answer).toEqual({ status: 200, type: 'text/xml; charset=utf-8', body: twiml(null) });
    expect((await text(LINH, 'Cảm ơn cô, mai cháu sẽ mang về.', sid)).body).toBe(twiml(null));
    const replies = (await threadMessages(linhThread)).filter((m) => m.senderId === 'per_n_linh');
    expect(replies.map((m) => [m.body, m.via, m.language])).toEqual([['Cảm ơn cô, mai cháu sẽ mang về.', 'sms', 'vi']]);
  });

  it('refuses a text whose signature does not match, and takes nothing from it', async () => {
    const form = new URLSearchParams({
      MessageSid: 'SMforged',
      AccountSid: sms.config.accountSid,
      From: LINH,
      Body: 'STOP',
    });
    const response = await rig.api('POST', '/api/v1/inbound/sms', {
      rawBody: form.toString(),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Twilio-Signature': smsSignature('not-the-auth-token', webhook, form),
      },
    });
    expectProblem(response, 401, 'urn:tandem:problem:unauthorized');
    const [linh] = await database.db.select().from(people).where(eq(people.id, 'per_n_linh'));
    expect(linh?.smsStoppedAt).toBeNull();
  });

  it('asks a number with two conversations which one a text is for, keeps what it writes meanwhile, and posts it to the one chosen', async () => {
    const amira = await startThread(rig, 'stu_n_amira', ['per_n_omar'], 'Art class');
    const yusuf = await startThread(rig, 'stu_n_yusuf', ['per_n_omar'], 'Recess');
    // The conversation written in last comes first in the list.
    await write(rig, yusuf, 'per_n_rivera', 'Yusuf shared his snack today.');
    const { copy } = copyFor('en');
    const question = await text(OMAR, 'I will pick up at 3.');
    expect(question.body).toBe(twiml(`${copy.smsChooser}\n1. Yusuf with Ms. Rivera\n2. Amira with Ms. Rivera`));
    const again = await text(OMAR, 'Maybe 3:15.');
    expect(again.body).toBe(twiml(`${copy.smsChooserAgain}\n1. Yusuf with Ms. Rivera\n2. Amira with Ms. Rivera`));
    const posted = await text(OMAR, '2');
    expect(posted.body).toBe(twiml(fillCopy(copy.smsPosted, { person: 'Ms. Rivera' })));
    expect((await threadMessages(amira)).map((m) => [m.senderId, m.body, m.via])).toEqual([
      ['per_n_omar', 'I will pick up at 3.\nMaybe 3:15.', 'sms'],
    ]);
    expect((await threadMessages(yusuf)).map((m) => m.senderId)).toEqual(['per_n_rivera']);
  });

  it('STOP ends texts to the number and is recorded; HELP says who writes; START resumes them', async () => {
    const vi_ = copyFor('vi').copy;
    expect((await text(LINH, 'Stop')).body).toBe(twiml(fillCopy(vi_.smsStopped, { district: 'Riverside Schools' })));
    const [stopped] = await database.db.select().from(people).where(eq(people.id, 'per_n_linh'));
    expect(stopped?.smsStoppedAt?.getTime()).toBe(rig.clock.now());
    const recorded = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, 'per_n_linh'), eq(auditEvents.resourceType, 'sms_opt_out')));
    expect(recorded).toHaveLength(1);

    // A message now reaches her by email (she has an address), never by text.
    const texts = textsTo(sms, LINH).length;
    await write(rig, linhThread, 'per_n_rivera', 'The book is in the office.');
    await rig.clock.tick(36 * MINUTE);
    await expect
      .poll(async () => (await notificationOf(database, linhThread, 'per_n_linh'))[0]?.status, { timeout: 10_000 })
      .toBe('sent');
    expect((await notificationOf(database, linhThread, 'per_n_linh'))[0]?.channel).toBe('email');
    expect(textsTo(sms, LINH)).toHaveLength(texts);

    expect((await text(LINH, 'help')).body).toBe(twiml(fillCopy(vi_.smsHelp, { district: 'Riverside Schools' })));
    expect((await text(LINH, 'START')).body).toBe(twiml(fillCopy(vi_.smsStarted, { district: 'Riverside Schools' })));
    const [started] = await database.db.select().from(people).where(eq(people.id, 'per_n_linh'));
    expect(started?.smsStoppedAt).toBeNull();
  });

  it('answers a number it does not know that there is no conversation', async () => {
    expect((await text('+15125550000', 'Hello?')).body).toBe(twiml(copyFor('en').copy.smsNoThread));
  });
});
