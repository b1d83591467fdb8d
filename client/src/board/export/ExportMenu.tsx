/**
 * "Report": the session report in every format, for anyone on the board. Files download with
 * a progress bar; PDF opens the printable report and the browser's print dialog (Save as PDF).
 */
import { FileText } from 'lucide-solid';
import { createSignal, For, Show } from 'solid-js';
import { ApiError } from '../../api/api';
import { Disclosure } from '../../ui/Disclosure';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { EXPORT_FORMATS, fetchReport, saveBlob, type ExportFormat, type Progress } from './downloadReport';

export function ExportMenu() {
  const { t } = useI18n();
  const board = useBoard();
  const [progress, setProgress] = createSignal<Progress | null>(null);
  const [error, setError] = createSignal('');
  const percent = () => {
    const p = progress();
    return p?.total ? Math.round((p.received / p.total) * 100) : null;
  };

  const run = async (format: ExportFormat) => {
    setError('');
    // Opened at once, inside the click, so pop-up blockers let it through; filled when ready.
    const printWindow = format === 'html' ? window.open('', '_blank') : null;
    if (format === 'html' && !printWindow) return setError(t('export.popupBlocked'));
    try {
      const { blob, filename } = await fetchReport(board.boardId, board.token, format, setProgress);
      if (printWindow) {
        printWindow.location.href = URL.createObjectURL(blob);
        printWindow.addEventListener('load', () => printWindow.print(), { once: true });
      } else {
        saveBlob(blob, filename);
      }
    } catch (e) {
      printWindow?.close();
      setError(t('export.failed', { message: e instanceof ApiError ? e.message : String(e) }));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Disclosure
      class="export-menu"
      summary={
        <>
          <FileText size="1em" class="glyph" aria-hidden="true" /> <span class="label">{t('export.button')}</span>
        </>
      }
    >
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset's border and legend do not fit a menu of buttons */}
      <div class="export-options" role="group" aria-label={t('export.button')}>
        <For each={EXPORT_FORMATS}>
          {(format) => (
            <button type="button" class="button secondary" data-format={format} disabled={progress() !== null} onClick={() => void run(format)}>
              {t(`export.formats.${format}`)}
            </button>
          )}
        </For>
        <Show when={progress()}>
          <label class="export-progress">
            {t('export.preparing')}
            <progress max="100" value={percent() ?? undefined} />
            <Show when={percent() !== null}>{percent()}%</Show>
          </label>
        </Show>
        <Show when={error()}>
          <p class="error" role="alert">
            {error()}
          </p>
        </Show>
      </div>
    </Disclosure>
  );
}
