import { msg, str } from '@lit/localize';
import type { ContactChannel } from '@tandem/contract';
import { numberFormat } from '../../base/intl.js';
import { failureMessage } from '../labels.js';
import type { Notice, Problem, Unavailable } from './controller.js';
import type { FormProblem } from './form.js';

// Functions, not constants: msg() must run at render time, in the active locale.

export const channelLabel = (channel: ContactChannel): string =>
  ({
    sms: msg('Text message', { id: 'ns.channel.sms' }),
    email: msg('Email', { id: 'ns.channel.email' }),
    push: msg('Notifications on this device', { id: 'ns.channel.push' }),
    app: msg('Only here, on the school site', { id: 'ns.channel.app' }),
    phone: msg('Phone calls from the school', { id: 'ns.channel.phone' }),
  })[channel];

/** Said under a channel that can be chosen: where it goes, from their own roster details. */
export function channelHint(
  channel: ContactChannel,
  details: { email: string | null; phone: string | null; devices: number; locale: string },
): string {
  switch (channel) {
    case 'sms':
      return details.phone ? msg(str`To ${details.phone}`, { id: 'ns.hint.sms' }) : '';
    case 'email':
      return details.email ? msg(str`To ${details.email}`, { id: 'ns.hint.email' }) : '';
    case 'push': {
      if (details.devices === 0) return msg('Your browser will ask you to allow them.', { id: 'ns.hint.pushAsk' });
      const devices = numberFormat(details.locale, {}).format(details.devices);
      return details.devices === 1
        ? msg('On 1 device so far.', { id: 'ns.hint.pushOne' })
        : msg(str`On ${devices} devices so far.`, { id: 'ns.hint.pushMany' });
    }
    case 'app':
      return msg('We send nothing. Messages wait for you here.', { id: 'ns.hint.app' });
    case 'phone':
      return msg('We send nothing. The school may call you.', { id: 'ns.hint.phone' });
  }
}

/** Said under a channel that cannot be chosen, instead of the hint. */
export const unavailableText = (reason: Unavailable): string =>
  ({
    'no-address': msg('The school has no email address for you. Ask them to add one.', { id: 'ns.na.noAddress' }),
    'no-number': msg('The school has no mobile number for you. Ask them to add one.', { id: 'ns.na.noNumber' }),
    'not-set-up': msg('Not available at this school yet.', { id: 'ns.na.notSetUp' }),
    browser: msg('This browser cannot show notifications.', { id: 'ns.na.browser' }),
    blocked: msg('Notifications are blocked for this site. You can allow them in your browser settings.', {
      id: 'ns.na.blocked',
    }),
  })[reason];

/** Their number texted STOP: how texts start again. */
export const stoppedText = (): string =>
  msg('You replied STOP, so we send no texts. Reply START to one of our texts to get them again.', {
    id: 'ns.smsStopped',
  });

/** "15 min", "1 hour": how long a message may wait unread. */
export function delayLabel(minutes: number, locale: string): string {
  switch (minutes) {
    case 60:
      return msg('1 hour', { id: 'ns.delay.hour1' });
    case 120:
      return msg('2 hours', { id: 'ns.delay.hours2' });
    case 240:
      return msg('4 hours', { id: 'ns.delay.hours4' });
    case 1440:
      return msg('1 day', { id: 'ns.delay.day1' });
    default:
      return numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
  }
}

/** The choice that keeps the district's delay, saying what it is. */
export const districtDelayLabel = (minutes: number, locale: string): string => {
  const delay = delayLabel(minutes, locale);
  return msg(str`The school's choice (${delay})`, { id: 'ns.delay.district' });
};

/** What went right, announced. */
export const noticeText = (notice: Notice | null): string => {
  switch (notice) {
    case 'saved':
      return msg('Saved.', { id: 'ns.saved' });
    case 'device-added':
      return msg('This device will get notifications too.', { id: 'ns.deviceAdded' });
    default:
      return '';
  }
};

const formProblemText = (problem: FormProblem): string =>
  ({
    'quiet-hours-missing': msg('Choose when quiet hours start and end.', { id: 'ns.form.quietMissing' }),
    'quiet-hours-same': msg('Quiet hours must start and end at different times.', { id: 'ns.form.quietSame' }),
    invalid: msg('Something in the form is not right. Check it and try again.', { id: 'ns.form.invalid' }),
  })[problem];

/** What went wrong with a save, and what to do. */
export function problemText(problem: Problem): string {
  switch (problem.kind) {
    case 'form':
      return formProblemText(problem.problem);
    case 'push':
      return {
        denied: msg('Notifications were not allowed, so nothing changed. Allow them, or choose another way.', {
          id: 'ns.push.denied',
        }),
        unsupported: msg('This browser cannot show notifications. Choose another way.', { id: 'ns.push.unsupported' }),
        failed: msg("We couldn't turn on notifications on this device. Try again later, or choose another way.", {
          id: 'ns.push.failed',
        }),
      }[problem.reason];
    case 'failed':
      return failureMessage(problem.failure, true);
  }
}
