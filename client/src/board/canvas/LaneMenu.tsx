/**
 * A track's menu on the canvas (facilitators only): rename, recolour, move left or right,
 * remove. A file of its own so that a participant's board loads no menu code.
 */
import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { ArrowLeft, ArrowRight, Check, Ellipsis, Palette, Pencil, Trash2 } from 'lucide-solid';
import { For } from 'solid-js';
import { COLORS, type Color, type Lane } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { laneActions } from '../lanes/laneActions';

export function LaneMenu(props: { lane: Lane; actions: ReturnType<typeof laneActions>; onRename: () => void }) {
  const { t } = useI18n();
  const actions = props.actions;
  // Renaming starts once the menu has closed: the menu gives focus back to its button as it
  // closes, which would end the rename at once.
  let renameAfterMenu = false;
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger
        class="lane-frame-menu icon"
        aria-label={t('canvas.laneMenu', { title: props.lane.title })}
        title={t('canvas.laneMenu', { title: props.lane.title })}
      >
        <Ellipsis size={16} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        {/* Portalled, yet its events reach the canvas through Solid's tree: marked as the canvas's own UI. */}
        <DropdownMenu.Content
          class="menu"
          data-canvas-ui
          onCloseAutoFocus={(event) => {
            if (!renameAfterMenu) return;
            renameAfterMenu = false;
            event.preventDefault();
            props.onRename();
          }}
        >
          <DropdownMenu.Item class="menu-item" onSelect={() => (renameAfterMenu = true)}>
            <Pencil size={15} aria-hidden="true" />
            <DropdownMenu.ItemLabel>{t('board.renameLane')}</DropdownMenu.ItemLabel>
          </DropdownMenu.Item>
          <DropdownMenu.Sub>
            <DropdownMenu.SubTrigger class="menu-item">
              <Palette size={15} aria-hidden="true" />
              {t('board.laneColor')}
            </DropdownMenu.SubTrigger>
            <DropdownMenu.Portal>
              <DropdownMenu.SubContent class="menu" data-canvas-ui>
                <DropdownMenu.RadioGroup value={props.lane.color} onChange={(color) => actions.recolour(color as Color)}>
                  <For each={COLORS}>
                    {(color) => (
                      <DropdownMenu.RadioItem class="menu-item" value={color} closeOnSelect>
                        <span class="swatch" style={{ background: `var(--color-${color})` }} aria-hidden="true" />
                        <DropdownMenu.ItemLabel>{t(`colors.${color}`)}</DropdownMenu.ItemLabel>
                        <DropdownMenu.ItemIndicator class="menu-check">
                          <Check size={15} aria-hidden="true" />
                        </DropdownMenu.ItemIndicator>
                      </DropdownMenu.RadioItem>
                    )}
                  </For>
                </DropdownMenu.RadioGroup>
              </DropdownMenu.SubContent>
            </DropdownMenu.Portal>
          </DropdownMenu.Sub>
          <DropdownMenu.Item class="menu-item" disabled={actions.isFirst()} onSelect={() => actions.moveBy(-1)}>
            <ArrowLeft size={15} aria-hidden="true" />
            <DropdownMenu.ItemLabel>{t('board.moveLaneLeft')}</DropdownMenu.ItemLabel>
          </DropdownMenu.Item>
          <DropdownMenu.Item class="menu-item" disabled={actions.isLast()} onSelect={() => actions.moveBy(1)}>
            <ArrowRight size={15} aria-hidden="true" />
            <DropdownMenu.ItemLabel>{t('board.moveLaneRight')}</DropdownMenu.ItemLabel>
          </DropdownMenu.Item>
          <DropdownMenu.Separator class="menu-separator" />
          <DropdownMenu.Item class="menu-item danger" onSelect={actions.remove}>
            <Trash2 size={15} aria-hidden="true" />
            <DropdownMenu.ItemLabel>{t('board.removeLane')}</DropdownMenu.ItemLabel>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu>
  );
}
