// Which language the widgets speak, on one page (one locale per page): the page's <html lang>,
// then the signed-in person's preferred language, then the app's choice (the provider's
// `locale`), each outranking the one before; and a notice for a language Tandem lacks.
// This file does not import test/helpers.js, which pins its suites to English.
import { expect, fixture, html } from '@open-wc/testing';
import { createTandemClient, type TandemClient } from '@tandem/client';
import type { TandemGoalTracker } from '../goal-tracker/goal-tracker.js';
import { GoalTrackerHarness } from '../goal-tracker/internal/harness.js';
import '../goal-tracker/define.js';
import '../provider/define.js';

const tokens = (userId: string) => async () => {
  const response = await fetch('/api/dev/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { token: string }).token;
};
const clientFor = (userId: string): TandemClient =>
  createTandemClient({ baseUrl: location.origin, retry: 0, tokenProvider: tokens(userId) });

async function goalsOf(userId: string, studentId: string) {
  const el = await fixture<TandemGoalTracker>(
    html`<tandem-goal-tracker .client=${clientFor(userId)} student-id=${studentId}></tandem-goal-tracker>`,
  );
  const harness = new GoalTrackerHarness(el);
  await harness.loaded();
  return { el, harness };
}

const base = (el: TandemGoalTracker) => el.shadowRoot!.querySelector('[part=base]')!;
const notices = () =>
  [...document.querySelectorAll('tandem-goal-tracker')].flatMap((el) => [
    ...el.shadowRoot!.querySelectorAll('[part=language-notice]'),
  ]);

describe('choosing the widgets’ language', () => {
  it('starts from the page’s <html lang>, region falling back to the language', async () => {
    document.documentElement.lang = 'es-MX';
    const first = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker student-id="stu_emma"></tandem-goal-tracker>`,
    );
    await new GoalTrackerHarness(first).until(() => first.locale === 'es', 'the Spanish strings');
    expect(base(first).getAttribute('lang')).to.equal('es');
    expect(notices()).to.have.length(0);
  });

  it('then speaks the signed-in person’s preferred language: Linh Nguyen reads Vietnamese', async () => {
    const { el, harness } = await goalsOf('per_nguyen', 'stu_emma');
    expect(el.locale).to.equal('vi');
    expect(base(el).getAttribute('lang')).to.equal('vi');
    expect(base(el).getAttribute('dir')).to.equal('ltr');
    expect(harness.title).not.to.equal("Emma's goals");
    expect(harness.title).to.contain('Emma');
    await expect(el).to.be.accessible();
  });

  it('says once, in English and in the language’s own name, when Tandem does not speak it yet', async () => {
    const page = await fixture(
      html`<div>
        <tandem-goal-tracker .client=${clientFor('per_test_german')} student-id="stu_german"></tandem-goal-tracker>
        <tandem-goal-tracker .client=${clientFor('per_test_german')} student-id="stu_german"></tandem-goal-tracker>
      </div>`,
    );
    const widgets = [...page.querySelectorAll('tandem-goal-tracker')] as TandemGoalTracker[];
    for (const widget of widgets) await new GoalTrackerHarness(widget).loaded();
    expect(widgets.map((widget) => widget.locale)).to.deep.equal(['en', 'en']);
    const shown = notices();
    expect(shown).to.have.length(1);
    expect(shown[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Tandem is not yet available in Österreichisches Deutsch (Austrian German), so it is shown in English.',
    );
    expect(shown[0]!.getAttribute('lang')).to.equal('en');
    expect(shown[0]!.querySelector('span')!.getAttribute('lang')).to.equal('de-AT');
    await expect(page).to.be.accessible();
  });

  it('lets the app decide above all: <tandem-provider locale="ar">, right to left, no notice', async () => {
    const provider = await fixture(
      html`<tandem-provider locale="ar" base-url=${location.origin} .tokenProvider=${tokens('per_nguyen')}>
        <tandem-goal-tracker student-id="stu_emma"></tandem-goal-tracker>
      </tandem-provider>`,
    );
    const el = provider.querySelector('tandem-goal-tracker') as TandemGoalTracker;
    const harness = new GoalTrackerHarness(el);
    await harness.loaded();
    await harness.until(() => el.locale === 'ar', 'the Arabic strings');
    // Linh's Vietnamese no longer wins: the app chose.
    expect(el.locale).to.equal('ar');
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    expect(notices()).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
