import type { TandemClient } from '@tandem/client';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { isAbort, kindOf, TandemElement } from './tandem-element.js';

/** waiting: no client or student yet. The widget may add final states of its own (`none`). */
export type LoadState = 'waiting' | 'loading' | 'ready' | 'error' | 'offline';

/**
 * A widget about one student that loads when it connects, when its client appears and when
 * what it shows changes; that cancels what it was loading when that happens again or when it
 * leaves the page; and that says so while loading, on failure (with *Try again*) and offline.
 */
export abstract class StudentWidget<State extends string = LoadState> extends TandemElement {
  static override properties = {
    ...TandemElement.properties,
    studentId: { attribute: 'student-id', reflect: true },
    theme: { reflect: true },
    _state: { state: true },
    _failure: { state: true },
    _online: { state: true },
  };

  /** The student the widget is about. */
  declare studentId: string | null;
  /** `light` (default), `dark`, or `auto` to follow the device. */
  declare theme: 'light' | 'dark' | 'auto' | null;

  declare _state: LoadState | State;

  /**
   * Where loading stands: `waiting` (no client or student yet), `loading`, `ready`, `error`,
   * `offline`, or a widget's own final state. Read-only; for hosts and tests that must tell
   * "waiting" from "loading", which look the same.
   */
  get loadState(): LoadState | State {
    return this._state;
  }
  /** The client's error kind of the last failed load. */
  declare _failure: string | undefined;
  declare _online: boolean;

  #abort: AbortController | undefined;
  #needsLoad = true;
  readonly #onOnline = () => {
    this._online = true;
    this.cameOnline();
    if (this._state === 'offline') void this.reload();
  };
  readonly #onOffline = () => {
    this._online = false;
  };

  constructor() {
    super();
    this.studentId = null;
    this.theme = null;
    this._state = 'waiting';
    this._failure = undefined;
    this._online = true;
  }

  /** What the widget loads; throwing fails the load. Set `_state` to a final state of your own, or leave it. */
  protected abstract load(client: TandemClient, studentId: string, signal: AbortSignal): Promise<void>;

  /** Properties besides `studentId` whose change means loading again. */
  protected reloadsOn(_changed: PropertyValues<this>): boolean {
    return false;
  }

  /** Override: the device is back online (before a failed load is retried). */
  protected cameOnline(): void {}

  /** The signal of the current load: later requests of the same view end with it. */
  protected get signal(): AbortSignal | undefined {
    return this.#abort?.signal;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._online = typeof navigator === 'undefined' ? true : navigator.onLine;
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOffline);
    this.#needsLoad = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOffline);
    this.#abort?.abort(); // network work ends with the element
  }

  protected override clientChanged(): void {
    this.#needsLoad = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('studentId') || this.reloadsOn(changed)) this.#needsLoad = true;
    // Started here, its synchronous part (state → loading) lands in this same update.
    if (this.#needsLoad && this.isConnected) {
      this.#needsLoad = false;
      void this.reload();
    }
  }

  /** Loads again, cancelling a load under way. */
  async reload(): Promise<void> {
    const client = this.activeClient;
    const studentId = this.studentId;
    this.#abort?.abort();
    if (!client || !studentId) {
      this._state = 'waiting';
      return;
    }
    const controller = new AbortController();
    this.#abort = controller;
    const { signal } = controller;
    this._state = 'loading';
    try {
      await this.load(client, studentId, signal);
      if (signal.aborted) return;
      if (this._state === 'loading') this._state = 'ready';
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      const kind = kindOf(error);
      this._failure = kind;
      this._state = kind === 'network' || !this._online ? 'offline' : 'error';
      this.reportError(error, 'load');
    }
  }

  /** The skeleton while loading, or what failed with *Try again*; null once loaded. */
  protected renderLoadState(loading: string, failure: (kind: string | undefined) => string, retry: string) {
    switch (this._state) {
      case 'waiting':
      case 'loading':
        return html`<div class="skeleton" aria-busy="true">
          <span class="visually-hidden" role="status">${loading}</span>
        </div>`;
      case 'error':
      case 'offline':
        return html`<div class="problem" role="alert">
          <p>${failure(this._state === 'offline' ? 'network' : this._failure)}</p>
          <button part="button primary-button" class="primary" type="button" @click=${() => this.reload()}>
            ${retry}
          </button>
        </div>`;
      default:
        return null as TemplateResult | null;
    }
  }
}
