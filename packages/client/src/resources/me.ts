import { getMe as getMeRoute } from '@tandem/contract';
import { bind } from '../bind.js';

/** The person the token was minted for, and their district. */
export const get = bind(getMeRoute);
