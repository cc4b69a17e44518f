import { randomBytes } from 'node:crypto';

// A call into the OS's generator per id is most of an id's cost: bytes are drawn 4 KiB at a
// time (as crypto.randomUUID does) and each byte serves one id only.
const ID_BYTES = 12;
const POOL_BYTES = 4096;
let pool = randomBytes(POOL_BYTES);
let offset = 0;

/** Opaque, unguessable ids with a readable prefix (`goal_…`) for logs and support. */
export function newId(prefix: string): string {
  if (offset + ID_BYTES > pool.length) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const id = pool.toString('base64url', offset, (offset += ID_BYTES));
  return `${prefix}_${id}`;
}
