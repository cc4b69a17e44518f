// Bundlers do not know zod/mini's factories to be free of side effects: a schema built by an
// unmarked call stays in every bundle that imports its module, used or not (a goal tracker
// carried the scheduling schemas). So each call in the contract's modules is marked pure.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('.', import.meta.url));
const modules = readdirSync(dir).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['openapi.ts', 'zod.ts'].includes(f),
);

describe('the contract’s schemas', () => {
  it.each(modules)('%s marks every zod call /* @__PURE__ */', (file) => {
    const source = readFileSync(`${dir}${file}`, 'utf8');
    const unmarked = source
      .split('\n')
      .flatMap((line, i) =>
        [...line.matchAll(/(?<![\w.])z\.(?!infer|input|output)\w+\(/g)]
          .filter((m) => !line.slice(0, m.index).endsWith('/* @__PURE__ */ '))
          .map(() => `${file}:${i + 1}: ${line.trim()}`),
      );
    expect(unmarked).toEqual([]);
  });
});
