import type { DevToken, DevUser } from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

/** Demo mode only: the seeded people. */
export const listUsers = (client: TandemClient, options?: CallOptions): Promise<{ items: DevUser[] }> =>
  client.request('listDevUsers', {}, options);

/** Demo mode only: a 15-minute token for a seeded person. */
export const createToken = (client: TandemClient, body: { userId: string }, options?: CallOptions): Promise<DevToken> =>
  client.request('createDevToken', { body }, options);
