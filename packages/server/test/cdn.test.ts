// /cdn/: the script-tag bundle and the chunks it fetches (shared code, each language's strings),
// loadable from any origin, compressed, validated by ETag and also under an immutable versioned
// URL; nothing else of the folder, and nothing outside it. Over real HTTP (node:http, which does
// not decompress), so the bytes on the wire are what is checked.
import { problemTypes } from '@tandem/contract';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveCdnFile } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { backends, client, expectProblem, testConfig } from './harness.js';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET as a browser sends it, answered with the bytes as they came (still compressed). */
function fetchRaw(base: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(new URL(path, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

const problemOf = (reply: Reply) => ({
  status: reply.status,
  headers: new Headers(reply.headers as Record<string, string>),
  json: JSON.parse(reply.body.toString('utf8')) as Record<string, unknown>,
});

const VERSION = '9.8.7';
const CHUNK = 'vi.goal-tracker-AbC_12-x.js';
// Big enough that brotli and gzip make it smaller, as they do the real bundle.
const BUNDLE = `import("./${CHUNK}");\nexport const filler = "${'tandem widgets '.repeat(200)}";\n`;
const CHUNK_BODY = `export const templates = { goal: "${'Mục tiêu '.repeat(100)}" };\n`;
const TINY = 'export{};';

describe('/cdn/', () => {
  let folder: string;
  let server: RunningServer;
  const fetchCdn = (path: string, headers?: Record<string, string>) => fetchRaw(server.url, path, headers);

  beforeAll(async () => {
    // Laid out as the package is: package.json (the version), dist/cdn/ (the bundle and its chunks).
    folder = await mkdtemp(join(tmpdir(), 'tandem-cdn-'));
    await mkdir(join(folder, 'dist', 'cdn'), { recursive: true });
    await writeFile(join(folder, 'package.json'), JSON.stringify({ name: '@tandem/elements', version: VERSION }));
    await writeFile(join(folder, 'dist', 'cdn', 'tandem.js'), BUNDLE);
    await writeFile(join(folder, 'dist', 'cdn', CHUNK), CHUNK_BODY);
    await writeFile(join(folder, 'dist', 'cdn', 'static-preload-helper-x1.js'), TINY);
    await writeFile(join(folder, 'dist', 'cdn', 'push-worker.js'), 'self.addEventListener("push", () => {});');
    await writeFile(join(folder, 'dist', 'cdn', 'notes.txt'), 'not code');
    await writeFile(join(folder, 'dist', 'secret.js'), 'outside the folder');
    const database = await backends[0]!.open();
    const config = testConfig({ cdnFile: join(folder, 'dist', 'cdn', 'tandem.js'), demo: false, port: 0 });
    server = await startServer(config, { database });
  });
  afterAll(async () => {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('serves the bundle as it is without Accept-Encoding, revalidated every few minutes, to any origin', async () => {
    const reply = await fetchCdn('/cdn/tandem.js');
    expect(reply.status).toBe(200);
    expect(reply.body.toString('utf8')).toBe(BUNDLE);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('public, max-age=300');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.headers.etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/); // strong: no W/
    expect(reply.headers['access-control-allow-origin']).toBe('*');
    expect(reply.headers['cross-origin-resource-policy']).toBe('cross-origin');
    // The rest of the secure headers stay.
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends brotli (preferred) or gzip, each decompressing to the exact bytes, each with its own ETag', async () => {
    const file = Buffer.from(BUNDLE);
    const br = await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(file.length);
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    const gzip = await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(file)).toBe(true);
    const identity = await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(file)).toBe(true);
    for (const reply of [br, gzip, identity]) expect(reply.headers.vary).toBe('Accept-Encoding');
    // RFC 9110: a strong validator differs per content-coding.
    const tags = [br, gzip, identity].map((reply) => reply.headers.etag);
    expect(new Set(tags).size).toBe(3);
    expect(br.headers.etag).toBe(identity.headers.etag!.replace(/"$/, '-br"'));

    // Weights: refused brotli, gzip weighed more, a wildcard.
    const codingFor = async (acceptEncoding: string) =>
      (await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': acceptEncoding })).headers['content-encoding'];
    expect(await codingFor('br;q=0, gzip')).toBe('gzip');
    expect(await codingFor('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(await codingFor('*')).toBe('br');
    expect(await codingFor('gzip;q=0, br;q=0')).toBeUndefined();
    // The same bytes on every request (compressed once, kept).
    const again = await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': 'br' });
    expect(again.body.equals(br.body)).toBe(true);
    expect(again.headers.etag).toBe(br.headers.etag);
  });

  it('answers If-None-Match with 304 and no body, for the representation the client holds', async () => {
    const first = await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': 'br' });
    const tag = first.headers.etag!;
    const revalidated = await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': 'br', 'If-None-Match': tag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(tag);
    expect(revalidated.headers.vary).toBe('Accept-Encoding');
    expect(revalidated.headers['cache-control']).toBe('public, max-age=300');
    // A list, and the weak form (If-None-Match compares weakly).
    const listed = await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': 'br', 'If-None-Match': `"old", ${tag}` });
    expect(listed.status).toBe(304);
    const weak = await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': 'br', 'If-None-Match': `W/${tag}` });
    expect(weak.status).toBe(304);
    // The brotli tag does not validate the gzip representation, nor a stale tag the current one.
    const otherCoding = await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': tag });
    expect(otherCoding.status).toBe(200);
    expect(gunzipSync(otherCoding.body).toString('utf8')).toBe(BUNDLE);
    const stale = await fetchCdn('/cdn/tandem.js', { 'Accept-Encoding': 'br', 'If-None-Match': '"stale-br"' });
    expect(stale.status).toBe(200);
  });

  it('serves a chunk beside it, compressed and cached for good (its name changes with its content)', async () => {
    const reply = await fetchCdn(`/cdn/${CHUNK}`, { 'Accept-Encoding': 'br' });
    expect(reply.status).toBe(200);
    expect(brotliDecompressSync(reply.body).toString('utf8')).toBe(CHUNK_BODY);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers['access-control-allow-origin']).toBe('*');
    expect(reply.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(reply.headers.etag).toMatch(/-br"$/);
  });

  it('sends a file that compression would not shrink as it is', async () => {
    const reply = await fetchCdn('/cdn/static-preload-helper-x1.js', { 'Accept-Encoding': 'br, gzip' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString('utf8')).toBe(TINY);
    expect(reply.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(reply.headers.etag).not.toMatch(/-(br|gzip)"$/);
    expect(reply.headers.vary).toBe('Accept-Encoding');
  });

  it('serves the release at /cdn/<version>/ for good, with its chunks beside it', async () => {
    const bundle = await fetchCdn(`/cdn/${VERSION}/tandem.js`, { 'Accept-Encoding': 'gzip' });
    expect(bundle.status).toBe(200);
    expect(gunzipSync(bundle.body).toString('utf8')).toBe(BUNDLE);
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(bundle.headers['access-control-allow-origin']).toBe('*');
    expect(bundle.headers['cross-origin-resource-policy']).toBe('cross-origin');
    // The bundle imports "./vi.goal-tracker-….js": relative to the versioned URL, so it must be there.
    const chunk = await fetchCdn(new URL(`./${CHUNK}`, `${server.url}/cdn/${VERSION}/tandem.js`).pathname);
    expect(chunk.status).toBe(200);
    expect(chunk.body.toString('utf8')).toBe(CHUNK_BODY);
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each([`/cdn/9.8.6/tandem.js`, `/cdn/10.0.0/${CHUNK}`])(
    'answers another version (%s) with the 404 problem naming the one it serves',
    async (path) => {
      const reply = await fetchCdn(path);
      expectProblem(problemOf(reply), 404, problemTypes.notFound, {
        detail: expect.stringContaining(`/cdn/${VERSION}/tandem.js`),
      });
    },
  );

  it('keeps the push worker same-origin and revalidated, like the API', async () => {
    const worker = await fetchCdn('/cdn/push-worker.js');
    expect(worker.status).toBe(200);
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(worker.headers['access-control-allow-origin']).toBeUndefined();
    const api = await fetchCdn('/api/health');
    expect(api.status).toBe(200);
    expect(api.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    '/cdn/notes.txt',
    '/cdn/..%2Fsecret.js',
    '/cdn/%2E%2E%2Fsecret.js',
    '/cdn/missing-123.js',
    '/cdn/.hidden.js',
    `/cdn/${VERSION}/..%2Fsecret.js`,
    `/cdn/${VERSION}/push-worker.js`,
    `/cdn/${VERSION}/missing-123.js`,
  ])('answers %s with the 404 problem', async (path) => {
    expectProblem(problemOf(await fetchCdn(path)), 404, problemTypes.notFound);
  });
});

describe('finding the bundle at start-up', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tandem-cdn-config-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('refuses a TANDEM_CDN_FILE that is not a file, naming the variable and the path', () => {
    const missing = join(folder, 'nothing', 'tandem.js');
    expect(() => loadConfig({ TANDEM_CDN_FILE: missing }, { demo: true })).toThrow(ConfigError);
    expect(() => loadConfig({ TANDEM_CDN_FILE: missing }, { demo: true })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^TANDEM_CDN_FILE names .*, which is not a file/) }),
    );
    expect(() => loadConfig({ TANDEM_CDN_FILE: missing }, { demo: true })).toThrow(missing);
    expect(() => loadConfig({ TANDEM_CDN_FILE: folder }, { demo: true })).toThrow(folder);
  });

  it('says what to do when @tandem/elements is not installed (or has no bundle export)', () => {
    // Node's own resolver, asked for a package that is not there / a path the package does not export.
    const absent = (specifier: string) =>
      import.meta.resolve(specifier.replace('@tandem/elements', '@tandem/elements-not-installed'));
    const unexported = (specifier: string) => import.meta.resolve(specifier.replace('cdn/tandem.js', 'cdn/gone.js'));
    for (const resolver of [absent, unexported]) {
      expect(() => resolveCdnFile({}, resolver)).toThrow(ConfigError);
      expect(() => resolveCdnFile({}, resolver)).toThrow(/install @tandem\/elements.*TANDEM_CDN_FILE=off/);
    }
  });

  it('serves no /cdn/ at all with TANDEM_CDN_FILE=off', async () => {
    const config = loadConfig({ TANDEM_CDN_FILE: 'off' }, { demo: true });
    expect(config.cdnFile).toBeNull();
    const database = await backends[0]!.open();
    try {
      const call = client(database, testConfig({ cdnFile: null, demo: false }));
      for (const path of ['/cdn/tandem.js', '/cdn/push-worker.js']) {
        expectProblem(await call('GET', path), 404, problemTypes.notFound);
      }
    } finally {
      await database.close();
    }
  });

  it('finds the bundle through the installed @tandem/elements by default', () => {
    const elements = realpathSync(fileURLToPath(new URL('../node_modules/@tandem/elements', import.meta.url)));
    expect(loadConfig({}, { demo: true }).cdnFile).toBe(join(elements, 'dist', 'cdn', 'tandem.js'));
  });

  // The real build (CI builds before testing; a fresh checkout may not have it yet).
  const realBundle = loadConfig({}, { demo: true }).cdnFile!;
  it.skipIf(!existsSync(realBundle))('serves the real bundle, its version and its chunks', async () => {
    const elements = join(realBundle, '..', '..', '..');
    const { version } = JSON.parse(await readFile(join(elements, 'package.json'), 'utf8')) as { version: string };
    const bytes = await readFile(realBundle);
    const imported = [...bytes.toString('utf8').matchAll(/["']\.\/([A-Za-z0-9_.-]+\.js)["']/g)].map((m) => m[1]!);
    expect(imported.length).toBeGreaterThan(0); // its language chunks at least
    const database = await backends[0]!.open();
    const server = await startServer(testConfig({ demo: false, port: 0 }), { database });
    try {
      const moving = await fetchRaw(server.url, '/cdn/tandem.js', { 'Accept-Encoding': 'br' });
      expect(moving.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(moving.body).equals(bytes)).toBe(true);
      const pinned = await fetchRaw(server.url, `/cdn/${version}/tandem.js`);
      expect(pinned.body.equals(bytes)).toBe(true);
      expect(pinned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const chunk = await fetchRaw(server.url, `/cdn/${version}/${imported[0]}`);
      expect(chunk.status).toBe(200);
      expect(chunk.body.equals(await readFile(join(realBundle, '..', imported[0]!)))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
