import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { problemTypes } from '@tandem/contract';
import type { Context, Hono } from 'hono';
import type { ServerConfig } from './config.js';
import { ApiError } from './problem.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.json': 'application/json',
};

/** What the demo pages may do: our own scripts and API, nothing inline, nothing third-party. */
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

const PUSH_WORKER = 'push-worker.js';

/**
 * The responses any origin may load (`Cross-Origin-Resource-Policy: cross-origin`): the bundle and
 * its chunks under /cdn/, not the push worker (a service worker never runs cross-origin).
 */
export const isCrossOriginAsset = (path: string): boolean => path.startsWith('/cdn/') && path !== `/cdn/${PUSH_WORKER}`;

async function fileResponse(path: string, headers: Record<string, string>): Promise<Response | undefined> {
  try {
    const body = await readFile(path);
    const type = types[extname(path)] ?? 'application/octet-stream';
    return new Response(body, { headers: { 'Content-Type': type, ...headers } });
  } catch {
    return undefined; // missing: fall through to the 404 problem
  }
}

type Coding = 'br' | 'gzip';

/** One file of /cdn/, read once; each coding compressed the first time a client asks for it. */
interface Asset {
  body: Buffer<ArrayBuffer>;
  type: string;
  /** A content hash: the strong validator, suffixed per coding (RFC 9110 §8.8.3.3). */
  hash: string;
  /** null: that coding is no smaller, so the file goes as it is. */
  encoded: Partial<Record<Coding, Promise<Buffer<ArrayBuffer> | null>>>;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const compressors: Record<Coding, (body: Buffer) => Promise<Buffer<ArrayBuffer>>> = {
  br: (body) =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipped(body, { level: constants.Z_BEST_COMPRESSION }),
};

/**
 * The coding to answer `Accept-Encoding` with: brotli or gzip, whichever the client weighs more
 * (brotli on a tie), else none. No header means none: an old client or a script asking plainly.
 */
export function preferredCoding(acceptEncoding: string | undefined): Coding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: Coding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const [br, gz] = [weightOf('br'), weightOf('gzip')];
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : null;
}

/** If-None-Match against the tag of the representation being sent (weak comparison, as RFC 9110 says). */
const matches = (ifNoneMatch: string | undefined, tag: string) =>
  ifNoneMatch !== undefined &&
  (ifNoneMatch.trim() === '*' ||
    ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag));

/** The package.json of @tandem/elements at or above the bundle: its version names the immutable URL. */
function elementsVersion(cdnFile: string): string | null {
  for (let folder = dirname(cdnFile); ; folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as unknown;
      if (
        typeof manifest === 'object' &&
        manifest !== null &&
        'name' in manifest &&
        manifest.name === '@tandem/elements' &&
        'version' in manifest &&
        typeof manifest.version === 'string'
      ) {
        return manifest.version;
      }
    } catch {
      // none here (or not JSON): look further up
    }
    if (dirname(folder) === folder) return null;
  }
}

/**
 * The files of /cdn/: compressed once per process and kept in memory (they are small, and do not
 * change while the process lives: a new build comes with a restart).
 */
function cdnAssets() {
  const assets = new Map<string, Promise<Asset>>();
  const load = (path: string): Promise<Asset> => {
    let asset = assets.get(path);
    if (!asset) {
      asset = readFile(path).then((body) => ({
        body,
        type: types[extname(path)] ?? 'application/octet-stream',
        hash: createHash('sha256').update(body).digest('base64url').slice(0, 27),
        encoded: {},
      }));
      // Only files that exist are kept: a request for a missing one costs a read, not memory.
      void asset.catch(() => assets.delete(path));
      assets.set(path, asset);
    }
    return asset;
  };
  const encode = (asset: Asset, coding: Coding) =>
    (asset.encoded[coding] ??= compressors[coding](asset.body).then((bytes) =>
      bytes.length < asset.body.length ? bytes : null,
    ));

  /** The file as the client accepts it, with its ETag, or 304 when the client has it; undefined when missing. */
  return async (c: Context, path: string, headers: Record<string, string>): Promise<Response | undefined> => {
    let asset: Asset;
    try {
      asset = await load(path);
    } catch {
      return undefined;
    }
    const coding = preferredCoding(c.req.header('Accept-Encoding'));
    const bytes = coding ? await encode(asset, coding) : null;
    const encoded = coding && bytes ? { coding, bytes } : null;
    const tag = encoded ? `"${asset.hash}-${encoded.coding}"` : `"${asset.hash}"`;
    const common = { ETag: tag, Vary: 'Accept-Encoding', ...headers };
    if (matches(c.req.header('If-None-Match'), tag)) return new Response(null, { status: 304, headers: common });
    return new Response(encoded?.bytes ?? asset.body, {
      headers: { 'Content-Type': asset.type, ...(encoded ? { 'Content-Encoding': encoded.coding } : {}), ...common },
    });
  };
}

const CHUNK = '[A-Za-z0-9_][A-Za-z0-9_.-]*\\.js';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * /cdn/tandem.js and its chunks for every install (any origin may load them: public code), also
 * under /cdn/<version>/ for good, and in demo mode the demo school site (examples/school-site):
 * the school page at /, the picker at /demo/.
 */
export function registerStatic(app: Hono, config: ServerConfig): void {
  if (config.cdnFile) registerCdn(app, resolve(config.cdnFile));
  if (!config.demo) return;
  const root = resolve(config.siteDir);
  app.get('/demo', (c) => c.redirect('/demo/', 301));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    let wanted: string;
    try {
      wanted = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    const path = normalize(join(root, wanted.endsWith('/') ? `${wanted}index.html` : wanted));
    if (relative(root, path).startsWith('..')) return next(); // never outside the site
    const response = await fileResponse(path, { 'Cache-Control': 'no-cache' });
    if (!response) return next();
    if (path.endsWith('.html')) response.headers.set('Content-Security-Policy', PAGE_CSP);
    return response;
  });
}

function registerCdn(app: Hono, cdnFile: string): void {
  const cdnDir = dirname(cdnFile);
  const version = elementsVersion(cdnFile);
  const send = cdnAssets();
  // Cross-Origin-Resource-Policy comes from secureHeaders (app.ts, isCrossOriginAsset).
  const anyOrigin = { 'Access-Control-Allow-Origin': '*' };
  const fileFor = (name: string) => (name === 'tandem.js' ? cdnFile : join(cdnDir, name));

  // The moving URL: revalidated every few minutes (cheaply, with the ETag), so a new release arrives.
  app.get('/cdn/tandem.js', async (c, next) => {
    const response = await send(c, cdnFile, { 'Cache-Control': 'public, max-age=300', ...anyOrigin });
    return response ?? next();
  });
  // The push service worker, for a page on this origin only (a worker never runs cross-origin);
  // not content-hashed, so browsers check it for updates.
  app.get(`/cdn/${PUSH_WORKER}`, async (c, next) => {
    const response = await send(c, join(cdnDir, PUSH_WORKER), { 'Cache-Control': 'no-cache' });
    return response ?? next();
  });
  // The bundle's chunks (shared code, each language's strings): content-hashed names, so cached for good.
  app.get(`/cdn/:chunk{${CHUNK}}`, async (c, next) => {
    const response = await send(c, join(cdnDir, c.req.param('chunk')), { 'Cache-Control': IMMUTABLE, ...anyOrigin });
    return response ?? next();
  });
  // One release's bundle, for good (what Subresource Integrity pins); its chunks resolve beside it.
  app.get(`/cdn/:version{[0-9][0-9A-Za-z.+-]*}/:file{${CHUNK}}`, async (c, next) => {
    if (c.req.param('version') !== version) {
      throw new ApiError(
        404,
        problemTypes.notFound,
        'Not found',
        version
          ? `This server serves @tandem/elements ${version}: /cdn/${version}/tandem.js.`
          : 'This server serves no versioned bundle (no package.json of @tandem/elements beside its bundle): use /cdn/tandem.js.',
      );
    }
    const file = c.req.param('file');
    if (file === PUSH_WORKER) return next();
    const response = await send(c, fileFor(file), { 'Cache-Control': IMMUTABLE, ...anyOrigin });
    return response ?? next();
  });
}
