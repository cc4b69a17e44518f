import { rateLimited } from './problem.js';

/**
 * A token bucket per key (a person, or an address for anonymous calls): `burst` requests at
 * once, refilled at `perSecond`. In memory, so per server instance; a fleet behind a load
 * balancer multiplies the allowance by its size.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token or throws a 429 with Retry-After. */
  take(key: string): void {
    const now = this.now();
    const bucket = this.#buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.#buckets.set(key, bucket);
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond));
      throw rateLimited(retryAfter);
    }
    bucket.tokens -= 1;
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > 10_000) this.#sweep(now);
  }

  /** Forgets full buckets, which carry no information. */
  #sweep(now: number): void {
    const refill = (this.burst / this.perSecond) * 1000;
    for (const [key, bucket] of this.#buckets) if (now - bucket.at >= refill) this.#buckets.delete(key);
  }
}
