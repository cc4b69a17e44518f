import { z } from 'zod/mini';

// Strict Content-Security-Policy forbids eval. zod decides whether to compile a fast path
// with `new Function` when a schema is built, so this must run before any schema exists:
// every contract module imports z from here. Without JIT, parsing is a little slower and
// never trips a CSP report.
z.config({ jitless: true });

export { z };
