import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import type { Hono } from 'hono';
import type { ServerConfig } from './config.js';

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

async function fileResponse(path: string, headers: Record<string, string>): Promise<Response | undefined> {
  try {
    const body = await readFile(path);
    const type = types[extname(path)] ?? 'application/octet-stream';
    return new Response(body, { headers: { 'Content-Type': type, ...headers } });
  } catch {
    return undefined; // missing: fall through to the 404 problem
  }
}

/**
 * /cdn/tandem.js and its chunks for every install (any origin may load them: public code), and in demo
 * mode the demo school site (examples/school-site): the school page at /, the picker at /demo/.
 */
export function registerStatic(app: Hono, config: ServerConfig): void {
  const cdnDir = dirname(resolve(config.cdnFile));
  const cdnHeaders = {
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  app.get('/cdn/tandem.js', async (c, next) => {
    const response = await fileResponse(config.cdnFile, { 'Cache-Control': 'public, max-age=300', ...cdnHeaders });
    return response ?? next();
  });
  // The push service worker, for a page on this origin only (a worker never runs cross-origin);
  // not content-hashed, so browsers check it for updates.
  app.get('/cdn/push-worker.js', async (c, next) => {
    const response = await fileResponse(join(cdnDir, 'push-worker.js'), { 'Cache-Control': 'no-cache' });
    return response ?? next();
  });
  // The bundle's chunks (each language's strings): content-hashed names, so cached for good.
  app.get('/cdn/:chunk{[A-Za-z0-9_.-]+\\.js}', async (c, next) => {
    const chunk = c.req.param('chunk');
    if (chunk.startsWith('.')) return next();
    const response = await fileResponse(join(cdnDir, chunk), {
      'Cache-Control': 'public, max-age=31536000, immutable',
      ...cdnHeaders,
    });
    return response ?? next();
  });
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
