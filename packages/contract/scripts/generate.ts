// Writes the generated artifacts that are committed: openapi.json and docs/api.md.
// The contract tests fail when either drifts from the route table.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderApiMarkdown, serializeOpenApi } from './artifacts.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
writeFileSync(here('../openapi.json'), serializeOpenApi());
writeFileSync(here('../../../docs/api.md'), renderApiMarkdown());
console.log('wrote packages/contract/openapi.json and docs/api.md');
