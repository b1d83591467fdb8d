/** Zoom out, the zoom level (click: 100 %), zoom in and "fit the board", bottom right of the canvas. */
import { useI18n } from '../../i18n/I18nProvider';
import type { CanvasState } from './createCanvasState';

export function ZoomControls(props: { state: CanvasState; onFit: () => void }) {
  const { t } = useI18n();
  return (
    <div class="zoom-controls" data-canvas-ui role="toolbar" aria-label={t('canvas.zoom')}>
      <button type="button" aria-label={t('canvas.zoomOut')} title={`${t('canvas.zoomOut')} (−)`} onClick={() => props.state.zoomStep(-1)}>
        −
      </button>
      <button type="button" class="zoom-level" title={`${t('canvas.zoomReset')} (0)`} onClick={() => props.state.zoomTo(1)}>
        {Math.round(props.state.camera().k * 100)}%
      </button>
      <button type="button" aria-label={t('canvas.zoomIn')} title={`${t('canvas.zoomIn')} (+)`} onClick={() => props.state.zoomStep(1)}>
        +
      </button>
      <button type="button" title={`${t('canvas.fitAll')} (Shift+1)`} onClick={props.onFit}>
        {t('canvas.fitAll')}
      </button>
      <button type="button" aria-pressed={props.state.snapToGrid()} title={t('canvas.snapHint')} onClick={() => props.state.toggleSnap()}>
        {t('canvas.snap')}
      </button>
    </div>
  );
}
