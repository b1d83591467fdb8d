/**
 * A room's whole document encoded once for every joiner that asks for all of it (an empty
 * state vector), until the document changes: as an update, or as whatever `frame` makes of
 * that update (the relay keeps the reply frame). Encoding a 5,000-card board takes 0.1–0.17 s
 * here; a join storm of 200 would otherwise pay that 200 times.
 */
import * as Y from 'yjs';

export class FullStateCache {
  private encoded: Uint8Array | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly frame: (state: Uint8Array) => Uint8Array = (state) => state,
  ) {
    // Not an 'update' listener: with one, Yjs encodes every transaction as an update, and the
    // transaction that loads a board would be encoded whole for nothing. Only a transaction
    // that changed something counts: Yjs runs empty ones too (an empty sync step 2 applied).
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (changedDocument(transaction)) this.encoded = null;
    });
  }

  get(): Uint8Array {
    this.encoded ??= this.frame(Y.encodeStateAsUpdate(this.doc));
    return this.encoded;
  }

  /**
   * Takes `state` as the document's whole state until the next change, instead of encoding
   * the document: for a state the document was just built from alone, such as a compacted
   * snapshot. `state` must hold exactly what the document holds.
   */
  seed(state: Uint8Array): void {
    this.encoded = this.frame(state);
  }
}

/** Whether a transaction added structs or deleted any. */
function changedDocument(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) if ((transaction.beforeState.get(client) ?? 0) !== clock) return true;
  return false;
}
