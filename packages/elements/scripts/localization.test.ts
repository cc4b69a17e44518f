// Every message in the sources has a translation in every language, placeholders intact, and the generated
// runtime modules match the XLIFF files (run `pnpm --filter @tandem/elements run localize`).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { partOf } from '../src/base/translation-parts.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|stories)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const messageIds = new Set(
  sourceFiles(here('../src')).flatMap((file) =>
    // msg(…, { id: '…' }) (or `{ id, desc }`) is the only place such an object literal appears.
    [...readFileSync(file, 'utf8').matchAll(/\{\s*id:\s*'([^']+)',?\s*(?:desc:\s*'[^']*',?\s*)?\}/g)].map((m) => m[1]),
  ),
);

const config = JSON.parse(readFileSync(here('../lit-localize.json'), 'utf8')) as { targetLocales: string[] };
// By index: lit-localize puts expression N where the target has <x id="N"/>.
const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

describe.each(config.targetLocales)('%s translation', (locale) => {
  const xliff = readFileSync(here(`../xliff/${locale}.xlf`), 'utf8');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => ({
    id: m[1] ?? '',
    source: /<source>([\s\S]*?)<\/source>/.exec(m[2] ?? '')?.[1] ?? '',
    target: /<target[^>]*>([\s\S]*?)<\/target>/.exec(m[2] ?? '')?.[1]?.trim(),
  }));

  it('covers every message of the sources, with no leftovers', () => {
    expect(messageIds.size).toBeGreaterThan(50);
    expect(new Set(units.map((u) => u.id))).toEqual(messageIds);
  });

  it('translates every message', () => {
    expect(units.filter((u) => !u.target).map((u) => u.id)).toEqual([]);
  });

  it('leaves nothing in English but the few words the language shares with it ("No", "Messages")', () => {
    // Calendar words and orders often are the same as English's (Feb, "30 min", "{weekday} {day}").
    const english = units.filter((u) => u.target === u.source.trim() && !u.id.startsWith('cal.'));
    expect(english.length).toBeLessThanOrEqual(2);
  });

  it('keeps every placeholder of the source, once each', () => {
    expect(
      units.filter((u) => placeholders(u.source).join() !== placeholders(u.target ?? '').join()).map((u) => u.id),
    ).toEqual([]);
  });

  it('says whether a fluent speaker has reviewed it, as docs/languages.md does', () => {
    const status = /<header><note from="tandem-review">([^<]*)<\/note><\/header>/.exec(xliff)?.[1];
    expect(status).toMatch(locale === 'en-XA' ? /^pseudo-locale/ : /^(machine-drafted|reviewed)$/);
    if (locale === 'en-XA') return;
    const table = readFileSync(here('../../../docs/languages.md'), 'utf8');
    expect(table).toMatch(new RegExp(`^\\| \`${locale}\` +\\|[^\\n]*\\| ${status} +\\|`, 'm'));
  });

  it('is what the runtime loads, each string in its widget’s module', () => {
    const modules = new Map<string, string>();
    for (const unit of units) {
      const path = here(`../src/generated/locales/${locale}.${partOf(unit.id)}.ts`);
      if (!modules.has(path)) modules.set(path, readFileSync(path, 'utf8'));
      expect(modules.get(path)).toContain(`'${unit.id}'`);
    }
  });
});

describe('Spanish wording', () => {
  const xliff = readFileSync(here('../xliff/es.xlf'), 'utf8');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => ({
    id: m[1],
    source: /<source>([\s\S]*?)<\/source>/.exec(m[2] ?? '')?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(m[2] ?? '')?.[1] ?? '',
  }));

  it('names one teacher one way: "maestro", never also "la maestra o el maestro"', () => {
    const aboutTheTeacher = units.filter((u) => /\bteacher\b/i.test(u.source));
    expect(aboutTheTeacher.length).toBeGreaterThan(3);
    expect(aboutTheTeacher.filter((u) => !/\bmaestro\b/i.test(u.target)).map((u) => u.id)).toEqual([]);
    expect(units.filter((u) => /maestra o|o maestra/i.test(u.target)).map((u) => u.id)).toEqual([]);
  });
});
