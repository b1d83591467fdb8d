/**
 * The parking lot in the list view: cards dropped outside every lane on the canvas, and cards
 * whose track was removed while someone moved them into it. Shown, not lost, so someone can
 * move them to a track.
 */
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { CardTile } from '../cards/CardTile';

export function ParkingLot() {
  const { t } = useI18n();
  const board = useBoard();
  const parked = () => {
    const lanes = new Set(board.state.lanes.map((lane) => lane.id as string));
    return Object.entries(board.state.laneCards)
      .filter(([laneId]) => !lanes.has(laneId))
      .flatMap(([, ids]) => ids);
  };
  return (
    <Show when={parked().length > 0}>
      <section class="lane parking-lot" aria-label={t('board.parkingLot')}>
        <header class="lane-header">
          <h2 class="lane-title">{t('board.parkingLot')}</h2>
        </header>
        <ol class="card-list">
          <For each={parked()}>{(id) => <Show when={board.state.cards[id]}>{(card) => <CardTile card={card()} />}</Show>}</For>
        </ol>
      </section>
    </Show>
  );
}
