// Do not modify this file by hand! Written by scripts/split-locales.ts.
import type { TranslationPart } from '../base/translation-parts.js';
import type { targetLocales } from './locale-codes.js';

type Loader = () => Promise<{ templates: Record<string, unknown> }>;

/** Each language's strings, one chunk per widget, fetched only by a page in that language with that widget. */
export const loaders: Record<(typeof targetLocales)[number], Record<TranslationPart, Loader>> = {
  'es': {
    'goal-tracker': () => import('./locales/es.goal-tracker.js'),
    'message-panel': () => import('./locales/es.message-panel.js'),
    'availability-picker': () => import('./locales/es.availability-picker.js'),
  },
  'ar': {
    'goal-tracker': () => import('./locales/ar.goal-tracker.js'),
    'message-panel': () => import('./locales/ar.message-panel.js'),
    'availability-picker': () => import('./locales/ar.availability-picker.js'),
  },
  'zh-Hans': {
    'goal-tracker': () => import('./locales/zh-Hans.goal-tracker.js'),
    'message-panel': () => import('./locales/zh-Hans.message-panel.js'),
    'availability-picker': () => import('./locales/zh-Hans.availability-picker.js'),
  },
  'zh-Hant': {
    'goal-tracker': () => import('./locales/zh-Hant.goal-tracker.js'),
    'message-panel': () => import('./locales/zh-Hant.message-panel.js'),
    'availability-picker': () => import('./locales/zh-Hant.availability-picker.js'),
  },
  'vi': {
    'goal-tracker': () => import('./locales/vi.goal-tracker.js'),
    'message-panel': () => import('./locales/vi.message-panel.js'),
    'availability-picker': () => import('./locales/vi.availability-picker.js'),
  },
  'ht': {
    'goal-tracker': () => import('./locales/ht.goal-tracker.js'),
    'message-panel': () => import('./locales/ht.message-panel.js'),
    'availability-picker': () => import('./locales/ht.availability-picker.js'),
  },
  'so': {
    'goal-tracker': () => import('./locales/so.goal-tracker.js'),
    'message-panel': () => import('./locales/so.message-panel.js'),
    'availability-picker': () => import('./locales/so.availability-picker.js'),
  },
  'pt': {
    'goal-tracker': () => import('./locales/pt.goal-tracker.js'),
    'message-panel': () => import('./locales/pt.message-panel.js'),
    'availability-picker': () => import('./locales/pt.availability-picker.js'),
  },
  'ru': {
    'goal-tracker': () => import('./locales/ru.goal-tracker.js'),
    'message-panel': () => import('./locales/ru.message-panel.js'),
    'availability-picker': () => import('./locales/ru.availability-picker.js'),
  },
  'uk': {
    'goal-tracker': () => import('./locales/uk.goal-tracker.js'),
    'message-panel': () => import('./locales/uk.message-panel.js'),
    'availability-picker': () => import('./locales/uk.availability-picker.js'),
  },
  'ko': {
    'goal-tracker': () => import('./locales/ko.goal-tracker.js'),
    'message-panel': () => import('./locales/ko.message-panel.js'),
    'availability-picker': () => import('./locales/ko.availability-picker.js'),
  },
  'tl': {
    'goal-tracker': () => import('./locales/tl.goal-tracker.js'),
    'message-panel': () => import('./locales/tl.message-panel.js'),
    'availability-picker': () => import('./locales/tl.availability-picker.js'),
  },
  'fr': {
    'goal-tracker': () => import('./locales/fr.goal-tracker.js'),
    'message-panel': () => import('./locales/fr.message-panel.js'),
    'availability-picker': () => import('./locales/fr.availability-picker.js'),
  },
  'hmn': {
    'goal-tracker': () => import('./locales/hmn.goal-tracker.js'),
    'message-panel': () => import('./locales/hmn.message-panel.js'),
    'availability-picker': () => import('./locales/hmn.availability-picker.js'),
  },
  'ne': {
    'goal-tracker': () => import('./locales/ne.goal-tracker.js'),
    'message-panel': () => import('./locales/ne.message-panel.js'),
    'availability-picker': () => import('./locales/ne.availability-picker.js'),
  },
  'my': {
    'goal-tracker': () => import('./locales/my.goal-tracker.js'),
    'message-panel': () => import('./locales/my.message-panel.js'),
    'availability-picker': () => import('./locales/my.availability-picker.js'),
  },
  'ur': {
    'goal-tracker': () => import('./locales/ur.goal-tracker.js'),
    'message-panel': () => import('./locales/ur.message-panel.js'),
    'availability-picker': () => import('./locales/ur.availability-picker.js'),
  },
  'fa': {
    'goal-tracker': () => import('./locales/fa.goal-tracker.js'),
    'message-panel': () => import('./locales/fa.message-panel.js'),
    'availability-picker': () => import('./locales/fa.availability-picker.js'),
  },
  'ps': {
    'goal-tracker': () => import('./locales/ps.goal-tracker.js'),
    'message-panel': () => import('./locales/ps.message-panel.js'),
    'availability-picker': () => import('./locales/ps.availability-picker.js'),
  },
  'prs': {
    'goal-tracker': () => import('./locales/prs.goal-tracker.js'),
    'message-panel': () => import('./locales/prs.message-panel.js'),
    'availability-picker': () => import('./locales/prs.availability-picker.js'),
  },
  'am': {
    'goal-tracker': () => import('./locales/am.goal-tracker.js'),
    'message-panel': () => import('./locales/am.message-panel.js'),
    'availability-picker': () => import('./locales/am.availability-picker.js'),
  },
  'ti': {
    'goal-tracker': () => import('./locales/ti.goal-tracker.js'),
    'message-panel': () => import('./locales/ti.message-panel.js'),
    'availability-picker': () => import('./locales/ti.availability-picker.js'),
  },
  'sw': {
    'goal-tracker': () => import('./locales/sw.goal-tracker.js'),
    'message-panel': () => import('./locales/sw.message-panel.js'),
    'availability-picker': () => import('./locales/sw.availability-picker.js'),
  },
  'pl': {
    'goal-tracker': () => import('./locales/pl.goal-tracker.js'),
    'message-panel': () => import('./locales/pl.message-panel.js'),
    'availability-picker': () => import('./locales/pl.availability-picker.js'),
  },
  'ja': {
    'goal-tracker': () => import('./locales/ja.goal-tracker.js'),
    'message-panel': () => import('./locales/ja.message-panel.js'),
    'availability-picker': () => import('./locales/ja.availability-picker.js'),
  },
  'hi': {
    'goal-tracker': () => import('./locales/hi.goal-tracker.js'),
    'message-panel': () => import('./locales/hi.message-panel.js'),
    'availability-picker': () => import('./locales/hi.availability-picker.js'),
  },
  'bn': {
    'goal-tracker': () => import('./locales/bn.goal-tracker.js'),
    'message-panel': () => import('./locales/bn.message-panel.js'),
    'availability-picker': () => import('./locales/bn.availability-picker.js'),
  },
  'pa': {
    'goal-tracker': () => import('./locales/pa.goal-tracker.js'),
    'message-panel': () => import('./locales/pa.message-panel.js'),
    'availability-picker': () => import('./locales/pa.availability-picker.js'),
  },
  'km': {
    'goal-tracker': () => import('./locales/km.goal-tracker.js'),
    'message-panel': () => import('./locales/km.message-panel.js'),
    'availability-picker': () => import('./locales/km.availability-picker.js'),
  },
  'lo': {
    'goal-tracker': () => import('./locales/lo.goal-tracker.js'),
    'message-panel': () => import('./locales/lo.message-panel.js'),
    'availability-picker': () => import('./locales/lo.availability-picker.js'),
  },
  'ro': {
    'goal-tracker': () => import('./locales/ro.goal-tracker.js'),
    'message-panel': () => import('./locales/ro.message-panel.js'),
    'availability-picker': () => import('./locales/ro.availability-picker.js'),
  },
  'tr': {
    'goal-tracker': () => import('./locales/tr.goal-tracker.js'),
    'message-panel': () => import('./locales/tr.message-panel.js'),
    'availability-picker': () => import('./locales/tr.availability-picker.js'),
  },
  'ku': {
    'goal-tracker': () => import('./locales/ku.goal-tracker.js'),
    'message-panel': () => import('./locales/ku.message-panel.js'),
    'availability-picker': () => import('./locales/ku.availability-picker.js'),
  },
  'en-XA': {
    'goal-tracker': () => import('./locales/en-XA.goal-tracker.js'),
    'message-panel': () => import('./locales/en-XA.message-panel.js'),
    'availability-picker': () => import('./locales/en-XA.availability-picker.js'),
  },
};
