/** Lane title, colour and card count; facilitators rename, recolour, reorder and remove. */
import { Pencil, X } from 'lucide-solid';
import { createSignal, Show } from 'solid-js';
import { COLORS, type Color, type Lane } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { laneActions } from './laneActions';

export function LaneHeader(props: { lane: Lane; count: number }) {
  const { t } = useI18n();
  const board = useBoard();
  const [editing, setEditing] = createSignal(false);
  const manage = () => board.can.manageTracks;
  const actions = laneActions(
    board,
    () => props.lane,
    (lane, count) => confirm(t('board.removeLaneConfirm', { title: lane.title, count })),
  );
  const commitTitle = (value: string) => {
    setEditing(false);
    actions.rename(value);
  };
  return (
    <header class="lane-header">
      <Show
        when={editing()}
        fallback={
          <h2 class="lane-title" onDblClick={() => manage() && setEditing(true)}>
            <span class="swatch" aria-hidden="true" />
            {props.lane.title}
          </h2>
        }
      >
        <input
          class="lane-title-input"
          aria-label={t('board.renameLane')}
          value={props.lane.title}
          autofocus
          onBlur={(e) => commitTitle(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitTitle(e.currentTarget.value);
            if (e.key === 'Escape') setEditing(false);
          }}
        />
      </Show>
      <span class="count">{t('board.cards', { count: props.count })}</span>
      <Show when={manage()}>
        <div class="lane-tools">
          <button type="button" class="icon" aria-label={t('board.renameLane')} title={t('board.renameLane')} onClick={() => setEditing(true)}>
            <Pencil size="1em" class="glyph" aria-hidden="true" />
          </button>
          <select aria-label={t('board.laneColor')} value={props.lane.color} onChange={(e) => actions.recolour(e.currentTarget.value as Color)}>
            {COLORS.map((color) => (
              <option value={color}>{t(`colors.${color}`)}</option>
            ))}
          </select>
          <button
            type="button"
            class="icon"
            aria-label={t('board.moveLaneLeft')}
            title={t('board.moveLaneLeft')}
            disabled={actions.isFirst()}
            onClick={() => actions.moveBy(-1)}
          >
            ←
          </button>
          <button
            type="button"
            class="icon"
            aria-label={t('board.moveLaneRight')}
            title={t('board.moveLaneRight')}
            disabled={actions.isLast()}
            onClick={() => actions.moveBy(1)}
          >
            →
          </button>
          <button type="button" class="icon danger" aria-label={t('board.removeLane')} title={t('board.removeLane')} onClick={actions.remove}>
            <X size="1em" class="glyph" aria-hidden="true" />
          </button>
        </div>
      </Show>
    </header>
  );
}
