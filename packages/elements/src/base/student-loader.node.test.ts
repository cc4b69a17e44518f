// The widgets on a page share what they all read (issue #15): one client (a provider's) reads
// the signed-in person and each student once, however many widgets load them, and reads again
// only when asked for fresh data or after a failed read.
import type { TandemClient } from '@tandem/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NodeHost, startControllerServer, type ControllerServer } from '../../test/node/server.js';
import { currentLocale, useTranslations } from './localization.js';
import { StudentLoader } from './student-loader.js';

const NOW = new Date('2026-11-04T16:00:00Z');
let server: ControllerServer;
beforeAll(async () => {
  server = await startControllerServer(() => NOW);
});
afterAll(() => server?.close());

/** A client that logs each request's method and path, and can be made to fail as when offline. */
function loggedClient(personId: string) {
  const log: string[] = [];
  const network = { offline: false };
  const client: TandemClient = server.clientFor(personId, {
    fetch: async (input, init) => {
      if (network.offline) throw new TypeError('fetch failed');
      const url = new URL(input instanceof Request ? input.url : String(input));
      log.push(`${init?.method ?? 'GET'} ${url.pathname}`);
      return fetch(input, init);
    },
  });
  return { client, log, network };
}

/** A widget's loader on its own host: what it loads is only the people. */
function widget(client: TandemClient, studentId: string | (() => string)) {
  const host = new NodeHost();
  const loader = new StudentLoader(host, {
    client: () => client,
    studentId: typeof studentId === 'function' ? studentId : () => studentId,
    load: async ({ people }) => {
      await people;
    },
  });
  host.connect();
  return { host, loader };
}

const count = (log: string[], request: string) => log.filter((line) => line === request).length;

describe('StudentLoader', () => {
  it('reads the viewer and each student once for every widget of one client', async () => {
    const { client, log } = loggedClient('per_garcia');
    const widgets = [widget(client, 'stu_mateo'), widget(client, 'stu_mateo'), widget(client, 'stu_mateo')];
    await expect.poll(() => widgets.map((w) => w.loader.state)).toEqual(['ready', 'ready', 'ready']);
    expect(widgets.map((w) => w.loader.student?.id)).toEqual(['stu_mateo', 'stu_mateo', 'stu_mateo']);
    expect(widgets.map((w) => w.loader.viewer?.person.id)).toEqual(['per_garcia', 'per_garcia', 'per_garcia']);
    expect(log.sort()).toEqual(['GET /api/v1/me', 'GET /api/v1/students/stu_mateo']);

    // Another student: that student once more, the viewer not again.
    const other = widget(client, 'stu_sofia');
    await expect.poll(() => other.loader.state).toBe('ready');
    expect(count(log, 'GET /api/v1/students/stu_sofia')).toBe(1);
    expect(count(log, 'GET /api/v1/me')).toBe(1);

    // *Try again* reads afresh, and the next widget gets the fresh read, not a second one.
    await widgets[0]!.loader.reload({ fresh: true });
    expect(count(log, 'GET /api/v1/me')).toBe(2);
    const late = widget(client, 'stu_mateo');
    await expect.poll(() => late.loader.state).toBe('ready');
    expect(count(log, 'GET /api/v1/me')).toBe(2);
    expect(count(log, 'GET /api/v1/students/stu_mateo')).toBe(2);
    for (const w of [...widgets, other, late]) w.host.disconnect();
  });

  it('gives the widget’s own load the viewer and the student as soon as they are read', async () => {
    const { client } = loggedClient('per_rivera');
    const host = new NodeHost();
    const seen: (string | undefined)[] = [];
    const loader: StudentLoader = new StudentLoader<never>(host, {
      client: () => client,
      studentId: () => 'stu_mateo',
      load: async ({ people }) => {
        await people;
        seen.push(loader.viewer?.person.id, loader.student?.id);
      },
    });
    host.connect();
    await expect.poll(() => loader.state).toBe('ready');
    expect(seen).toEqual(['per_rivera', 'stu_mateo']);
    host.disconnect();
  });

  it('shows no student nor viewer of before while another student loads, nor when that load fails', async () => {
    const { client, network } = loggedClient('per_garcia');
    let studentId = 'stu_mateo';
    const { host, loader } = widget(client, () => studentId);
    await expect.poll(() => loader.state).toBe('ready');
    expect([loader.student?.id, loader.viewer?.person.id]).toEqual(['stu_mateo', 'per_garcia']);

    network.offline = true;
    studentId = 'stu_sofia';
    host.update();
    expect([loader.state, loader.student?.id, loader.viewer?.person.id]).toEqual(['loading', undefined, undefined]);
    await expect.poll(() => loader.state).toBe('offline');
    expect([loader.student?.id, loader.viewer?.person.id]).toEqual([undefined, undefined]);

    network.offline = false;
    await loader.reload();
    expect([loader.state, loader.student?.id, loader.viewer?.person.id]).toEqual(['ready', 'stu_sofia', 'per_garcia']);
    host.disconnect();
  });

  it('fails a load that ends with an AbortError it did not cancel itself, and loads on *Try again*', async () => {
    const { client } = loggedClient('per_garcia');
    const host = new NodeHost();
    const failures: unknown[] = [];
    let cancelledElsewhere = true;
    const loader = new StudentLoader(host, {
      client: () => client,
      studentId: () => 'stu_mateo',
      load: async ({ people }) => {
        await people;
        // As a request does that waited on a token refresh another widget's signal cancelled.
        if (cancelledElsewhere) throw new DOMException('This operation was aborted', 'AbortError');
      },
      failed: (error) => failures.push(error),
    });
    host.connect();
    await loader.reload();
    expect(loader.state).toBe('error');
    expect(failures.map((error) => (error as Error).name)).toEqual(['AbortError']);
    cancelledElsewhere = false;
    await loader.reload();
    expect(loader.state).toBe('ready');
    host.disconnect();
  });

  it('forgets a failed read, so the next load asks again', async () => {
    const { client, log, network } = loggedClient('per_garcia');
    network.offline = true;
    const first = widget(client, 'stu_mateo');
    await expect.poll(() => first.loader.state).toBe('offline');
    network.offline = false;
    const second = widget(client, 'stu_mateo');
    await expect.poll(() => second.loader.state).toBe('ready');
    expect(log.sort()).toEqual(['GET /api/v1/me', 'GET /api/v1/students/stu_mateo']);
    first.host.disconnect();
    second.host.disconnect();
  });

  it('shows its data in the language it has when the person’s strings fail to load, and loads them on *Try again*', async () => {
    vi.stubGlobal('window', new EventTarget()); // a page, whose language follows the person's
    let asked = 0;
    const spanish = async () => {
      asked += 1;
      if (asked === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { templates: {} };
    };
    useTranslations({ part: 'goal-tracker', loaders: { es: spanish } });
    try {
      const { client } = loggedClient('per_garcia'); // María prefers Spanish
      const { host, loader } = widget(client, 'stu_mateo');
      await expect.poll(() => loader.state).not.toBe('loading');
      expect([loader.state, currentLocale(), asked]).toEqual(['ready', 'en', 1]);
      await loader.reload({ fresh: true });
      expect([loader.state, currentLocale(), asked]).toEqual(['ready', 'es', 2]);
      host.disconnect();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('never shares between two clients (another person signed in)', async () => {
    const garcia = loggedClient('per_garcia');
    const rivera = loggedClient('per_rivera');
    const hers = widget(garcia.client, 'stu_mateo');
    const his = widget(rivera.client, 'stu_mateo');
    await expect.poll(() => [hers.loader.state, his.loader.state]).toEqual(['ready', 'ready']);
    expect([hers.loader.viewer?.person.id, his.loader.viewer?.person.id]).toEqual(['per_garcia', 'per_rivera']);
    expect(count(rivera.log, 'GET /api/v1/me')).toBe(1);
    hers.host.disconnect();
    his.host.disconnect();
  });
});
