// Each person's own notification settings (channel, quiet hours, delay) and the browsers that
// receive their push notifications. A person sees their own contact details here and nowhere
// does anyone else.
import type { NotificationChannel, NotificationSettings } from '@tandem/contract';
import { and, count, eq } from 'drizzle-orm';
import type { Actor } from '../auth.js';
import type { ServerConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { people, pushSubscriptions, tenants } from '../db/schema.js';
import type { RouteHandler } from '../http.js';
import { newId } from '../ids.js';
import { notFound, validationError } from '../problem.js';
import { validPushSubscription } from '../push.js';
import { toE164 } from '../sms-text.js';

async function settingsOf(db: Db, actor: Actor, config: ServerConfig): Promise<NotificationSettings> {
  const [row] = await db
    .select({ person: people, districtDelay: tenants.notifyAfterSeconds })
    .from(people)
    .innerJoin(tenants, eq(tenants.id, people.tenantId))
    .where(eq(people.id, actor.id));
  if (!row) throw notFound();
  const { person } = row;
  const [subscriptions] = await db
    .select({ n: count() })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.personId, person.id));
  const browsers = subscriptions?.n ?? 0;
  const available: NotificationChannel[] = [];
  if (config.mail && person.email) available.push('email');
  if (config.sms && person.phone && toE164(person.phone) && !person.smsStoppedAt) available.push('sms');
  if (config.push && browsers > 0) available.push('push');
  return {
    contactChannel: person.contactChannel,
    quietHours:
      person.quietHoursStart && person.quietHoursEnd
        ? { start: person.quietHoursStart, end: person.quietHoursEnd }
        : null,
    notifyAfterMinutes: person.notifyAfterSeconds === null ? null : Math.round(person.notifyAfterSeconds / 60),
    districtNotifyAfterMinutes: Math.round((row.districtDelay ?? config.notifyAfterSeconds) / 60),
    email: person.email,
    phone: person.phone,
    smsStopped: person.smsStoppedAt !== null,
    available,
    pushSubscriptions: browsers,
    vapidPublicKey: config.push?.publicKey ?? null,
  };
}

export const getMyNotificationSettings: RouteHandler<'getMyNotificationSettings'> = ({ actor, db, config }) =>
  settingsOf(db, actor, config);

export const putMyNotificationSettings: RouteHandler<'putMyNotificationSettings'> = async ({
  actor,
  body,
  db,
  config,
}) => {
  await db
    .update(people)
    .set({
      contactChannel: body.contactChannel,
      quietHoursStart: body.quietHours?.start ?? null,
      quietHoursEnd: body.quietHours?.end ?? null,
      notifyAfterSeconds: body.notifyAfterMinutes === null ? null : body.notifyAfterMinutes * 60,
    })
    .where(eq(people.id, actor.id));
  return settingsOf(db, actor, config);
};

const toSubscription = (row: typeof pushSubscriptions.$inferSelect) => ({
  id: row.id,
  service: new URL(row.endpoint).origin,
  createdAt: row.createdAt.toISOString(),
});

export const addPushSubscription: RouteHandler<'addPushSubscription'> = async ({ actor, body, db, config, now }) => {
  if (!config.push) throw notFound('Push notifications are not set up on this server.');
  // Only a browser's push service, over TLS: the demo's local push service is the one exception.
  const local = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(body.endpoint);
  if (!validPushSubscription(body) || (local && !config.demo)) {
    throw validationError([
      { path: 'body', code: 'invalid_subscription', message: 'Send the browser’s PushSubscription.toJSON() as it is.' },
    ]);
  }
  // The same browser again (a new permission prompt, a reload) replaces its keys.
  const [row] = await db
    .insert(pushSubscriptions)
    .values({
      id: newId('psub'),
      personId: actor.id,
      endpoint: body.endpoint,
      p256dh: body.keys.p256dh,
      auth: body.keys.auth,
      createdAt: now,
    })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: { personId: actor.id, p256dh: body.keys.p256dh, auth: body.keys.auth },
    })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return toSubscription(row);
};

export const removePushSubscription: RouteHandler<'removePushSubscription'> = async ({ actor, params, db }) => {
  const [row] = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.id, params.subscriptionId), eq(pushSubscriptions.personId, actor.id)))
    .returning();
  if (!row) throw notFound();
  return toSubscription(row);
};
