import type { Actor } from './auth.js';
import type { Db } from './db/database.js';
import { auditEvents } from './db/schema.js';
import { newId } from './ids.js';

export type AuditAction = 'read' | 'create' | 'update';

/** Records who read or changed which student record. Writes go in the same transaction as the change. */
export async function audit(
  db: Db,
  /** A person, or the system itself (`system:…`) for what nobody did by hand. */
  actor: Pick<Actor, 'id' | 'tenantId'>,
  event: { action: AuditAction; resourceType: string; resourceId: string; studentId: string | null },
  requestId: string | undefined,
  /** When it happened: the request's `now` where the caller has one. */
  at: Date = new Date(),
): Promise<void> {
  await db.insert(auditEvents).values({
    id: newId('aud'),
    tenantId: actor.tenantId,
    actorId: actor.id,
    ...event,
    requestId: requestId ?? null,
    at,
  });
}
