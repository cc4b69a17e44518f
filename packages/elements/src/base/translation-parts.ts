/** The widgets whose strings load separately: a page fetches only those of its widgets. */
export const translationParts = ['goal-tracker', 'message-panel', 'availability-picker'] as const;
export type TranslationPart = (typeof translationParts)[number];

/** Which widget a message id belongs to, by its prefix (`mp.` panel, `ap.` picker, the rest goals). */
export const partOf = (id: string): TranslationPart =>
  id.startsWith('mp.') ? 'message-panel' : id.startsWith('ap.') ? 'availability-picker' : 'goal-tracker';

type Loader = () => Promise<{ templates: Record<string, unknown> }>;

/** A widget's strings: its part, and a loader per language (generated/strings/<part>.ts). */
export interface WidgetStrings {
  part: TranslationPart;
  loaders: Record<string, Loader>;
}
