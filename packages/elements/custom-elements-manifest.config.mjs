// The Custom Elements Manifest (custom-elements.json) feeds the docs, Storybook controls and
// framework types. Internal state (underscored reactive properties) and events inferred from
// dispatchEvent without a name are not public API: they are taken out here.
const isPublic = (item) =>
  item.name &&
  !item.name.startsWith('_') &&
  !item.name.startsWith('#') &&
  !['private', 'protected'].includes(item.privacy);

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/generated/**'],
  litelement: true,
  plugins: [
    {
      name: 'tandem-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const key of ['attributes', 'members', 'events']) {
              if (declaration[key]) declaration[key] = declaration[key].filter(isPublic);
            }
          }
        }
      },
    },
  ],
};
