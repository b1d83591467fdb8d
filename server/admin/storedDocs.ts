/**
 * A board's documents read straight from the store, for operator work that must not load the
 * board into a relay (listing, exporting from the command line). The content is migrated in
 * memory as a relay would on load, so an old board reads like a current one; nothing is written.
 */
import * as Y from 'yjs';
import { migrateContent } from '../../shared/board/migrations';
import { type DocKind, docName } from '../relay/docNames';
import type { DocStore } from '../store/DocStore';

export type BoardDocs = Record<DocKind, Y.Doc>;

/** One document as stored (snapshot, then log). */
export async function loadStoredDoc(store: DocStore, boardId: string, kind: DocKind): Promise<Y.Doc> {
  const doc = new Y.Doc({ gc: false });
  const { updates } = await store.load(docName(boardId, kind));
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  if (kind === 'content') migrateContent(doc);
  return doc;
}

/** All three documents of a board; destroy them when done. */
export async function loadStoredBoard(store: DocStore, boardId: string): Promise<BoardDocs> {
  const [content, session, secret] = await Promise.all([
    loadStoredDoc(store, boardId, 'content'),
    loadStoredDoc(store, boardId, 'session'),
    loadStoredDoc(store, boardId, 'private'),
  ]);
  return { content: content, session: session, private: secret };
}
