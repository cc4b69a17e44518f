import { msg, str } from '@lit/localize';
import type { EducatorRole, Participant } from '@tandem/contract';
import type { ReviewLabels, TranslationLabels } from '../base/translation-notes.js';

// Functions, not constants: msg() must run at render time, in the active locale.

export const roleLabel = (person: Participant): string => {
  if (person.kind === 'guardian') return msg('Family', { id: 'mp.role.family' });
  const roles: Record<EducatorRole, string> = {
    teacher: msg('Teacher', { id: 'mp.role.teacher' }),
    counselor: msg('Counselor', { id: 'mp.role.counselor' }),
    school_psychologist: msg('School psychologist', { id: 'mp.role.psychologist' }),
    special_educator: msg('Special education teacher', { id: 'mp.role.special' }),
    administrator: msg('School staff', { id: 'mp.role.administrator' }),
  };
  return person.educatorRole ? roles[person.educatorRole] : msg('School staff', { id: 'mp.role.administrator' });
};

/** Short answers a family can send with one tap and a check, in their own language. */
export const quickReplies = (): string[] => [
  msg('Thank you!', { id: 'mp.quick.thanks' }),
  msg('I have a question.', { id: 'mp.quick.question' }),
  msg('Can we meet?', { id: 'mp.quick.meet' }),
  msg('Yes', { id: 'mp.quick.yes' }),
  msg('No', { id: 'mp.quick.no' }),
];

export type DeliveryState = 'sending' | 'waiting' | 'failed' | 'held' | 'sent' | 'delivered' | 'read';

/** Each state in words as well as an icon (UX.md). */
export const deliveryLabel = (state: DeliveryState): string =>
  ({
    sending: msg('Sending…', { id: 'mp.state.sending' }),
    waiting: msg("Waiting for a connection. It will send when you're back online.", { id: 'mp.state.waiting' }),
    failed: msg('Not sent.', { id: 'mp.state.failed' }),
    held: msg('Sent. Waiting for quiet hours to end.', { id: 'mp.state.held' }),
    sent: msg('Sent', { id: 'mp.state.sent' }),
    delivered: msg('Delivered', { id: 'mp.state.delivered' }),
    read: msg('Read', { id: 'mp.state.read' }),
  })[state];

/** What happened and what to do, never a code (UX.md, copy). */
export function loadFailure(kind: string | undefined): string {
  if (kind === 'network' || kind === 'timeout')
    return msg("We couldn't load the messages. Check your connection and try again.", { id: 'mp.failure.network' });
  if (kind === 'forbidden' || kind === 'unauthorized')
    return msg('You are not allowed to see these messages. Try signing in again.', { id: 'mp.failure.forbidden' });
  if (kind === 'not-found')
    return msg('We could not find this conversation. Ask the school to check your account.', {
      id: 'mp.failure.notFound',
    });
  // Anything else is on the school's side: a server error, or `origin-not-allowed` (this page is not
  // in the server's allowed origins, a setup problem the host's developer sees in the console).
  // Never "check your connection", never a setting's name.
  return msg("We couldn't load the messages. Please try again in a moment.", { id: 'mp.failure.load' });
}

/** Why the server refused a message, for a failed one. */
export function sendFailure(kind: string | undefined): string {
  if (kind === 'validation')
    return msg('The server did not accept this message. Change it and send it again.', {
      id: 'mp.failure.validation',
    });
  if (kind === 'forbidden' || kind === 'unauthorized' || kind === 'not-found')
    return msg('You can no longer send messages here.', { id: 'mp.failure.sendForbidden' });
  // `origin-not-allowed` too: the message stays, marked not sent, and nothing names a setting.
  return msg('Something went wrong. Try again.', { id: 'mp.failure.send' });
}

/** The words of the shared translation note (base/translated-text.ts), in the panel's strings. */
export const translationLabels = (): TranslationLabels => ({
  machine: (language) => msg(str`Machine-translated from ${language}`, { id: 'mp.machineTranslatedFrom' }),
  human: (language) => msg(str`Translated from ${language}`, { id: 'mp.translatedFrom' }),
  showOriginal: msg('Show original', { id: 'mp.showOriginal' }),
  showTranslation: msg('Show translation', { id: 'mp.showTranslation' }),
});

export const reviewLabels = (): ReviewLabels => ({
  needed: msg('An interpreter will check this translation.', { id: 'mp.review.needed' }),
  reviewed: msg('Checked by an interpreter.', { id: 'mp.review.reviewed' }),
  ask: msg('Ask an interpreter to check', { id: 'mp.review.ask' }),
  markReviewed: msg('Mark as checked', { id: 'mp.review.mark' }),
});
