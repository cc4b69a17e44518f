import {
  getTenantSettings as getTenantSettingsRoute,
  updateTenantSettings as updateTenantSettingsRoute,
} from '@tandem/contract';
import type { TenantSettings, UpdateTenantSettingsRequest } from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

/** The signed-in administrator's district settings (ForbiddenError for anyone else). */
export const tenant = (client: TandemClient, options?: CallOptions): Promise<TenantSettings> =>
  client.request(getTenantSettingsRoute, {}, options);

/** Changes the fields given; they apply at once on every server instance. */
export const updateTenant = (
  client: TandemClient,
  body: UpdateTenantSettingsRequest,
  options?: CallOptions,
): Promise<TenantSettings> => client.request(updateTenantSettingsRoute, { body }, options);
