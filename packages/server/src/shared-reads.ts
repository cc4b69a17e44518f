/**
 * Reads shared by whoever asks for the same thing while one is under way: the event streams of
 * one person at one cursor (several tabs, all caught up) share one read of their log. A stream
 * woken after a read began does not join it: that read may have run before the event that woke
 * the stream committed, and the stream would go back to sleep without it until its heartbeat.
 */
export class SharedReads<T> {
  #wakes = 0;
  readonly #reads = new Map<string, { since: number; value: Promise<T> }>();

  /** Marks a wake-up: reads begun before it are too old for whoever it woke. */
  wake(): number {
    return ++this.#wakes;
  }

  /**
   * The read of `key` under way if it began after `wokenAt` (a mark from `wake()`, 0 for none),
   * else a new one from `start`, which later askers share.
   */
  read(key: string, wokenAt: number, start: () => Promise<T>): Promise<T> {
    const known = this.#reads.get(key);
    if (known && known.since >= wokenAt) return known.value;
    const entry = { since: this.#wakes, value: start() };
    this.#reads.set(key, entry);
    void entry.value.then(
      () => this.#forget(key, entry),
      () => this.#forget(key, entry),
    );
    return entry.value;
  }

  /** How many reads are under way. */
  get size(): number {
    return this.#reads.size;
  }

  #forget(key: string, entry: { since: number; value: Promise<T> }) {
    // A newer read of the same key may have taken its place.
    if (this.#reads.get(key) === entry) this.#reads.delete(key);
  }
}
