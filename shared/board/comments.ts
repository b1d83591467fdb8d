/** Comments on cards: a flat map keyed by comment id, each pointing at its card. */
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { cardsMap, commentsMap, entity } from './docMaps';
import { newCommentId } from './ids';
import { COMMENT } from './keys';
import { readComment } from './records';
import type { CardId, Comment, CommentId } from './types';
import { newCommentSchema, parseInput, type NewComment } from './validation';

/** Adds a comment to a card; `now` (epoch ms) defaults to the clock. */
export function addComment(doc: Y.Doc, input: NewComment): CommentId {
  const comment = parseInput(newCommentSchema, input);
  if (!entity(cardsMap(doc), comment.cardId)) throw new BoardModelError('not-found', `no card ${comment.cardId}`);
  const id = newCommentId();
  const map = new Y.Map<unknown>();
  map.set(COMMENT.cardId, comment.cardId);
  map.set(COMMENT.author, comment.author);
  map.set(COMMENT.text, comment.text);
  map.set(COMMENT.createdAt, comment.now ?? Date.now());
  doc.transact(() => commentsMap(doc).set(id, map));
  return id;
}

/** Deletes one comment. */
export function deleteComment(doc: Y.Doc, id: CommentId): void {
  if (!entity(commentsMap(doc), id)) throw new BoardModelError('not-found', `no comment ${id}`);
  doc.transact(() => commentsMap(doc).delete(id));
}

/**
 * Comments of one card, or of every card still on the board, oldest first. A comment added
 * while its card was deleted elsewhere stays in the document but is never listed with the
 * board, so it cannot surface as an orphan in the UI or a report.
 */
export function listComments(doc: Y.Doc, cardId?: CardId): Comment[] {
  const cards = cardsMap(doc);
  const comments: Comment[] = [];
  commentsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const comment = readComment(id, map);
    if (cardId !== undefined ? comment.cardId === cardId : cards.has(comment.cardId)) comments.push(comment);
  });
  return comments.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}
