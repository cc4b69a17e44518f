import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { availability } from '@tandem/client';
import { sendKeys } from '@web/test-runner-commands';
import { availabilityClient, type AvailabilityScenario } from '../../test/availability-fixtures.js';
import { clientFor } from '../../test/helpers.js';
import type { TandemAvailabilityPicker } from './availability-picker.js';
import './define.js';
import { PickerHarness } from './internal/harness.js';

const mount = async (userId: string, studentId: string) => {
  const el = await fixture<TandemAvailabilityPicker>(
    html`<tandem-availability-picker
      .client=${await clientFor(userId)}
      student-id=${studentId}
    ></tandem-availability-picker>`,
  );
  const harness = new PickerHarness(el);
  await harness.loaded();
  return harness;
};

/** The picker on deterministic, in-memory times (see test/availability-fixtures.ts). */
const mountStory = async (scenario: AvailabilityScenario = {}, width = '') => {
  const el = await fixture<TandemAvailabilityPicker>(
    html`<div style=${width ? `inline-size: ${width}` : ''}>
      <tandem-availability-picker
        .client=${availabilityClient(scenario)}
        student-id="stu_story"
      ></tandem-availability-picker>
    </div>`,
  );
  const harness = new PickerHarness(el.querySelector('tandem-availability-picker')!);
  await harness.loaded();
  return harness;
};

/** Presses Tab until the focus inside the picker is what `wanted` says; at most `max` times. */
async function tabTo(h: PickerHarness, wanted: (focused: Element) => boolean, what: string, max = 60) {
  for (let presses = 0; presses <= max; presses++) {
    const focused = h.focused;
    if (focused && wanted(focused)) return focused as HTMLElement;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`${max} presses of Tab never reached ${what}`);
}

describe('<tandem-availability-picker>', () => {
  it('shows a family a whole week of their child’s teacher’s times, days without times included', async () => {
    const h = await mount('per_garcia', 'stu_mateo');
    expect(h.texts('h2')).to.deep.equal(['Pick a time to meet with Ana Rivera']);
    // Ms. Rivera offers Monday to Thursday: the other days say so rather than vanish.
    expect(h.days).to.have.length(7);
    expect(h.texts('.no-times-text').length).to.be.within(3, 4);
    expect(h.texts('.no-times-text')[0]).to.equal('No times');
    // How long a meeting lasts, once above the week and on every free time.
    expect(h.texts('.lengths')).to.deep.equal(['Meetings last 30 min']);
    expect(h.freeSlots[0]!.getAttribute('aria-label')).to.match(/^[^,]+, 30 min, in person, by phone, by video$/);
    expect(h.slots.filter((c) => c.tabIndex === 0)).to.have.length(1); // one tab stop
    await expect(h.element).to.be.accessible();
  });

  it('moves with the arrow keys, Home and End, across the days that have times', async () => {
    const h = await mount('per_garcia', 'stu_mateo');
    const stop = h.slots.find((c) => c.tabIndex === 0)!;
    stop.focus();
    const row = stop.dataset.row;
    await sendKeys({ press: 'ArrowRight' });
    await h.element.updateComplete;
    expect([h.focused?.getAttribute('data-row'), h.focused?.getAttribute('data-col')]).to.deep.equal([row, '1']);
    await sendKeys({ press: 'End' });
    await h.element.updateComplete;
    const last = h.slots.filter((c) => c.dataset.row === row).length - 1;
    expect(h.focused?.getAttribute('data-col')).to.equal(String(last));
    await sendKeys({ press: 'ArrowDown' });
    await h.element.updateComplete;
    expect(Number(h.focused?.getAttribute('data-row'))).to.be.greaterThan(Number(row));
  });

  it('on a wide screen shows the days side by side; up and down move through a day, left and right between days', async () => {
    const h = await mountStory({}, '64rem');
    const open = h.freeSlots[0]!;
    expect(open.getBoundingClientRect().left).not.to.equal(h.freeSlots[3]!.getBoundingClientRect().left);
    open.focus();
    const [row, col] = [open.dataset.row, Number(open.dataset.col)];
    await sendKeys({ press: 'ArrowDown' });
    await h.element.updateComplete;
    expect([h.focused?.getAttribute('data-row'), h.focused?.getAttribute('data-col')]).to.deep.equal([
      row,
      String(col + 1),
    ]);
    await sendKeys({ press: 'ArrowRight' });
    await h.element.updateComplete;
    expect(Number(h.focused?.getAttribute('data-row'))).to.equal(Number(row) + 1);
    await expect(h.element).to.be.accessible();
  });

  it('books by keyboard: focus moves to the confirmation, then on to Add to calendar', async () => {
    const h = await mount('per_garcia', 'stu_mateo');
    const created = oneEvent(h.element, 'tandem-booking-created');
    (document.activeElement as HTMLElement | null)?.blur();
    let cell = await tabTo(h, (f) => f.getAttribute('role') === 'gridcell', 'the grid');
    for (let moves = 0; cell.dataset.state !== 'open'; moves++) {
      if (moves > h.slots.length) throw new Error('no free time reached with the arrow keys');
      const atRowEnd = !cell.nextElementSibling;
      await sendKeys({ press: atRowEnd ? 'ArrowDown' : 'ArrowRight' });
      if (atRowEnd) await sendKeys({ press: 'Home' });
      await h.element.updateComplete;
      cell = h.focused as HTMLElement;
    }
    await sendKeys({ press: 'Enter' });
    await h.until(() => h.all('form.booking').length === 1, 'opened the booking form');
    expect(h.texts('legend')).to.include.members(['How would you like to meet?', 'Do you need anything?']);
    // María's language is Spanish: the interpreter is asked for, in Spanish, unless she says no.
    expect(h.field('An interpreter (Spanish)').checked).to.equal(true);
    await h.fill('Child care during the meeting', 'on');
    await tabTo(h, (f) => f.matches('form button[type=submit]'), 'the Book button');
    await sendKeys({ press: 'Enter' });
    const { detail } = await created;
    expect(detail).to.have.keys(['studentId', 'bookingId', 'slotId']);
    await h.until(() => h.confirmed, 'confirmed');
    expect(h.focused?.matches('.confirmation')).to.equal(true);
    expect(h.texts('.confirmation h3')).to.deep.equal(["You're booked"]);
    expect(h.texts('.confirmation p').join(' ')).to.contain('The meeting lasts 30 min.');
    expect(h.texts('.confirmation p').join(' ')).to.contain('Interpreter: Spanish · Child care');
    // Where to meet comes first, in her Spanish, its original a tap away; then the calendar.
    await sendKeys({ press: 'Tab' });
    expect(h.focused?.textContent?.trim()).to.equal('Show original');
    await sendKeys({ press: 'Tab' });
    expect(h.focused?.textContent?.trim()).to.equal('Add to calendar');
    // Her own time now reads as hers, not as taken: no waiting list for it.
    expect(h.stateOf(detail.slotId)).to.equal('mine');
    expect(h.slot(detail.slotId).getAttribute('aria-label')).to.match(/^[^,]+, Your meeting, 30 min, /);
    await expect(h.element).to.be.accessible();

    // The teacher sees who booked it, for which child, and what they need — not her own name.
    const teacher = await mount('per_rivera', 'stu_mateo');
    const line = teacher.meetings.find((m) => m.includes('Interpreter: Spanish · Child care'));
    expect(line).to.match(/· [^·]+ \(family of Mateo\) /);
    expect(line).not.to.contain('Ana Rivera');
    expect(teacher.texts('summary')).to.include('Offer more times');
    await expect(teacher.element).to.be.accessible();
  });

  it('when someone else took the time first, says so, shows fresh times, and offers the waiting list', async () => {
    const h = await mount('per_nguyen', 'stu_emma');
    const wanted = await h.chooseFirstFree();
    // Another family books the same time a moment earlier, through the API.
    await availability.book(
      await clientFor('per_johnson'),
      { slotId: wanted },
      { studentId: 'stu_jaylen', modality: 'phone' },
    );
    await h.submitBooking();
    await h.until(() => h.problem !== '', 'the clash is reported');
    expect(h.problem).to.equal('Someone else just took this time. Here are the times that are still free.');
    expect(h.element.value).to.equal('');
    expect(h.all('form.booking')).to.have.length(0);
    await h.until(() => h.stateOf(wanted) === 'full', 'fresh times');
    await expect(h.element).to.be.accessible();
    h.slot(wanted).click();
    await h.until(() => h.all('.waitlist').length === 1, 'the waiting list is offered');
    expect(h.texts('.waitlist p')[0]).to.match(/is taken\. If it frees up, we can book it for you\.$/);
    await h.click('Join the waiting list');
    await h.until(() => h.notice.startsWith("You're on the waiting list."), 'joined');
  });

  it('shows a time inside the booking cut-off as closed for booking, without a waiting list', async () => {
    const h = await mountStory();
    const closed = h.slots.find((c) => c.dataset.state === 'closed')!;
    expect(closed.getAttribute('aria-label')).to.match(/^[^,]+, Closed for booking, 30 min, /);
    expect(closed.getAttribute('aria-label')).not.to.contain('taken');
    expect(closed.getAttribute('aria-disabled')).to.equal('true');
    closed.click();
    await h.element.updateComplete;
    expect(h.all('.waitlist')).to.have.length(0);
    expect(h.all('form.booking')).to.have.length(0);
    await expect(h.element).to.be.accessible();
  });

  it('shows a family’s own time as theirs, and their meetings soonest first', async () => {
    const h = await mountStory({ booked: true });
    const mine = h.slots.filter((c) => c.dataset.state === 'mine');
    expect(mine).to.have.length(2);
    mine[0]!.click();
    await h.element.updateComplete;
    expect(h.all('.waitlist')).to.have.length(0);
    expect(h.meetings).to.have.length(2);
    // The earlier of the two (the second day's) comes first.
    const labels = mine.map((c) => c.dataset.slot!);
    expect(h.meetings[0]).to.contain(h.texts(`[data-slot="${labels[0]}"] .time`)[0]!);
    expect(h.meetings[1]).to.contain(h.texts(`[data-slot="${labels[1]}"] .time`)[0]!);
  });

  it('explains when the household already has a meeting of these times', async () => {
    const h = await mountStory({ book: 'limit' });
    await h.bookFirstFree();
    expect(h.problem).to.equal(
      'You already have a meeting booked with Ms. Rivera at these times. To pick another time, cancel that meeting first.',
    );
    await expect(h.element).to.be.accessible();
  });

  it('keeps the week navigation on one row at 320 px', async () => {
    const h = await mountStory({}, '320px');
    const [back, next] = [h.button('Earlier week'), h.button('Next week')];
    const range = h.get('.week-nav .range');
    expect(back.getBoundingClientRect().top).to.equal(next.getBoundingClientRect().top);
    expect(range.getBoundingClientRect().bottom).to.be.at.most(next.getBoundingClientRect().bottom + 1);
    expect(next.getBoundingClientRect().height).to.be.at.least(44);
    await expect(h.element).to.be.accessible();
  });

  it('is a form field: its value is the chosen slot id', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <tandem-availability-picker
          name="slot"
          .client=${await clientFor('per_nguyen')}
          student-id="stu_emma"
        ></tandem-availability-picker>
      </form>`,
    );
    const h = new PickerHarness(form.querySelector('tandem-availability-picker')!);
    await h.loaded();
    const slotId = await h.chooseFirstFree();
    expect(new FormData(form).get('slot')).to.equal(slotId);
    expect(slotId).to.match(/^slot_/);
    form.reset();
    await h.element.updateComplete;
    expect(new FormData(form).get('slot')).to.equal(null);
  });

  it('lets a family say which times usually work for them', async () => {
    const h = await mount('per_ramirez', 'stu_lucia');
    h.get<HTMLDetailsElement>('details').open = true;
    const days = h.all<HTMLInputElement>('details input[name=day]');
    days[0]!.click(); // Monday
    days[2]!.click(); // Wednesday
    await h.click('Save my times');
    await h.until(() => h.notice.startsWith('Saved.'), 'saved');
    const saved = await availability.myWindows(await clientFor('per_ramirez'));
    expect(saved.windows.map((w) => w.weekday)).to.deep.equal([1, 3]);
    await expect(h.element).to.be.accessible();
    // On another visit they are read when the form opens, and shown.
    h.element.remove();
    const again = await mount('per_ramirez', 'stu_lucia');
    again.get<HTMLDetailsElement>('details').open = true;
    await again.until(
      () =>
        again
          .all<HTMLInputElement>('details input[name=day]')
          .map((day) => day.checked)
          .join() === 'true,false,true,false,false,false,false',
      'the saved days checked',
    );
  });

  it('books by keyboard alone and cancels', async () => {
    const h = await mount('per_alsayed_omar', 'stu_yusuf');
    expect(h.all('.bookings')).to.have.length(0); // nothing booked yet
    const cancelled = oneEvent(h.element, 'tandem-booking-cancelled');
    const slotId = await h.bookFirstFree();
    await h.until(() => h.meetings.length === 1, 'listed as upcoming');
    const cancel = await tabTo(h, (f) => f.matches('.bookings li > button'), 'the Cancel meeting button');
    expect(cancel.textContent!.trim()).to.equal('Cancel meeting');
    await sendKeys({ press: 'Enter' });
    const { detail } = await cancelled;
    expect(detail.studentId).to.equal('stu_yusuf');
    await h.until(() => h.stateOf(slotId) === 'open', 'the time is free again');
  });
});
