import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { availability } from '@tandem/client';
import { sendKeys } from '@web/test-runner-commands';
import { clientFor, settled, shadow } from '../../test/helpers.js';
import type { TandemAvailabilityPicker } from './availability-picker.js';
import './define.js';

const mount = async (userId: string, studentId: string) => {
  const el = await fixture<TandemAvailabilityPicker>(
    html`<tandem-availability-picker
      .client=${await clientFor(userId)}
      student-id=${studentId}
    ></tandem-availability-picker>`,
  );
  await settled(el);
  return el;
};

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');
const free = (el: TandemAvailabilityPicker) => [
  ...shadow(el).querySelectorAll<HTMLElement>('[role=gridcell][aria-disabled=false]'),
];

/** Presses Tab until the focus inside the picker is what `wanted` says; at most `max` times. */
async function tabTo(el: TandemAvailabilityPicker, wanted: (focused: Element) => boolean, what: string, max = 60) {
  for (let presses = 0; presses <= max; presses++) {
    const focused = shadow(el).activeElement;
    if (focused && wanted(focused)) return focused as HTMLElement;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`${max} presses of Tab never reached ${what}`);
}

describe('<tandem-availability-picker>', () => {
  it('shows a family a week of their child’s teacher’s times as a grid, and moves with arrow keys', async () => {
    const el = await mount('per_garcia', 'stu_mateo');
    const root = shadow(el);
    expect(texts(root, 'h2')).to.deep.equal(['Pick a time to meet with Ana Rivera']);
    const grid = root.querySelector('[role=grid]')!;
    expect(grid.querySelectorAll('[role=row]').length).to.be.greaterThan(0);
    expect(grid.querySelectorAll('[role=rowheader]').length).to.equal(grid.querySelectorAll('[role=row]').length);
    const cells = [...grid.querySelectorAll<HTMLElement>('[role=gridcell]')];
    expect(cells.filter((c) => c.tabIndex === 0)).to.have.length(1); // one tab stop
    cells[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root.activeElement?.getAttribute('data-col')).to.equal('1');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const lastInRow = root.querySelectorAll('[role=row]')[0]!.querySelectorAll('[role=gridcell]').length - 1;
    expect(root.activeElement?.getAttribute('data-col')).to.equal(String(lastInRow));
    await expect(el).to.be.accessible();
  });

  it('books with an interpreter in the family’s language; the teacher sees the request', async () => {
    const el = await mount('per_garcia', 'stu_mateo');
    const created = oneEvent(el, 'tandem-booking-created');
    const [cell] = free(el);
    cell!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const root = shadow(el);
    expect(texts(root, 'legend')).to.include.members(['How would you like to meet?', 'Do you need anything?']);
    // María's language is Spanish: the interpreter is asked for, in Spanish, unless she says no.
    const interpreter = root.querySelector<HTMLInputElement>('input[name=interpreter]')!;
    expect(interpreter.checked).to.equal(true);
    expect(interpreter.parentElement!.textContent).to.contain('An interpreter (Spanish)');
    root.querySelector<HTMLInputElement>('input[name=childCare]')!.click();
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    const { detail } = await created;
    expect(detail).to.have.keys(['studentId', 'bookingId', 'slotId']);
    await el.updateComplete;
    expect(texts(root, '.confirmation h3')).to.deep.equal(["You're booked"]);
    expect(texts(root, '.confirmation p').join(' ')).to.contain('Interpreter: Spanish · Child care');
    expect(texts(root, '.confirmation button')).to.deep.equal(['Add to calendar']);
    await expect(el).to.be.accessible();

    const teacher = await mount('per_rivera', 'stu_mateo');
    expect(texts(shadow(teacher), '.bookings li').join(' ')).to.contain('Interpreter: Spanish · Child care');
    expect(texts(shadow(teacher), 'summary')).to.include('Offer more times');
    await expect(teacher).to.be.accessible();
  });

  it('when someone else took the time first, says so and shows fresh times', async () => {
    const el = await mount('per_nguyen', 'stu_emma');
    free(el)[0]!.click();
    await el.updateComplete;
    const wanted = el.value;
    // Another family books the same time a moment earlier, through the API.
    await availability.book(
      await clientFor('per_johnson'),
      { slotId: wanted },
      { studentId: 'stu_jaylen', modality: 'phone' },
    );
    shadow(el).querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'the clash is reported', { timeout: 10_000 });
    expect(texts(shadow(el), '[role=alert]')[0]).to.equal(
      'Someone else just took this time. Here are the times that are still free.',
    );
    expect(el.value).to.equal('');
    // The booking form closed (the free-times form, with no heading, stays).
    expect(shadow(el).querySelectorAll('form.form h3').length).to.equal(0);
    // The fresh list shows that time as taken.
    const cellOf = () => shadow(el).querySelector<HTMLElement>(`[data-slot="${wanted}"]`);
    await waitUntil(() => cellOf()?.getAttribute('aria-disabled') === 'true', 'fresh times', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    // The taken time can be waited for: booked automatically if the other home cancels.
    const takenCell = cellOf()!;
    takenCell.click();
    await el.updateComplete;
    expect(texts(shadow(el), '.waitlist p')[0]).to.match(/is taken\. If it frees up, we can book it for you\.$/);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.waitlist button')!.click();
    await waitUntil(() => texts(shadow(el), '.notice')[0]?.startsWith("You're on the waiting list."), 'joined', {
      timeout: 10_000,
    });
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
    const el = form.querySelector('tandem-availability-picker')!;
    await settled(el);
    free(el)[0]!.click();
    await el.updateComplete;
    expect(new FormData(form).get('slot')).to.equal(el.value);
    expect(el.value).to.match(/^slot_/);
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).get('slot')).to.equal(null);
  });

  it('lets a family say which times usually work for them', async () => {
    const el = await mount('per_ramirez', 'stu_lucia');
    const root = shadow(el);
    root.querySelector('details')!.open = true;
    const days = [...root.querySelectorAll<HTMLInputElement>('details input[name=day]')];
    days[0]!.click(); // Monday
    days[2]!.click(); // Wednesday
    root.querySelector<HTMLButtonElement>('details button[type=submit]')!.click();
    await waitUntil(() => texts(root, '.notice')[0]?.startsWith('Saved.'), 'saved', { timeout: 10_000 });
    const saved = await availability.myWindows(await clientFor('per_ramirez'));
    expect(saved.windows.map((w) => w.weekday)).to.deep.equal([1, 3]);
    await expect(el).to.be.accessible();
  });

  it('books by keyboard alone and cancels', async () => {
    const el = await mount('per_alsayed_omar', 'stu_yusuf');
    const root = shadow(el);
    expect(root.querySelector('.bookings')).to.equal(null); // nothing booked yet
    const created = oneEvent(el, 'tandem-booking-created');
    const cancelled = oneEvent(el, 'tandem-booking-cancelled');
    // Into the grid with Tab, to the first free time with the arrow keys, chosen with Enter.
    (document.activeElement as HTMLElement | null)?.blur();
    let cell = await tabTo(el, (f) => f.getAttribute('role') === 'gridcell', 'the grid');
    const cells = root.querySelectorAll('[role=gridcell]').length;
    for (let moves = 0; cell.getAttribute('aria-disabled') !== 'false'; moves++) {
      if (moves > cells) throw new Error('no free time reached with the arrow keys');
      const atRowEnd = !cell.nextElementSibling;
      await sendKeys({ press: atRowEnd ? 'ArrowDown' : 'ArrowRight' });
      if (atRowEnd) await sendKeys({ press: 'Home' });
      await el.updateComplete;
      cell = root.activeElement as HTMLElement;
    }
    const slotId = cell.dataset.slot;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(slotId);
    // Through the form to its submit button, and Enter.
    await tabTo(el, (f) => f.matches('form button[type=submit]'), 'the Book button');
    await sendKeys({ press: 'Enter' });
    const booked = (await created).detail;
    expect(booked).to.deep.include({ studentId: 'stu_yusuf', slotId });
    await waitUntil(() => root.querySelectorAll('.bookings li').length === 1, 'listed as upcoming', {
      timeout: 10_000,
    });
    // On to its Cancel button, and Enter.
    await tabTo(el, (f) => f.matches('.bookings button'), 'the Cancel meeting button');
    expect(root.activeElement!.textContent!.trim()).to.equal('Cancel meeting');
    await sendKeys({ press: 'Enter' });
    expect((await cancelled).detail).to.deep.equal({ studentId: 'stu_yusuf', bookingId: booked.bookingId });
  });
});
