import { z } from 'zod/mini';

// Strict Content-Security-Policy forbids eval. zod/mini's objects never compile a fast path
// with `new Function` (only classic zod's do), and jitless makes that a guarantee for any
// schema built after this line, whatever flavour. Every contract module imports z from here,
// so it runs first. The browser test checks that the client raises no CSP violation.
z.config({ jitless: true });

export { z };
