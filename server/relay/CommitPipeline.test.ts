import { describe, expect, it } from 'vitest';
import type { DocStore, UpdateEntry } from '../store/DocStore';
import { CommitPipeline } from './CommitPipeline';

/** A store whose commits resolve only when the test says so. */
function controllableStore() {
  const commits: UpdateEntry[][] = [];
  const waiting: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const store = {
    append: (entries: UpdateEntry[]) =>
      new Promise<void>((resolve, reject) => {
        commits.push(entries);
        waiting.push({ resolve, reject });
      }),
  } as unknown as DocStore;
  return { store, commits, resolveNext: () => waiting.shift()?.resolve(), rejectNext: () => waiting.shift()?.reject(new Error('disk gone')) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const entry = (doc: string, byte: number): UpdateEntry => ({ doc, update: new Uint8Array([byte]) });

describe('CommitPipeline', () => {
  it('groups one tick of updates from several boards into one commit', async () => {
    const { store, commits, resolveNext } = controllableStore();
    const pipeline = new CommitPipeline(store, { failed: () => {} });
    pipeline.enqueue('a', entry('a', 1));
    pipeline.enqueue('b', entry('b', 2));
    pipeline.enqueue('a', entry('a', 3));
    await tick();
    expect(commits).toHaveLength(1);
    expect(commits[0]?.map((e) => e.update[0])).toEqual([1, 2, 3]);
    resolveNext();
    await pipeline.drained();
  });

  it('runs fan-out actions only after the commit resolved, in order', async () => {
    const { store, resolveNext } = controllableStore();
    const pipeline = new CommitPipeline(store, { failed: () => {} });
    const ran: string[] = [];
    pipeline.enqueue('a', entry('a', 1), () => ran.push('fan-out 1'));
    pipeline.afterPending('a', () => ran.push('sync reply'));
    pipeline.enqueue('a', entry('a', 2), () => ran.push('fan-out 2'));
    await tick();
    expect(ran).toEqual([]);
    resolveNext();
    await pipeline.drained();
    expect(ran).toEqual(['fan-out 1', 'sync reply', 'fan-out 2']);
  });

  it('holds updates that arrive during a commit for the next batch', async () => {
    const { store, commits, resolveNext } = controllableStore();
    const pipeline = new CommitPipeline(store, { failed: () => {} });
    const ran: number[] = [];
    pipeline.enqueue('a', entry('a', 1), () => ran.push(1));
    await tick();
    pipeline.enqueue('a', entry('a', 2), () => ran.push(2));
    pipeline.enqueue('a', entry('a', 3), () => ran.push(3));
    await tick();
    expect(commits).toHaveLength(1);
    resolveNext();
    await tick();
    expect(ran).toEqual([1]);
    expect(commits).toHaveLength(2);
    expect(commits[1]?.map((e) => e.update[0])).toEqual([2, 3]);
    resolveNext();
    await pipeline.drained();
    expect(ran).toEqual([1, 2, 3]);
  });

  it('answers at once when nothing is pending', () => {
    const { store } = controllableStore();
    const pipeline = new CommitPipeline(store, { failed: () => {} });
    let ran = false;
    pipeline.afterPending('a', () => (ran = true));
    expect(ran).toBe(true);
  });

  it('never fans out a batch the store refused, and reports its boards', async () => {
    const { store, rejectNext } = controllableStore();
    const failed: string[][] = [];
    const pipeline = new CommitPipeline(store, { failed: (boards) => failed.push([...boards]) });
    let fannedOut = false;
    pipeline.enqueue('a', entry('a', 1), () => (fannedOut = true));
    pipeline.afterPending('b', () => (fannedOut = true));
    await tick();
    rejectNext();
    await pipeline.drained();
    expect(fannedOut).toBe(false);
    expect(failed).toEqual([['a', 'b']]);
  });
});
