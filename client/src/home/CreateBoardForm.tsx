import { createSignal, Show } from 'solid-js';
import type { Locale } from '../../../shared/board/types';
import { ApiError, createBoard, type CreatedBoard } from '../api/api';
import { useI18n } from '../i18n/I18nProvider';

type TemplateChoice = 'strategic-session' | 'custom' | 'blank';

export function CreateBoardForm(props: { onCreated: (board: CreatedBoard) => void }) {
  const { t, locale } = useI18n();
  const [title, setTitle] = createSignal('');
  const [place, setPlace] = createSignal('');
  const [date, setDate] = createSignal('');
  const [template, setTemplate] = createSignal<TemplateChoice>('strategic-session');
  const [customLanes, setCustomLanes] = createSignal('');
  const [boardLocale, setBoardLocale] = createSignal<Locale>(locale());
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    const lanes = customLanes()
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((laneTitle) => ({ title: laneTitle }));
    try {
      const board = await createBoard({
        title: title(),
        template: template() === 'blank' ? 'blank' : 'strategic-session',
        locale: boardLocale(),
        ...(template() === 'custom' && lanes.length > 0 ? { lanes } : {}),
        ...(place().trim() ? { place: place().trim() } : {}),
        ...(date() ? { date: date() } : {}),
      });
      props.onCreated(board);
    } catch (e) {
      setError(t('home.createFailed', { message: e instanceof ApiError ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card-panel create-form" onSubmit={submit} aria-labelledby="create-title">
      <h2 id="create-title">{t('home.createTitle')}</h2>
      <label>
        {t('home.title')}
        <input required maxLength={200} value={title()} placeholder={t('home.titlePlaceholder')} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <div class="row">
        <label>
          {t('home.place')}
          <input maxLength={200} value={place()} onInput={(e) => setPlace(e.currentTarget.value)} />
        </label>
        <label>
          {t('home.date')}
          <input type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
      </div>
      <fieldset>
        <legend>{t('home.template')}</legend>
        {(['strategic-session', 'custom', 'blank'] as const).map((choice) => (
          <label class="radio">
            <input type="radio" name="template" value={choice} checked={template() === choice} onChange={() => setTemplate(choice)} />
            {t(choice === 'strategic-session' ? 'home.templateStrategic' : choice === 'custom' ? 'home.templateCustom' : 'home.templateBlank')}
          </label>
        ))}
      </fieldset>
      <Show when={template() === 'custom'}>
        <label>
          {t('home.customLanes')}
          <textarea rows={5} value={customLanes()} onInput={(e) => setCustomLanes(e.currentTarget.value)} />
        </label>
      </Show>
      <label>
        {t('home.boardLanguage')}
        <select value={boardLocale()} onChange={(e) => setBoardLocale(e.currentTarget.value as Locale)}>
          <option value="ru">{t('lang.ru')}</option>
          <option value="en">{t('lang.en')}</option>
        </select>
      </label>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <button class="button primary" type="submit" disabled={busy()}>
        {busy() ? t('home.creating') : t('home.create')}
      </button>
    </form>
  );
}
