/**
 * Spaces a room's fan-out flushes so that the frames it sends stay within a budget however
 * many people are in it. Each flush sends one frame to every connection, so a room of N
 * connections flushing F times a second costs N × F socket writes, and each receiver parses
 * F frames a second. Under load, commit groups and presence ticks come every millisecond or
 * two; without spacing, 500 editors meant ~200k frames/s and saturated the relay's core.
 *
 * Spacing is `connections / framesPerSecond` (e.g. at 50,000 frames/s: 50 people → 1 ms,
 * 200 → 4 ms, 1,000 → 20 ms), capped at `maxIntervalMs`. What arrives meanwhile joins the next flush (updates merged,
 * presence coalesced), so nothing is dropped; an idle room flushes at once.
 */
export interface PacerOptions {
  /** Frames per second the room may send across all its connections, per stream. */
  framesPerSecond: number;
  maxIntervalMs: number;
}

/**
 * Card edits get the larger budget (their latency is what people feel); presence, mostly
 * cursors, is coalesced harder, as collaborative whiteboards throttle cursors anyway: 200 people
 * → edits every 4 ms at most, presence every 20 ms.
 */
export const UPDATE_PACING: PacerOptions = { framesPerSecond: 50_000, maxIntervalMs: 50 };
export const PRESENCE_PACING: PacerOptions = { framesPerSecond: 10_000, maxIntervalMs: 50 };

export class FlushPacer {
  private lastFlush = -Infinity;
  private pending = false;
  private timer: NodeJS.Timeout | null = null;

  /**
   * `flush` sends what has gathered; `connections` tells the room's size now; `soon` runs a
   * flush that may go at once (a microtask for updates, `setImmediate` for presence).
   */
  constructor(
    private readonly flush: () => void,
    private readonly connections: () => number,
    private readonly soon: (run: () => void) => void,
    private readonly options: PacerOptions,
  ) {}

  /** Asks for a flush; several requests before it runs are one flush. */
  request(): void {
    if (this.pending) return;
    this.pending = true;
    const wait = this.lastFlush + this.intervalMs() - performance.now();
    if (wait <= 0) this.soon(this.run);
    else this.timer = setTimeout(this.run, wait);
  }

  /** Drops a waiting flush (the room is going away). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = false;
  }

  intervalMs(): number {
    return Math.min(this.options.maxIntervalMs, (1000 * this.connections()) / this.options.framesPerSecond);
  }

  private readonly run = (): void => {
    if (!this.pending) return;
    this.pending = false;
    this.timer = null;
    this.lastFlush = performance.now();
    this.flush();
  };
}
