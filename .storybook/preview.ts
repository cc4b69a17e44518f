import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setLocale } from '../packages/elements/src/base/localization.js';
import { directionOf } from '../packages/elements/src/base/localization.js';
import { languageName } from '../packages/elements/src/base/intl.js';
import { sourceLocale, targetLocales } from '../packages/elements/src/generated/locale-codes.js';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };

// Each component's Docs page (autodocs) and its controls come from the manifest: the attributes,
// properties, events with their classes, slots, parts and CSS custom properties it documents.
setCustomElementsManifest(manifest);

/** A high-contrast palette, set the way a host page themes Tandem: through --tandem-sys-* tokens. */
const highContrast = [
  '--tandem-sys-color-background: #000000',
  '--tandem-sys-color-surface: #000000',
  '--tandem-sys-color-text: #ffffff',
  '--tandem-sys-color-text-muted: #ffffff',
  '--tandem-sys-color-primary: #ffff00',
  '--tandem-sys-color-on-primary: #000000',
  '--tandem-sys-color-home: #ffb86b',
  '--tandem-sys-color-school: #d7c8ff',
  '--tandem-sys-color-success: #7ee787',
  '--tandem-sys-color-danger: #ffa198',
  '--tandem-sys-color-border: #ffffff',
].join(';');

const withTheme: Decorator = (story, { globals }) => {
  const theme = globals.theme as string;
  document.body.style.background = theme === 'light' ? '#ffffff' : '#000000';
  return html`<div class="theme" data-theme=${theme} style=${theme === 'high-contrast' ? highContrast : ''}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // Every interface language, by its own name; en-XA is the pseudo-locale (accented, 40 % longer).
        items: [sourceLocale, ...targetLocales].map((value) => ({
          value,
          title: value === 'en-XA' ? 'Pseudo-locale (en-XA)' : `${languageName(value, value)} (${value})`,
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  // One locale per page, as @lit/localize works: set before the story renders.
  loaders: [
    async ({ globals, parameters }) => {
      const locale = (parameters.locale as string | undefined) ?? (globals.locale as string);
      document.documentElement.lang = locale;
      document.documentElement.dir = directionOf(locale);
      await setLocale(locale);
      return {};
    },
  ],
  decorators: [withTheme],
  parameters: {
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone (320 px)', styles: { width: '320px', height: '640px' } },
        tablet: { name: 'Tablet', styles: { width: '768px', height: '1024px' } },
      },
    },
    controls: { expanded: true },
  },
};

export default preview;
