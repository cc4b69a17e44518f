import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { loaders as translations } from '../generated/locale-loaders.js';
import type { TranslationPart } from './translation-parts.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

// Each language's strings are chunks of their own, one per widget, fetched only by a page in
// that language with that widget (generated/locale-loaders.ts, written by `run localize`).
type Templates = Record<string, unknown>;
/** The widgets on this page, and the strings loaded for the current language. */
const parts = new Set<TranslationPart>();
let loaded: { locale: string; parts: Set<TranslationPart>; templates: Templates } | undefined;

async function loadPart(locale: Exclude<Locale, 'en'>, part: TranslationPart, into: NonNullable<typeof loaded>) {
  if (into.parts.has(part)) return;
  into.parts.add(part);
  Object.assign(into.templates, (await translations[locale][part]()).templates);
}

/**
 * Called by each widget as it connects: its strings join the page's. When the page is already
 * in another language, they are fetched now and every widget re-renders with them.
 */
export function useTranslations(part: TranslationPart): void {
  if (parts.has(part)) return;
  parts.add(part);
  const current = loaded;
  if (!current || current.locale === sourceLocale) return;
  void loadPart(current.locale as Exclude<Locale, 'en'>, part, current).then(() => {
    // @lit/localize reads the same templates object; tell the widgets to render again.
    window.dispatchEvent(
      new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: current.locale } }),
    );
  });
}

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

type LoadLocale = Parameters<typeof configureLocalization>[0]['loadLocale'];
let runtime: ReturnType<typeof configureLocalization> | undefined;
let decided = false;

/** Configures @lit/localize once, on first use (never at import, so imports stay SSR-safe). */
function localization() {
  runtime ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: async (locale) => {
      // A fresh object per language: @lit/localize keeps it, and later widgets add to it.
      const next = { locale, parts: new Set<TranslationPart>(), templates: {} as Templates };
      loaded = next;
      await Promise.all([...parts].map((part) => loadPart(locale as Exclude<Locale, 'en'>, part, next)));
      return { templates: next.templates } as Awaited<ReturnType<LoadLocale>>;
    },
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
