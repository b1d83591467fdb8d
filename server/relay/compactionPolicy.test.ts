import { describe, expect, it } from 'vitest';
import { appended, compacted, shouldCompact, type LogStats } from './compactionPolicy';

const stats = (uncompacted: number, uncompactedBytes: number, storedBytes: number): LogStats => ({ uncompacted, uncompactedBytes, storedBytes });

describe('compaction policy', () => {
  it('never compacts a log shorter than compactAfterUpdates', () => {
    expect(shouldCompact(stats(999, 1_000_000, 1_000_000), 1000)).toBe(false);
  });

  it('compacts a small board every compactAfterUpdates updates: its log is most of it', () => {
    expect(shouldCompact(stats(1000, 150_000, 200_000), 1000)).toBe(true);
  });

  it('lets the log of a big board grow to a quarter of its size', () => {
    // 5,000 cards, 2.7 MB; moves of ~150 bytes.
    expect(shouldCompact(stats(1000, 150_000, 2_850_000), 1000)).toBe(false);
    expect(shouldCompact(stats(4500, 675_000, 3_375_000), 1000)).toBe(false);
    expect(shouldCompact(stats(6000, 900_000, 3_600_000), 1000)).toBe(true);
  });

  it('bounds any log at ten times compactAfterUpdates, whatever the board size', () => {
    expect(shouldCompact(stats(9_999, 1_000_000, 100_000_000), 1000)).toBe(false);
    expect(shouldCompact(stats(10_000, 1_000_000, 100_000_000), 1000)).toBe(true);
  });

  it('counts appended updates in the log and in the stored size', () => {
    const log = stats(0, 0, 1000);
    appended(log, 100);
    appended(log, 50);
    expect(log).toEqual(stats(2, 150, 1150));
  });

  it('keeps what was appended during a compaction and drops what it merged', () => {
    const log = stats(10, 1000, 5000);
    const before = { uncompacted: 10, uncompactedBytes: 1000 };
    appended(log, 40);
    compacted(log, before, 10);
    expect(log).toEqual(stats(1, 40, 5040));
  });

  it('takes bytes in proportion when a compaction merged only part of the log', () => {
    const log = stats(10, 1000, 5000);
    compacted(log, { uncompacted: 10, uncompactedBytes: 1000 }, 4);
    expect(log).toEqual(stats(6, 600, 5000));
    compacted(log, { uncompacted: 6, uncompactedBytes: 600 }, 6);
    expect(log).toEqual(stats(0, 0, 5000));
  });
});
