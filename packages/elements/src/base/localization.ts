import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

// Each translation is its own chunk, fetched only by a page in that language (the CDN
// bundle inlines them all, so a district page still makes one request).
const translations = {
  es: () => import('../generated/locales/es.js'),
  ar: () => import('../generated/locales/ar.js'),
} as const;
const supported: readonly string[] = [sourceLocale, ...targetLocales];
const rightToLeft = new Set(['ar', 'he', 'fa', 'ur']);

/** `es-MX` → `es`, `ar-EG` → `ar`, `fr` → `en`: region, then language, then English. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const candidates = (tag ?? '').toLowerCase().split(/[-_]/);
  for (let i = candidates.length; i > 0; i--) {
    const candidate = candidates.slice(0, i).join('-');
    if (supported.includes(candidate)) return candidate as Locale;
  }
  return sourceLocale;
}

export const directionOf = (locale: string): 'rtl' | 'ltr' =>
  rightToLeft.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';

let runtime: ReturnType<typeof configureLocalization> | undefined;
let decided = false;

/** Configures @lit/localize once, on first use (never at import, so imports stay SSR-safe). */
function localization() {
  runtime ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => translations[locale as keyof typeof translations](),
  });
  return runtime;
}

/** Sets the locale of every Tandem widget on the page (one per page, as @lit/localize works). */
export async function setLocale(tag: string): Promise<Locale> {
  decided = true;
  const locale = resolveLocale(tag);
  await localization().setLocale(locale);
  return locale;
}

/** Called as a widget connects: the first one adopts `<html lang>`, unless setLocale() came first. */
export function adoptPageLocale(): void {
  const { getLocale, setLocale: apply } = localization();
  if (decided || typeof document === 'undefined') return;
  decided = true;
  const fromPage = resolveLocale(document.documentElement.lang);
  if (fromPage !== getLocale()) void apply(fromPage);
}

export const currentLocale = (): Locale => localization().getLocale() as Locale;
