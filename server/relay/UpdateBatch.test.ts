import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FlushPacer } from './FlushPacer';
import { UpdateBatch } from './UpdateBatch';

function edits(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getMap('cards').set(`card-${i}`, i);
  return updates;
}

describe('UpdateBatch', () => {
  it('sends a lone update as it is, keeping its sender out', async () => {
    const sent: Array<[Uint8Array, string | null]> = [];
    const batch = new UpdateBatch<string>((update, except) => sent.push([update, except]));
    const [update] = edits(1);
    batch.add(update!, 'anna');
    expect(sent).toHaveLength(0);
    await Promise.resolve();
    expect(sent).toEqual([[update, 'anna']]);
  });

  it('merges one synchronous run into one update that carries every edit', async () => {
    const sent: Array<[Uint8Array, string | null]> = [];
    const batch = new UpdateBatch<string>((update, except) => sent.push([update, except]));
    const updates = edits(5);
    updates.forEach((update, i) => {
      batch.add(update, i % 2 ? 'anna' : 'boris');
    });
    await Promise.resolve();
    expect(sent).toHaveLength(1);
    expect(sent[0]![1]).toBeNull();
    const receiver = new Y.Doc();
    Y.applyUpdate(receiver, sent[0]![0]);
    expect(receiver.getMap('cards').toJSON()).toEqual({ 'card-0': 0, 'card-1': 1, 'card-2': 2, 'card-3': 3, 'card-4': 4 });
    // A later run is a new batch.
    batch.add(edits(1)[0]!, 'anna');
    await Promise.resolve();
    expect(sent).toHaveLength(2);
  });

  it('keeps a single sender out of its own merged batch', async () => {
    const sent: Array<string | null> = [];
    const batch = new UpdateBatch<string>((_update, except) => sent.push(except));
    for (const update of edits(3)) batch.add(update, 'anna');
    await Promise.resolve();
    expect(sent).toEqual(['anna']);
  });
});

describe('UpdateBatch with a pacer', () => {
  it('merges commit groups that come faster than the pacer allows, losing none', async () => {
    const sent: Uint8Array[] = [];
    let flushNow: (() => void) | null = null;
    // A pacer that only flushes when the test says so stands for a busy room.
    const batch = new UpdateBatch<string>(
      (update) => sent.push(update),
      (flush) => {
        flushNow = flush;
        return { request: () => {}, cancel: () => {} } as unknown as FlushPacer;
      },
    );
    const updates = edits(6);
    for (const update of updates.slice(0, 3)) batch.add(update, 'anna');
    await Promise.resolve();
    for (const update of updates.slice(3)) batch.add(update, 'boris');
    expect(sent).toHaveLength(0);
    flushNow!();
    expect(sent).toHaveLength(1);
    const receiver = new Y.Doc();
    Y.applyUpdate(receiver, sent[0]!);
    expect(Object.keys(receiver.getMap('cards').toJSON())).toHaveLength(6);
  });

  it('sends what waits for the pacer at once when the room goes away', () => {
    const sent: Uint8Array[] = [];
    const batch = new UpdateBatch<string>(
      (update) => sent.push(update),
      (flush) => new FlushPacer(flush, () => 1_000_000, queueMicrotask, { framesPerSecond: 1000, maxIntervalMs: 50 }),
    );
    batch.add(edits(1)[0]!, 'anna');
    // The first flush of an idle room goes in a microtask; flushNow does not wait for it.
    batch.flushNow();
    expect(sent).toHaveLength(1);
  });
});
