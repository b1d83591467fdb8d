/**
 * Token buckets by key (a link, a network address), for the throttles of the HTTP API: joins and
 * board creation. Keys not seen for long are forgotten, so a flood of addresses cannot grow it
 * without bound.
 */
import { RateLimiter } from '../relay/RateLimiter';

/** Most keys kept; past it the least recently used go (their buckets would be full again by now). */
const MAX_KEYS = 10_000;

export class KeyedLimiter {
  private readonly buckets = new Map<string, RateLimiter>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {}

  /** Takes one token for `key`; false when its bucket is empty. A missing key (no address known) is never throttled. */
  take(key: string | undefined): boolean {
    if (key === undefined) return true;
    let bucket = this.buckets.get(key);
    if (bucket) this.buckets.delete(key);
    else bucket = new RateLimiter(this.perSecond, this.burst, this.now);
    // Re-inserted last: the map's order is the order of use.
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_KEYS) this.buckets.delete(this.buckets.keys().next().value!);
    return bucket.take();
  }
}
