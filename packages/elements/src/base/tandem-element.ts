import { ContextConsumer } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { TandemClient, TandemError } from '@tandem/client';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { tandemContext } from './context.js';
import { TANDEM_VERSION } from './define.js';
import { TandemErrorEvent } from './events.js';
import type { SpeechPlatform } from './speech.js';
import { adoptPageLocale, currentLocale, directionOf, useTranslations } from './localization.js';
import type { WidgetStrings } from './translation-parts.js';

/** The caller (or the element leaving the page) cancelled: not an error to show. */
export const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';
/** The client's error kind (`network`, `conflict`, …), if it is one of its errors. */
export const kindOf = (error: unknown): string | undefined => (error as Partial<TandemError> | undefined)?.kind;

/**
 * What every Tandem widget shares: a client (its own `client` property, or the nearest
 * `<tandem-provider>`'s), the page locale and its direction, and re-rendering when either changes.
 */
export class TandemElement extends LitElement {
  static tandemVersion = TANDEM_VERSION;
  /** The widget's strings in each language (none for a widget without text of its own). */
  static translations: WidgetStrings | undefined = undefined;

  /** A client of its own; otherwise the one of the nearest `<tandem-provider>`. */
  @property({ attribute: false }) client: TandemClient | null = null;

  /**
   * `lazy`: load once the widget is near the screen (as `<img loading="lazy">`), for a widget
   * far down a long page; until then it is `waiting` and asks the server nothing. `eager`
   * (the default): load at once.
   */
  @property() loading: 'eager' | 'lazy' = 'eager';

  #provided: TandemClient | null = null;
  #nearScreen = false;
  #screen: IntersectionObserver | undefined;
  /** The provider's Web Speech API, if it gives one (tests, hosts with their own voices). */
  protected speechPlatform: SpeechPlatform | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new ContextConsumer(this, {
      context: tandemContext,
      subscribe: true,
      callback: (value) => {
        const before = this.activeClient;
        this.#provided = value.client;
        if ((value.speech ?? null) !== this.speechPlatform) {
          this.speechPlatform = value.speech ?? null;
          this.requestUpdate();
        }
        if (this.activeClient !== before) this.clientChanged();
      },
    });
  }

  /** The client in use, or null while there is none yet (a token provider set later, or a lazy widget still far from the screen). */
  get activeClient(): TandemClient | null {
    if (this.loading === 'lazy' && !this.#nearScreen) {
      this.#watchScreen(); // asked on every update: the first ask starts watching
      return null;
    }
    return this.client ?? this.#provided;
  }

  /** Watches for the widget coming near the screen, half a screen ahead, so it has loaded by the time the reader gets there. */
  #watchScreen(): void {
    if (this.#screen || !this.isConnected) return;
    this.#screen = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#screen?.disconnect();
        this.#screen = undefined;
        this.#nearScreen = true;
        this.clientChanged();
        this.requestUpdate();
      },
      { rootMargin: '50%' },
    );
    this.#screen.observe(this);
  }

  get locale(): string {
    return currentLocale();
  }

  get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  override connectedCallback(): void {
    const strings = (this.constructor as typeof TandemElement).translations;
    if (strings) useTranslations(strings);
    adoptPageLocale();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#screen?.disconnect();
    this.#screen = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('client') && changed.get('client') !== undefined) this.clientChanged();
  }

  /** Tells the host page what failed, as a `tandem-error` event (ids and kinds only). */
  protected reportError(error: unknown, operation: string): void {
    const requestId = (error as Partial<TandemError>).requestId;
    this.dispatchEvent(
      new TandemErrorEvent({ kind: kindOf(error) ?? 'unknown', operation, ...(requestId ? { requestId } : {}) }),
    );
  }

  /** Override: the client appeared or was replaced (reload). */
  protected clientChanged(): void {}
}
