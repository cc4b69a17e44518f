import { eq } from 'drizzle-orm';
import { audit } from '../audit.js';
import { requireDistrictAdmin } from '../authz.js';
import { tenants } from '../db/schema.js';
import type { RouteHandler } from '../http.js';
import { notFound } from '../problem.js';
import { announceTenantChange, toTenantSettings } from '../tenant-settings.js';

type TenantUpdate = Partial<typeof tenants.$inferInsert>;

export const getTenantSettings: RouteHandler<'getTenantSettings'> = async ({ actor, db }) => {
  requireDistrictAdmin(actor);
  const [row] = await db.select().from(tenants).where(eq(tenants.id, actor.tenantId));
  if (!row) throw notFound();
  return toTenantSettings(row);
};

/**
 * Writes the fields given, audits the change, and announces it: every instance reloads its
 * allowed origins when this transaction commits; quiet hours and translation are read from
 * the row wherever they are applied, so they need no announcement to take effect.
 */
export const updateTenantSettings: RouteHandler<'updateTenantSettings'> = async ({ actor, body, db, requestId }) => {
  requireDistrictAdmin(actor);
  // The row lock orders concurrent changes, so "keep the stored key" reads the key being kept.
  const [current] = await db.select().from(tenants).where(eq(tenants.id, actor.tenantId)).for('update');
  if (!current) throw notFound();
  const set: TenantUpdate = {};
  if (body.name !== undefined) set.name = body.name;
  if (body.timeZone !== undefined) set.timeZone = body.timeZone;
  if (body.allowedOrigins !== undefined) set.allowedOrigins = body.allowedOrigins;
  if (body.educatorQuietHours !== undefined) {
    set.quietHoursStart = body.educatorQuietHours?.start ?? null;
    set.quietHoursEnd = body.educatorQuietHours?.end ?? null;
  }
  if (body.translation !== undefined) {
    const translation = body.translation;
    set.translationMode = translation.mode;
    if (translation.mode === 'custom') {
      // A key is only ever sent to the address it was given for.
      const sameService = current.translationMode === 'custom' && current.translationUrl === translation.url;
      set.translationUrl = translation.url;
      set.translationApiKey =
        translation.apiKey !== undefined ? translation.apiKey : sameService ? current.translationApiKey : null;
      set.translationProtocol = translation.protocol ?? 'libretranslate';
    } else {
      // Nothing of a custom service is kept once it is not used: no secret lingers unseen.
      set.translationUrl = null;
      set.translationApiKey = null;
      set.translationProtocol = 'libretranslate';
    }
  }
  if (body.retentionDays !== undefined) set.retentionDays = body.retentionDays;
  if (!Object.keys(set).length) return toTenantSettings(current);

  const [row] = await db.update(tenants).set(set).where(eq(tenants.id, current.id)).returning();
  if (!row) throw notFound();
  await audit(db, actor, { action: 'update', resourceType: 'tenant', resourceId: row.id, studentId: null }, requestId);
  await announceTenantChange(db, row.id);
  return toTenantSettings(row);
};
