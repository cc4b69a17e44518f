// docs/components/<name>.md: the API section is generated from custom-elements.json (between
// the markers); the rest of each page (the embedding guide) is written by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  privacy?: string;
  kind?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const START =
  '<!-- api:start (generated from custom-elements.json by `pnpm --filter @tandem/elements run api-docs`) -->';
export const END = '<!-- api:end -->';

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');

function table(title: string, headers: string[], rows: string[][]): string[] {
  if (!rows.length) return [];
  return [
    `### ${title}`,
    '',
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

export function renderApi(declaration: Declaration): string {
  const attributeFields = new Set((declaration.attributes ?? []).map((a) => a.fieldName));
  const properties = (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !attributeFields.has(m.name) && m.description,
  );
  const methods = (declaration.members ?? []).filter((m) => m.kind === 'method' && m.description);
  return [
    START,
    '',
    `**\`<${declaration.tagName}>\`** (class \`${declaration.name}\`): ${declaration.summary ?? ''}`,
    '',
    ...table(
      'Attributes',
      ['attribute', 'property', 'type', 'description'],
      (declaration.attributes ?? []).map((a) => [
        `\`${a.name}\``,
        `\`${a.fieldName ?? ''}\``,
        `\`${cell(a.type?.text)}\``,
        cell(a.description),
      ]),
    ),
    ...table(
      'Properties (not attributes)',
      ['property', 'type', 'description'],
      properties.map((p) => [`\`${p.name}\``, `\`${cell(p.type?.text)}\``, cell(p.description)]),
    ),
    ...table(
      'Methods',
      ['method', 'description'],
      methods.map((m) => [`\`${m.name}()\``, cell(m.description)]),
    ),
    ...table(
      'Events',
      ['event', 'description'],
      (declaration.events ?? []).map((e) => [`\`${e.name}\``, cell(e.description)]),
    ),
    ...table(
      'Slots',
      ['slot', 'description'],
      (declaration.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', cell(s.description)]),
    ),
    ...table(
      'CSS parts',
      ['part', 'description'],
      (declaration.cssParts ?? []).map((p) => [`\`${p.name}\``, cell(p.description)]),
    ),
    ...table(
      'CSS custom properties',
      ['property', 'description'],
      (declaration.cssProperties ?? []).map((p) => [`\`${p.name}\``, cell(p.description)]),
    ),
    END,
  ].join('\n');
}

export function declarations(): Declaration[] {
  const manifest = JSON.parse(readFileSync(here('../custom-elements.json'), 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
}

/** The page with its generated section brought up to date. */
export function updatedPage(page: string, declaration: Declaration): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`docs page for <${declaration.tagName}> lacks the api markers`);
  return page.slice(0, start) + renderApi(declaration) + page.slice(end + END.length);
}

export const pagePath = (tag: string) => here(`../../../docs/components/${tag.replace(/^tandem-/, '')}.md`);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const declaration of declarations()) {
    const path = pagePath(declaration.tagName ?? declaration.name);
    writeFileSync(path, updatedPage(readFileSync(path, 'utf8'), declaration));
    console.log(`updated ${path}`);
  }
}
