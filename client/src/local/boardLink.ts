/**
 * Reads a board link: `/b/<boardId>#k=<token>`, or `/b/<boardId>/projector#k=<viewer token>&join=<editor token>`
 * (the projector views with a link that can only view, and shows the editor link as its QR code).
 */
export interface BoardLink {
  boardId: string;
  token: string | null;
  /** `/b/<boardId>/projector`: the read-only large-type view for the room. */
  projector: boolean;
  /** The projector's join link token (the editor link it shows), if it was given one. */
  join: string | null;
}

export function parseBoardLocation(pathname: string, hash: string): BoardLink | null {
  const match = pathname.match(/^\/b\/([A-Za-z0-9_-]+)(\/projector)?\/?$/);
  if (!match) return null;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('k');
  const join = params.get('join');
  return {
    boardId: match[1]!,
    token: token && token.length > 0 ? token : null,
    projector: match[2] !== undefined,
    join: join && join.length > 0 ? join : null,
  };
}

/** The link of a board for its token (what people share, and what this device remembers). */
export const boardLinkOf = (origin: string, boardId: string, token: string) => `${origin}/b/${encodeURIComponent(boardId)}#k=${token}`;

/** The projector's address for a facilitator: the viewer link to look through, the editor link to show. */
export const projectorLinkOf = (boardId: string, viewerToken: string, editorToken: string | null) =>
  `/b/${encodeURIComponent(boardId)}/projector#k=${viewerToken}${editorToken ? `&join=${editorToken}` : ''}`;
