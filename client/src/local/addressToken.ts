/**
 * Link tokens leave the address bar as soon as they are read: a projected or shared screen, a
 * screenshot or a look over the shoulder shows the address, and a facilitator's token in it
 * hands the room the facilitator's role. The tab keeps them (sessionStorage) so that reloading
 * still works; a fresh visit to the bare address asks for a link again.
 */
import type { BoardLink } from './boardLink';

const keyOf = (link: BoardLink) => `stratboard.link.${link.boardId}${link.projector ? '.projector' : ''}`;

const isReload = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload';

export function keepTokensOffTheAddressBar(link: BoardLink): BoardLink {
  try {
    if (link.token) {
      sessionStorage.setItem(keyOf(link), JSON.stringify({ token: link.token, join: link.join }));
      history.replaceState(history.state, '', location.pathname + location.search);
      return link;
    }
    if (!isReload()) return link;
    const stored = JSON.parse(sessionStorage.getItem(keyOf(link)) ?? 'null') as { token?: unknown; join?: unknown } | null;
    if (typeof stored?.token !== 'string') return link;
    return { ...link, token: stored.token, join: typeof stored.join === 'string' ? stored.join : null };
  } catch {
    // Storage refused (private mode, quotas): the link works for this page view all the same.
    return link;
  }
}
