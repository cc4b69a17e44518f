// docs/theming.md lists every system token with the defaults the styles really use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

describe('docs/theming.md', () => {
  it('documents every --tandem-sys-* token with its default', () => {
    const source = read('../src/base/tokens.ts');
    const defaults = [...source.matchAll(/var\((--tandem-sys-[a-z-]+), ([^;]+)\);/g)].map(([, token, value]) => {
      const pair = /^light-dark\((\S+), (\S+)\)$/.exec(value!);
      return { token: token!, value: pair ? `\`${pair[1]}\` / \`${pair[2]}\`` : `\`${value}\`` };
    });
    expect(defaults).toHaveLength(16);
    const docs = read('../../../docs/theming.md');
    const table = docs.slice(docs.indexOf('<!-- tokens:start -->'), docs.indexOf('<!-- tokens:end -->'));
    const rows = new Map(
      [...table.matchAll(/^\| `(--tandem-sys-[a-z-]+)` +\| ([^|]+?) +\|/gm)].map(([, token, value]) => [token, value]),
    );
    expect(defaults.filter(({ token, value }) => rows.get(token) !== value)).toEqual([]);
    expect(rows.size).toBe(defaults.length);
  });
});
