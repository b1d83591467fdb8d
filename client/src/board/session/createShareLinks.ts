/** The board's share links for a facilitator, fetched on demand and renewed by rotation. */
import { createSignal } from 'solid-js';
import { ApiError, getShareLinks, rotateLink, type ShareLinks } from '../../api/api';

export function createShareLinks(boardId: string, token: string) {
  const [links, setLinks] = createSignal<ShareLinks | null>(null);
  const [error, setError] = createSignal('');
  const load = async () => {
    setError('');
    try {
      setLinks((await getShareLinks(boardId, token)).links);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const rotate = async (role: keyof ShareLinks) => {
    setError('');
    try {
      const { link } = await rotateLink(boardId, role, token);
      setLinks({ ...(links() ?? { editor: null, expert: null, viewer: null }), [role]: link });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return { links, error, load, rotate };
}
