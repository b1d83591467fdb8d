/**
 * Cards whose track was removed while someone moved them into it. They are shown, not lost,
 * so someone can move them to a real track.
 */
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { CardTile } from '../cards/CardTile';

export function OrphanCards() {
  const { t } = useI18n();
  const board = useBoard();
  const orphans = () => {
    const lanes = new Set(board.state.lanes.map((lane) => lane.id as string));
    return Object.entries(board.state.laneCards)
      .filter(([laneId]) => !lanes.has(laneId))
      .flatMap(([, ids]) => ids);
  };
  return (
    <Show when={orphans().length > 0}>
      <section class="lane orphans" aria-label={t('board.orphaned')}>
        <header class="lane-header">
          <h2 class="lane-title">{t('board.orphaned')}</h2>
        </header>
        <ol class="card-list">
          <For each={orphans()}>{(id) => <Show when={board.state.cards[id]}>{(card) => <CardTile card={card()} />}</Show>}</For>
        </ol>
      </section>
    </Show>
  );
}
