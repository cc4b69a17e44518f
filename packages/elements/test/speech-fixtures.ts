// A scripted Web Speech API, of the same shape as the browser's, for when the browser here has
// no voices or no microphone: given to the widgets through `<tandem-provider .speech=…>`. It
// stands in for the browser's part only; the widgets' own code runs as it does on a page.
import type { SpeechPlatform, SpeechUtterance, SpeechVoice } from '../src/base/speech.js';

class ScriptedUtterance extends EventTarget implements SpeechUtterance {
  lang = '';
  voice: SpeechVoice | null = null;
  constructor(readonly text: string) {
    super();
  }
}

export class ScriptedSynthesis extends EventTarget {
  /** What was spoken, in order: the text, the utterance's language and its voice's name. */
  readonly spoken: { text: string; lang: string; voice: string }[] = [];
  #current: ScriptedUtterance | undefined;

  constructor(private voices: SpeechVoice[]) {
    super();
  }

  getVoices(): readonly SpeechVoice[] {
    return this.voices;
  }

  /** Voices that arrive later, as Chromium's do. */
  addVoices(voices: SpeechVoice[]): void {
    this.voices = [...this.voices, ...voices];
    this.dispatchEvent(new Event('voiceschanged'));
  }

  get speaking(): boolean {
    return this.#current !== undefined;
  }

  speak(utterance: SpeechUtterance): void {
    const u = utterance as ScriptedUtterance;
    this.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '' });
    this.#current = u;
    u.dispatchEvent(new Event('start'));
  }

  cancel(): void {
    const u = this.#current;
    this.#current = undefined;
    u?.dispatchEvent(new Event('error')); // the browser's "interrupted"
  }

  /** The voice reaches the end of the text. */
  finish(): void {
    const u = this.#current;
    this.#current = undefined;
    u?.dispatchEvent(new Event('end'));
  }
}

export class ScriptedRecognition extends EventTarget {
  static all: ScriptedRecognition[] = [];
  lang = '';
  interimResults = false;
  continuous = false;
  started = false;
  stopped = false;

  constructor() {
    super();
    ScriptedRecognition.all.push(this);
  }

  start(): void {
    this.started = true;
  }

  stop(): void {
    this.stopped = true;
    this.dispatchEvent(new Event('end'));
  }

  /** The browser heard `transcript` (interim until `final`). */
  hear(transcript: string, final: boolean): void {
    const result = Object.assign([{ transcript }], { isFinal: final });
    this.dispatchEvent(Object.assign(new Event('result'), { resultIndex: 0, results: [result] }));
  }
}

/** The platform: these voices, and recognition unless `listen` is false. */
export function scriptedSpeech(
  voices: SpeechVoice[],
  { listen = true }: { listen?: boolean } = {},
): SpeechPlatform & { speechSynthesis: ScriptedSynthesis } {
  ScriptedRecognition.all = [];
  return {
    speechSynthesis: new ScriptedSynthesis(voices),
    SpeechSynthesisUtterance: ScriptedUtterance,
    ...(listen ? { SpeechRecognition: ScriptedRecognition } : {}),
  };
}

/** The last recognition the widget started. */
export const lastRecognition = (): ScriptedRecognition | undefined => ScriptedRecognition.all.at(-1);

export const englishVoice = { name: 'Scripted English', lang: 'en-US', default: true };
export const spanishVoice = { name: 'Scripted Spanish', lang: 'es-MX' };

/** The browser's own voices (Chromium lists them after `voiceschanged`, or never when it has none). */
export async function browserVoices(): Promise<readonly SpeechSynthesisVoice[]> {
  const synthesis = window.speechSynthesis;
  if (synthesis.getVoices().length) return synthesis.getVoices();
  await new Promise<void>((resolve) => {
    synthesis.addEventListener('voiceschanged', () => resolve(), { once: true });
    // Without any voice Chromium never says so: give up after a bounded wait.
    setTimeout(resolve, 3000);
  });
  return synthesis.getVoices();
}
