/**
 * Merging cards from the board: the selection toolbar and the facilitator's duplicate
 * suggestions both come here. The server merges (it moves the votes too); a merge is not a
 * local edit Ctrl+Z could take back, so it is confirmed first, naming the card that stays.
 */
import { createSignal } from 'solid-js';
import { mergeTarget } from '../../../../shared/board/merge';
import type { Card } from '../../../../shared/board/types';
import { mergeCards } from '../../api/api';
import type { useI18n } from '../../i18n/I18nProvider';
import type { Board } from '../BoardContext';

/** What the last merge on this page came to, for its toast. */
export type MergeOutcome = { kind: 'merged'; count: number; at: number } | { kind: 'failed'; message: string; at: number };

const [lastMerge, setLastMerge] = createSignal<MergeOutcome | null>(null);
export { lastMerge };

type Translate = ReturnType<typeof useI18n>['t'];

/** Asks, merges, and returns the id of the card that stays (null when declined or refused). */
export async function mergeOnBoard(board: Board, ids: readonly string[], t: Translate, ask: (message: string) => boolean = confirm): Promise<string | null> {
  const cards = ids.flatMap((id) => (board.state.cards[id] ? [board.state.cards[id] as Card] : []));
  const target = mergeTarget(cards);
  if (!target || cards.length < 2) return null;
  if (!ask(t('clusters.mergeConfirm', { count: cards.length, title: target.title }))) return null;
  try {
    const { into } = await mergeCards(
      board.boardId,
      board.token,
      cards.map((card) => card.id),
    );
    setLastMerge({ kind: 'merged', count: cards.length, at: Date.now() });
    return into;
  } catch (error) {
    setLastMerge({ kind: 'failed', message: (error as Error).message, at: Date.now() });
    return null;
  }
}
