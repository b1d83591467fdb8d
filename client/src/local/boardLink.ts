/** Reads a board link: `/b/<boardId>#k=<token>`. */
export interface BoardLink {
  boardId: string;
  token: string | null;
}

export function parseBoardLocation(pathname: string, hash: string): BoardLink | null {
  const match = pathname.match(/^\/b\/([A-Za-z0-9_-]+)\/?$/);
  if (!match) return null;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('k');
  return { boardId: match[1]!, token: token && token.length > 0 ? token : null };
}
