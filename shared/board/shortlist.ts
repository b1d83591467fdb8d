/**
 * Shortlisting: the funnel's first cut. A star puts an idea on the shortlist and takes any card
 * (a priority too) off it; many cards go on or off in one change, so one undo takes them back.
 */
import type * as Y from 'yjs';
import { getCard, setCardStatus } from './cards';
import { isShortlisted } from './rules';
import type { Card, CardId, CardStatus, Phase } from './types';

/** The status a card gets when it is put on (`on`) or taken off the shortlist: a priority stays a priority. */
export function shortlistedStatus(card: Pick<Card, 'status'>, on: boolean): CardStatus {
  if (!on) return 'idea';
  return isShortlisted(card) ? card.status : 'shortlisted';
}

/** Puts the cards on the shortlist or takes them off, in one transaction; cards already there are left alone. */
export function setShortlisted(doc: Y.Doc, ids: readonly CardId[], on: boolean, now = Date.now()): void {
  doc.transact(() => {
    for (const id of ids) {
      const card = getCard(doc, id);
      if (!card) continue;
      const status = shortlistedStatus(card, on);
      if (status !== card.status) setCardStatus(doc, id, status, now);
    }
  });
}

/** From the shortlist on (until the presentation), a card that is not on the shortlist steps back on screen. */
export function stepsBack(card: Pick<Card, 'status'>, phase: Phase): boolean {
  return (phase === 'shortlist' || phase === 'voting' || phase === 'scoring') && !isShortlisted(card);
}

/** Whether the session asks for new ideas now: not while the room votes on the shortlist or experts score it. */
export function invitesNewIdeas(phase: Phase): boolean {
  return phase !== 'voting' && phase !== 'scoring';
}
