import { sql } from 'drizzle-orm';
import { preparedRows, type Db } from './db/database.js';
import { rateBuckets } from './db/schema.js';
import { perTurn, type Waiter } from './per-turn.js';
import { rateLimited } from './problem.js';

/**
 * Token buckets per key (a person, or an address): `burst` requests at once, refilled at
 * `perSecond`. Kept in the database, so every server instance behind a load balancer draws on
 * the same bucket and the allowance does not grow with the fleet.
 */
export interface RateLimiter {
  /** Takes one token, or throws a 429 with Retry-After. */
  take(key: string): Promise<void>;
}

/** Forget buckets idle this long (a full bucket carries no information). */
const SWEEP_EVERY = 1_000;

/**
 * Takes are gathered for one turn of the event loop and sent as one statement, one row per
 * key: under load, many requests cost one round trip, not one each. The database still
 * decides every take, so instances share each bucket.
 */
export function databaseRateLimiter(
  db: Db,
  burst: number,
  perSecond: number,
  clock: () => Date = () => new Date(),
): RateLimiter {
  let statements = 0;
  const now = sql.placeholder('now');
  const refill = sql`least(${burst}::float8, b.tokens + greatest(0, extract(epoch from (${now}::timestamptz - b.updated_at))) * ${perSecond}::float8)`;
  const given = sql`least(excluded.taken, floor(${refill}))::int`;
  // Concurrent statements on any instance serialize on each bucket's row. A refused take takes
  // nothing, so waiting Retry-After is enough. Built once: the limits are this limiter's, the
  // keys, their counts and the time each call's.
  const takeAll = preparedRows<{ key: string; tokens: number; taken: number }>(
    'rate_take',
    sql`insert into ${rateBuckets} as b (key, tokens, updated_at, allowed, taken)
        select t.key, ${burst}::float8 - t.n, ${now}::timestamptz, t.n >= 1, t.n
        from unnest(${sql.placeholder('keys')}::text[], ${sql.placeholder('wanted')}::int[]) as t(key, n)
        on conflict (key) do update set
          tokens = ${refill} - ${given},
          taken = ${given},
          allowed = ${given} >= 1,
          updated_at = greatest(b.updated_at, excluded.updated_at)
        returning key, tokens, taken`,
  );
  const retryAfter = (tokens: number) => Math.max(1, Math.ceil((1 - tokens) / perSecond));

  async function send(batch: Map<string, Waiter<void>[]>) {
    const now = clock().toISOString();
    // In one order everywhere: two statements that lock rows in the same order cannot deadlock.
    const keys = [...batch.keys()].sort();
    const wanted = keys.map((key) => Math.min(batch.get(key)?.length ?? 0, burst));
    const rows = await takeAll(db, { keys, wanted, now });
    for (const row of rows) {
      const takers = batch.get(row.key) ?? [];
      // First come, first served: the bucket's tokens go to the takes in the order they came.
      takers.forEach((taker, i) =>
        i < row.taken ? taker.resolve() : taker.reject(rateLimited(retryAfter(row.tokens))),
      );
      batch.delete(row.key);
    }
    if (batch.size) throw new Error(`rate limit: no row for ${batch.size} keys`);
    // After the answers, and never failing them: a sweep that fails is tried again later.
    if (++statements % SWEEP_EVERY === 0) {
      const idle = Math.ceil(burst / perSecond) + 60;
      await db
        .execute(
          sql`delete from ${rateBuckets} where updated_at < ${now}::timestamptz - make_interval(secs => ${idle})`,
        )
        .catch(() => undefined);
    }
  }

  return { take: perTurn(send) };
}
