import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declarations, pagePath, updatedPage } from './component-docs.js';

describe('component docs', () => {
  it('document every custom element, up to date with its JSDoc (run `pnpm --filter @tandem/elements run api-docs`)', () => {
    const tags = declarations().map((d) => d.tagName);
    expect(tags).toEqual(expect.arrayContaining(['tandem-goal-tracker', 'tandem-provider']));
    for (const declaration of declarations()) {
      const page = readFileSync(pagePath(declaration.tagName!), 'utf8');
      expect(page).toBe(updatedPage(page, declaration));
    }
  });
});
