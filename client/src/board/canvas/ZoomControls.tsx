/** Zoom out, the zoom level (click: 100 %), zoom in, "fit the board" and the grid, bottom right of the canvas. */
import { Grid3x3, Maximize, Minus, Plus } from 'lucide-solid';
import { useI18n } from '../../i18n/I18nProvider';
import { Hint } from '../../ui/Hint';
import type { CanvasState } from './createCanvasState';

export function ZoomControls(props: { state: CanvasState; onFit: () => void }) {
  const { t } = useI18n();
  return (
    <div class="zoom-controls" data-canvas-ui role="toolbar" aria-label={t('canvas.zoom')}>
      <Hint label={t('canvas.zoomOut')} keys="−" placement="top">
        <button type="button" aria-label={t('canvas.zoomOut')} aria-keyshortcuts="-" onClick={() => props.state.zoomStep(-1)}>
          <Minus size="1em" aria-hidden="true" />
        </button>
      </Hint>
      <Hint label={t('canvas.zoomReset')} keys="0" placement="top">
        <button type="button" class="zoom-level" aria-keyshortcuts="0" onClick={() => props.state.zoomTo(1)}>
          {Math.round(props.state.camera().k * 100)}%
        </button>
      </Hint>
      <Hint label={t('canvas.zoomIn')} keys="+" placement="top">
        <button type="button" aria-label={t('canvas.zoomIn')} aria-keyshortcuts="+" onClick={() => props.state.zoomStep(1)}>
          <Plus size="1em" aria-hidden="true" />
        </button>
      </Hint>
      <Hint label={t('canvas.fitAll')} keys="Shift+1" placement="top">
        <button type="button" aria-keyshortcuts="Shift+1" onClick={props.onFit}>
          <Maximize size="1em" class="glyph" aria-hidden="true" /> {t('canvas.fitAll')}
        </button>
      </Hint>
      <Hint label={t('canvas.snapHint')} placement="top">
        <button type="button" aria-pressed={props.state.snapToGrid()} onClick={() => props.state.toggleSnap()}>
          <Grid3x3 size="1em" class="glyph" aria-hidden="true" /> {t('canvas.snap')}
        </button>
      </Hint>
    </div>
  );
}
