/**
 * Turns per key on this instance, first come first served. It is not a lock between instances
 * (the database's row locks are that); it keeps the requests that would queue on one row lock
 * from each holding a pooled connection while they wait, so that they can be answered from
 * what the ones before them committed.
 */
export class Turns {
  /** Per key, the end of the last turn given out. */
  readonly #last = new Map<string, Promise<void>>();

  /** Whether nobody holds or waits for `key`. */
  idle(key: string): boolean {
    return !this.#last.has(key);
  }

  /** Resolves once every turn of `key` given out so far has finished (at once when none). */
  async finished(key: string): Promise<void> {
    await this.#last.get(key);
  }

  /** Runs `work` once every earlier turn of `key` has finished; settles as `work` does. */
  async run(key: string, work: () => Promise<void>): Promise<void> {
    const before = this.#last.get(key);
    let finish!: () => void;
    const mine = new Promise<void>((resolve) => (finish = resolve));
    this.#last.set(key, mine);
    try {
      await before;
      await work();
    } finally {
      finish();
      if (this.#last.get(key) === mine) this.#last.delete(key);
    }
  }
}
