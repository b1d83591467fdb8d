/**
 * A board has two public documents, its content and its facilitation session, and a private
 * one (participants, ballots, scores) that only the server reads and writes.
 */
export const DOC_KINDS = ['content', 'session', 'private'] as const;
export type DocKind = (typeof DOC_KINDS)[number];
/** The documents a client can open over WebSocket. */
export type PublicDocKind = Exclude<DocKind, 'private'>;

/** Store/log name of a board's document: `<boardId>`, `<boardId>/session`, `<boardId>/private`. */
export function docName(boardId: string, kind: DocKind): string {
  return kind === 'content' ? boardId : `${boardId}/${kind}`;
}
