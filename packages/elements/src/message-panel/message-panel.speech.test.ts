import { expect, fixture, html } from '@open-wc/testing';
import type { TandemClient } from '@tandem/client';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../base/localization.js';
import type { SpeechPlatform } from '../base/speech.js';
import { messageClient } from '../../test/message-fixtures.js';
import {
  browserVoices,
  englishVoice,
  lastRecognition,
  scriptedSpeech,
  spanishVoice,
} from '../../test/speech-fixtures.js';
import type { TandemMessagePanel } from './message-panel.js';
import { MessagePanelHarness } from './internal/harness.js';
import '../provider/define.js';
import './define.js';

/** A panel inside a provider that gives it `speech` (the browser's own when null). */
async function mount(client: TandemClient, speech: SpeechPlatform | null) {
  const provider = await fixture(
    html`<tandem-provider .speech=${speech}>
      <tandem-message-panel .client=${client} student-id="stu_story"></tandem-message-panel>
    </tandem-provider>`,
  );
  const panel = new MessagePanelHarness(provider.querySelector<TandemMessagePanel>('tandem-message-panel')!);
  await panel.loaded();
  return panel;
}

const TEACHER_FIRST = 'Hello! Mateo read every day this week. 📚';

beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('tandem.outbox.')) localStorage.removeItem(key);
});

describe('<tandem-message-panel> read aloud and voice input', () => {
  // The app's choice, over the story viewer's Spanish: the suite is in English.
  before(() => setLocale('en'));

  it('reads a message aloud as shown, with a voice of its language, and stops; none for a language without a voice', async () => {
    const speech = scriptedSpeech([englishVoice]);
    // The family sees the teacher's English messages as written (no translations here).
    const panel = await mount(messageClient({}), speech);
    await panel.until(() => panel.readAloud().some((m) => m.button), 'never offered to read aloud');
    const shown = panel.readAloud();
    expect(shown[0]).to.deep.equal({ body: TEACHER_FIRST, lang: 'en', button: 'Read aloud' });
    // Her own messages are in Spanish, and there is no Spanish voice: no button.
    const spanish = shown.filter((m) => m.lang === 'es');
    expect(spanish.length).to.be.greaterThan(0);
    expect(spanish.every((m) => m.button === null)).to.equal(true);

    // With the keyboard: Enter reads, the button becomes "Stop reading", Enter again stops.
    const button = panel.readAloudButtons()[0]!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await panel.element.updateComplete;
    expect(speech.speechSynthesis.spoken).to.deep.equal([
      { text: TEACHER_FIRST, lang: 'en-US', voice: 'Scripted English' },
    ]);
    expect(panel.readAloud()[0]!.button).to.equal('Stop reading');
    expect(panel.focused).to.equal(button);
    await expect(panel.element).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await panel.element.updateComplete;
    expect(speech.speechSynthesis.speaking).to.equal(false);
    expect(panel.readAloud()[0]!.button).to.equal('Read aloud');

    // Reading to the end gives the button back too.
    await sendKeys({ press: 'Enter' });
    speech.speechSynthesis.finish();
    await panel.element.updateComplete;
    expect(panel.readAloud()[0]!.button).to.equal('Read aloud');
  });

  it('reads the translation when one is shown, in its language, and the original in its own', async () => {
    const speech = scriptedSpeech([englishVoice, spanishVoice]);
    const panel = await mount(messageClient({ translated: true, viewer: 'educator' }), speech);
    await panel.until(() => panel.readAloud().some((m) => m.button), 'never offered to read aloud');
    const translated = panel.readAloud().find((m) => m.body === 'We read Frog and Toad together every night.');
    expect(translated).to.deep.equal({
      body: 'We read Frog and Toad together every night.',
      lang: 'en',
      button: 'Read aloud',
    });
    await panel.click('Translate messages');
    const original = panel.readAloud().find((m) => m.body === 'Leemos Sapo y Sepo juntos cada noche.');
    expect(original).to.deep.equal({ body: 'Leemos Sapo y Sepo juntos cada noche.', lang: 'es', button: 'Read aloud' });
    const index = panel.readAloud().findIndex((m) => m.body === original!.body);
    panel.readAloudButtons()[index]!.click();
    // "es" has no exact voice: the language alone finds es-MX.
    expect(speech.speechSynthesis.spoken.at(-1)).to.deep.equal({
      text: 'Leemos Sapo y Sepo juntos cada noche.',
      lang: 'es-MX',
      voice: 'Scripted Spanish',
    });
    await expect(panel.element).to.be.accessible();
  });

  it('offers reading aloud once the browser’s voices arrive (voiceschanged)', async () => {
    const speech = scriptedSpeech([]);
    const panel = await mount(messageClient({}), speech);
    expect(panel.readAloudButtons()).to.deep.equal([]);
    speech.speechSynthesis.addVoices([englishVoice]);
    await panel.until(() => panel.readAloudButtons().length > 0, 'never showed the button after voiceschanged');
    expect(panel.readAloud()[0]!.button).to.equal('Read aloud');
    await expect(panel.element).to.be.accessible();
  });

  it('with this browser’s own speech: reads aloud where it has an English voice, and shows no button where it has none', async () => {
    const voices = await browserVoices();
    const panel = await mount(messageClient({}), null);
    if (!voices.some((v) => v.lang.toLowerCase().startsWith('en'))) {
      // No voice here (Chromium without speech-dispatcher): nothing to press.
      await panel.element.updateComplete;
      expect(panel.readAloud()[0]).to.deep.equal({ body: TEACHER_FIRST, lang: 'en', button: null });
    } else {
      await panel.until(() => panel.readAloud()[0]?.button === 'Read aloud', 'never offered to read aloud');
      const button = panel.readAloudButtons()[0]!;
      button.focus();
      await sendKeys({ press: 'Enter' }); // a key press: the browser speaks only after the person acts
      await panel.until(() => window.speechSynthesis.speaking, 'the browser never started speaking');
      expect(panel.readAloud()[0]!.button).to.equal('Stop reading');
      await sendKeys({ press: 'Enter' });
      await panel.until(() => !window.speechSynthesis.speaking, 'the browser never stopped');
      expect(panel.readAloud()[0]!.button).to.equal('Read aloud');
    }
    await expect(panel.element).to.be.accessible();
  });

  it('appends what the microphone hears to the draft, says "Listening…", and stops on Escape and on leaving', async () => {
    const speech = scriptedSpeech([englishVoice]);
    const panel = await mount(messageClient({}), speech);
    await panel.until(() => panel.mic !== null, 'never showed the microphone');
    expect(panel.mic!.getAttribute('aria-label')).to.equal('Speak your message');
    panel.draft.focus();
    await sendKeys({ type: 'Hello.' });
    await panel.element.updateComplete;
    panel.mic!.focus();
    await sendKeys({ press: 'Enter' });
    await panel.element.updateComplete;
    const recognition = lastRecognition()!;
    expect([recognition.started, recognition.lang, recognition.interimResults]).to.deep.equal([true, 'en', true]);
    expect(panel.mic!.getAttribute('aria-label')).to.equal('Stop listening');
    expect(panel.announced).to.include('Listening…');
    await expect(panel.element).to.be.accessible();

    recognition.hear('Can we meet', false); // interim: not typed yet
    expect(panel.draft.value).to.equal('Hello.');
    recognition.hear('Can we meet on Friday', true);
    await panel.element.updateComplete;
    expect(panel.draft.value).to.equal('Hello. Can we meet on Friday');
    expect(panel.button('Send').disabled).to.equal(false);

    // Escape (in the field) stops.
    panel.draft.focus();
    await sendKeys({ press: 'Escape' });
    await panel.element.updateComplete;
    expect(recognition.stopped).to.equal(true);
    expect(panel.mic!.getAttribute('aria-label')).to.equal('Speak your message');
    expect(panel.announced).to.not.include('Listening…');

    // Leaving the field and its button stops too.
    panel.mic!.click();
    await panel.element.updateComplete;
    const second = lastRecognition()!;
    expect(second).to.not.equal(recognition);
    panel.get('.log').focus();
    await panel.element.updateComplete;
    expect(second.stopped).to.equal(true);
    expect(panel.mic!.getAttribute('aria-label')).to.equal('Speak your message');
  });

  it('shows no microphone where the browser has no speech recognition', async () => {
    const panel = await mount(messageClient({}), scriptedSpeech([englishVoice], { listen: false }));
    await panel.until(() => panel.readAloudButtons().length > 0, 'never loaded speech');
    expect(panel.mic).to.equal(null);
    await expect(panel.element).to.be.accessible();
  });
});

describe('<tandem-message-panel> plain-language hint', () => {
  it('tells an educator, once typing pauses, the reading level and plainer words; sending is never held up', async () => {
    const panel = await mount(messageClient({ viewer: 'educator' }), null);
    expect(panel.plainHint).to.equal('');
    expect(panel.get('.plain-hint').getAttribute('aria-live')).to.equal('polite');
    panel.draft.focus();
    await sendKeys({
      type: 'Based on the baseline assessment, the IEP team recommends additional intervention and accommodations.',
    });
    await panel.until(() => !!panel.plainHint, 'never gave a hint');
    expect(panel.plainHint).to.match(/^Reading level: about grade \d+\. Most families read easily at grade 6 to 8\./);
    expect(panel.plainHint).to.include('Plainer words: “IEP” → “learning plan”, “baseline” → “starting point”');
    expect(panel.button('Send').disabled).to.equal(false);
    await expect(panel.element).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await panel.until(() => panel.bodies().some((b) => b.startsWith('Based on the baseline')), 'never sent');
    expect(panel.plainHint).to.equal(''); // at once, and it stays so
    await panel.until(() => panel.draft.value === '', 'the draft was not emptied');
    expect(panel.plainHint).to.equal('');
  });

  it('gives a family no hint at all', async () => {
    const panel = await mount(messageClient({}), null);
    panel.draft.focus();
    await sendKeys({ type: 'The IEP meeting.' });
    await panel.element.updateComplete;
    expect(panel.plainHint).to.equal(null);
    await expect(panel.element).to.be.accessible();
  });
});
