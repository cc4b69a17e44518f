// Writes the environment-variable table of docs/postgres.md from packages/server/src/env.ts:
//   node --import tsx packages/server/scripts/env-docs.ts
// test/env.test.ts fails when the page differs from what this would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { ENVIRONMENT, type EnvVariable } from '../src/env.js';

export const ENV_DOC = fileURLToPath(new URL('../../../docs/postgres.md', import.meta.url));
const START =
  '<!-- environment:start — generated from packages/server/src/env.ts by packages/server/scripts/env-docs.ts -->';
const END = '<!-- environment:end -->';

const cell = (markdown: string) => markdown.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (value: string | number) => `\`${value}\``;

function defaultOf(variable: EnvVariable): string {
  if (variable.shownDefault) return variable.shownDefault;
  return variable.default === undefined ? '—' : code(variable.default);
}

function requiredOf(variable: EnvVariable): string {
  if (variable.required === true) return 'yes';
  return variable.required ?? '—';
}

/** The table, one row per variable, in the order of env.ts. */
export function environmentTable(): string {
  const rows = Object.entries(ENVIRONMENT as Record<string, EnvVariable>).map(([name, variable]) =>
    [
      code(name),
      variable.does,
      defaultOf(variable),
      variable.example ? code(variable.example) : '—',
      requiredOf(variable),
    ].map(cell),
  );
  const header = ['variable', 'what it does', 'default', 'example', 'required outside demo mode'];
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** `doc` with the table between its markers, formatted as the repository's prettier formats it. */
export async function withEnvironmentTable(doc: string, path = ENV_DOC): Promise<string> {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} markers.`);
  const updated = `${doc.slice(0, start + START.length)}\n\n${environmentTable()}\n\n${doc.slice(end)}`;
  return format(updated, { ...(await resolveConfig(path)), filepath: path });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(ENV_DOC, await withEnvironmentTable(readFileSync(ENV_DOC, 'utf8')));
  console.log('wrote the environment table of docs/postgres.md');
}
