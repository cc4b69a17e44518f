import { getMe as getMeRoute } from '@tandem/contract';
import type { Me } from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

/** The person the token was minted for, and their district. */
export const get = (client: TandemClient, options?: CallOptions): Promise<Me> =>
  client.request(getMeRoute, {}, options);
