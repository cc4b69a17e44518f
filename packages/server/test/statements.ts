// The statements node-postgres sends while some work runs, with their values: what the query-plan
// test explains and what the API bench's SQL floor replays. No vitest here, so a bench may import it.
import pg from 'pg';

export interface Statement {
  text: string;
  values: unknown[];
}

/** Runs `work`, keeping every statement any pg client of this process sent meanwhile. */
export async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof first === 'string' ? first : first.text;
    // drizzle's prepared statements call query(config, values).
    const values = (typeof first === 'string' ? undefined : first.values) ?? second ?? [];
    statements.push({ text, values });
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    return { result: await work(), statements };
  } finally {
    pg.Client.prototype.query = query;
  }
}
