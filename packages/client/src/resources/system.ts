import { getHealth as getHealthRoute, getOpenApi as getOpenApiRoute } from '@tandem/contract';
import type { Health } from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

export const health = (client: TandemClient, options?: CallOptions): Promise<Health> =>
  client.request(getHealthRoute, {}, options);

export const openApi = (client: TandemClient, options?: CallOptions): Promise<Record<string, unknown>> =>
  client.request(getOpenApiRoute, {}, options);
