/**
 * Revealed expert results: the overall ranking and one per track, each initiative with its
 * weighted score, spread and per-criterion means; votes beside them when revealed too.
 */
import { Star } from 'lucide-solid';
import { For, Show } from 'solid-js';
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';

export function ResultsPanel() {
  const { t, formatNumber } = useI18n();
  const board = useBoard();
  const session = () => board.state.session;
  const ranked = (cards: Card[]) =>
    cards.filter((card) => session().scoreResults[card.id]).sort((a, b) => session().scoreResults[b.id]!.weighted - session().scoreResults[a.id]!.weighted);
  const all = () => ranked(Object.values(board.state.cards));
  const maxSd = (cardId: string) => Math.max(0, ...Object.values(session().scoreResults[cardId]?.criteria ?? {}).map((c) => c.sd));
  const row = (card: Card, index: number) => {
    const result = session().scoreResults[card.id]!;
    return (
      <li data-card-id-result={card.id}>
        <span class="rank">{index + 1}.</span> <strong>{card.title}</strong> — {t('scoring.score', { score: formatNumber(result.weighted) })} (
        {t('scoring.spread', { sd: formatNumber(maxSd(card.id)) })}, {t('scoring.experts', { count: result.experts })})
        <Show when={session().votesRevealed && session().voteTotals[card.id]}>
          {' · '}
          <Star size="1em" class="glyph" aria-hidden="true" /> {t('voting.total', { count: session().voteTotals[card.id] ?? 0 })}
        </Show>
      </li>
    );
  };
  return (
    <Show when={session().scoresRevealed && all().length > 0}>
      <details class="results" open>
        <summary>{t('scoring.results')}</summary>
        <h3>{t('scoring.overall')}</h3>
        <ol class="ranking">
          <For each={all()}>{(card, i) => row(card, i())}</For>
        </ol>
        <For each={board.state.lanes}>
          {(lane) => (
            <Show when={ranked(Object.values(board.state.cards).filter((c) => c.laneId === lane.id)).length > 0}>
              <h3>{lane.title}</h3>
              <ol class="ranking">
                <For each={ranked(Object.values(board.state.cards).filter((c) => c.laneId === lane.id))}>{(card, i) => row(card, i())}</For>
              </ol>
            </Show>
          )}
        </For>
      </details>
    </Show>
  );
}
