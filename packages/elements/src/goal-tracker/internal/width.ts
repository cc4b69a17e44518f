import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width of the host's content box, kept up to date: the chart is drawn at it, 1:1, so that
 * its labels keep their size from a 320 px phone to a wide dashboard. No DOM at module load.
 */
export class ElementWidth implements ReactiveController {
  #width: number;
  #observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    initial = 480,
  ) {
    this.#width = initial;
    host.addController(this);
  }

  get width(): number {
    return this.#width;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width <= 0 || width === this.#width) return;
      // Drawn in the next frame, not inside the observer's own (which would observe it again).
      requestAnimationFrame(() => {
        this.#width = width;
        this.host.requestUpdate();
      });
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
