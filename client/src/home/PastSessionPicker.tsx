/**
 * "Start from a past session" on the home page: off by default; when on, pick a board opened
 * on this device or upload a JSON export. Reports the chosen source (or null) to the form.
 */
import { createEffect, createSignal, For, Show } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { loadRecentBoards } from '../local/recentBoards';
import { readExportFile, recentSources, type PastSource } from './pastSession';

/** `onChange(null)` while off or nothing usable is chosen; `onToggle` whenever it is switched. */
export function PastSessionPicker(props: { onChange: (source: PastSource | null) => void; onToggle: (enabled: boolean) => void }) {
  const { t } = useI18n();
  const sources = recentSources(loadRecentBoards());
  const [enabled, setEnabled] = createSignal(false);
  const [mode, setMode] = createSignal<'recent' | 'file'>(sources.length > 0 ? 'recent' : 'file');
  const [boardId, setBoardId] = createSignal(sources[0]?.boardId ?? '');
  const [file, setFile] = createSignal<{ name: string; data: unknown } | null>(null);
  const [fileError, setFileError] = createSignal('');

  const chosen = (): PastSource | null => {
    if (!enabled()) return null;
    if (mode() === 'file') {
      const picked = file();
      return picked ? { kind: 'file', ...picked } : null;
    }
    const source = sources.find((s) => s.boardId === boardId());
    return source ? { kind: 'recent', boardId: source.boardId, token: source.token } : null;
  };
  createEffect(() => props.onChange(chosen()));

  const pickFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    setFile(null);
    setFileError('');
    if (!chosen) return;
    const data = await readExportFile(chosen);
    if (data === null) setFileError(t('roadmap.fileNotJson', { name: chosen.name }));
    else setFile({ name: chosen.name, data });
  };

  return (
    <fieldset class="past-session">
      <legend>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={enabled()}
            onChange={(e) => {
              setEnabled(e.currentTarget.checked);
              props.onToggle(e.currentTarget.checked);
            }}
          />
          {t('roadmap.startFrom')}
        </label>
      </legend>
      <Show when={enabled()}>
        <p class="muted">{t('roadmap.startHint')}</p>
        <label class="radio">
          <input type="radio" name="past-source" value="recent" checked={mode() === 'recent'} onChange={() => setMode('recent')} />
          {t('roadmap.fromRecent')}
        </label>
        <Show when={mode() === 'recent'}>
          <Show when={sources.length > 0} fallback={<p class="muted">{t('roadmap.noRecent')}</p>}>
            <label>
              {t('roadmap.pickBoard')}
              <select value={boardId()} onChange={(e) => setBoardId(e.currentTarget.value)}>
                <For each={sources}>{(source) => <option value={source.boardId}>{`${source.board.title} · ${t(`roles.${source.board.role}`)}`}</option>}</For>
              </select>
            </label>
          </Show>
        </Show>
        <label class="radio">
          <input type="radio" name="past-source" value="file" checked={mode() === 'file'} onChange={() => setMode('file')} />
          {t('roadmap.fromFile')}
        </label>
        <Show when={mode() === 'file'}>
          <label>
            {t('roadmap.file')}
            <input type="file" accept=".json,application/json" onChange={(e) => void pickFile(e.currentTarget)} />
          </label>
          <p class="muted">{t('roadmap.fileHint')}</p>
          <Show when={fileError()}>
            <p class="error" role="alert">
              {fileError()}
            </p>
          </Show>
        </Show>
      </Show>
    </fieldset>
  );
}
