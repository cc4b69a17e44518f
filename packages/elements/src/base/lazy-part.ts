import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A part of a widget in a chunk of its own (its chart, its forms, its conversation view),
 * fetched as the widget connects, beside its data rather than after it, so that the entry a page
 * loads first stays small and the part is there by the time the data is. A failed fetch
 * (offline) is said like a failed load, and tried again when the device is back online, on *Try
 * again* (`retry()`), or the next time the widget connects. (Browsers that follow
 * whatwg/html#10327 fetch a failed module again; an older one keeps the failure until the page
 * is reloaded.)
 */
export class LazyPart<T> implements ReactiveController {
  #module: T | undefined;
  #loading: Promise<unknown> | undefined;
  #failed = false;
  // The data's loader retries when the device is back; without this, the part it waits for
  // would still say offline.
  readonly #onOnline = () => this.retry();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {
    host.addController(this);
  }

  /** The part, once fetched. */
  get module(): T | undefined {
    return this.#module;
  }

  /** The last fetch failed and none is under way. */
  get failed(): boolean {
    return this.#failed;
  }

  /**
   * The widget's load state with this part: what its data says, except that loaded data waits
   * for the part (`loading`), or is `offline` when the part could not be fetched.
   */
  settle<S extends string>(state: S): S | 'loading' | 'offline' {
    if (state !== 'ready' || this.#module) return state;
    return this.#failed ? 'offline' : 'loading';
  }

  hostConnected(): void {
    // globalThis, not window: widgets' controllers also run in Node.
    globalThis.addEventListener?.('online', this.#onOnline);
    this.retry();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.#onOnline);
  }

  retry(): void {
    if (this.#module || this.#loading) return;
    if (this.#failed) {
      this.#failed = false;
      this.host.requestUpdate();
    }
    this.#loading = this.load().then(
      (module) => {
        this.#module = module;
        this.#loading = undefined;
        this.host.requestUpdate();
      },
      () => {
        this.#loading = undefined;
        this.#failed = true;
        this.host.requestUpdate();
      },
    );
  }
}
