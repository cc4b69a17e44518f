import {
  addPushSubscription as addPushSubscriptionRoute,
  getMe as getMeRoute,
  getMyNotificationSettings,
  putMyNotificationSettings,
  removePushSubscription as removePushSubscriptionRoute,
} from '@tandem/contract';
import { bind } from '../bind.js';

/** The person the token was minted for, and their district. */
export const get = bind(getMeRoute);

/** How they hear of messages they have not read: channel, quiet hours, delay, and what can reach them. */
export const notificationSettings = bind(getMyNotificationSettings);

/** Choose the channel, quiet hours and delay. */
export const setNotificationSettings = bind(putMyNotificationSettings);

/** Register this browser's `PushSubscription.toJSON()` for push notifications. */
export const addPushSubscription = bind(addPushSubscriptionRoute);

/** Stop push notifications to a browser registered before. */
export const removePushSubscription = bind(removePushSubscriptionRoute);
