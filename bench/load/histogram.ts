/** Fixed 0.1 ms buckets up to 10 s: recording costs one increment, whatever the volume. */
const BUCKET_MS = 0.1;
const BUCKETS = 100_000;

export class LatencyHistogram {
  readonly counts = new Uint32Array(BUCKETS + 1);
  total = 0;

  record(ms: number): void {
    this.counts[Math.min(BUCKETS, Math.max(0, Math.floor(ms / BUCKET_MS)))]!++;
    this.total++;
  }

  /** Deliveries that never arrived count as slower than anything measured. */
  addMissing(count: number): void {
    if (count <= 0) return;
    this.counts[BUCKETS]! += count;
    this.total += count;
  }

  percentile(p: number): number {
    if (this.total === 0) return NaN;
    const rank = Math.ceil((p / 100) * this.total);
    let seen = 0;
    for (let i = 0; i <= BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return i === BUCKETS ? Infinity : (i + 1) * BUCKET_MS;
    }
    return Infinity;
  }
}
