// /cdn/: the script-tag bundle and the chunks it fetches (each language's strings per widget),
// loadable from any origin; nothing else of the folder, and nothing outside it.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { backends, client, testConfig } from './harness.js';

describe('/cdn/', () => {
  let database: Database;
  let folder: string;
  let call: ReturnType<typeof client>;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tandem-cdn-'));
    await mkdir(join(folder, 'cdn'));
    await writeFile(join(folder, 'cdn', 'tandem.js'), 'import("./vi.goal-tracker-AbC_12-x.js");');
    await writeFile(join(folder, 'cdn', 'vi.goal-tracker-AbC_12-x.js'), 'export const templates = {};');
    await writeFile(join(folder, 'cdn', 'notes.txt'), 'not code');
    await writeFile(join(folder, 'secret.js'), 'outside the folder');
    database = await backends[0]!.open();
    call = client(database, testConfig({ cdnFile: join(folder, 'cdn', 'tandem.js'), demo: false }));
  });
  afterAll(async () => {
    await database.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('serves the bundle, revalidated every few minutes, to any origin', async () => {
    const response = await call('GET', '/cdn/tandem.js');
    expect(response.status).toBe(200);
    expect(response.json).toBe('import("./vi.goal-tracker-AbC_12-x.js");');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('serves a chunk beside it, cached for good (its name changes with its content)', async () => {
    const response = await call('GET', '/cdn/vi.goal-tracker-AbC_12-x.js');
    expect(response.status).toBe(200);
    expect(response.json).toBe('export const templates = {};');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it.each([
    '/cdn/notes.txt',
    '/cdn/..%2Fsecret.js',
    '/cdn/%2E%2E%2Fsecret.js',
    '/cdn/missing-123.js',
    '/cdn/.hidden.js',
  ])('answers %s with the 404 problem', async (path) => {
    const response = await call('GET', path);
    expect(response.status).toBe(404);
    expect(response.json).toMatchObject({ type: expect.stringContaining('not-found'), status: 404 });
  });
});
