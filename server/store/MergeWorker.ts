/**
 * Compaction's merge, run on a worker thread. Merging a board's snapshot with its log means
 * applying the whole board (2.7 MB for 5,000 cards) to a fresh Y.Doc and encoding it again:
 * ~0.3 s of synchronous work. On the relay's event loop that stalled every connection each
 * time a board reached `compactAfterUpdates` (every ~5 s at 200 editors), which set the p99
 * of update propagation (≈ 0.25–0.9 s; 7–60 ms with compaction off). Here the loop only
 * copies bytes in and out.
 */
import { Worker } from 'node:worker_threads';
import type { MergeUpdates } from './mergeUpdates';

interface Pending {
  resolve(merged: Uint8Array): void;
  reject(error: Error): void;
}

type Reply = { id: number; merged: Uint8Array; error?: undefined } | { id: number; error: string };

const ENTRY = new URL('./mergeWorker.mjs', import.meta.url);

export class MergeWorker {
  /** `entry` is the worker script; only tests pass another one (e.g. one that crashes). */
  constructor(private readonly entry: URL = ENTRY) {}

  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  /** Merges updates into one (same result as `mergeUpdatesViaDoc`); bound, so it can be passed around. */
  readonly merge: MergeUpdates = (parts) => {
    if (this.closed) return Promise.reject(new Error('the merge worker is closed'));
    const worker = this.worker ?? this.start();
    const id = ++this.nextId;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // A worker with work in hand keeps the process alive; an idle one must not.
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, parts });
    });
  };

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('the merge worker is closed'));
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.entry);
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.error !== undefined) waiting.reject(new Error(`merge failed: ${reply.error}`));
      else waiting.resolve(reply.merged);
    });
    // A crashed worker fails what it held (compaction retries later) and is replaced on next use.
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on('error', (error) => lost(new Error(`merge worker crashed: ${error.message}`)));
    worker.on('exit', (code) => lost(new Error(`merge worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of waiting) reject(error);
  }
}
