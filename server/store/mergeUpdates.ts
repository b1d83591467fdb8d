import * as Y from 'yjs';

/** Merges a document's snapshot and log into one update; stores call it when compacting. */
export type MergeUpdates = (parts: readonly Uint8Array[]) => Promise<Uint8Array>;

/**
 * Merges Yjs updates into one by applying them to a fresh document and re-encoding it.
 * `Y.mergeUpdates` gives the same result but is ~40× slower on long logs (18 s vs 0.42 s
 * for 20,000 updates here), and applying also garbage-collects deleted content.
 */
export function mergeUpdatesViaDoc(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The default merge: on the calling thread (tests, small boards). The server uses MergeWorker. */
export const mergeOnThisThread: MergeUpdates = async (parts) => mergeUpdatesViaDoc(parts);
