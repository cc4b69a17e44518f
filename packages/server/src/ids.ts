import { randomBytes } from 'node:crypto';

/** Opaque, unguessable ids with a readable prefix (`goal_…`) for logs and support. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
