/** CPU and memory of another process, read from /proc (Linux), and Stratboard's own metrics. */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** User + system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 14th and 15th overall.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

export function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

/** Samples RSS until stopped and keeps the peak. */
export function watchRss(pid: number, everyMs = 250) {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, rssBytes(pid));
    } catch {
      // The process may be gone; the peak so far stands.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** CPU used by `pid` between start() and stop(), in cores (CPU seconds per wall second). */
export function cpuMeter(pid: number) {
  const cpu = cpuSeconds(pid);
  const wall = performance.now();
  return { stop: () => ({ cores: (cpuSeconds(pid) - cpu) / ((performance.now() - wall) / 1000), seconds: cpuSeconds(pid) - cpu }) };
}

/** Running totals of Stratboard's update checks (`stratboard_update_check_seconds`): time, count and the histogram's buckets. */
export interface CheckTotals {
  seconds: number;
  count: number;
  /** Cumulative count at or below each bucket's upper bound (seconds). */
  buckets: Array<{ le: number; count: number }>;
}

export async function updateCheckTotals(metricsUrl: string | undefined): Promise<CheckTotals> {
  const none = { seconds: NaN, count: NaN, buckets: [] };
  if (!metricsUrl) return none;
  try {
    const text = await (await fetch(metricsUrl)).text();
    const read = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    const buckets = [...text.matchAll(/^stratboard_update_check_seconds_bucket\{le="([^"]+)"\} (\S+)$/gm)]
      .filter((match) => match[1] !== '+Inf')
      .map((match) => ({ le: Number(match[1]), count: Number(match[2]) }));
    return { seconds: read('stratboard_update_check_seconds_sum'), count: read('stratboard_update_check_seconds_count'), buckets };
  } catch {
    return none;
  }
}

/** The median of what was observed between two totals, interpolated inside its histogram bucket (seconds). */
export function medianBetween(before: CheckTotals, after: CheckTotals): number {
  const total = after.count - before.count;
  if (!(total > 0)) return NaN;
  let lower = 0;
  let below = 0;
  for (const [i, bucket] of after.buckets.entries()) {
    const within = bucket.count - (before.buckets[i]?.count ?? 0);
    if (within >= total / 2) return lower + ((total / 2 - below) / Math.max(within - below, 1)) * (bucket.le - lower);
    lower = bucket.le;
    below = within;
  }
  return lower;
}

/**
 * Stratboard's event-loop delay p99 (prom-client's default metric). prom-client resets the
 * delay histogram on every scrape, so a scrape at the start of a window and one at its end
 * give the p99 of that window.
 */
export async function eventLoopP99Ms(metricsUrl: string | undefined): Promise<number> {
  if (!metricsUrl) return NaN;
  try {
    const text = await (await fetch(metricsUrl)).text();
    const match = /^stratboard_nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(text);
    return match ? Number(match[1]) * 1000 : NaN;
  } catch {
    return NaN;
  }
}
