import { messages, type Message, type TandemClient } from '@tandem/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNoorThreads } from '../../../test/message-seeds.js';
import { NodeHost, startControllerServer, type ControllerServer } from '../../../test/node/server.js';
import { MessagePanelController } from './controller.js';
import { outboxFor } from './outboxes.js';
import { markReadBody, sendBody } from './requests.js';
import { buildRows, initials } from './rows.js';

// The server's clock is the real one: the tokens the test signs are dated now.
let server: ControllerServer;
beforeAll(async () => {
  server = await startControllerServer();
});
afterAll(() => server?.close());

/** A client for a seeded person whose requests to paths matching `broken` answer 403 while it is set. */
function breakableClient(personId: string) {
  const control = { broken: null as RegExp | null };
  const client = server.clientFor(personId, {
    fetch: (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (control.broken?.test(url) && (init?.method ?? 'GET') !== 'GET') {
        const problem = { type: 'urn:tandem:problem:forbidden', title: 'Forbidden', status: 403 };
        return Promise.resolve(
          new Response(JSON.stringify(problem), {
            status: 403,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
        );
      }
      return fetch(input, init);
    },
  });
  return { client, control };
}

/** A panel's controller on a DOM-less host, with what it reports kept for the test. */
function panel(client: TandemClient, studentId: string, threadId: string | null = null) {
  const host = new NodeHost();
  const failures: { operation: string; kind: string | undefined }[] = [];
  const sent: string[] = [];
  const refused: string[] = [];
  const arrived: string[] = [];
  const data = new MessagePanelController(host, {
    client: () => client,
    studentId: () => studentId,
    threadId: () => threadId,
    failed: (error, operation) => failures.push({ operation, kind: (error as { kind?: string }).kind }),
    sent: (message) => sent.push(message.body),
    refused: (item) => refused.push(item.error ?? ''),
    arrived: (message) => arrived.push(message.body),
  });
  data.useOutboxes(outboxFor); // the element hands them over from its conversation chunk
  host.connect();
  return { host, data, failures, sent, refused, arrived };
}

async function ready(data: MessagePanelController, state = 'ready') {
  await expect.poll(() => data.loader.state).toBe(state);
}

describe('requests', () => {
  it('sends the trimmed text, and nothing for an empty, blank or too long draft', () => {
    expect(sendBody('  Hello!\n')).toBe('Hello!');
    expect(sendBody('')).toBeNull();
    expect(sendBody(' \n\t')).toBeNull();
    expect(sendBody('x'.repeat(4001))).toBeNull();
  });

  it('marks read up to the newest message only when it is newer than what was read', () => {
    const newest = { seq: 7 } as Parameters<typeof markReadBody>[0];
    const viewer = (lastReadSeq: number) => ({ lastReadSeq }) as Parameters<typeof markReadBody>[1];
    expect(markReadBody(newest, viewer(3))).toEqual({ seq: 7 });
    expect(markReadBody(newest, viewer(7))).toBeNull();
    expect(markReadBody(undefined, viewer(0))).toBeNull();
  });
});

describe('MessagePanelController against the real server', () => {
  it('loads the conversation and its newest page, and the other side’s message arrives live', async () => {
    const family = panel(server.clientFor('per_garcia'), 'stu_mateo', 'thr_mateo_garcia_rivera');
    await ready(family.data);
    expect(family.data.others.map((p) => p.displayName)).toEqual(['Ana Rivera']);
    expect(family.data.messages.length).toBeGreaterThan(1);
    const before = family.data.messages.length;
    // Ms. Rivera answers from her own app; the family's stream brings it.
    await messages.send(
      server.clientFor('per_rivera'),
      { threadId: 'thr_mateo_garcia_rivera' },
      { body: 'See you on Friday.', clientMessageId: 'node-live-1' },
    );
    await expect.poll(() => family.data.messages.at(-1)?.body).toBe('See you on Friday.');
    expect(family.data.messages).toHaveLength(before + 1);
    expect(family.arrived).toEqual(['See you on Friday.']);
    family.host.disconnect();
  });

  it('asks for the newest messages as soon as the threads are in, without waiting for who is signed in', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    const client = server.clientFor('per_ramirez', {
      fetch: async (input, init) => {
        const { pathname } = new URL(String(input instanceof Request ? input.url : input));
        asked.push(pathname);
        if (pathname.endsWith('/me')) await held;
        return fetch(input, init);
      },
    });
    const t = panel(client, 'stu_lucia');
    await expect.poll(() => asked.some((path) => /\/threads\/[^/]+\/messages$/.test(path))).toBe(true);
    expect(t.data.loader.state).toBe('loading'); // who is signed in is still on its way
    release();
    await ready(t.data);
    expect(t.data.viewerId).toBe('per_ramirez');
    expect(t.data.thread?.participants.map((p) => p.id)).toContain('per_ramirez');
    t.host.disconnect();
  });

  it('when the student changes while the first one’s threads are on their way, shows the second one’s', async () => {
    // María's two children; Mateo's threads, all read already, are answered after Sofía's load has ended.
    const { client, answered, release } = server.holdingClient('per_garcia', '/api/v1/students/stu_mateo/threads');
    const threadsOf = async (studentId: string) =>
      (await messages.listThreads(server.clientFor('per_garcia'), { studentId })).items.map((t) => t.id);
    const [mateos, sofias] = [await threadsOf('stu_mateo'), await threadsOf('stu_sofia')];
    expect(mateos).not.toEqual(sofias);

    let studentId = 'stu_mateo';
    const host = new NodeHost();
    const data = new MessagePanelController(host, {
      client: () => client,
      studentId: () => studentId,
      threadId: () => null,
    });
    host.connect();
    const first = data.loader.reload(); // Mateo's load again, to know when it has ended
    await expect.poll(() => answered).toContain('/api/v1/students/stu_mateo/threads');
    studentId = 'stu_sofia';
    host.update();
    await expect.poll(() => data.loader.state).not.toBe('loading');
    expect(data.loader.student?.id).toBe('stu_sofia');
    release();
    await first; // Mateo's load resumes after Sofía's
    expect(data.threads.map((t) => t.id)).toEqual(sofias);
    host.disconnect();
  });

  it('gives a conversation shown before the outboxes’ code came the outbox of who is signed in then', async () => {
    // A family tablet: María's panel loads while its conversation chunk is slow, then Ms. Rivera
    // signs in; her threads are read and held. The code arrives meanwhile.
    const held = server.holdingClient('per_rivera', '/api/v1/students/stu_mateo/threads');
    let client = server.clientFor('per_garcia');
    const host = new NodeHost();
    const data = new MessagePanelController(host, {
      client: () => client,
      studentId: () => 'stu_mateo',
      threadId: () => null,
    });
    host.connect();
    await ready(data);
    client = held.client;
    host.update();
    await expect.poll(() => held.answered).toContain('/api/v1/students/stu_mateo/threads');
    const attached: string[] = [];
    data.useOutboxes((to, personId) => {
      attached.push(`${to === held.client ? 'Rivera' : 'García'}'s client, ${personId}`);
      return outboxFor(to, personId);
    });
    expect(attached).toEqual([]); // not María's conversation, her client, or either name on the other's
    held.release();
    await expect.poll(() => attached).toEqual(["Rivera's client, per_rivera"]);
    host.disconnect();
  });

  it('sends through the outbox: shown at once, then sent; a blank draft is not sent', async () => {
    const t = panel(server.clientFor('per_ramirez'), 'stu_lucia');
    await ready(t.data);
    expect(t.data.send('   ')).toBe(false);
    expect(t.data.send('  Lucy is sick today.  ')).toBe(true);
    expect(t.data.pending.map((i) => i.body)).toEqual(['Lucy is sick today.']);
    await expect.poll(() => t.sent).toEqual(['Lucy is sick today.']);
    expect(t.data.pending).toHaveLength(0);
    const mine = t.data.messages.filter((m) => m.senderId === t.data.viewerId).at(-1);
    expect(mine?.body).toBe('Lucy is sick today.');
    // Held for the teacher's quiet hours, or sent: no one else has read or fetched it yet.
    expect(t.data.deliveryOf(mine!)).toBe(mine!.deliverAfter ? 'held' : 'sent');
    t.host.disconnect();
  });

  it('keeps a refused message as failed; retry sends it once the server accepts; discard gives the text back', async () => {
    const { client, control } = breakableClient('per_patel');
    const t = panel(client, 'stu_arjun');
    await ready(t.data);
    control.broken = /\/messages$/;
    t.data.send('Sent from the bus');
    await expect.poll(() => t.refused).toEqual(['forbidden']);
    expect(t.data.pending.map((i) => [i.body, i.state])).toEqual([['Sent from the bus', 'failed']]);
    control.broken = null;
    t.data.retry(t.data.pending[0]!.clientMessageId);
    await expect.poll(() => t.sent).toEqual(['Sent from the bus']);
    control.broken = /\/messages$/;
    t.data.send('Second try');
    await expect.poll(() => t.data.pending.map((i) => i.state)).toEqual(['failed']);
    expect(t.data.discard(t.data.pending[0]!.clientMessageId)).toBe('Second try');
    expect(t.data.pending).toHaveLength(0);
    t.host.disconnect();
  });

  it('marks read, and reports a failed mark-read through the one error path', async () => {
    const { client, control } = breakableClient('per_garcia');
    // A fresh message from the teacher, unread by the family.
    await messages.send(
      server.clientFor('per_rivera'),
      { threadId: 'thr_mateo_garcia_rivera' },
      { body: 'Unread for now.', clientMessageId: 'node-unread-1' },
    );
    const t = panel(client, 'stu_mateo', 'thr_mateo_garcia_rivera');
    await ready(t.data);
    const newest = t.data.messages.at(-1)!;
    control.broken = /\/read$/;
    await t.data.markRead();
    expect(t.failures).toEqual([{ operation: 'mark-read', kind: 'forbidden' }]);
    expect(t.data.participant(t.data.viewerId)!.lastReadSeq).toBeLessThan(newest.seq);
    control.broken = null;
    await t.data.markRead();
    expect(t.data.participant(t.data.viewerId)!.lastReadSeq).toBe(newest.seq);
    expect(t.data.thread!.unreadCount).toBe(0);
    t.host.disconnect();
  });

  it('opens another conversation, loads older pages, and toggles translation', async () => {
    const t = panel(server.clientFor('per_rivera'), 'stu_mateo');
    await ready(t.data);
    expect(t.data.threads.length).toBeGreaterThan(0);
    const other = t.data.threads.at(-1)!;
    await t.data.openThread(other.id);
    expect(t.data.thread!.id).toBe(other.id);
    await t.data.openThread('thr_nowhere');
    expect(t.failures).toEqual([{ operation: 'open', kind: 'not-found' }]);
    await t.data.loadAll();
    expect(t.data.hasOlder).toBe(false);
    expect(t.data.messages.map((m) => m.seq)).toEqual(t.data.messages.map((_, i) => i + 1));
    const translating = t.data.translating;
    t.data.toggleTranslation();
    expect(t.data.translating).toBe(!translating);
    t.host.disconnect();
  });

  it('shows a message sent between reading the newest page and opening the stream', async () => {
    const body = 'Sent just before the stream opened.';
    let sentBetween = false;
    const client = server.clientFor('per_garcia', {
      fetch: async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        if (url.includes('/api/v1/events') && !sentBetween) {
          sentBetween = true; // the page is read; the stream is not open yet
          await messages.send(
            server.clientFor('per_rivera'),
            { threadId: 'thr_mateo_garcia_rivera' },
            { body, clientMessageId: 'node-between-1' },
          );
        }
        return fetch(input, init);
      },
    });
    const family = panel(client, 'stu_mateo', 'thr_mateo_garcia_rivera');
    await ready(family.data);
    await expect.poll(() => family.data.messages.at(-1)?.body).toBe(body);
    expect(family.arrived).toEqual([body]);
    family.host.disconnect();
  });

  it('shows a message announced while another conversation was being opened', async () => {
    const body = 'Sent while that conversation was opening.';
    const control = { hold: null as string | null, sender: '', announced: () => {} };
    const announced = new Promise<void>((resolve) => (control.announced = resolve));
    await startNoorThreads(server.clientFor('per_haddad'), 2, 100); // two conversations about Noor
    const client = server.clientFor('per_haddad', {
      fetch: async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        const response = await fetch(input, init);
        if (url.includes('/api/v1/events') && response.body) {
          // Watch the stream go by, to know when the panel has heard of the message.
          const [mine, watched] = response.body.tee();
          void (async () => {
            const reader = watched.pipeThrough(new TextDecoderStream()).getReader();
            for (let text = ''; ;) {
              const { value, done } = await reader.read().catch(() => ({ value: '', done: true }));
              if (done) return;
              text += value;
              if (control.hold && text.includes(`"threadId":"${control.hold}"`) && text.includes('message.created'))
                control.announced();
            }
          })();
          return new Response(mine, { status: response.status, headers: response.headers });
        }
        if (control.hold && url.includes(`/threads/${control.hold}/messages`) && !url.includes('cursor=')) {
          // The page is read; its message comes after, and is announced before the page arrives.
          await messages.send(
            server.clientFor(control.sender),
            { threadId: control.hold },
            { body, clientMessageId: 'node-opening-1' },
          );
          await announced;
        }
        return response;
      },
    });
    const t = panel(client, 'stu_noor');
    await ready(t.data);
    const other = t.data.threads.find((thread) => thread.id !== t.data.thread?.id)!;
    control.sender = 'per_alsayed_omar';
    control.hold = other.id;
    await t.data.openThread(other.id);
    expect(t.data.thread!.id).toBe(other.id);
    await expect.poll(() => t.data.messages.at(-1)?.body).toBe(body);
    t.host.disconnect();
  });

  it('keeps every conversation past the first page when a new one refreshes the list', async () => {
    const client = server.clientFor('per_haddad');
    await startNoorThreads(client, 26);
    const t = panel(client, 'stu_noor');
    await ready(t.data);
    const before = t.data.threads.length;
    expect(before).toBeGreaterThan(25); // more than one page of 25
    await startNoorThreads(client, 1, 26);
    await expect.poll(() => t.data.threads.length).toBe(before + 1);
    t.host.disconnect();
  });

  it('fails the load for a thread not theirs, through the one error path', async () => {
    const missing = panel(server.clientFor('per_garcia'), 'stu_mateo', 'thr_ava_thompson_okafor');
    await ready(missing.data, 'error');
    expect(missing.failures).toEqual([{ operation: 'load', kind: 'not-found' }]);
    missing.host.disconnect();
  });
});

describe('rows', () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 2, 15, minutes)).toISOString();
  const message = (seq: number, senderId: string, minutes: number) =>
    ({ id: `m${seq}`, seq, senderId, sentAt: at(minutes), clientMessageId: `c${seq}` }) as Message;

  it('groups one sender’s messages a few minutes apart, and starts a group at the unread divider', () => {
    const rows = buildRows({
      messages: [message(1, 'a', 0), message(2, 'a', 2), message(3, 'a', 30), message(4, 'b', 31), message(5, 'b', 32)],
      pending: [],
      hasOlder: true,
      unreadFrom: 5,
      viewerId: 'b',
    });
    expect(
      rows.map((r) => (r.kind === 'message' ? `${r.message.seq}${r.first ? 'F' : ''}${r.last ? 'L' : ''}` : r.kind)),
    ).toEqual(['older', 'day', '1F', '2L', '3FL', '4FL', 'unread', '5FL']);
  });

  it('makes initials from the first and last names, in any script', () => {
    expect(initials('María García')).toBe('MG');
    expect(initials('Ms. Ana Rivera')).toBe('MR');
    expect(initials('Omar')).toBe('O');
    expect(initials('عمر السيد')).toBe('عا');
  });
});
