import { msg, str } from '@lit/localize';
import { measureBounds, type Goal, type GoalDomain, type GoalStatus, type MeasureType } from '@tandem/contract';
import { currentLocale } from '../base/localization.js';
import type { ReviewLabels, TranslationLabels } from '../base/translation-notes.js';
import { formatNumber } from './format.js';

// Functions, not constants: msg() must run at render time, in the active locale.

export const domainLabel = (domain: GoalDomain): string =>
  ({
    academic: msg('Learning', { id: 'domain.academic' }),
    behavior: msg('Behavior', { id: 'domain.behavior' }),
    social_emotional: msg('Feelings and friendships', { id: 'domain.social_emotional' }),
    attendance: msg('Attendance', { id: 'domain.attendance' }),
    iep: msg('Individualized Education Program (IEP)', { id: 'domain.iep' }),
  })[domain];

export const statusLabel = (status: GoalStatus): string =>
  ({
    proposed: msg('Suggested', { id: 'status.proposed' }),
    active: msg('Active', { id: 'status.active' }),
    met: msg('Met', { id: 'status.met' }),
    discontinued: msg('Stopped', { id: 'status.discontinued' }),
  })[status];

export const measureLabel = (measure: MeasureType): string =>
  ({
    count: msg('A count', { id: 'measure.count' }),
    percent: msg('A percentage', { id: 'measure.percent' }),
    duration: msg('Time spent', { id: 'measure.duration' }),
    rating: msg('A rating from 1 to 5', { id: 'measure.rating' }),
    yes_no: msg('Yes or no', { id: 'measure.yes_no' }),
  })[measure];

export const settingLabel = (setting: 'home' | 'school'): string =>
  setting === 'home' ? msg('At home', { id: 'setting.home' }) : msg('At school', { id: 'setting.school' });

/** A field-level message for a validation code from the contract's rules or the form. */
export function fieldMessage(code: string, measure?: MeasureType | null): string {
  switch (code) {
    case 'required':
      return msg('Fill this in.', { id: 'error.required' });
    case 'out_of_range': {
      const bounds = measureBounds[measure ?? 'count'];
      const [min, max] = [bounds.min, bounds.max].map((n) => formatNumber(n, currentLocale()));
      return msg(str`Enter a number from ${min} to ${max}.`, { id: 'error.outOfRange' });
    }
    case 'not_integer':
      return msg('Enter a whole number.', { id: 'error.notInteger' });
    case 'in_future':
      return msg('Pick today or an earlier day.', { id: 'error.inFuture' });
    case 'before_start':
      return msg('Pick a day after the start.', { id: 'error.beforeStart' });
    case 'too_long':
      return msg('This is too long.', { id: 'error.tooLong' });
    default:
      return msg('Check this field.', { id: 'error.invalid' });
  }
}

/** What happened and what to do, never a code (UX.md, copy). */
export function failureMessage(kind: string | undefined, action: 'load' | 'save'): string {
  if (kind === 'network' || kind === 'timeout') {
    return action === 'save'
      ? msg("We couldn't save this. Check your connection and try again.", { id: 'failure.saveNetwork' })
      : msg("We couldn't load the goals. Check your connection and try again.", { id: 'failure.loadNetwork' });
  }
  if (kind === 'conflict') {
    return msg('Someone changed this goal just now. We loaded the latest version; please try again.', {
      id: 'failure.conflict',
    });
  }
  if (kind === 'forbidden' || kind === 'unauthorized') {
    return msg('You are not allowed to do this here. Try signing in again.', { id: 'failure.forbidden' });
  }
  if (kind === 'not-found') {
    return msg('We could not find this student. Ask the school to check your account.', { id: 'failure.notFound' });
  }
  // Anything else is on the school's side: a server error, or `origin-not-allowed` (this page is not
  // in the server's allowed origins, a setup problem the host's developer sees in the console).
  // Never "check your connection", never a setting's name.
  return action === 'save'
    ? msg("We couldn't save this. Please try again in a moment.", { id: 'failure.save' })
    : msg("We couldn't load the goals. Please try again in a moment.", { id: 'failure.load' });
}

/** A reading with its unit ("12 minutes"), or Yes / No. */
export function formatValue(goal: Goal, value: number, locale: string): string {
  if (goal.measureType === 'yes_no') return value ? msg('Yes', { id: 'gt.yes' }) : msg('No', { id: 'gt.no' });
  return `${formatNumber(value, locale)} ${goal.unit ?? ''}`.trim();
}

/** The words of the shared translation note (base/translated-text.ts), in the goal tracker's strings. */
export const translationLabels = (): TranslationLabels => ({
  machine: (language) => msg(str`Machine-translated from ${language}`, { id: 'gt.machineTranslatedFrom' }),
  human: (language) => msg(str`Translated from ${language}`, { id: 'gt.translatedFrom' }),
  showOriginal: msg('Show original', { id: 'gt.showOriginal' }),
  showTranslation: msg('Show translation', { id: 'gt.showTranslation' }),
});

export const reviewLabels = (): ReviewLabels => ({
  needed: msg('An interpreter will check this translation.', { id: 'gt.review.needed' }),
  reviewed: msg('Checked by an interpreter.', { id: 'gt.review.reviewed' }),
  ask: msg('Ask an interpreter to check', { id: 'gt.review.ask' }),
  markReviewed: msg('Mark as checked', { id: 'gt.review.mark' }),
});
