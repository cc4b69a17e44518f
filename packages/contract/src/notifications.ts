import './zod.js';
import * as z from 'zod/mini';
import { ContactChannel, QuietHours } from './domain.js';
import { DateTime, Id } from './primitives.js';
import { NotificationChannel } from './messaging.js';

/** At most a week: a notification later than that tells nobody anything in time. */
const NOTIFY_AFTER_MAX_MINUTES = 7 * 24 * 60;

/** How a person hears of what they have not read, as they see it (their own details only). */
export const NotificationSettings = /* @__PURE__ */ z.object({
  contactChannel: ContactChannel,
  /** Hours in which nothing is sent to them (on their clock); a notification waits for the end. */
  quietHours: /* @__PURE__ */ z.nullable(QuietHours),
  /** Minutes a message may stay unread before they are told; null: the district's default. */
  notifyAfterMinutes: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int()),
  /** The district's default, in minutes. */
  districtNotifyAfterMinutes: /* @__PURE__ */ z.int(),
  /** Their own address and number from the roster: shown to them, never to anyone else. */
  email: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  phone: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** Their number texted STOP: no texts until it texts START. */
  smsStopped: /* @__PURE__ */ z.boolean(),
  /** The channels that can reach them now: set up on this server, and with what they need (an address, a number, a browser). */
  available: /* @__PURE__ */ z.array(NotificationChannel),
  /** Browsers of theirs that allowed push notifications. */
  pushSubscriptions: /* @__PURE__ */ z.int(),
  /** The VAPID public key for `PushManager.subscribe` (`applicationServerKey`); null: push is off here. */
  vapidPublicKey: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
});
export type NotificationSettings = z.infer<typeof NotificationSettings>;

export const UpdateNotificationSettingsRequest = /* @__PURE__ */ z.strictObject({
  contactChannel: ContactChannel,
  quietHours: /* @__PURE__ */ z.nullable(QuietHours),
  notifyAfterMinutes: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(NOTIFY_AFTER_MAX_MINUTES)),
  ),
});
export type UpdateNotificationSettingsRequest = z.input<typeof UpdateNotificationSettingsRequest>;

const Base64Url = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(/^[A-Za-z0-9_-]+$/), /* @__PURE__ */ z.maxLength(200));

/** What `PushSubscription.toJSON()` gives in the browser. */
export const AddPushSubscriptionRequest = /* @__PURE__ */ z.strictObject({
  endpoint: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2048)),
  expirationTime: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number())),
  keys: /* @__PURE__ */ z.strictObject({ p256dh: Base64Url, auth: Base64Url }),
});
export type AddPushSubscriptionRequest = z.input<typeof AddPushSubscriptionRequest>;

/** A browser that receives push notifications; its endpoint (a capability) is never sent back. */
export const PushSubscription = /* @__PURE__ */ z.object({
  id: Id,
  /** The push service, e.g. `https://fcm.googleapis.com`. */
  service: /* @__PURE__ */ z.string(),
  createdAt: DateTime,
});
export type PushSubscription = z.infer<typeof PushSubscription>;
