import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { lacksIntl, useCalendar } from './intl.js';
import type { TranslationPart, WidgetStrings } from './translation-parts.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

// Each language's strings are chunks of their own, one per widget, fetched only by a page in
// that language with that widget (each widget brings its loaders: generated/strings/).
type Templates = Record<string, unknown>;
/** The widgets on this page, and the strings loaded for the current language. */
const parts = new Map<TranslationPart, WidgetStrings['loaders']>();
let loaded: { locale: string; parts: Set<TranslationPart>; templates: Templates } | undefined;
/** Each language's strings once they loaded, so that going back to the one shown keeps them. */
const held = new Map<string, NonNullable<typeof loaded>>();

/** Loads a part's strings into `into`; true when it added them (false: had them, or none exist). */
async function loadPart(locale: string, part: TranslationPart, into: NonNullable<typeof loaded>) {
  const load = parts.get(part)?.[locale];
  if (into.parts.has(part) || !load) return false;
  Object.assign(into.templates, (await load()).templates);
  into.parts.add(part); // only once in: a failed chunk is asked for again
  return true;
}

/**
 * In a language the browser's Intl lacks, the calendar words and the code that uses them
 * (base/calendar.ts) come with the widgets' strings; elsewhere they are never fetched.
 */
async function loadCalendar(locale: string, into: NonNullable<typeof loaded>) {
  // A task later, once the strings are asked for (a bundle's import() may start some
  // microtasks later: vite's preload helper): a cold page's first Intl use takes tens of
  // milliseconds, which their requests would otherwise wait behind. A message, not a timer,
  // which a hidden tab runs at most once a second.
  await new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve(port1.close());
    port2.postMessage(0);
  });
  if (!lacksIntl(locale)) return;
  const calendar = await import('./calendar.js');
  Object.assign(into.templates, (await calendar.strings.loaders[locale]?.())?.templates);
  useCalendar(calendar);
}

/**
 * Called by each widget as it connects: its strings join the page's. When the page is already
 * in another language, they are fetched now and every widget re-renders with them.
 */
export function useTranslations({ part, loaders }: WidgetStrings): void {
  if (parts.has(part)) return;
  parts.set(part, loaders);
  void addPart(part);
}

/**
 * Loads one widget's strings into the language being shown or loaded, and has every widget render
 * again with them. Never rejects: until they load, the widget shows its source strings, as for a
 * language without them.
 */
async function addPart(part: TranslationPart): Promise<void> {
  const current = loaded;
  if (!current) return;
  await loadPart(current.locale, part, current).then(
    // Into a language still loading, they are there once it is ready: no 'ready' before it is.
    (added) => added && current.locale === localization().getLocale() && renderAgain(current.locale),
    () => undefined,
  );
}

/** Has every widget render again in `locale`: @lit/localize reads the templates object its strings went into. */
const renderAgain = (locale: string) =>
  window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: locale } }));

const supported = new Map<string, Locale>(
  [sourceLocale, ...targetLocales].map((locale) => [locale.toLowerCase(), locale as Locale]),
);
/** Tags that name a supported language under another code: Dari is Afghan Persian, Tagalog is Filipino's base. */
const aliases: Record<string, string> = { 'fa-af': 'prs', 'fa-arab-af': 'prs', fil: 'tl' };

/** `zh-TW` → `zh-Hant-TW`: the script and region a tag implies (the tag itself where Intl cannot tell). */
function maximized(tag: string): string {
  try {
    return new Intl.Locale(tag).maximize().toString();
  } catch {
    return tag;
  }
}

/** The interface language a tag asks for, if Tandem has it: the tag, then its script, region and language. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const requested = (tag ?? '').trim().replace(/_/g, '-');
  if (!requested) return undefined;
  const find = (candidates: string[]) => {
    for (const candidate of candidates) {
      const lower = candidate.toLowerCase();
      const locale = supported.get(aliases[lower] ?? lower);
      if (locale) return locale;
    }
    return undefined;
  };
  // The tag and its shorter forms first: most tags match so, without Intl.Locale (whose first
  // use costs a cold page several milliseconds).
  const direct = find(requested.split('-').map((_, i, parts) => parts.slice(0, parts.length - i).join('-')));
  if (direct) return direct;
  const [language = '', script, region] = maximized(requested).split('-');
  return find([`${language}-${script}-${region}`, `${language}-${script}`, `${language}-${region}`, language]);
}

/** `es-MX` → `es`, `zh-TW` → `zh-Hant`, `fa-AF` → `prs`, `de` → `en`: region, script, language, then English. */
export const resolveLocale = (tag: string | null | undefined): Locale => matchLocale(tag) ?? sourceLocale;

const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
/**
 * The interface languages written right to left, so that a widget's every render needs no
 * Intl.Locale for its own locale (localization.node.test.ts checks this against Intl for each).
 */
export const rightToLeftLocales: ReadonlySet<Locale> = new Set<Locale>(['ar', 'fa', 'prs', 'ps', 'ur']);

/** From the script the locale is written in: Arabic-script Urdu, Pashto, Dari and Persian are right-to-left. */
export const directionOf = (locale: string): 'rtl' | 'ltr' => {
  const known = supported.get(locale.toLowerCase());
  if (known === locale) return rightToLeftLocales.has(known) ? 'rtl' : 'ltr';
  return rightToLeftScripts.has(maximized(locale).split('-')[1] ?? '') ? 'rtl' : 'ltr';
};

type LoadLocale = Parameters<typeof configureLocalization>[0]['loadLocale'];
let runtime: ReturnType<typeof configureLocalization> | undefined;

/** Configures @lit/localize once, on first use (never at import, so imports stay SSR-safe). */
function localization() {
  runtime ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: async (locale) => {
      // A language shown before (the one on screen, when a newer request failed) keeps what it
      // had, and a part that fails again is left out, asked for at the next load, rather than
      // failing it. A new one: a fresh object, which @lit/localize keeps and later widgets add to.
      const known = held.get(locale);
      const next = known ?? { locale, parts: new Set<TranslationPart>(), templates: {} as Templates };
      loaded = next;
      const loads = [...[...parts.keys()].map((part) => loadPart(locale, part, next)), loadCalendar(locale, next)];
      // Every part settled, not the first failure: strings still coming would land unseen.
      await (known ? Promise.allSettled(loads) : Promise.all(loads));
      held.set(locale, next);
      return { templates: next.templates } as Awaited<ReturnType<LoadLocale>>;
    },
  });
  return runtime;
}

/**
 * Who chose the page's language, strongest first: the embedding app (`setLocale()`, the
 * provider's `locale`), the signed-in person's preferred language (from the server), the
 * page's `<html lang>`. A weaker source never overrides a stronger one.
 */
type Source = 'app' | 'person' | 'page';
const strength: Record<Source, number> = { app: 3, person: 2, page: 1 };
let decidedBy: Source | undefined;
/** A language someone asked for that Tandem does not speak yet (so it shows English). */
let missing: string | undefined;

function choose(tag: string, source: Source): Locale | undefined {
  if (decidedBy && strength[decidedBy] > strength[source]) return undefined;
  decidedBy = source;
  const locale = matchLocale(tag);
  missing = locale || !tag ? undefined : tag;
  return locale ?? sourceLocale;
}

/** The locale last asked of @lit/localize. */
let asked: Locale | undefined;

/** Asks @lit/localize for `locale`; it ignores a request for the one loading or shown. */
function ask(locale: Locale): Promise<void> {
  asked = locale;
  // English has no strings to load: a widget that joins now fetches none of another language's.
  if (locale === sourceLocale) loaded = undefined;
  return localization().setLocale(locale);
}

/**
 * Switches every widget to `locale`. When its strings fail to load, the page stays in the
 * language it shows, and the next request for `locale` loads them again.
 */
async function switchTo(locale: Locale): Promise<void> {
  try {
    await ask(locale);
  } catch (error) {
    // @lit/localize keeps a failed locale as loading and answers each later request for it with
    // this same failure: asking for the one shown clears that (unless a newer request did).
    // Going back to the one shown cannot fail (loadLocale keeps its strings).
    if (asked === locale) ask(currentLocale()).catch(() => undefined);
    throw error;
  }
}

/** Sets the locale of every Tandem widget on the page (one per page, as @lit/localize works). */
export async function setLocale(tag: string): Promise<Locale> {
  const locale = choose(tag, 'app') ?? sourceLocale;
  await switchTo(locale);
  return locale;
}

/** Called as a widget connects: the first one adopts `<html lang>`, unless a stronger source chose. */
export function adoptPageLocale(): void {
  if (decidedBy || typeof document === 'undefined') return;
  const locale = choose(document.documentElement.lang, 'page');
  // A failed download leaves the page in English; a widget's next load tries again.
  if (locale && locale !== localization().getLocale()) switchTo(locale).catch(() => undefined);
}

/**
 * Called when a widget learns who is signed in: their preferred language, unless the app chose
 * one. Resolves when its strings are in, so the widget shows its data in that language at once;
 * never rejects: when they fail to come, the widget shows in the language it has.
 */
export async function adoptPersonLanguage(tag: string): Promise<void> {
  // No page (a controller in Node, server-side rendering): no interface language to switch.
  if (typeof window === 'undefined') return;
  const before = missing;
  const locale = choose(tag, 'person');
  const shown = localization().getLocale();
  // Asked even when it is the one shown: the page's language may be loading, and the person's wins.
  if (locale) await switchTo(locale).catch(() => undefined);
  // A widget's strings that failed to come are asked for at each load, whoever chose the
  // language; not while another language loads (those are its own parts).
  if (loaded?.locale === localization().getLocale()) await Promise.all([...parts.keys()].map(addPart));
  if (locale === shown && missing !== before) {
    renderAgain(locale); // same strings, but the notice appears or goes
  }
}

/** The language asked for that has no interface translation yet, or undefined. */
export const untranslatedLanguage = (): string | undefined => missing;

export const currentLocale = (): Locale => localization().getLocale() as Locale;
