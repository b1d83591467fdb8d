/**
 * Group commit: durable before fan-out.
 *
 * Accepted updates of all boards collect in an open batch during an event-loop tick and are
 * committed to the store in one call. Actions queued behind them (fanning an update out,
 * answering a sync request whose reply contains it) run only once that commit has resolved,
 * in the order they were queued. One batch is in flight at a time; whatever arrives meanwhile
 * forms the next batch.
 */
import type { DocStore, UpdateEntry } from '../store/DocStore';

interface Batch {
  entries: UpdateEntry[];
  actions: Array<() => void>;
  /** Told when the batch's commit failed: the writes they made were not stored. */
  failures: Array<(error: unknown) => void>;
  boards: Set<string>;
}

export interface CommitPipelineHooks {
  /** Called with the commit time and batch size after each successful commit. */
  committed?(seconds: number, updates: number): void;
  /** The store refused a batch: the boards in it now hold state that is not durable. */
  failed(boards: ReadonlySet<string>, error: unknown): void;
}

const emptyBatch = (): Batch => ({ entries: [], actions: [], failures: [], boards: new Set() });

export class CommitPipeline {
  private open = emptyBatch();
  private inFlight = false;
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly store: DocStore,
    private readonly hooks: CommitPipelineHooks,
  ) {}

  /** Queues an update for the next commit; `afterDurable` runs once it is committed, `onFailed` if the store refused it. */
  enqueue(boardId: string, entry: UpdateEntry, afterDurable?: () => void, onFailed?: (error: unknown) => void): void {
    this.open.entries.push(entry);
    this.open.boards.add(boardId);
    if (afterDurable) this.open.actions.push(afterDurable);
    if (onFailed) this.open.failures.push(onFailed);
    this.schedule();
  }

  /**
   * Runs `action` once everything queued so far is durable: at once when nothing is pending.
   * Sync replies go through here, because they may contain updates still being committed.
   */
  afterPending(boardId: string, action: () => void): void {
    if (!this.inFlight && this.open.entries.length === 0 && this.open.actions.length === 0) {
      action();
      return;
    }
    this.open.actions.push(action);
    this.open.boards.add(boardId);
    this.schedule();
  }

  /** Resolves when everything queued before the call has been committed (or failed). */
  drained(): Promise<void> {
    if (!this.inFlight && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.open;
    this.open = emptyBatch();
    this.inFlight = true;
    let ok = true;
    if (batch.entries.length > 0) {
      const started = performance.now();
      try {
        await this.store.append(batch.entries);
        this.hooks.committed?.((performance.now() - started) / 1000, batch.entries.length);
      } catch (error) {
        ok = false;
        this.hooks.failed(batch.boards, error);
        for (const failure of batch.failures) failure(error);
      }
    }
    if (ok) {
      for (const action of batch.actions) action();
    }
    this.inFlight = false;
    if (this.open.entries.length > 0 || this.open.actions.length > 0) {
      void this.flush();
    } else {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}
