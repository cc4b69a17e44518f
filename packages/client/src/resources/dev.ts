import { listDevUsers as listDevUsersRoute, createDevToken as createDevTokenRoute } from '@tandem/contract';
import type { DevToken, DevUser } from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

/** Demo mode only: the seeded people. */
export const listUsers = (client: TandemClient, options?: CallOptions): Promise<{ items: DevUser[] }> =>
  client.request(listDevUsersRoute, {}, options);

/** Demo mode only: a 15-minute token for a seeded person. */
export const createToken = (client: TandemClient, body: { userId: string }, options?: CallOptions): Promise<DevToken> =>
  client.request(createDevTokenRoute, { body }, options);
