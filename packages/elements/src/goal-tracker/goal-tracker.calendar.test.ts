// Khmer: a language Chromium's Intl has no data for (it formats km in en-US). The goal tracker's
// dates come from Tandem's own calendar words (base/calendar.ts), never English names.
import { expect, fixture, html } from '@open-wc/testing';
import { lacksIntl } from '../base/intl.js';
import { setLocale } from '../base/localization.js';
import { clientFor } from '../../test/helpers.js';
import type { TandemGoalTracker } from './goal-tracker.js';
import { GoalTrackerHarness } from './internal/harness.js';
import './define.js';

const english =
  /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|June|July|August|September|October|November|December|Sun|Mon|Tue|Wed|Thu|Fri|Sat|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|today|tomorrow|yesterday|days?)\b/;

/** base/calendar.ts or a language's calendar words (not this file). */
const calendarFetched = () =>
  performance.getEntriesByType('resource').some((entry) => /[./]calendar\.(js|ts)$/.test(new URL(entry.name).pathname));

describe('<tandem-goal-tracker> in Spanish', () => {
  before(async () => {
    await setLocale('es');
  });

  it('never fetches the calendar words: Intl has Spanish', async () => {
    const el = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker
        .client=${await clientFor('per_alsayed_omar')}
        student-id="stu_yusuf"
      ></tandem-goal-tracker>`,
    );
    await new GoalTrackerHarness(el).loaded();
    expect(calendarFetched()).to.equal(false);
  });
});

describe('<tandem-goal-tracker> in Khmer', () => {
  before(async () => {
    await setLocale('km');
  });

  it('fetches them for Khmer', () => {
    expect(calendarFetched()).to.equal(true);
  });

  it('finds the languages this browser has no date data for, placeholders included', () => {
    expect(lacksIntl('km')).to.equal(true);
    // Chromium has pa only as root placeholders: "M02 1", "+120 d".
    expect(lacksIntl('pa')).to.equal(true);
    for (const locale of ['es', 'vi', 'ar', 'tl', 'prs']) expect(lacksIntl(locale), locale).to.equal(false);
  });

  it('writes dates with the Khmer calendar words the page loaded, none in English', async () => {
    // The translations as the runtime has them (xliff/km.xlf, built), not copied here.
    const { strings } = await import('../base/calendar.js');
    const { templates } = (await strings.loaders['km']!()) as { templates: Record<string, unknown> };
    const months = Array.from({ length: 12 }, (_, i) => templates[`cal.month.${i + 1}`]);
    expect(
      months.every((name) => typeof name === 'string' && !english.test(name)),
      'km month names',
    ).to.equal(true);

    const el = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker
        .client=${await clientFor('per_alsayed_omar')}
        student-id="stu_yusuf"
      ></tandem-goal-tracker>`,
    );
    const harness = new GoalTrackerHarness(el);
    await harness.loaded();
    const texts = (selector: string) =>
      [...harness.root.querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '');
    const aims = texts('.aim-text');
    const dates = [...aims, ...texts('th[scope=row]'), ...texts('.tick')];
    expect(aims.length, 'goals with a target date').to.be.greaterThan(0);
    expect(dates.length).to.be.greaterThan(aims.length);
    for (const text of dates) expect(text).not.to.match(english);
    // The target dates name a month in Khmer.
    for (const aim of aims)
      expect(
        months.some((name) => aim.includes(name as string)),
        aim,
      ).to.equal(true);
  });
});
