/**
 * Revealed expert results: the overall ranking and one per track, each initiative with its
 * weighted score, spread and per-criterion means; votes beside them when revealed too.
 */
import { Star } from 'lucide-solid';
import { For, Show } from 'solid-js';
import { cardSpread, defaultCriteria } from '../../../../shared/board/scoring';
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useNumbers } from '../useNumbers';

export function ResultsPanel() {
  const { t } = useI18n();
  const { numbers, spread } = useNumbers();
  const board = useBoard();
  const session = () => board.state.session;
  const ranked = (cards: Card[]) =>
    cards.filter((card) => session().scoreResults[card.id]).sort((a, b) => session().scoreResults[b.id]!.weighted - session().scoreResults[a.id]!.weighted);
  const all = () => ranked(Object.values(board.state.cards));
  const criteria = () => session().criteria ?? defaultCriteria(board.state.meta.locale);
  const row = (card: Card, index: number) => {
    const result = session().scoreResults[card.id]!;
    return (
      <li data-card-id-result={card.id}>
        <span class="rank">{index + 1}.</span> <strong>{card.title}</strong> — {t('scoring.score', { score: numbers().score(result.weighted) })} (
        <abbr title={spread().explanation}>{numbers().spread(cardSpread(result, criteria()))}</abbr>, {t('scoring.experts', { count: result.experts })})
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
        <p class="muted spread-explanation">{spread().explanation}</p>
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
