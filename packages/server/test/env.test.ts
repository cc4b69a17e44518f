// The environment table (src/env.ts) is the one list of variables: config.ts reads no other, and
// docs/postgres.md shows exactly it (regenerate: node --import tsx packages/server/scripts/env-docs.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENV_DOC, environmentTable, withEnvironmentTable } from '../scripts/env-docs.js';
import { ENVIRONMENT } from '../src/env.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const names = new Set(Object.keys(ENVIRONMENT));
const config = readFileSync(join(src, 'config.ts'), 'utf8');

/** Every name config.ts reads: `env.NAME`, `env['NAME']`, and every quoted or mentioned TANDEM_ name. */
function namesReadBy(source: string): Set<string> {
  const patterns = [
    /\benv\.([A-Z][A-Z0-9_]*)\b/g,
    /\benv\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g,
    /['"]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|PORT|HOST)['"]/g,
    /\b(TANDEM_[A-Z0-9]+(?:_[A-Z0-9]+)*)\b/g,
  ];
  return new Set(patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!)));
}

describe('environment variables', () => {
  it('config.ts reads only variables of the table, and every one of them', () => {
    const read = namesReadBy(config);
    expect(read.size).toBeGreaterThan(30);
    expect([...read].filter((name) => !names.has(name))).toEqual([]);
    expect([...names].filter((name) => !read.has(name))).toEqual([]);
  });

  it('no other server file names a variable the table does not have', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const unknown = files.flatMap((file) => {
      const source = readFileSync(join(src, file), 'utf8');
      const mentioned = [...source.matchAll(/\b(?:process\.env\.([A-Z][A-Z0-9_]*)|(TANDEM_[A-Z0-9_]+))/g)].map(
        (match) => match[1] ?? match[2]!,
      );
      // `TANDEM_SMS_*` in prose names a family: some row must start with it.
      return mentioned
        .filter((name) => (name.endsWith('_') ? ![...names].some((row) => row.startsWith(name)) : !names.has(name)))
        .map((name) => `${file}: ${name}`);
    });
    expect(files.length).toBeGreaterThan(10);
    expect(unknown).toEqual([]);
  });

  it('docs/postgres.md shows the table as env-docs.ts writes it', async () => {
    const doc = readFileSync(ENV_DOC, 'utf8');
    for (const name of names) expect(environmentTable()).toContain(`| \`${name}\``);
    expect(await withEnvironmentTable(doc), 'run: node --import tsx packages/server/scripts/env-docs.ts').toBe(doc);
  });
});
