/**
 * The charts of a session, once revealed: votes per card (after the vote reveal) and the
 * effect × feasibility matrix of the scored initiatives (after the scores reveal).
 */
import { createMemo, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { impactMatrix, votesPerCard } from '../../../../shared/charts/chartData';
import { ImpactMatrix } from './ImpactMatrix';
import { VotesChart } from './VotesChart';
import { useNumbers } from '../useNumbers';

export function SessionCharts() {
  const { t } = useI18n();
  const { numbers } = useNumbers();
  const board = useBoard();
  const session = () => board.state.session;
  const cards = createMemo(() => Object.values(board.state.cards));
  const bars = createMemo(() => (session().votesRevealed ? votesPerCard(cards(), board.state.lanes, session().voteTotals) : []));
  const matrix = createMemo(() => (session().scoresRevealed ? impactMatrix(cards(), board.state.lanes, session().scoreResults) : null));
  return (
    <div class="session-charts">
      <Show when={bars().length > 0}>
        <VotesChart bars={bars()} title={t('charts.votes')} />
      </Show>
      <Show when={matrix() && matrix()!.points.length > 0}>
        <ImpactMatrix
          points={matrix()!.points}
          measure={matrix()!.measure}
          numbers={numbers()}
          labels={{
            title: t('charts.matrix'),
            x: t('charts.feasibility'),
            y: t('charts.effect'),
            size:
              matrix()!.measure.kind === 'money'
                ? t('charts.sizeMoney', { currency: (matrix()!.measure as { currency: string }).currency })
                : t('charts.sizeCount'),
            quadrants: {
              quickWins: t('charts.quadrants.quickWins'),
              majorProjects: t('charts.quadrants.majorProjects'),
              fillIns: t('charts.quadrants.fillIns'),
              reconsider: t('charts.quadrants.reconsider'),
            },
          }}
        />
      </Show>
    </div>
  );
}
