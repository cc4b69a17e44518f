// Everything a framework or an editor needs to know about the elements, generated from
// custom-elements.json so that none of it is written (or forgotten) by hand:
//   dist/frameworks/{react,preact,solid,vue}.d.ts  JSX IntrinsicElements / Vue GlobalComponents
//   dist/vscode.html-custom-data.json               VS Code's HTML custom data
//   dist/web-types.json                             JetBrains web-types
//   ../react/src/generated/components.ts            @tandem/react's @lit/react wrappers
// Run after `cem analyze` (the package's `analyze` script does both).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attribute, ClassField, CustomElementDeclaration, Event, Package } from 'custom-elements-manifest';

export interface ElementInfo {
  tag: string;
  className: string;
  /** The published module that declares the class, e.g. `dist/goal-tracker/goal-tracker.js`. */
  module: string;
  /** The `define.js` entry that registers the tag, e.g. `goal-tracker/define.js`. */
  define: string;
  summary: string;
  description: string;
  /** Writable properties: what a framework may set. */
  properties: { name: string; type: string; description: string; attribute?: string }[];
  /** Attributes whose name is not also the property's (`student-id` for `studentId`). */
  attributes: Attribute[];
  /** Tandem's own events, each with its class; DOM events (`change`) have no class here. */
  events: { name: string; eventClass: string | null; description: string }[];
  docsUrl: string;
}

const REPOSITORY = 'https://github.com/tandem-sdk/tandem';
const docsUrlOf = (tag: string) => `${REPOSITORY}/blob/main/docs/components/${tag.replace(/^tandem-/, '')}.md`;

/** The elements of a manifest, with what every generator below needs. */
export function elementsOf(manifest: Package): ElementInfo[] {
  const definitions = new Map<string, string>();
  for (const module of manifest.modules) {
    for (const exported of module.exports ?? []) {
      if (exported.kind === 'custom-element-definition') {
        definitions.set(exported.name, module.path.replace(/^dist\//, ''));
      }
    }
  }
  const elements: ElementInfo[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !('tagName' in declaration) || !declaration.tagName) continue;
      const element = declaration as CustomElementDeclaration;
      const tag = element.tagName!;
      const define = definitions.get(tag);
      if (!define) throw new Error(`<${tag}> has no define.js that registers it in the manifest`);
      const fields = (element.members ?? []).filter(
        (m): m is ClassField => m.kind === 'field' && !m.readonly && !m.static,
      );
      elements.push({
        tag,
        className: element.name,
        module: module.path,
        define,
        summary: element.summary ?? '',
        description: element.description ?? '',
        properties: fields.map((f) => ({
          name: f.name,
          type: f.type?.text ?? 'unknown',
          description: f.description ?? '',
          ...((f as { attribute?: string }).attribute ? { attribute: (f as { attribute?: string }).attribute } : {}),
        })),
        attributes: (element.attributes ?? []).filter((a) => a.name !== a.fieldName),
        events: (element.events ?? []).map((e: Event) => ({
          name: e.name,
          eventClass: e.type?.text && e.type.text !== 'Event' ? e.type.text : null,
          description: e.description ?? '',
        })),
        docsUrl: docsUrlOf(tag),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const doc = (text: string, indent: string) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n+/g, ' ')} */\n` : '';
const quote = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

const HEADER = '// Generated from custom-elements.json by scripts/framework-types.ts. Do not edit.\n';

function imports(elements: ElementInfo[], from: (module: string) => string): string {
  const classes = elements.map((e) => `import type { ${e.className} } from '${from(e.module)}';`);
  const events = [...new Set(elements.flatMap((e) => e.events.map((v) => v.eventClass).filter(Boolean)))].sort();
  return `${classes.join('\n')}\nimport type { ${events.join(', ')} } from '${from('dist/base/events.js')}';\n`;
}

/** Properties, kebab attributes and `<prefix><event>` handlers, for one element: an object type's body. */
function members(element: ElementInfo, eventProp: (name: string) => string, indent: string): string {
  let out = '';
  for (const p of element.properties) {
    out += doc(p.description, indent) + `${indent}${quote(p.name)}?: ${element.className}['${p.name}'];\n`;
  }
  for (const a of element.attributes) {
    out += doc(a.description ?? '', indent) + `${indent}${quote(a.name)}?: string;\n`;
  }
  for (const e of element.events) {
    if (!e.eventClass) continue;
    out += doc(e.description, indent) + `${indent}${quote(eventProp(e.name))}?: (event: ${e.eventClass}) => void;\n`;
  }
  return out;
}

const propertyNames = (e: ElementInfo) => e.properties.map((p) => `'${p.name}'`).join(' | ') || 'never';

/** React 19 sets a custom element's known properties as properties and listens to `on<event-name>`. */
export function reactTypes(elements: ElementInfo[]): string {
  let out = `${HEADER}// React 19: import type {} from '@tandem/elements/jsx/react' (or list it in tsconfig "types").\n`;
  out += `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n${imports(elements, (m) => `../${m.replace(/^dist\//, '')}`)}\n`;
  out += `type Base<E extends HTMLElement, Own extends string> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, Own> & { class?: string };\n\n`;
  out += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const e of elements) {
    out += doc(`${e.summary} ${e.docsUrl}`, '      ');
    out += `      '${e.tag}': Base<${e.className}, ${propertyNames(e)}> & {\n${members(e, (n) => `on${n}`, '        ')}      };\n`;
  }
  return `${out}    }\n  }\n}\n`;
}

/** Preact listens to `on<event-name>` as well (the name after `on`, case kept, for a custom element). */
export function preactTypes(elements: ElementInfo[]): string {
  let out = `${HEADER}// Preact: import type {} from '@tandem/elements/jsx/preact'.\n`;
  out += `import type { JSX as PreactJSX } from 'preact';\n${imports(elements, (m) => `../${m.replace(/^dist\//, '')}`)}\n`;
  out += `type Base<E extends HTMLElement, Own extends string> = Omit<PreactJSX.HTMLAttributes<E>, Own>;\n\n`;
  out += `declare module 'preact' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const e of elements) {
    out += doc(`${e.summary} ${e.docsUrl}`, '      ');
    out += `      '${e.tag}': Base<${e.className}, ${propertyNames(e)}> & {\n${members(e, (n) => `on${n}`, '        ')}      };\n`;
  }
  return `${out}    }\n  }\n}\n`;
}

/** Solid: `prop:` for properties, `attr:` for attributes, `on:` for events with any name. */
export function solidTypes(elements: ElementInfo[]): string {
  let out = `${HEADER}// Solid: import type {} from '@tandem/elements/jsx/solid'.\n`;
  out += `import type { JSX as SolidJSX } from 'solid-js';\n${imports(elements, (m) => `../${m.replace(/^dist\//, '')}`)}\n`;
  out += `type Base<E extends HTMLElement, Own extends string> = Omit<SolidJSX.HTMLAttributes<E>, Own>;\n\n`;
  out += `declare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const e of elements) {
    out += doc(`${e.summary} ${e.docsUrl}`, '      ');
    out += `      '${e.tag}': Base<${e.className}, ${propertyNames(e)}> & {\n${members(e, (n) => `on:${n}`, '        ')}`;
    for (const p of e.properties) out += `        'prop:${p.name}'?: ${e.className}['${p.name}'];\n`;
    out += `      };\n`;
  }
  return `${out}    }\n  }\n}\n`;
}

/** Vue: each tag a component whose props are the properties and whose `on<Event>` props type `@event`. */
export function vueTypes(elements: ElementInfo[]): string {
  let out = `${HEADER}// Vue 3: import type {} from '@tandem/elements/vue' (and compilerOptions.isCustomElement for tandem-*).\n`;
  out += `import type { DefineComponent } from 'vue';\n${imports(elements, (m) => `../${m.replace(/^dist\//, '')}`)}\n`;
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const e of elements) {
    out += doc(`${e.summary} ${e.docsUrl}`, '    ');
    let props = '';
    for (const p of e.properties)
      props += doc(p.description, '        ') + `        ${quote(p.name)}?: ${e.className}['${p.name}'];\n`;
    for (const v of e.events) {
      if (v.eventClass)
        props += doc(v.description, '        ') + `        on${pascal(v.name)}?: (event: ${v.eventClass}) => void;\n`;
    }
    out += `    '${e.tag}': DefineComponent<\n      {\n${props}      }\n    >;\n`;
  }
  return `${out}  }\n}\n`;
}

/** https://github.com/microsoft/vscode-custom-data (html.customData). */
export function vscodeData(elements: ElementInfo[]): object {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tag,
      description: [e.description, e.events.length ? `Events: ${e.events.map((v) => v.name).join(', ')}.` : '']
        .filter(Boolean)
        .join('\n\n'),
      attributes: attributesOf(e).map((a) => ({
        name: a.name,
        description: a.description,
        ...(a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
      })),
      references: [{ name: 'Documentation', url: e.docsUrl }],
    })),
  };
}

/** Every attribute of an element (the properties' and the kebab-named ones), with literal values. */
function attributesOf(e: ElementInfo): { name: string; description: string; type: string; values: string[] }[] {
  return e.properties
    .filter((p) => p.attribute)
    .map((p) => ({
      name: p.attribute!,
      description: p.description,
      type: p.type,
      values: [...p.type.matchAll(/'([^']+)'/g)].map((m) => m[1]!),
    }));
}

/** https://github.com/JetBrains/web-types (WebStorm, IntelliJ). */
export function webTypes(elements: ElementInfo[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: '@tandem/elements',
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((e) => ({
          name: e.tag,
          description: e.description,
          'doc-url': e.docsUrl,
          attributes: attributesOf(e).map((a) => ({
            name: a.name,
            description: a.description,
            value: { type: a.type },
          })),
          js: {
            properties: e.properties.map((p) => ({
              name: p.name,
              description: p.description,
              value: { type: p.type },
            })),
            events: e.events.map((v) => ({
              name: v.name,
              description: v.description,
              value: { type: v.eventClass ?? 'Event' },
            })),
          },
        })),
      },
    },
  };
}

/** @tandem/react's wrappers: `<GoalTracker studentId=… onProgressRecorded={(e) => e.detail.goalId}>`. */
export function reactWrappers(elements: ElementInfo[]): string {
  let out = `${HEADER}import * as React from 'react';\nimport { createComponent, type EventName } from '@lit/react';\n`;
  const classes = elements.map((e) => e.className).join(', ');
  const events = [...new Set(elements.flatMap((e) => e.events.map((v) => v.eventClass).filter(Boolean)))].sort();
  out += `import { ${classes} } from '@tandem/elements';\nimport type { ${events.join(', ')} } from '@tandem/elements';\n`;
  for (const e of elements) out += `import '@tandem/elements/${e.define}';\n`;
  for (const e of elements) {
    const name = pascal(e.tag.replace(/^tandem-/, ''));
    out += `\n${doc(`\`<${e.tag}>\`: ${e.summary} ${e.docsUrl}`, '')}export const ${name} = createComponent({\n`;
    out += `  tagName: '${e.tag}',\n  elementClass: ${e.className},\n  react: React,\n  displayName: '${name}',\n  events: {\n`;
    for (const v of e.events) {
      if (!v.eventClass) continue;
      const prop = `on${pascal(v.name.replace(/^tandem-/, ''))}`;
      out += `    ${prop}: '${v.name}' as EventName<${v.eventClass}>,\n`;
    }
    out += `  },\n});\n`;
  }
  return out;
}

/** Writes every output next to the package (and @tandem/react's source beside it). */
export function generate(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(`${packageDir}/custom-elements.json`, 'utf8')) as Package;
  const { version } = JSON.parse(readFileSync(`${packageDir}/package.json`, 'utf8')) as { version: string };
  const elements = elementsOf(manifest);
  const outputs: Record<string, string> = {
    'dist/frameworks/react.d.ts': reactTypes(elements),
    'dist/frameworks/preact.d.ts': preactTypes(elements),
    'dist/frameworks/solid.d.ts': solidTypes(elements),
    'dist/frameworks/vue.d.ts': vueTypes(elements),
    'dist/vscode.html-custom-data.json': `${JSON.stringify(vscodeData(elements), null, 2)}\n`,
    'dist/web-types.json': `${JSON.stringify(webTypes(elements, version), null, 2)}\n`,
    '../react/src/generated/components.ts': reactWrappers(elements),
  };
  for (const [path, text] of Object.entries(outputs)) {
    mkdirSync(dirname(`${packageDir}/${path}`), { recursive: true });
    writeFileSync(`${packageDir}/${path}`, text);
  }
  return Object.keys(outputs);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = generate(fileURLToPath(new URL('..', import.meta.url)));
  console.log(`framework types: ${written.join(', ')}`);
}
