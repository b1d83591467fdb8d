/**
 * A cluster on the canvas: a frame drawn around its notes, behind them, with a title bar to
 * name it (double-click or the pencil), drag it (all its notes move as one, shown to others live like any multi-move), tidy
 * it into a grid or dissolve it. The frame follows its notes; it has no place of its own.
 */
import { LayoutGrid, Pencil, Ungroup } from 'lucide-solid';
import { createMemo, Show } from 'solid-js';
import { clusterFrame, removeCluster, renameCluster, tidyCluster, type Cluster } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { asOneStep } from './canvasActions';
import type { CanvasGeometry } from './canvasGeometry';
import { editingCluster, setEditingCluster } from './clusterEditing';
import type { CanvasState } from './createCanvasState';

export function ClusterFrame(props: { cluster: Cluster; state: CanvasState; geometry: CanvasGeometry }) {
  const board = useBoard();
  const { t } = useI18n();
  const members = () => props.geometry.membersOf(props.cluster.id);
  const frame = createMemo(() => {
    const ids = members();
    const offset = props.state.dragOffset();
    // While this person drags the whole cluster, the frame goes with it.
    const moving = offset && ids.length > 0 && ids.every((id) => props.state.selected().has(id));
    const rect = clusterFrame(ids.flatMap((id) => props.geometry.rectOf(id) ?? []));
    return rect && moving ? { ...rect, x: rect.x + offset.x, y: rect.y + offset.y } : rect;
  });
  const selected = () => members().length > 0 && members().every((id) => props.state.selected().has(id));
  const title = () => props.cluster.title || t('clusters.untitled');
  return (
    <Show when={frame()}>
      {(rect) => (
        <section
          class="cluster-frame"
          classList={{ selected: selected() }}
          data-cluster={props.cluster.id}
          aria-label={t('clusters.label', { title: title(), count: members().length })}
          style={{
            transform: `translate(${rect().x}px, ${rect().y}px)`,
            width: `${rect().w}px`,
            height: `${rect().h}px`,
            '--ring': `${2 / props.state.camera().k}px`,
          }}
        >
          <div class="cluster-header" data-cluster-handle={props.cluster.id} title={board.canEdit() ? t('clusters.moveHint') : undefined}>
            <Show when={board.canEdit() && editingCluster() === props.cluster.id} fallback={<span class="cluster-title">{title()}</span>}>
              <input
                ref={(input) => requestAnimationFrame(() => input.select())}
                class="cluster-title"
                data-canvas-ui
                value={props.cluster.title}
                placeholder={t('clusters.untitled')}
                aria-label={t('clusters.title')}
                maxLength={200}
                onChange={(event) => asOneStep(board, () => renameCluster(board.doc, props.cluster.id, event.currentTarget.value))}
                onBlur={() => setEditingCluster(null)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === 'Escape') event.currentTarget.blur();
                  event.stopPropagation();
                }}
              />
            </Show>
            <Show when={board.canEdit()}>
              <span class="cluster-tools" data-canvas-ui>
                <button type="button" title={t('clusters.rename')} aria-label={t('clusters.rename')} onClick={() => setEditingCluster(props.cluster.id)}>
                  <Pencil size={16} aria-hidden="true" />
                </button>
                <button
                  type="button"
                  title={t('clusters.tidyHint')}
                  aria-label={t('clusters.tidy')}
                  onClick={() => asOneStep(board, () => tidyCluster(board.doc, props.cluster.id))}
                >
                  <LayoutGrid size={16} aria-hidden="true" />
                </button>
                <button
                  type="button"
                  title={t('clusters.ungroup')}
                  aria-label={t('clusters.ungroup')}
                  onClick={() => asOneStep(board, () => removeCluster(board.doc, props.cluster.id))}
                >
                  <Ungroup size={16} aria-hidden="true" />
                </button>
              </span>
            </Show>
          </div>
        </section>
      )}
    </Show>
  );
}
