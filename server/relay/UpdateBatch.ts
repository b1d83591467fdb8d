/**
 * Durable updates of one commit group, fanned out as one frame per connection. A group commit
 * makes many updates durable at once; sending each to every connection costs one socket write
 * per update per connection, which profiles showed to be half of the relay's busy time at 200
 * editors. Merged, the group costs one write per connection. With a pacer, groups that come
 * faster than the room's frame budget allows are merged too (FlushPacer.ts).
 */
import * as Y from 'yjs';
import { FlushPacer } from './FlushPacer';

export class UpdateBatch<Sender> {
  private entries: Array<{ update: Uint8Array; sender: Sender | null }> = [];
  private readonly pacer: FlushPacer;

  /**
   * `send` gets the update to fan out and the connection that must not get it back (if any).
   * `pace` builds the pacer around this batch's flush; by default every synchronous run is
   * flushed in a microtask (the commit pipeline resolves a whole group synchronously, so the
   * group is complete by then and no latency is added).
   */
  constructor(
    private readonly send: (update: Uint8Array, except: Sender | null) => void,
    pace: (flush: () => void) => FlushPacer = (flush) => new FlushPacer(flush, () => 0, queueMicrotask, { framesPerSecond: 1, maxIntervalMs: 0 }),
  ) {
    this.pacer = pace(() => this.flush());
  }

  /** Queues a durable update for the next flush. */
  add(update: Uint8Array, sender: Sender | null): void {
    this.entries.push({ update, sender });
    this.pacer.request();
  }

  /** Sends what is queued now, without waiting for the pacer (the room is being destroyed). */
  flushNow(): void {
    this.pacer.cancel();
    this.flush();
  }

  private flush(): void {
    const entries = this.entries;
    this.entries = [];
    if (entries.length === 0) return;
    const first = entries[0]!;
    if (entries.length === 1) return this.send(first.update, first.sender);
    // With several senders, each also gets its own edit back inside the merged update; Yjs
    // ignores what it already has, and that is far cheaper than a frame per update.
    const oneSender = entries.every((entry) => entry.sender === first.sender);
    this.send(Y.mergeUpdates(entries.map((entry) => entry.update)), oneSender ? first.sender : null);
  }
}
