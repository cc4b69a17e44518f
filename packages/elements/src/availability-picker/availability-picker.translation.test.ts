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
  it('tells a Spanish family where the meeting is in Spanish, before and after booking, the original a tap away', async () => {
    const h = await mount('per_garcia', 'stu_mateo');
    await h.chooseFirstFree();
    expect(h.placeOf('form')).to.deep.equal({ text: 'Lincoln Elementary School, oficina principal', lang: 'es' });
    expect(h.placeNote('form')).to.equal('Machine-translated from English · Show original');
    await h.togglePlace('form');
    expect(h.placeOf('form')).to.deep.equal({ text: 'Lincoln Elementary School, front office', lang: 'en' });
    await h.togglePlace('form');
    await h.submitBooking();
    await h.until(() => h.confirmed, 'never confirmed the booking');
    expect(h.placeOf('confirmation')).to.deep.equal({ text: 'Lincoln Elementary School, oficina principal', lang: 'es' });
    await h.togglePlace('confirmation');
    expect(h.placeOf('confirmation')).to.deep.equal({ text: 'Lincoln Elementary School, front office', lang: 'en' });
    expect(h.placeNote('confirmation')).to.equal('English · Show translation');
    await expect(h.element).to.be.accessible();
    await h.click('Cancel meeting'); // the demo district as it was
  });

  it('tells Linh Nguyen where the meeting is in Vietnamese', async () => {
    const h = await mount('per_nguyen', 'stu_emma');
    await h.chooseFirstFree();
    expect(h.placeOf('form')).to.deep.equal({ text: 'Trường Tiểu học Lincoln, văn phòng chính', lang: 'vi' });
    await expect(h.element).to.be.accessible();
  });
});
