export { createTandemClient } from './client.js';
export { bind } from './bind.js';
export type { BoundInput, BoundRoute, RouteNameOf } from './bind.js';
export type {
  CallOptions,
  RetryOptions,
  RouteInput,
  TandemClient,
  TandemClientOptions,
  TokenProvider,
} from './client.js';
export * from './errors.js';
export { paginate } from './paginate.js';
export * as goals from './resources/goals.js';
export * as progress from './resources/progress.js';
export * as students from './resources/students.js';
export * as me from './resources/me.js';
export * as system from './resources/system.js';
export * as dev from './resources/dev.js';
export * as messages from './resources/messages.js';
export * as availability from './resources/availability.js';
export * as admin from './resources/admin.js';
export { subscribe } from './subscribe.js';
export { Outbox, memoryStorage, localStorageStorage } from './outbox.js';
export type { OutboxItem, OutboxStorage, OutboxEvents } from './outbox.js';
export type { SubscribeOptions, Subscription, SubscriptionStatus } from './subscribe.js';
export type * from '@tandem/contract';
