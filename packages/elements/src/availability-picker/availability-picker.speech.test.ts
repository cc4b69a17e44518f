import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../base/localization.js';
import type { SpeechPlatform } from '../base/speech.js';
import { availabilityClient } from '../../test/availability-fixtures.js';
import { englishVoice, scriptedSpeech, spanishVoice } from '../../test/speech-fixtures.js';
import type { TandemAvailabilityPicker } from './availability-picker.js';
import { PickerHarness } from './internal/harness.js';
import '../provider/define.js';
import './define.js';

/** The picker on deterministic times, inside a provider that gives it `speech`. */
async function mount(speech: SpeechPlatform | null) {
  const provider = await fixture(
    html`<tandem-provider .speech=${speech}>
      <tandem-availability-picker .client=${availabilityClient({})} student-id="stu_story"></tandem-availability-picker>
    </tandem-provider>`,
  );
  const harness = new PickerHarness(provider.querySelector<TandemAvailabilityPicker>('tandem-availability-picker')!);
  await harness.loaded();
  return harness;
}

describe('<tandem-availability-picker> read aloud', () => {
  // The app's choice, over the story viewer's Spanish: the confirmation is read in English.
  before(() => setLocale('en'));

  it('reads the booking confirmation aloud as shown, from the keyboard, and stops', async () => {
    const speech = scriptedSpeech([englishVoice]);
    const h = await mount(speech);
    await h.bookFirstFree();
    expect(h.confirmed).to.equal(true);
    await h.until(() => h.confirmationReadAloud !== null, 'never offered to read the confirmation');
    const button = h.confirmationReadAloud!;
    expect(button.textContent?.trim()).to.equal('Read aloud');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await h.element.updateComplete;
    // What is read is the confirmation in the interface's words (not the place or the family's
    // note, which are shown in their own languages).
    const [title, ...rest] = h.texts('.confirmation h3, .confirmation p:not(.place):not(.note)');
    expect(title).to.equal("You're booked");
    expect(speech.speechSynthesis.spoken).to.deep.equal([
      { text: [`${title}.`, ...rest].join(' '), lang: 'en-US', voice: 'Scripted English' },
    ]);
    expect(h.confirmationReadAloud!.textContent?.trim()).to.equal('Stop reading');
    await expect(h.element).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await h.element.updateComplete;
    expect(speech.speechSynthesis.speaking).to.equal(false);
    expect(h.confirmationReadAloud!.textContent?.trim()).to.equal('Read aloud');
  });

  it('shows no read-aloud button without a voice of the viewer’s language', async () => {
    const speech = scriptedSpeech([spanishVoice]);
    const h = await mount(speech);
    await h.bookFirstFree();
    expect(h.confirmed).to.equal(true);
    // Then a voice of the viewer's language arrives (voiceschanged), and with it the button.
    expect(h.confirmationReadAloud).to.equal(null);
    speech.speechSynthesis.addVoices([englishVoice]);
    await h.until(() => h.confirmationReadAloud !== null, 'never showed the button once a voice came');
    await expect(h.element).to.be.accessible();
  });
});
