import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A part of a widget in a chunk of its own (its chart, its forms), fetched as the widget
 * connects, beside its data rather than after it, so that the entry a page loads first stays
 * small and the part is there by the time the data is. A failed fetch (offline) is tried again
 * the next time the widget connects or asks (`retry()`).
 */
export class LazyPart<T> implements ReactiveController {
  #module: T | undefined;
  #loading: Promise<unknown> | undefined;

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

  hostConnected(): void {
    this.retry();
  }

  retry(): void {
    if (this.#module || this.#loading) return;
    this.#loading = this.load().then(
      (module) => {
        this.#module = module;
        this.host.requestUpdate();
      },
      () => (this.#loading = undefined),
    );
  }
}
