import type { TandemClient } from '@tandem/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeHost, startControllerServer, type ControllerServer } from '../../test/node/server.js';
import { StudentLoader, type StudentLoad } from './student-loader.js';

let server: ControllerServer;
beforeAll(async () => {
  server = await startControllerServer();
});
afterAll(() => server?.close());

/** A loader on a host without a DOM, with what its options read held in plain fields. */
function loaderFor(initial: { client?: TandemClient | null; studentId?: string | null }) {
  const host = new NodeHost();
  const inputs = { client: initial.client ?? null, studentId: initial.studentId ?? null, educator: 'a' };
  const loads: StudentLoad[] = [];
  const failures: unknown[] = [];
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as the loader's own option
  let next: (input: StudentLoad) => Promise<'none' | void> = async () => undefined;
  const loader = new StudentLoader<'none'>(host, {
    client: () => inputs.client,
    studentId: () => inputs.studentId,
    dependsOn: () => [inputs.educator],
    load: (input) => {
      loads.push(input);
      return next(input);
    },
    failed: (error) => failures.push(error),
  });
  return {
    host,
    inputs,
    loads,
    failures,
    loader,
    then(load: typeof next) {
      next = load;
    },
  };
}

/** Resolves once the loader's current load has ended (or at once when none is under way). */
async function settled(loader: StudentLoader<string>): Promise<void> {
  await expect.poll(() => loader.state).not.toBe('loading');
}

describe('StudentLoader', () => {
  it('waits without a client or a student, and loads the student and viewer once both are there', async () => {
    const t = loaderFor({});
    t.host.connect();
    expect(t.loader.state).toBe('waiting');
    expect(t.loads).toHaveLength(0);

    t.inputs.client = server.clientFor('per_garcia');
    t.host.update();
    expect(t.loader.state).toBe('waiting'); // still no student
    t.inputs.studentId = 'stu_mateo';
    t.host.update();
    expect(t.loader.state).toBe('loading'); // in the same render
    await settled(t.loader);

    expect(t.loader.state).toBe('ready');
    expect(t.loader.student?.id).toBe('stu_mateo');
    expect(t.loader.student?.relationship.role).toBe('guardian');
    expect(t.loader.viewer?.person.id).toBe('per_garcia');
    expect(t.loads).toHaveLength(1);
    const people = await t.loads[0]!.people;
    expect(people.student.givenName).toBe('Mateo');
  });

  it('renders without loading again until the student, the client or a dependency changes', async () => {
    const t = loaderFor({ client: server.clientFor('per_garcia'), studentId: 'stu_mateo' });
    t.host.connect();
    await settled(t.loader);
    t.host.update();
    t.host.update();
    expect(t.loads).toHaveLength(1);

    t.inputs.educator = 'b';
    t.host.update();
    await settled(t.loader);
    expect(t.loads).toHaveLength(2);
    expect(t.loader.state).toBe('ready');
  });

  it('ends in the widget’s own final state', async () => {
    const t = loaderFor({ client: server.clientFor('per_garcia'), studentId: 'stu_mateo' });
    t.then(async () => 'none');
    t.host.connect();
    await settled(t.loader);
    expect(t.loader.state).toBe('none');
  });

  it('fails with the client’s error kind when the student is not the viewer’s, and *Try again* reads afresh', async () => {
    const t = loaderFor({ client: server.clientFor('per_garcia'), studentId: 'stu_arjun' }); // Arjun is the Patels'
    t.host.connect();
    await settled(t.loader);
    expect(t.loader.state).toBe('error');
    expect(t.loader.failure).toBe('not-found');
    expect(t.failures).toHaveLength(1);
    expect((t.failures[0] as { status?: number }).status).toBe(404);

    t.inputs.studentId = 'stu_mateo';
    await t.loader.reload({ fresh: true });
    expect(t.loader.state).toBe('ready');
    expect(t.loader.student?.id).toBe('stu_mateo');
  });

  it('cancels the load under way when a newer one starts, and when the host leaves the page', async () => {
    const t = loaderFor({ client: server.clientFor('per_garcia'), studentId: 'stu_mateo' });
    const never = () => new Promise<void>(() => undefined);
    t.then(never);
    t.host.connect();
    expect(t.loader.state).toBe('loading');
    const first = t.loads[0]!.signal;

    t.inputs.educator = 'b';
    t.host.update();
    expect(first.aborted).toBe(true);
    const second = t.loads[1]!.signal;
    expect(second.aborted).toBe(false);

    t.host.disconnect();
    expect(second.aborted).toBe(true);
    expect(t.failures).toHaveLength(0); // a cancelled load is not a failure
  });

  it('says offline (and network) when the request never reaches the server', async () => {
    const offline = server.clientFor('per_garcia', {
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const t = loaderFor({ client: offline, studentId: 'stu_mateo' });
    t.host.connect();
    await settled(t.loader);
    expect(t.loader.state).toBe('offline');
    expect(t.loader.failure).toBe('network');
  });
});
