import type { Health } from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

export const health = (client: TandemClient, options?: CallOptions): Promise<Health> =>
  client.request('getHealth', {}, options);

export const openApi = (client: TandemClient, options?: CallOptions): Promise<Record<string, unknown>> =>
  client.request('getOpenApi', {}, options);
