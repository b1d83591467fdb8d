/** The tools, left of the canvas: select (V), hand (H), sticky note (N); each names its key. */
import { Hand, MousePointer2, StickyNote } from 'lucide-solid';
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { Hint } from '../../ui/Hint';
import { useBoard } from '../BoardContext';
import type { CanvasState, Tool } from './createCanvasState';

const TOOLS: Array<{ tool: Tool; key: string; icon: typeof Hand; editing: boolean }> = [
  { tool: 'select', key: 'V', icon: MousePointer2, editing: false },
  { tool: 'hand', key: 'H', icon: Hand, editing: false },
  { tool: 'note', key: 'N', icon: StickyNote, editing: true },
];

export function ToolRail(props: { state: CanvasState }) {
  const board = useBoard();
  const { t } = useI18n();
  return (
    <div class="tool-rail" data-canvas-ui role="toolbar" aria-orientation="vertical" aria-label={t('canvas.tools')}>
      <For each={TOOLS}>
        {(item) => (
          <Show when={!item.editing || board.offersNewIdeas()}>
            <Hint label={t(`canvas.tool.${item.tool}`)} keys={item.key} placement="right">
              <button
                type="button"
                aria-pressed={props.state.tool() === item.tool}
                aria-label={t(`canvas.tool.${item.tool}`)}
                aria-keyshortcuts={item.key}
                onClick={() => props.state.setTool(item.tool)}
              >
                <item.icon size={20} aria-hidden="true" />
              </button>
            </Hint>
          </Show>
        )}
      </For>
    </div>
  );
}
