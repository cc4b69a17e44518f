/**
 * The widgets whose strings load separately: a page fetches only those of its widgets. And the
 * calendar words (`cal.`), which every widget shares and a page fetches only in a language its
 * browser's Intl has no data for (base/calendar.ts).
 */
export const translationParts = [
  'goal-tracker',
  'message-panel',
  'availability-picker',
  'notification-settings',
  'calendar',
] as const;
export type TranslationPart = (typeof translationParts)[number];

/**
 * Which part a message id belongs to, by its prefix (`mp.` panel, `ap.` picker, `ns.`
 * notification settings, `cal.` calendar, the rest goals).
 */
export const partOf = (id: string): TranslationPart =>
  id.startsWith('mp.')
    ? 'message-panel'
    : id.startsWith('ap.')
      ? 'availability-picker'
      : id.startsWith('ns.')
        ? 'notification-settings'
        : id.startsWith('cal.')
          ? 'calendar'
          : 'goal-tracker';

type Loader = () => Promise<{ templates: Record<string, unknown> }>;

/** A widget's strings: its part, and a loader per language (generated/strings/<part>.ts). */
export interface WidgetStrings {
  part: TranslationPart;
  loaders: Record<string, Loader>;
}
