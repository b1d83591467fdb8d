/**
 * Token bucket: `perSecond` sustained, bursts up to `burst`. Counts messages, bytes or costly
 * requests alike (`take(cost)`): a client that replays a large offline backlog arrives as a
 * burst; a runaway loop or a flood is what we cut off.
 */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes `cost` tokens (one by default); false, taking none, when the bucket holds fewer. */
  take(cost = 1): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }
}
