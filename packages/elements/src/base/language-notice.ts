import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from './intl.js';
import { untranslatedLanguage } from './localization.js';

/** One widget per page says it, the first that renders while the notice applies. */
let owner: WeakRef<Element> | undefined;

/**
 * "Tandem is not yet available in Deutsch (German), so it is shown in English." For a person
 * whose language has no interface translation: in English, with their language's own name,
 * so that neither they nor a helper reading along is left guessing why the page is English.
 */
export function renderLanguageNotice(host: Element): TemplateResult | typeof nothing {
  const tag = untranslatedLanguage();
  if (!tag) return nothing;
  const current = owner?.deref();
  if (current && current !== host && current.isConnected) return nothing;
  owner = new WeakRef(host);
  const own = languageName(tag, tag);
  const english = languageName(tag, 'en');
  return html`<p class="language-notice" part="language-notice" lang="en" dir="ltr">
    Tandem is not yet available in <span lang=${tag} dir="auto">${own}</span>${
      own === english ? nothing : html` (${english})`
    },
    so it is shown in English.
  </p>`;
}
