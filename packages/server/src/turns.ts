/**
 * Turns per key on this instance: one holder at a time, and a way to wait for the current one to
 * finish. It is not a lock between instances (the database's row locks are that); it keeps the
 * requests that would queue on one row lock from each holding a pooled connection while they
 * wait, so that they can be answered from what the holder committed.
 */
export class Turns {
  readonly #holders = new Map<string, Promise<void>>();

  /** Resolves once the current holder of `key` has finished (at once when there is none). */
  async finished(key: string): Promise<void> {
    await this.#holders.get(key);
  }

  /** Runs `work` as the holder of `key` if it is free; false, without running it, if it is not. */
  async tryRun(key: string, work: () => Promise<void>): Promise<boolean> {
    if (this.#holders.has(key)) return false;
    let finish!: () => void;
    this.#holders.set(key, new Promise<void>((resolve) => (finish = resolve)));
    try {
      await work();
    } finally {
      this.#holders.delete(key);
      finish();
    }
    return true;
  }
}
