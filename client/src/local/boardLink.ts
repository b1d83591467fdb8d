/** Reads a board link: `/b/<boardId>#k=<token>` (or `/b/<boardId>/projector#k=<token>`). */
export interface BoardLink {
  boardId: string;
  token: string | null;
  /** `/b/<boardId>/projector`: the read-only large-type view for the room. */
  projector: boolean;
}

export function parseBoardLocation(pathname: string, hash: string): BoardLink | null {
  const match = pathname.match(/^\/b\/([A-Za-z0-9_-]+)(\/projector)?\/?$/);
  if (!match) return null;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('k');
  return { boardId: match[1]!, token: token && token.length > 0 ? token : null, projector: match[2] !== undefined };
}
