// bind(route): the types of each bound function come from the contract's route, and the request
// it sends is the route's. The type checks run under `pnpm typecheck` (tsconfig.tests.json); a
// line marked @ts-expect-error that compiles is itself an error there.
import type { Goal, Health, RouteBody, RouteParams, RouteResponse, TenantSettings } from '@tandem/contract';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { bind } from '../src/bind.js';
import {
  admin,
  availability,
  createTandemClient,
  goals,
  me,
  ResponseShapeError,
  students,
  system,
  type CallOptions,
  type TandemClient,
} from '../src/index.js';

describe('bind(route) types', () => {
  it('takes the route’s params and query in one object, its body, then options', () => {
    expectTypeOf(goals.get).parameter(1).toEqualTypeOf<RouteParams<'getGoal'>>();
    expectTypeOf(goals.get).parameter(1).toEqualTypeOf<{ goalId: string }>();
    expectTypeOf(goals.list).parameter(1).toEqualTypeOf<
      { studentId: string } & {
        limit?: number | undefined;
        cursor?: string | undefined;
        recentProgress?: number | undefined;
      }
    >();
    expectTypeOf(goals.create).parameter(2).toEqualTypeOf<RouteBody<'createGoal'>>();
    expectTypeOf(goals.create).parameter(3).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(me.get).parameters.toEqualTypeOf<[TandemClient, (CallOptions | undefined)?]>();
    expectTypeOf(admin.updateTenant).parameter(1).toEqualTypeOf<RouteBody<'updateTenantSettings'> | undefined>();
  });

  it('answers with the route’s response schema output', () => {
    expectTypeOf(goals.get).returns.toEqualTypeOf<Promise<RouteResponse<'getGoal'>>>();
    expectTypeOf(goals.get).returns.resolves.toEqualTypeOf<Goal>();
    expectTypeOf(system.health).returns.resolves.toEqualTypeOf<Health>();
    expectTypeOf(admin.tenant).returns.resolves.toEqualTypeOf<TenantSettings>();
  });

  it('does not compile with a wrong param name, a wrong or missing body, or an input the route has not', () => {
    // Never called: these lines are for the compiler.
    const wrong = (client: TandemClient) => [
      // @ts-expect-error: the param is goalId
      goals.get(client, { id: 'goal_1' }),
      // @ts-expect-error: the path parameter is required
      goals.list(client, { limit: 5 }),
      // @ts-expect-error: limit is a number
      goals.list(client, { studentId: 'stu_1', limit: 'five' }),
      // @ts-expect-error: a goal's statement is text
      goals.create(client, { studentId: 'stu_1' }, { statement: 5 }),
      // @ts-expect-error: createGoal needs a body
      goals.create(client, { studentId: 'stu_1' }),
      // @ts-expect-error: unknown field in a strict body
      goals.update(client, { goalId: 'goal_1' }, { version: 1, colour: 'red' }),
      // @ts-expect-error: getMe takes no input, only options
      me.get(client, { studentId: 'stu_1' }),
    ];
    expect(typeof wrong).toBe('function');
  });
});

/** A client whose fetch records each request and answers `answer` (JSON). */
function recording(answer: unknown = {}) {
  const sent: { method: string; url: string; headers: Headers; body: string | undefined }[] = [];
  const client = createTandemClient({
    baseUrl: 'https://tandem.test/',
    tokenProvider: () => 'token',
    retry: 0,
    fetch: (input, init) => {
      sent.push({
        method: init?.method ?? 'GET',
        url: String(input),
        headers: new Headers(init?.headers),
        body: typeof init?.body === 'string' ? init.body : undefined,
      });
      return Promise.resolve(Response.json(answer));
    },
  });
  return { client, sent };
}

describe('bind(route) requests', () => {
  it('puts path names into the path, the rest of the input into the query', async () => {
    const { client, sent } = recording();
    await expect(goals.list(client, { studentId: 'stu 1', limit: 5, cursor: 'abc' })).rejects.toBeInstanceOf(
      ResponseShapeError,
    );
    await expect(students.list(client)).rejects.toBeInstanceOf(ResponseShapeError);
    expect(sent.map((r) => [r.method, r.url, r.body])).toEqual([
      ['GET', 'https://tandem.test/api/v1/students/stu%201/goals?limit=5&cursor=abc', undefined],
      ['GET', 'https://tandem.test/api/v1/students', undefined],
    ]);
  });

  it('sends the body as JSON with an Idempotency-Key on POSTs, `{}` when an optional body is left out', async () => {
    const { client, sent } = recording();
    const body = { domain: 'academic', statement: 'Read', measureType: 'count', unit: 'books' } as const;
    await goals.create(client, { studentId: 'stu_1' }, body, { idempotencyKey: 'k-1' }).catch(() => undefined);
    await availability.cancel(client, { bookingId: 'bkg_1' }).catch(() => undefined);
    await admin.updateTenant(client, { allowedOrigins: ['https://school.test'] }).catch(() => undefined);
    expect(sent.map((r) => [r.method, r.url, r.body, r.headers.get('Idempotency-Key')])).toEqual([
      ['POST', 'https://tandem.test/api/v1/students/stu_1/goals', JSON.stringify(body), 'k-1'],
      ['POST', 'https://tandem.test/api/v1/bookings/bkg_1/cancel', '{}', expect.stringMatching(/^[\w-]{36}$/)],
      ['PATCH', 'https://tandem.test/api/v1/admin/tenant', '{"allowedOrigins":["https://school.test"]}', null],
    ]);
    expect(sent[0]!.headers.get('Content-Type')).toBe('application/json');
  });

  it('gives options to a route without input as its only argument', async () => {
    const { client, sent } = recording();
    const controller = new AbortController();
    controller.abort();
    await expect(me.get(client, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent).toEqual([]);
  });

  it('turns Dates into instants for listSlots', async () => {
    const { client, sent } = recording();
    const from = new Date('2030-01-02T03:04:05Z');
    await availability
      .listSlots(client, { educatorId: 'per_1', from, to: '2030-01-09T00:00:00+01:00' })
      .catch(() => {});
    expect(sent.map((r) => r.url)).toEqual([
      'https://tandem.test/api/v1/educators/per_1/slots?from=2030-01-02T03%3A04%3A05.000Z&to=2030-01-08T23%3A00%3A00.000Z',
    ]);
  });

  it('refuses a wrong param name at run time, before sending anything', async () => {
    const { client, sent } = recording();
    await expect(goals.get(client, { id: 'goal_1' } as never)).rejects.toThrow('Missing path parameter "goalId"');
    expect(sent).toEqual([]);
  });

  it('answers the parsed response of the route’s schema', async () => {
    const health = { status: 'ok', version: '1.2.3', database: 'pglite', demo: false };
    const { client } = recording(health);
    await expect(system.health(client)).resolves.toEqual(health);
    const bound = bind((await import('@tandem/contract')).getHealth);
    await expect(bound(client)).resolves.toEqual(health);
  });
});
