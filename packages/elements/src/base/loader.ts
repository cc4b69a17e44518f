import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { kindOf } from './tandem-element.js';

/** waiting: something the load needs is not there yet. A widget may add final states of its own (`none`). */
export type LoadState = 'waiting' | 'loading' | 'ready' | 'error' | 'offline';

export interface LoaderOptions<Final extends string> {
  /** What the load is for (the client, a student…): a change in any item loads again. */
  key(): readonly unknown[];
  /** Everything the load needs is there; until then the state is `waiting`. */
  ready(): boolean;
  /** The load; it may end in a final state of its own. Throwing fails the load. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a load that ends `ready` returns nothing
  load(signal: AbortSignal, fresh: boolean): Promise<Final | void>;
  /** Told of every failed load (not of cancelled ones). */
  failed?(error: unknown): void;
  /** The device came back online (before a failed load is retried). */
  online?(): void;
}

/**
 * Loads what a widget shows: when the host connects and whenever its key changes; cancels what
 * it was loading when that happens again or when the host leaves the page; tracks
 * online/offline and retries a load that failed offline when the device is back.
 */
export class Loader<Final extends string = never> implements ReactiveController {
  #state: LoadState | Final = 'waiting';
  #failure: string | undefined;
  #online = true;
  #abort: AbortController | undefined;
  #loadedFor: readonly unknown[] | undefined;

  readonly #onOnline = () => {
    this.#online = true;
    this.options.online?.();
    this.host.requestUpdate();
    if (this.#state === 'offline') void this.reload();
  };
  readonly #onOffline = () => {
    this.#online = false;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoaderOptions<Final>,
  ) {
    host.addController(this);
  }

  /** `waiting`, `loading`, `ready`, `error`, `offline`, or the widget's own final state. */
  get state(): LoadState | Final {
    return this.#state;
  }
  /** The client's error kind of the last failed load (`network` when offline). */
  get failure(): string | undefined {
    return this.#state === 'offline' ? 'network' : this.#failure;
  }
  get online(): boolean {
    return this.#online;
  }
  /** The signal of the current load: later requests of the same view end with it. */
  get signal(): AbortSignal | undefined {
    return this.#abort?.signal;
  }

  hostConnected(): void {
    // globalThis, not window: controllers also run (and are tested) in Node.
    this.#online = (globalThis.navigator as Partial<Navigator> | undefined)?.onLine !== false;
    globalThis.addEventListener?.('online', this.#onOnline);
    globalThis.addEventListener?.('offline', this.#onOffline);
    this.#loadedFor = undefined; // back on the page: load again
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.#onOnline);
    globalThis.removeEventListener?.('offline', this.#onOffline);
    this.#abort?.abort(); // network work ends with the element
  }

  hostUpdate(): void {
    // Started here, the synchronous part (state → loading) lands in this same render.
    if (this.#loadedFor && sameItems(this.#loadedFor, this.options.key())) return;
    void this.reload();
  }

  /** Loads again, cancelling a load under way; `fresh` asks the load not to reuse what it keeps. */
  async reload({ fresh = false }: { fresh?: boolean } = {}): Promise<void> {
    this.#loadedFor = this.options.key();
    this.#abort?.abort();
    if (!this.options.ready()) {
      this.#setState('waiting');
      return;
    }
    const controller = new AbortController();
    this.#abort = controller;
    const { signal } = controller;
    this.#setState('loading');
    try {
      const final = await this.options.load(signal, fresh);
      if (signal.aborted) return;
      this.#setState(final ?? 'ready');
    } catch (error) {
      // Only this load's own cancellation: an AbortError from another's signal (a shared token
      // refresh it cancelled) is a failure, or the widget would wait on its skeleton for ever.
      if (signal.aborted) return;
      const kind = kindOf(error);
      this.#failure = kind;
      this.#setState(kind === 'network' || !this.#online ? 'offline' : 'error');
      this.options.failed?.(error);
    }
  }

  #setState(state: LoadState | Final): void {
    if (this.#state === state) return;
    this.#state = state;
    this.host.requestUpdate();
  }
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
