// The Custom Elements Manifest (custom-elements.json) is the source of the component docs, Storybook's
// autodocs and every framework integration (scripts/framework-types.ts). It describes the published
// package, not the source tree: modules are the `dist/*.js` files a consumer imports, only what
// `src/index.ts` exports is declared, internal state and statics are left out, each `define.js` says
// which tag it defines, and every event names its class.
import { posix } from 'node:path';

const isPublic = (item) =>
  item.name &&
  !item.name.startsWith('_') &&
  !item.name.startsWith('#') &&
  !item.static &&
  !/Callback$/.test(item.name) && // lifecycle (formResetCallback, …): the browser calls these, not you
  !['private', 'protected'].includes(item.privacy);

const published = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
const definesModule = /^src\/[a-z-]+\/define\.ts$/;

/** `defineElement('tandem-x', TandemX)` calls, per define module, found in the source's syntax tree. */
const definitions = new Map();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/generated/**'],
  litelement: true,
  plugins: [
    {
      name: 'tandem-definitions',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!definesModule.test(moduleDoc.path) || !ts.isCallExpression(node)) return;
        const [tag, element] = node.arguments;
        if (node.expression.getText() !== 'defineElement' || !tag || !element) return;
        if (!ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
        definitions.set(moduleDoc.path, [...(definitions.get(moduleDoc.path) ?? []), [tag.text, element.text]]);
      },
    },
    {
      name: 'tandem-published-api',
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules;
        const index = modules.find((m) => m.path === 'src/index.ts');
        const exported = new Set((index?.exports ?? []).map((e) => e.name));
        const declaredIn = new Map();
        for (const module of modules) {
          for (const declaration of module.declarations ?? []) declaredIn.set(declaration.name, module.path);
        }

        // Event name → its class, from each class's `static readonly type = '…'`.
        const eventClasses = new Map();
        for (const declaration of modules.find((m) => m.path === 'src/base/events.ts')?.declarations ?? []) {
          const type = declaration.members?.find((m) => m.static && m.name === 'type')?.default;
          if (type) eventClasses.set(type.replace(/^['"]|['"]$/g, ''), declaration.name);
        }

        const kept = [];
        for (const module of modules) {
          const defines = definitions.get(module.path) ?? [];
          module.declarations = (module.declarations ?? []).filter((d) => exported.has(d.name));
          module.exports = [
            ...(module.exports ?? [])
              .filter((e) => e.kind === 'js' && exported.has(e.name))
              .map((e) => {
                // Re-exports name their module relative to the re-exporting one; the schema wants package paths.
                const from = e.declaration?.module;
                if (!from?.startsWith('.')) return e;
                return {
                  ...e,
                  declaration: { ...e.declaration, module: posix.join(posix.dirname(module.path), from) },
                };
              }),
            ...defines.map(([tag, name]) => ({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name, module: published(declaredIn.get(name)) },
            })),
          ];
          if (module.path !== 'src/index.ts' && !module.declarations.length && !defines.length) continue;
          for (const declaration of module.declarations) {
            for (const key of ['attributes', 'members', 'events']) {
              if (declaration[key]) declaration[key] = declaration[key].filter(isPublic);
            }
            for (const event of declaration.events ?? []) {
              const eventClass = eventClasses.get(event.name);
              event.type = eventClass
                ? { text: eventClass, references: [{ name: eventClass, module: 'dist/base/events.js' }] }
                : { text: 'Event' };
            }
          }
          kept.push(module);
        }
        // Paths last: every reference above and inside (superclass, inheritedFrom, declarations) is to a source path.
        const json = JSON.stringify(kept).replace(/"\/?src\/([^"]+)\.[jt]s"/g, (_, path) => `"dist/${path}.js"`);
        customElementsManifest.modules = JSON.parse(json);
      },
    },
  ],
};
