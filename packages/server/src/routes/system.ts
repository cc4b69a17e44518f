import { readFileSync } from 'node:fs';
import { problemTypes } from '@tandem/contract';
import { buildOpenApiDocument } from '@tandem/contract/openapi';
import { ping } from '../db/database.js';
import type { RouteHandler } from '../http.js';
import { ApiError } from '../problem.js';

export const serverVersion: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export function systemHandlers(databaseKind: 'pglite' | 'postgres') {
  const openApi = new Map<boolean, Record<string, unknown>>();
  const getHealth: RouteHandler<'getHealth'> = async ({ db, config }) => {
    try {
      await ping(db);
    } catch {
      throw new ApiError(503, problemTypes.unavailable, 'Unavailable', 'The database does not answer.');
    }
    return { status: 'ok', version: serverVersion, database: databaseKind, demo: config.demo };
  };
  const getOpenApi: RouteHandler<'getOpenApi'> = async ({ config }) => {
    const doc = openApi.get(config.demo) ?? buildOpenApiDocument({ includeDemoRoutes: config.demo });
    openApi.set(config.demo, doc);
    return doc;
  };
  return { getHealth, getOpenApi };
}
