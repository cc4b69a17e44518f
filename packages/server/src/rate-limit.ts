import { sql } from 'drizzle-orm';
import { selectRows, type Db } from './db/database.js';
import { rateBuckets } from './db/schema.js';
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

export function databaseRateLimiter(
  db: Db,
  burst: number,
  perSecond: number,
  clock: () => Date = () => new Date(),
): RateLimiter {
  let takes = 0;
  const refilled = (tokens: unknown, at: unknown, now: string) =>
    sql`least(${burst}::float8, ${tokens} + greatest(0, extract(epoch from (${now}::timestamptz - ${at}))) * ${perSecond}::float8)`;
  const refuse = (tokens: number) => {
    throw rateLimited(Math.max(1, Math.ceil((1 - tokens) / perSecond)));
  };
  return {
    async take(key) {
      const now = clock().toISOString();
      // One statement, so concurrent requests on any instance serialize on the bucket's row.
      // One statement, so concurrent requests on any instance serialize on the bucket's row; a
      // refused request takes nothing, so waiting Retry-After is enough.
      const refill = refilled(sql`b.tokens`, sql`b.updated_at`, now);
      const [row] = await selectRows<{ tokens: number; allowed: boolean }>(
        db,
        sql`insert into ${rateBuckets} as b (key, tokens, updated_at, allowed)
            values (${key}, ${burst - 1}, ${now}::timestamptz, true)
            on conflict (key) do update set
              tokens = case when ${refill} >= 1 then ${refill} - 1 else ${refill} end,
              allowed = ${refill} >= 1,
              updated_at = greatest(b.updated_at, excluded.updated_at)
            returning tokens, allowed`,
      );
      if (++takes % SWEEP_EVERY === 0) {
        const idle = Math.ceil(burst / perSecond) + 60;
        await db.execute(
          sql`delete from ${rateBuckets} where updated_at < ${now}::timestamptz - make_interval(secs => ${idle})`,
        );
      }
      if (row && !row.allowed) refuse(row.tokens);
    },
  };
}
