import { config } from 'zod/mini';

// Strict Content-Security-Policy forbids eval. zod/mini's objects never compile a fast path
// with `new Function` (only classic zod's do), and jitless makes that a guarantee for any
// schema built after this line, whatever flavour. Every contract module imports this file
// before zod itself, so it runs first. The browser test checks that the client raises no
// CSP violation. (Import zod as `* as z` elsewhere, never re-exported: a namespace object
// that escapes a module keeps all of zod, locales included, in a bundle.)
config({ jitless: true });
