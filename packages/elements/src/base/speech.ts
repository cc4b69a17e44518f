// Read-aloud and voice input through the browser's own Web Speech API: no dependency, nothing
// sent anywhere by us (a browser may use its own service for recognition). The platform is the
// part of `window` the API lives on, so a page or a test can give another object of the same
// shape (`<tandem-provider .speech=…>`); nothing is read from `window` until it is used (SSR).
import type {
  html as litHtml,
  nothing as litNothing,
  ReactiveController,
  ReactiveControllerHost,
  TemplateResult,
} from 'lit';

/** Lit's `html` and `nothing`, from the entry (see speech-loader.ts). */
export interface Lit {
  html: typeof litHtml;
  nothing: typeof litNothing;
}

export interface SpeechVoice {
  readonly lang: string;
  readonly name: string;
  readonly default?: boolean;
}
export interface SpeechUtterance extends EventTarget {
  lang: string;
  voice: SpeechVoice | null;
}
export interface SpeechSynthesisShape extends EventTarget {
  getVoices(): readonly SpeechVoice[];
  speak(utterance: SpeechUtterance): void;
  cancel(): void;
}
/** One `result` event's list: `results[i].isFinal`, `results[i][0].transcript`. */
export interface RecognitionResultEvent extends Event {
  readonly resultIndex: number;
  readonly results: ArrayLike<ArrayLike<{ readonly transcript: string }> & { readonly isFinal: boolean }>;
}
export interface SpeechRecognitionShape extends EventTarget {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  start(): void;
  stop(): void;
}
type Recognition = new () => SpeechRecognitionShape;

/** The Web Speech API's globals, as on `window`; any of them may be missing. */
export interface SpeechPlatform {
  speechSynthesis?: SpeechSynthesisShape;
  SpeechSynthesisUtterance?: new (text: string) => SpeechUtterance;
  SpeechRecognition?: Recognition;
  webkitSpeechRecognition?: Recognition;
}

// Loaded on demand, so it imports nothing the entry has (a shared chunk would cost the entry).
const norm = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
const baseLanguage = (tag: string) => norm(tag).split('-')[0];

/** A voice for `lang`: the exact BCP 47 tag first, then the language alone (the default voice first). */
export function voiceFor(voices: readonly SpeechVoice[], lang: string): SpeechVoice | undefined {
  const base = baseLanguage(lang);
  return (
    voices.find((v) => norm(v.lang) === norm(lang)) ??
    [...voices].sort((a, b) => Number(!!b.default) - Number(!!a.default)).find((v) => baseLanguage(v.lang) === base)
  );
}

export interface ListenOptions {
  /** Which field listens (the button that shows it). */
  key: string;
  lang: string;
  /** Recognized text; `final` once the browser settled on it. */
  onText(text: string, final: boolean): void;
}

/** What a widget speaks and hears with; re-renders its host when either changes. */
export class SpeechController implements ReactiveController {
  /** The key of what is being read aloud, or null. */
  speaking: string | null = null;
  /** The key of the field listening, or null. */
  listening: string | null = null;
  #synthesis: SpeechSynthesisShape | undefined;
  #recognition: SpeechRecognitionShape | undefined;
  readonly #update = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly platform: () => SpeechPlatform | null | undefined,
  ) {
    host.addController(this);
  }

  #api(): SpeechPlatform {
    return this.platform() ?? (globalThis as SpeechPlatform);
  }

  /** The synthesis in use, listening for its voices (Chromium lists them only after `voiceschanged`). */
  #voices(): readonly SpeechVoice[] {
    const synthesis = this.#api().speechSynthesis;
    if (synthesis !== this.#synthesis) {
      this.#synthesis?.removeEventListener('voiceschanged', this.#update);
      synthesis?.addEventListener('voiceschanged', this.#update);
      this.#synthesis = synthesis;
    }
    return synthesis?.getVoices() ?? [];
  }

  canSpeak(lang: string): boolean {
    return !!this.#api().SpeechSynthesisUtterance && !!voiceFor(this.#voices(), lang);
  }

  /** Reads `text` with a voice of `lang` (stopping whatever was being read). */
  speak(text: string, lang: string, key = text): void {
    const { SpeechSynthesisUtterance: Utterance } = this.#api();
    const voice = voiceFor(this.#voices(), lang);
    if (!Utterance || !voice || !this.#synthesis) return;
    this.stop();
    const utterance = new Utterance(text);
    utterance.lang = voice.lang;
    utterance.voice = voice;
    const done = () => {
      if (this.#utterance !== utterance) return;
      this.speaking = null;
      this.#update();
    };
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    this.#utterance = utterance;
    this.speaking = key;
    this.#synthesis.speak(utterance);
    this.#update();
  }
  #utterance: SpeechUtterance | undefined;

  stop(): void {
    if (this.speaking === null) return;
    this.#utterance = undefined;
    this.speaking = null;
    this.#synthesis?.cancel();
    this.#update();
  }

  get canListen(): boolean {
    const api = this.#api();
    return !!(api.SpeechRecognition ?? api.webkitSpeechRecognition);
  }

  /** Listens in `lang` until stopped or the browser ends it; one field at a time. */
  listen({ key, lang, onText }: ListenOptions): void {
    const api = this.#api();
    const Recognizer = api.SpeechRecognition ?? api.webkitSpeechRecognition;
    if (!Recognizer) return;
    this.stopListening();
    const recognition = new Recognizer();
    recognition.lang = lang;
    recognition.interimResults = true;
    recognition.continuous = true;
    recognition.addEventListener('result', (event) => {
      const { results, resultIndex } = event as RecognitionResultEvent;
      for (let i = resultIndex; i < results.length; i++) {
        const result = results[i];
        const text = result?.[0]?.transcript.trim();
        if (result && text) onText(text, result.isFinal);
      }
    });
    recognition.addEventListener('end', () => {
      if (this.#recognition !== recognition) return;
      this.#recognition = undefined;
      this.listening = null;
      this.#update();
    });
    this.#recognition = recognition;
    this.listening = key;
    recognition.start();
    this.#update();
  }

  stopListening(): void {
    const recognition = this.#recognition;
    if (!recognition) return;
    this.#recognition = undefined;
    this.listening = null;
    recognition.stop();
    this.#update();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
    this.stopListening();
    this.#synthesis?.removeEventListener('voiceschanged', this.#update);
    this.#synthesis = undefined;
  }
}

// The buttons, with the widget's own words.

/** "Read aloud" ⇄ "Stop reading" for `text` in `lang`; nothing when no voice speaks `lang`. */
export function readAloudButton(
  lit: Lit,
  speech: SpeechController,
  what: { key: string; text: string; lang: string },
  labels: { read: string; stop: string },
  className = 'link',
): TemplateResult | typeof litNothing {
  const { html } = lit;
  if (!what.text.trim() || !speech.canSpeak(what.lang)) return lit.nothing;
  const reading = speech.speaking === what.key;
  return html`<button
    part="button"
    class="read-aloud ${className}"
    type="button"
    @click=${() => (reading ? speech.stop() : speech.speak(what.text, what.lang, what.key))}
  >
    ${reading ? labels.stop : labels.read}
  </button>`;
}

/**
 * A microphone button that appends what is heard to the field `selector` (in the same form),
 * as typing would (an `input` event), and says "Listening…" politely. Nothing without recognition.
 */
export function micButton(
  lit: Lit,
  speech: SpeechController,
  what: { key: string; lang: string; selector: string },
  labels: { start: string; stop: string; listening: string },
): TemplateResult | typeof litNothing {
  const { html } = lit;
  if (!speech.canListen) return lit.nothing;
  const on = speech.listening === what.key;
  const start = (event: Event) => {
    const field = (event.currentTarget as HTMLElement)
      .closest('form')
      ?.querySelector<HTMLInputElement | HTMLTextAreaElement>(what.selector);
    if (!field) return;
    speech.listen({
      key: what.key,
      lang: what.lang,
      onText: (text, final) => {
        if (!final) return;
        field.value = [field.value.trimEnd(), text].filter(Boolean).join(' ');
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      },
    });
  };
  return html`<button
      part="button"
      class="mic ${on ? 'on' : ''}"
      type="button"
      aria-label=${on ? labels.stop : labels.start}
      @click=${on ? () => speech.stopListening() : start}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && speech.stopListening()}
    >
      ${
        // Drawn, not an emoji: a phone or desktop without an emoji font shows a box instead.
        on
          ? html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <rect x="3" y="3" width="10" height="10" fill="currentColor" />
            </svg>`
          : html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M8 1a2.5 2.5 0 0 0-2.5 2.5v4a2.5 2.5 0 0 0 5 0v-4A2.5 2.5 0 0 0 8 1zM3.5 7a.5.5 0 0 0-1 0 5.5 5.5 0 0 0 5 5.48V14.5H5v1h6v-1H8.5v-2.02a5.5 5.5 0 0 0 5-5.48.5.5 0 0 0-1 0 4.5 4.5 0 0 1-9 0z"
              />
            </svg>`
      }
    </button>
    <span class="visually-hidden" role="status">${on ? labels.listening : ''}</span>`;
}
