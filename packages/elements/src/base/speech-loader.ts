// What a widget's entry holds of read-aloud and voice input: the buttons, and a check that the
// browser (or the provider's platform) has the Web Speech API at all; the controller is loaded
// on demand, so a page without speech pays only for the buttons' templates.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type * as SpeechModule from './speech.js';
import type { Lit, SpeechController, SpeechPlatform } from './speech.js';

type Module = typeof SpeechModule;
/** Lit's own, handed to the loaded module so that it shares no chunk with the entry. */
const lit: Lit = { html, nothing };

type Labels<K extends string> = Record<K, string>;

export class LazySpeech implements ReactiveController {
  #speech: SpeechController | undefined;
  #module: Module | undefined;
  #loading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly platform: () => SpeechPlatform | null | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.#loading) return;
    const api = this.platform() ?? (globalThis as SpeechPlatform);
    if (!api.speechSynthesis && !api.SpeechRecognition && !api.webkitSpeechRecognition) return;
    this.#loading = true;
    void import('./speech.js').then((module) => {
      this.#module = module;
      this.#speech = new module.SpeechController(this.host, this.platform);
      this.host.requestUpdate();
    });
  }

  /** "Read aloud" ⇄ "Stop reading" (see speech.ts). */
  readAloud(
    what: { key: string; text: string; lang: string },
    labels: Labels<'read' | 'stop'>,
    className?: string,
  ): TemplateResult | typeof nothing | undefined {
    return this.#speech ? this.#module?.readAloudButton(lit, this.#speech, what, labels, className) : nothing;
  }

  /** A microphone for the field `selector` (see speech.ts). */
  mic(
    what: { key: string; lang: string; selector: string },
    labels: Labels<'start' | 'stop' | 'listening'>,
  ): TemplateResult | typeof nothing | undefined {
    return this.#speech ? this.#module?.micButton(lit, this.#speech, what, labels) : nothing;
  }

  /** Escape on the field stops listening. */
  readonly escape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#speech?.listening) {
      event.preventDefault();
      this.#speech.stopListening();
    }
  };

  /** Focus leaving the field's group (`currentTarget`) stops listening. */
  readonly leave = (event: FocusEvent): void => {
    const group = event.currentTarget as HTMLElement;
    if (!group.contains(event.relatedTarget as Node | null)) this.#speech?.stopListening();
  };
}
