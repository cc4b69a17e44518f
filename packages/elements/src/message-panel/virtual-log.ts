import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

export interface VirtualLogOptions<T> {
  key: (item: T) => string;
  /** The scrolling element the log renders into. */
  scroller: () => HTMLElement | null | undefined;
  /** Called after scrolling or rendering with the indexes of the first and last visible items. */
  onVisible?: (first: number, last: number) => void;
  /** Height to assume for an item not measured yet. */
  estimate?: number;
}

/**
 * Renders only the items of a long, vertically scrolling log that are in or near view, with
 * measured heights. Built for chat: it starts at the end, keeps what the reader is looking at
 * still when items are added above or change size, and scrolls to an item on request.
 *
 * Why not @lit-labs/virtualizer: it costs 8.4 kB gzipped of a widget's 35 kB budget, and a
 * chat log needs only this one layout (docs/benchmarks.md compares the two).
 */
export class VirtualLog<T> implements ReactiveController {
  items: T[] = [];
  readonly #host: ReactiveControllerHost;
  readonly #options: VirtualLogOptions<T>;
  readonly #heights = new Map<string, number>();
  #range: [number, number] = [0, 0];
  /** The range the DOM shows now (the last render's). */
  #shown: [number, number] = [0, 0];
  /**
   * The space of the items not rendered, above and below. Set through CSSOM after rendering:
   * a style attribute (which lit's styleMap writes on first render) breaks a strict CSP.
   */
  #padding = '0px 0px';
  #command: { key: string; block: 'start' | 'end' } | null = null;
  #anchors: { key: string; top: number }[] = [];
  #frame = 0;
  #resize: ResizeObserver | undefined;
  #scroller: HTMLElement | undefined;
  /** The reader is at the end: stay there as items arrive or grow. */
  #pinned = true;

  constructor(host: ReactiveControllerHost, options: VirtualLogOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Brings an item into view at the next render (the last one by default). */
  scrollTo(key?: string, block: 'start' | 'end' = 'end'): void {
    const target = key ?? this.#lastKey();
    if (target === undefined) return;
    const index = this.items.findIndex((item) => this.#options.key(item) === target);
    if (index < 0) return;
    this.#command = { key: target, block };
    this.#range = this.#around(index);
    this.#host.requestUpdate();
  }

  #lastKey(): string | undefined {
    const last = this.items[this.items.length - 1];
    return last === undefined ? undefined : this.#options.key(last);
  }

  /** The padded list of the items in range, for the scroller's content. */
  render(renderItem: (item: T) => TemplateResult): TemplateResult {
    const [first, last] = this.#clamp(this.#range);
    this.#shown = [first, last];
    let before = 0;
    let after = 0;
    for (let i = 0; i < first; i++) before += this.#height(i);
    for (let i = last; i < this.items.length; i++) after += this.#height(i);
    this.#padding = `${before}px ${after}px`; // set in hostUpdated
    return html`<div class="vlist">
      ${repeat(
        this.items.slice(first, last),
        this.#options.key,
        (item) => html`<div class="vitem" data-key=${this.#options.key(item)}>${renderItem(item)}</div>`,
      )}
    </div>`;
  }

  hostConnected(): void {
    this.#resize = new ResizeObserver(() => this.#measure() && this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  /** Before the DOM changes: note where the first visible item stands. */
  hostUpdate(): void {
    const scroller = this.#options.scroller();
    const top = scroller?.scrollTop ?? 0;
    // Not the list's first item: a "load earlier" row stays first when items are put after it.
    const head = this.items[0] === undefined ? undefined : this.#options.key(this.items[0]);
    // Every visible one, in order: the first that is still there after the update is the anchor.
    const rendered = this.#rendered();
    this.#anchors = rendered
      .filter((el) => el.dataset.key !== head && el.offsetTop + el.offsetHeight > top)
      .map((el) => ({ key: el.dataset.key ?? '', top: el.offsetTop }));
    // Items put in before it move it to a later index: the range follows, so it stays rendered.
    const [first, last] = this.#shown;
    const anchor = this.#anchors[0];
    const was = anchor ? rendered.findIndex((el) => el.dataset.key === anchor.key) + first : -1;
    const now = anchor ? this.items.findIndex((item) => this.#options.key(item) === anchor.key) : -1;
    if (was >= 0 && now >= 0 && now !== was) {
      this.#range = [Math.max(0, first + now - was), Math.min(this.items.length, last + now - was)];
    }
  }

  hostUpdated(): void {
    const scroller = this.#options.scroller();
    if (!scroller) return;
    if (scroller !== this.#scroller) {
      this.#scroller = scroller;
      scroller.addEventListener('scroll', () => this.#onScroll(), { passive: true });
      if (!this.#command && this.items.length) this.scrollTo();
    }
    const list = scroller.querySelector<HTMLElement>(':scope > .vlist');
    if (list) list.style.paddingBlock = this.#padding;
    const resized = this.#measure();
    if (this.#command && !this.items.some((item) => this.#options.key(item) === this.#command?.key)) {
      this.#command = null; // the item went away
    }
    const command = this.#command;
    const target = command && this.#rendered().find((el) => el.dataset.key === command.key);
    if (command && target) {
      scroller.scrollTop =
        command.block === 'start' ? target.offsetTop : target.offsetTop + target.offsetHeight - scroller.clientHeight;
      this.#pinned = command.key === this.#lastKey() && command.block === 'end';
      this.#command = null;
    } else if (this.#pinned) {
      scroller.scrollTop = scroller.scrollHeight;
    } else {
      // Items added above, or measured taller than guessed: keep the reader's place.
      const rendered = new Map(this.#rendered().map((el) => [el.dataset.key, el]));
      const anchor = this.#anchors.find((a) => rendered.has(a.key));
      const same = anchor && rendered.get(anchor.key);
      if (anchor && same && same.offsetTop !== anchor.top) scroller.scrollTop += same.offsetTop - anchor.top;
    }
    this.#resize?.disconnect();
    this.#resize?.observe(scroller);
    for (const el of this.#rendered()) this.#resize?.observe(el);
    const next = this.#visibleRange(scroller, true);
    const [first, last] = this.#clamp(this.#range);
    if (resized || next[0] !== first || next[1] !== last || (command && !target)) {
      if (!command || target) this.#range = next;
      this.#host.requestUpdate();
    } else {
      this.#reportVisible(scroller);
    }
  }

  #onScroll() {
    const scroller = this.#options.scroller();
    if (scroller && !this.#command) {
      this.#pinned = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
    }
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const scroller = this.#options.scroller();
      if (!scroller) return;
      const next = this.#visibleRange(scroller, true);
      const [first, last] = this.#clamp(this.#range);
      if (next[0] !== first || next[1] !== last) {
        this.#range = next;
        this.#host.requestUpdate();
      } else {
        this.#reportVisible(scroller);
      }
    });
  }

  #reportVisible(scroller: HTMLElement) {
    const [first, last] = this.#visibleRange(scroller, false);
    this.#options.onVisible?.(first, last - 1);
  }

  /** Records the rendered items' heights; true when any changed. */
  #measure(): boolean {
    let changed = false;
    for (const el of this.#rendered()) {
      const key = el.dataset.key ?? '';
      const height = el.offsetHeight;
      if (height && this.#heights.get(key) !== height) {
        this.#heights.set(key, height);
        changed = true;
      }
    }
    return changed;
  }

  #rendered(): HTMLElement[] {
    return [...(this.#options.scroller()?.querySelectorAll<HTMLElement>(':scope > .vlist > .vitem') ?? [])];
  }

  #height(index: number): number {
    const item = this.items[index];
    return (item !== undefined && this.#heights.get(this.#options.key(item))) || (this.#options.estimate ?? 64);
  }

  /** The items between the top and bottom of the view, with one screen more on each side when `extra`. */
  #visibleRange(scroller: HTMLElement, extra: boolean): [number, number] {
    const view = scroller.clientHeight || 400;
    const margin = extra ? view : 0;
    const from = scroller.scrollTop - margin;
    const to = scroller.scrollTop + view + margin;
    let y = 0;
    let first = -1;
    let i = 0;
    for (; i < this.items.length && y < to; i++) {
      const height = this.#height(i);
      if (first < 0 && y + height > from) first = i;
      y += height;
    }
    return first < 0 ? this.#around(this.items.length - 1) : [first, i];
  }

  #around(index: number): [number, number] {
    return [Math.max(0, index - 10), Math.min(this.items.length, index + 10)];
  }

  #clamp([first, last]: [number, number]): [number, number] {
    const n = this.items.length;
    if (last > n || last <= first) return this.#around(n - 1);
    return [Math.min(first, n), last];
  }
}
