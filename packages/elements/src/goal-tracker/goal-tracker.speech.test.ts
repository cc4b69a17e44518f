import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SpeechPlatform } from '../base/speech.js';
import { clientFor } from '../../test/helpers.js';
import { englishVoice, lastRecognition, scriptedSpeech, spanishVoice } from '../../test/speech-fixtures.js';
import type { TandemGoalTracker } from './goal-tracker.js';
import { GoalTrackerHarness } from './internal/harness.js';
import '../provider/define.js';
import './define.js';

async function mount(userId: string, studentId: string, speech: SpeechPlatform | null) {
  const provider = await fixture(
    html`<tandem-provider .speech=${speech}>
      <tandem-goal-tracker .client=${await clientFor(userId)} student-id=${studentId}></tandem-goal-tracker>
    </tandem-provider>`,
  );
  const harness = new GoalTrackerHarness(provider.querySelector<TandemGoalTracker>('tandem-goal-tracker')!);
  await harness.loaded();
  return harness;
}

// García reads her son's goals in Spanish, as the server translated them for her.
const READING = 'Leer 20 minutos al día';

describe('<tandem-goal-tracker> read aloud and voice input', () => {
  it('reads a goal statement aloud as shown, with a voice of its language, from the keyboard, and stops', async () => {
    const speech = scriptedSpeech([englishVoice, spanishVoice]);
    const harness = await mount('per_garcia', 'stu_mateo', speech);
    await harness.until(() => harness.readAloudOf(READING) !== null, 'never offered to read aloud');
    const button = harness.readAloudOf(READING)!;
    expect(button.textContent?.trim()).to.equal('Read aloud');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await harness.element.updateComplete;
    expect(speech.speechSynthesis.spoken).to.deep.equal([
      { text: READING, lang: spanishVoice.lang, voice: spanishVoice.name },
    ]);
    expect(harness.readAloudOf(READING)!.textContent?.trim()).to.equal('Stop reading');
    await expect(harness.element).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await harness.element.updateComplete;
    expect(speech.speechSynthesis.speaking).to.equal(false);
    expect(harness.readAloudOf(READING)!.textContent?.trim()).to.equal('Read aloud');
  });

  it('shows no read-aloud button when no voice speaks the text’s language', async () => {
    const speech = scriptedSpeech([englishVoice]);
    const harness = await mount('per_garcia', 'stu_mateo', speech);
    // The microphone shows that speech has loaded: the read-aloud button is absent, not late.
    await harness.clickIn(READING, "Add today's progress");
    await harness.until(() => harness.mic !== null, 'never loaded speech');
    expect(harness.readAloudOf(READING)).to.equal(null);
    expect(harness.readAloudButtons()).to.deep.equal([]);
    await expect(harness.element).to.be.accessible();
  });

  it('adds what the microphone hears to the progress note, says "Listening…", and stops on Escape', async () => {
    const speech = scriptedSpeech([englishVoice]);
    const harness = await mount('per_garcia', 'stu_mateo', speech);
    await harness.clickIn(READING, "Add today's progress");
    await harness.until(() => harness.mic !== null, 'never showed the microphone');
    expect(harness.mic!.getAttribute('aria-label')).to.equal('Speak the note');
    harness.mic!.focus();
    await sendKeys({ press: 'Enter' });
    await harness.element.updateComplete;
    const recognition = lastRecognition()!;
    expect([recognition.started, recognition.lang]).to.deep.equal([true, 'en']);
    expect(harness.mic!.getAttribute('aria-label')).to.equal('Stop listening');
    expect(harness.announced).to.include('Listening…');
    recognition.hear('He read to his sister', true);
    await harness.element.updateComplete;
    expect(harness.field<HTMLTextAreaElement>('Note (optional)').value).to.equal('He read to his sister');
    await expect(harness.element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await harness.element.updateComplete;
    expect(recognition.stopped).to.equal(true);
    expect(harness.mic!.getAttribute('aria-label')).to.equal('Speak the note');
    expect(harness.announced).to.not.include('Listening…');
  });
});

describe('<tandem-goal-tracker> plain-language hint', () => {
  it('tells an educator writing a goal its reading level, long sentences and plainer words', async () => {
    const harness = await mount('per_okafor', 'stu_sofia', null);
    await harness.click('New goal');
    expect(harness.plainHint).to.equal('');
    expect(harness.get('.plain-hint').getAttribute('aria-live')).to.equal('polite');
    await harness.fill(
      'The goal, in plain words',
      'Sofia will demonstrate proficiency on the benchmark assessment with accommodations as measured by progress monitoring across the grading period and beyond it.',
    );
    await harness.until(() => !!harness.plainHint, 'never gave a hint');
    expect(harness.plainHint).to.match(/^Reading level: about grade \d+\./);
    expect(harness.plainHint).to.include('One sentence has more than 20 words.');
    expect(harness.plainHint).to.include('“benchmark” → “checkpoint”');
    await expect(harness.element).to.be.accessible();
  });

  it('gives a family suggesting a goal no hint', async () => {
    const harness = await mount('per_garcia', 'stu_mateo', null);
    await harness.click('Suggest a goal');
    await harness.fill('The goal, in plain words', 'Meet the IEP benchmark.');
    expect(harness.plainHint).to.equal(null);
    await expect(harness.element).to.be.accessible();
  });
});
