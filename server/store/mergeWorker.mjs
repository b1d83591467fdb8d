// Worker-thread entry for MergeWorker.ts: merges Yjs updates off the relay's event loop.
// Plain JavaScript on purpose: on Node 20 a worker does not inherit tsx's loader, so a .ts
// entry would not start in development; this file runs unchanged from source and from a build.
// It repeats mergeUpdatesViaDoc (mergeUpdates.ts) for the same reason; mergeWorker.test.ts
// checks that both give the same bytes.
import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';

parentPort.on('message', ({ id, parts }) => {
  try {
    const doc = new Y.Doc({ gc: true });
    try {
      doc.transact(() => {
        for (const part of parts) Y.applyUpdate(doc, part);
      });
      const merged = Y.encodeStateAsUpdate(doc);
      parentPort.postMessage({ id, merged }, [merged.buffer]);
    } finally {
      doc.destroy();
    }
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
