/**
 * A room's whole document encoded once for every joiner that asks for all of it (an empty
 * state vector), until the document changes: as an update, or as whatever `encode` makes of
 * the document (the relay keeps the reply frame). Encoding a 5,000-card board takes tens of
 * milliseconds; a join storm of 200 would otherwise pay that 200 times.
 */
import * as Y from 'yjs';

export class FullStateCache {
  private encoded: Uint8Array | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly encode: (doc: Y.Doc) => Uint8Array = (doc) => Y.encodeStateAsUpdate(doc),
  ) {
    // Not an 'update' listener: with one, Yjs encodes every transaction as an update, and the
    // transaction that loads a board would be encoded whole for nothing. Only a transaction
    // that changed something counts: Yjs runs empty ones too (an empty sync step 2 applied).
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (changedDocument(transaction)) this.encoded = null;
    });
  }

  get(): Uint8Array {
    this.encoded ??= this.encode(this.doc);
    return this.encoded;
  }
}

/** Whether a transaction added structs or deleted any. */
function changedDocument(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) if ((transaction.beforeState.get(client) ?? 0) !== clock) return true;
  return false;
}
