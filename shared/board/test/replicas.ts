/**
 * Test replicas: several Y.Docs that queue their updates and exchange them later in a seeded,
 * shuffled order (with duplicates), as an unreliable network would.
 */
import * as Y from 'yjs';

/** Small deterministic PRNG (mulberry32) so a failing seed can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Replica {
  doc: Y.Doc;
  outbox: Uint8Array[];
}

/** Replicas starting from the same state. Updates they make go to their outbox. */
export function replicas(count: number, seedDoc?: Y.Doc): Replica[] {
  const base = seedDoc ? Y.encodeStateAsUpdate(seedDoc) : null;
  return Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    if (base) Y.applyUpdate(doc, base, 'seed');
    const replica: Replica = { doc, outbox: [] };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote' && origin !== 'seed') replica.outbox.push(update);
    });
    return replica;
  });
}

/** Delivers every queued update to every other replica in a shuffled order, some twice. */
export function exchange(all: Replica[], random: () => number): void {
  const messages = all.flatMap((from, index) => from.outbox.splice(0).map((update) => ({ index, update })));
  for (const target of all.keys()) {
    const inbox = messages.filter((m) => m.index !== target);
    const withDuplicates = [...inbox, ...inbox.filter(() => random() < 0.2)];
    for (const { update } of shuffle(withDuplicates, random)) Y.applyUpdate(all[target]!.doc, update, 'remote');
  }
}
