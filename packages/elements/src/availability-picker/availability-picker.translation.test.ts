// Where to meet, in each family's own language, the original one tap away. The interface stays
// English (test/helpers.ts pins it, as an app may): the content follows each person's preferred
// language (base/translated-text.ts, contentLanguages).
import { expect, fixture, html } from '@open-wc/testing';
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

describe('<tandem-availability-picker> translated content', () => {
  it('tells a Spanish family where the chosen time is, in Spanish, the original a tap away', async () => {
    const h = await mount('per_garcia', 'stu_mateo');
    await h.chooseFirstFree();
    expect(h.placeOf('form')).to.deep.equal({ text: 'Lincoln Elementary School, oficina principal', lang: 'es' });
    expect(h.placeNote('form')).to.equal('Machine-translated from English · Show original');
    await h.togglePlace('form');
    expect(h.placeOf('form')).to.deep.equal({ text: 'Lincoln Elementary School, front office', lang: 'en' });
    expect(h.placeNote('form')).to.equal('English · Show translation');
    await expect(h.element).to.be.accessible();
  });

  it('tells Linh Nguyen where the meeting is in Vietnamese, before and after booking', async () => {
    const h = await mount('per_nguyen', 'stu_emma');
    await h.chooseFirstFree();
    const vietnamese = { text: 'Trường Tiểu học Lincoln, văn phòng chính', lang: 'vi' };
    expect(h.placeOf('form')).to.deep.equal(vietnamese);
    await h.submitBooking();
    await h.until(() => h.confirmed || h.problem !== '', 'never answered the booking');
    expect(h.problem).to.equal('');
    expect(h.placeOf('confirmation')).to.deep.equal(vietnamese);
    await h.togglePlace('confirmation');
    expect(h.placeOf('confirmation')).to.deep.equal({ text: 'Lincoln Elementary School, front office', lang: 'en' });
    expect(h.placeNote('confirmation')).to.equal('English · Show translation');
    await expect(h.element).to.be.accessible();
    // The demo district as it was for the other suites.
    h.get<HTMLButtonElement>('.bookings li > button').click();
    await h.until(() => h.meetings.length === 0, 'never cancelled');
  });
});
