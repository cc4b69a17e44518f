/** One caller waiting for its share of a batch's answer. */
export interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the calls of one turn of the event loop, by key, and hands them to `send` together:
 * under load, many requests cost one statement, not one each. Every call's statement is sent
 * after the call was made, so what it reads is never older than the request that asked.
 * `send` answers every waiter (each its own answer, or one answer per key); if it throws, every
 * waiter it has not answered gets the error.
 */
export function perTurn<T>(send: (batch: Map<string, Waiter<T>[]>) => Promise<void>): (key: string) => Promise<T> {
  let waiting = new Map<string, Waiter<T>[]>();
  const flush = () => {
    const batch = waiting;
    waiting = new Map();
    send(batch).catch((error: unknown) => {
      for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
    });
  };
  return (key) =>
    new Promise<T>((resolve, reject) => {
      if (waiting.size === 0) setImmediate(flush);
      const waiters = waiting.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else waiting.set(key, [{ resolve, reject }]);
    });
}
