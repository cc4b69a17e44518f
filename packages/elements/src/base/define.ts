import { useTranslations } from './localization.js';
import type { WidgetStrings } from './translation-parts.js';

/** This package's version; a second copy of Tandem on the page with another version is warned about. */
export const TANDEM_VERSION = '0.1.0';

type Versioned = CustomElementConstructor & { tandemVersion?: string; translations?: WidgetStrings };

/**
 * Registers a custom element once. Safe to call from several bundles: a second registration
 * of the same tag is skipped, with a warning when the versions differ. Does nothing where
 * there is no `customElements` (server-side rendering).
 */
export function defineElement(tag: string, element: Versioned): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== element && existing.tandemVersion !== element.tandemVersion) {
      console.warn(
        `<${tag}> is already defined by Tandem ${existing.tandemVersion ?? '(unknown version)'}; ` +
          `this copy (${element.tandemVersion ?? 'unknown'}) is not used. Load Tandem once per page.`,
      );
    }
    return;
  }
  customElements.define(tag, element);
  // Its strings join the page's now, so a setLocale() before it connects loads them too.
  if (element.translations) useTranslations(element.translations);
}
