import { listProgress as listProgressRoute, recordProgress as recordProgressRoute } from '@tandem/contract';
import { bind } from '../bind.js';

/** A goal's entries from home and school, newest first. */
export const list = bind(listProgressRoute);

/** Records a reading; the server stamps who recorded it, in which role and setting. */
export const record = bind(recordProgressRoute);
