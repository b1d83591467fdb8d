import { createResource, createSignal, Show } from 'solid-js';
import type { Locale } from '../../../shared/board/types';
import { ApiError, createBoard, type CreatedBoard, getServerInfo } from '../api/api';
import { readJson, writeJson } from '../local/storage';
import { useI18n } from '../i18n/I18nProvider';
import { pastSessionFields, pastSessionProblem, type PastSource } from './pastSession';
import { PastSessionPicker } from './PastSessionPicker';

/** Where this device keeps the server's creation token once it worked (operators type it once). */
const CREATE_TOKEN_KEY = 'stratboard.createToken';

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
  // A server on a public address may ask for its operator's creation token.
  const [server] = createResource(() => getServerInfo().catch(() => ({ createTokenRequired: false })));
  const [createToken, setCreateToken] = createSignal(readJson<string>(CREATE_TOKEN_KEY, ''));

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
    if (e instanceof ApiError && (e.code === 'unauthorized' || e.code === 'forbidden') && server()?.createTokenRequired) return t('home.createTokenWrong');
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
      const token = server()?.createTokenRequired ? createToken().trim() : undefined;
      // A creation token is plain ASCII: anything else cannot even travel in a header.
      if (token !== undefined && !/^[\x21-\x7e]+$/.test(token)) throw new ApiError('forbidden', 'not a creation token');
      const board = await createBoard(
        {
          title: title(),
          ...(template() === 'past' ? {} : { template: template() === 'blank' ? 'blank' : 'strategic-session' }),
          locale: boardLocale(),
          ...(template() === 'custom' && lanes.length > 0 ? { lanes } : {}),
          ...(place().trim() ? { place: place().trim() } : {}),
          ...(date() ? { date: date() } : {}),
          ...(source ? pastSessionFields(source) : {}),
        },
        token,
      );
      if (token) writeJson(CREATE_TOKEN_KEY, token);
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
      <Show when={server()?.createTokenRequired}>
        <label>
          {t('home.createToken')}
          <input
            type="password"
            required
            autocomplete="off"
            value={createToken()}
            aria-describedby="create-token-hint"
            onInput={(e) => setCreateToken(e.currentTarget.value)}
          />
          <span id="create-token-hint" class="muted">
            {t('home.createTokenHint')}
          </span>
        </label>
      </Show>
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
