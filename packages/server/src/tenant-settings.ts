// A district's settings (the `tenants` row): what the admin routes show, and what the rest of
// the server reads of them — the CORS origins every instance allows, educators' default quiet
// hours, and the translation service of each district.
import type { TenantSettings } from '@tandem/contract';
import { sql } from 'drizzle-orm';
import type { Database, Db } from './db/database.js';
import { tenants } from './db/schema.js';
import { describeError } from './log.js';

type TenantRow = typeof tenants.$inferSelect;

/** Sent (with the district's id) by a change of settings, inside its transaction: delivered at commit. */
export const TENANT_SETTINGS_CHANNEL = 'tandem_tenant_settings';

/** Tells every instance, once the transaction commits, that a district's settings changed. */
export async function announceTenantChange(db: Db, tenantId: string): Promise<void> {
  await db.execute(sql`select pg_notify(${TENANT_SETTINGS_CHANNEL}, ${tenantId})`);
}

/** A row as its administrators see it: the API key never leaves the server, only whether there is one. */
export function toTenantSettings(row: TenantRow): TenantSettings {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    allowedOrigins: row.allowedOrigins,
    educatorQuietHours:
      row.quietHoursStart && row.quietHoursEnd ? { start: row.quietHoursStart, end: row.quietHoursEnd } : null,
    translation:
      row.translationMode === 'custom'
        ? {
            mode: 'custom',
            url: row.translationUrl ?? '',
            hasApiKey: row.translationApiKey !== null,
            protocol: row.translationProtocol,
          }
        : { mode: row.translationMode },
    retentionDays: row.retentionDays,
  };
}

type Hours = { start: string; end: string } | null;
const hours = (start: string | null, end: string | null): Hours => (start && end ? { start, end } : null);

/**
 * The quiet hours that hold for a person: their own, or, for the school's side of a
 * conversation (educators and administrators), their district's default when they set none.
 * The district's default is not a family's.
 */
export function effectiveQuietHours(
  person: { kind: 'guardian' | 'educator' | 'admin'; quietHoursStart: string | null; quietHoursEnd: string | null },
  tenant: { quietHoursStart: string | null; quietHoursEnd: string | null },
): Hours {
  const own = hours(person.quietHoursStart, person.quietHoursEnd);
  if (person.kind === 'guardian') return own;
  return own ?? hours(tenant.quietHoursStart, tenant.quietHoursEnd);
}

/**
 * The origins allowed to call the API from a browser: TANDEM_ALLOWED_ORIGINS and every
 * district's `allowed_origins`, held in memory so that a preflight never waits on the
 * database. Loaded at start-up, and again whenever any instance announces a change
 * (LISTEN), or the listening connection comes back after a loss (a change may have been missed).
 */
export class OriginAllowlist {
  readonly #fixed: ReadonlySet<string>;
  #districts: ReadonlySet<string> = new Set();
  /** The reload that has not started yet, if any: requests arriving meanwhile share it. */
  #waiting: Promise<void> | null = null;
  #last: Promise<void> = Promise.resolve();
  #retry: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;

  constructor(
    fixed: readonly string[],
    private readonly db: Db,
  ) {
    this.#fixed = new Set(fixed);
  }

  has(origin: string): boolean {
    return this.#fixed.has(origin) || this.#districts.has(origin);
  }

  /**
   * Reads every district's origins again. A reload asked for while one runs waits for it and
   * then reads once for all who asked, so a change committed after the running read began is
   * never missed. A failed read keeps the origins known so far and is tried again with backoff.
   */
  reload(): Promise<void> {
    if (this.#waiting) return this.#waiting;
    const next = this.#last.then(async () => {
      this.#waiting = null;
      clearTimeout(this.#retry);
      const rows = await this.db.select({ origins: tenants.allowedOrigins }).from(tenants);
      this.#districts = new Set(rows.flatMap((row) => row.origins));
      this.#failures = 0;
    });
    this.#waiting = next;
    this.#last = next.catch((error: unknown) => {
      const delay = Math.min(30_000, 500 * 2 ** this.#failures++);
      console.error(`Reading the allowed origins failed (trying again in ${delay} ms): ${describeError(error)}`);
      this.#retry = setTimeout(() => void this.reload().catch(() => undefined), delay);
      this.#retry.unref();
    });
    return next;
  }

  /** Loads the origins, then follows every instance's changes. */
  async start(database: Database): Promise<void> {
    await database.listen(
      TENANT_SETTINGS_CHANNEL,
      () => void this.reload().catch(() => undefined),
      () => void this.reload().catch(() => undefined),
    );
    await this.reload();
  }
}
