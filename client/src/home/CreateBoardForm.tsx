import { createSignal, Show } from 'solid-js';
import type { Locale } from '../../../shared/board/types';
import { ApiError, createBoard, type CreatedBoard } from '../api/api';
import { useI18n } from '../i18n/I18nProvider';
import { pastSessionFields, pastSessionProblem, type PastSource } from './pastSession';
import { PastSessionPicker } from './PastSessionPicker';

/** `past`: the tracks of the past session the board continues (only offered with one). */
type TemplateChoice = 'strategic-session' | 'custom' | 'blank' | 'past';

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
  const [pastEnabled, setPastEnabled] = createSignal(false);
  const [past, setPast] = createSignal<PastSource | null>(null);

  const togglePast = (enabled: boolean) => {
    setPastEnabled(enabled);
    // A board continuing a session keeps its tracks unless the facilitator picks others.
    if (enabled) setTemplate('past');
    else if (template() === 'past') setTemplate('strategic-session');
  };

  const failure = (e: unknown): string => {
    const problem = past() ? pastSessionProblem(e) : null;
    if (problem?.key === 'roadmap.errorInvalid') return t(problem.key, { message: problem.message });
    if (problem) return t(problem.key);
    return t('home.createFailed', { message: e instanceof ApiError ? e.message : String(e) });
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const source = past();
    if (pastEnabled() && !source) {
      setError(t('roadmap.chooseSource'));
      return;
    }
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
        ...(template() === 'past' ? {} : { template: template() === 'blank' ? 'blank' : 'strategic-session' }),
        locale: boardLocale(),
        ...(template() === 'custom' && lanes.length > 0 ? { lanes } : {}),
        ...(place().trim() ? { place: place().trim() } : {}),
        ...(date() ? { date: date() } : {}),
        ...(source ? pastSessionFields(source) : {}),
      });
      props.onCreated(board);
    } catch (e) {
      setError(failure(e));
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
      <PastSessionPicker onChange={setPast} onToggle={togglePast} />
      <fieldset>
        <legend>{t('home.template')}</legend>
        <Show when={pastEnabled()}>
          <label class="radio">
            <input type="radio" name="template" value="past" checked={template() === 'past'} onChange={() => setTemplate('past')} />
            {t('roadmap.pastTracks')}
          </label>
        </Show>
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
