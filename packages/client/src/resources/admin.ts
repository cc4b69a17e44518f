import {
  getTenantSettings as getTenantSettingsRoute,
  updateTenantSettings as updateTenantSettingsRoute,
} from '@tandem/contract';
import { bind } from '../bind.js';

/** The signed-in administrator's district settings (ForbiddenError for anyone else). */
export const tenant = bind(getTenantSettingsRoute);

/** Changes the fields given; they apply at once on every server instance. */
export const updateTenant = bind(updateTenantSettingsRoute);
