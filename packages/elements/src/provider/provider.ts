import { ContextProvider } from '@lit/context';
import { createTandemClient, type TokenProvider } from '@tandem/client';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { tandemContext, type TandemContext } from '../base/context.js';
import { TANDEM_VERSION } from '../base/define.js';
import { setLocale } from '../base/localization.js';
import type { SpeechPlatform } from '../base/speech.js';

/**
 * Gives every Tandem widget inside it a client for one server and one signed-in person.
 *
 * @tagname tandem-provider
 * @summary Configuration for the Tandem widgets inside it.
 * @slot - The widgets (and anything else).
 */
export class TandemProvider extends LitElement {
  static tandemVersion = TANDEM_VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The Tandem server, e.g. `https://tandem.district.org`. */
  @property({ attribute: 'base-url', reflect: true }) baseUrl: string | null = null;

  /**
   * Returns a short-lived token for the signed-in person (from your backend). A property,
   * never an attribute, so that tokens stay out of the DOM. When someone signs out or another
   * person signs in, set a new function: the widgets then drop the last person's token and
   * everything read for them, and load again.
   */
  @property({ attribute: false }) tokenProvider: TokenProvider | null = null;

  /**
   * The interface language of every Tandem widget on the page, e.g. `vi` or `es-MX`, when your
   * app knows it. Unset: the signed-in person's preferred language, else the page's `<html lang>`.
   */
  @property({ reflect: true }) locale: string | null = null;

  /**
   * The Web Speech API the widgets read aloud and listen with (`speechSynthesis`,
   * `SpeechSynthesisUtterance`, `SpeechRecognition`); the browser's own when unset. A property.
   */
  @property({ attribute: false }) speech: SpeechPlatform | null = null;

  readonly #context = new ContextProvider(this, { context: tandemContext, initialValue: { client: null } });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Strings that fail to load leave the page in the language it shows (and load on the next ask).
    if (changed.has('locale') && this.locale) setLocale(this.locale).catch(() => undefined);
    if (changed.has('baseUrl') || changed.has('tokenProvider') || changed.has('speech')) {
      // Widgets wait (loading) until both are known, then reload on every change (of the client:
      // another speech keeps it).
      const client =
        changed.has('baseUrl') || changed.has('tokenProvider')
          ? this.baseUrl && this.tokenProvider
            ? createTandemClient({ baseUrl: this.baseUrl, tokenProvider: this.tokenProvider })
            : null
          : this.#context.value.client;
      const value: TandemContext = { client, speech: this.speech };
      this.#context.setValue(value);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
