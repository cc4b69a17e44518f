// Subresource Integrity for a release, after `changeset version` and the build:
//   node --import tsx scripts/sri.ts [--origin https://tandem.example.org] [--importmap importmap.json]
// Writes (or rewrites) this version's row of the SRI table in docs/cdn.md from
// packages/elements/dist/cdn/tandem.js, and prints the import map whose `integrity` pins every
// file the bundle loads at /cdn/<version>/ on that origin (written to --importmap when given).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'packages/elements/dist/cdn');
const doc = join(root, 'docs/cdn.md');
const START = '<!-- sri:start — one row per release, written by scripts/sri.ts -->';
const END = '<!-- sri:end -->';

const { values } = parseArgs({
  options: { origin: { type: 'string', default: 'https://tandem.example.org' }, importmap: { type: 'string' } },
});
const origin = new URL(values.origin).origin;

const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const { version } = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')) as {
  version: string;
};
const bundleHash = sri(readFileSync(join(cdnDir, 'tandem.js')));

/** Newest first: numeric parts as numbers, a pre-release before its release. */
function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.+-]/).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [x, y] = [pa[i], pb[i]];
    if (x === y) continue;
    if (x === undefined) return -1; // 1.0.0 is newer than 1.0.0-rc.1
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y).localeCompare(String(x));
  }
  return 0;
}

// The table: the rows already there, this version's replaced.
const text = readFileSync(doc, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < start) throw new Error(`docs/cdn.md has no ${START} … ${END} markers.`);
const rows = new Map<string, string>();
for (const match of text.slice(start, end).matchAll(/^\|\s*`([^`]+)`\s*\|\s*`(sha384-[A-Za-z0-9+/=]+)`\s*\|/gm)) {
  rows.set(match[1]!, match[2]!);
}
rows.set(version, bundleHash);
const table = [
  '| version | `integrity` of `tandem.js` |',
  '| --- | --- |',
  ...[...rows.keys()].sort(compareVersions).map((v) => `| \`${v}\` | \`${rows.get(v)}\` |`),
].join('\n');
const updated = `${text.slice(0, start + START.length)}\n\n${table}\n\n${text.slice(end)}`;
writeFileSync(doc, await format(updated, { ...(await resolveConfig(doc)), filepath: doc }));
console.error(`docs/cdn.md: ${version} ${bundleHash}`);

// Every module the bundle may load (its static chunks and each language's), at the versioned URL.
const integrity = Object.fromEntries(
  readdirSync(cdnDir)
    .filter((file) => file.endsWith('.js') && file !== 'push-worker.js')
    .sort()
    .map((file) => [`${origin}/cdn/${version}/${file}`, sri(readFileSync(join(cdnDir, file)))]),
);
const importMap = `${JSON.stringify({ integrity }, null, 2)}\n`;
if (values.importmap) {
  writeFileSync(values.importmap, importMap);
  console.error(`${values.importmap}: the import map of ${Object.keys(integrity).length} files on ${origin}`);
} else {
  console.log(importMap);
}
