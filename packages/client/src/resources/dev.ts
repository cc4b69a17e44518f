import { listDevUsers as listDevUsersRoute, createDevToken as createDevTokenRoute } from '@tandem/contract';
import { bind } from '../bind.js';

/** Demo mode only: the seeded people. */
export const listUsers = bind(listDevUsersRoute);

/** Demo mode only: a 15-minute token for a seeded person. */
export const createToken = bind(createDevTokenRoute);
