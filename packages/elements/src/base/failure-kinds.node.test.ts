// What each widget tells the family for each kind of failure the client reports. A page whose
// origin the server does not allow is the school's setup problem: the family must never be told
// to check a connection that works, nor read the name of a server setting.
import { describe, expect, it } from 'vitest';
import { OriginNotAllowedError } from '@tandem/client';
import { failureMessage as pickerFailure } from '../availability-picker/labels.js';
import { failureMessage as trackerFailure } from '../goal-tracker/labels.js';
import { loadFailure, sendFailure } from '../message-panel/labels.js';
import { failureMessage as settingsFailure } from '../notification-settings/labels.js';
import { kindOf } from './tandem-element.js';

const said: Record<string, (kind: string) => string> = {
  'goal tracker, load': (kind) => trackerFailure(kind, 'load'),
  'goal tracker, save': (kind) => trackerFailure(kind, 'save'),
  'availability picker, load': (kind) => pickerFailure(kind),
  'availability picker, save': (kind) => pickerFailure(kind, true),
  'message panel, load': loadFailure,
  'message panel, send': sendFailure,
  'notification settings, load': (kind) => settingsFailure(kind),
  'notification settings, save': (kind) => settingsFailure(kind, true),
};

describe('a request refused by CORS, as the family reads it', () => {
  it('is the kind the client gives it, for the tandem-error event', () => {
    const error = new OriginNotAllowedError('listGoals failed: …', { origin: 'https://school.example' });
    expect(kindOf(error)).toBe('origin-not-allowed');
  });

  it.each(Object.entries(said))('%s: the words for a problem on the school side', (_, words) => {
    const refused = words('origin-not-allowed');
    expect(refused).toBe(words('server'));
    // Not the offline words ("Check your connection"), and no setting's name.
    expect(refused).not.toMatch(/connection|TANDEM_|allowedOrigins|origin/i);
  });
});
