/**
 * The expert's scoring sheet: the shortlisted initiatives, one at a time, each criterion a row
 * of large 1–5 segments, with how many are scored, the list to jump around, the initiative's
 * passport one click away, and the keyboard: 1–5 marks the criterion in focus and moves on (to
 * the next initiative after the last criterion), J/K step between initiatives.
 */
import { Check, ChevronLeft, ChevronRight, FileText } from 'lucide-solid';
import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { hasFinishedScoring, isFullyScored, scoringProgress } from '../../../../shared/board/scoring';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useBoardView } from '../view/BoardViewContext';
import { CardMarks, MarksError } from './MarkSegments';
import { sheetInitiatives, sheetKey, stepAfterMark } from './sheetInitiatives';
import { useVoting } from './VotingContext';

export function ScoringSheet() {
  const { t } = useI18n();
  const board = useBoard();
  const view = useBoardView();
  const { scoring } = useVoting();
  const initiatives = createMemo(() => sheetInitiatives(board.state));
  const marksOf = (cardId: string) => scoring.marks()[cardId] ?? {};
  const progress = () =>
    scoringProgress(
      scoring.marks(),
      initiatives().map((card) => card.id),
      scoring.criteria(),
    );
  const done = (cardId: string) => isFullyScored(scoring.marks()[cardId], scoring.criteria());
  const itemState = (cardId: string) =>
    done(cardId) ? t('scoring.itemDone') : t('scoring.itemMarks', { count: Object.keys(marksOf(cardId)).length, total: scoring.criteria().length });
  // The initiative on screen, by id so it stays put when the shortlist changes around it; at
  // first the first one not fully scored.
  const [chosenId, setChosenId] = createSignal<string | null>(null);
  const index = () => {
    const list = initiatives();
    const chosen = list.findIndex((card) => card.id === chosenId());
    if (chosen >= 0) return chosen;
    const unfinished = list.findIndex((card) => !done(card.id));
    return Math.max(unfinished, 0);
  };
  const current = () => initiatives()[index()];
  /** A mark keeps its initiative on screen (else the one it finishes would give way to the next unfinished). */
  const give = (cardId: string, criterionId: string, mark: number) => {
    setChosenId(cardId);
    void scoring.mark(cardId, criterionId, mark);
  };

  let article: HTMLElement | undefined;
  const focusCriterion = (at: number) => {
    const row = article?.querySelectorAll<HTMLElement>('.criterion')[at];
    (row?.querySelector<HTMLInputElement>('input:checked') ?? row?.querySelector<HTMLInputElement>('input'))?.focus();
  };
  /** The first criterion without a mark on the initiative on screen (or the first). */
  const firstOpenCriterion = () => {
    const card = current();
    const at = card ? scoring.criteria().findIndex((criterion) => marksOf(card.id)[criterion.id] === undefined) : -1;
    return Math.max(0, at);
  };
  const open = (cardId: string) => {
    setChosenId(cardId);
    queueMicrotask(() => focusCriterion(firstOpenCriterion()));
  };
  const go = (step: number) => {
    const list = initiatives();
    if (list.length === 0) return;
    open(list[Math.min(list.length - 1, Math.max(0, index() + step))]!.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // Typing somewhere else on the page is not scoring.
    if (target.closest('input:not([type="radio"]), textarea, select, [contenteditable="true"]')) return;
    const action = sheetKey(event);
    if (!action) return;
    event.preventDefault();
    if ('go' in action) return go(action.go);
    const card = current();
    if (!card) return;
    const rows = [...(article?.querySelectorAll<HTMLElement>('.criterion') ?? [])];
    const inFocus = rows.findIndex((row) => row.contains(document.activeElement));
    const at = inFocus >= 0 ? inFocus : firstOpenCriterion();
    const criterion = scoring.criteria()[at];
    if (!criterion) return;
    give(card.id, criterion.id, action.mark);
    const step = stepAfterMark(at, rows.length);
    if (step === 'next-initiative') {
      if (index() < initiatives().length - 1) go(1);
      else queueMicrotask(() => focusCriterion(at));
    } else queueMicrotask(() => focusCriterion(step.criterion));
  };
  // Leaving while marks are on their way asks first: they would be lost.
  const holdWhileSaving = (event: BeforeUnloadEvent) => {
    if (scoring.saving()) event.preventDefault();
  };
  window.addEventListener('beforeunload', holdWhileSaving);
  onCleanup(() => window.removeEventListener('beforeunload', holdWhileSaving));
  // On arrival the first open criterion takes focus, once the criteria have come from the server.
  const ready = () => scoring.criteria().length > 0 && current() !== undefined;
  createEffect(on(ready, (isReady) => isReady && queueMicrotask(() => focusCriterion(firstOpenCriterion()))));

  return (
    <section class="scoring-sheet" aria-label={t('scoring.sheet')} onKeyDown={onKeyDown}>
      <header class="sheet-head">
        <h2>{t('scoring.title')}</h2>
        <p class="sheet-progress" role="status">
          <strong>{t('scoring.scored', { count: progress().scored, total: progress().total })}</strong>
          <progress max={Math.max(1, progress().total)} value={progress().scored} aria-hidden="true" />
        </p>
        <span class="muted sheet-saved" data-saving={scoring.saving()}>
          {scoring.saving() ? t('scoring.saving') : t('scoring.saved')}
        </span>
        <p class="muted sheet-keys">{t('scoring.sheetKeys')}</p>
      </header>
      <Show when={initiatives().length > 0} fallback={<p class="sheet-empty">{t('scoring.nothingToScore')}</p>}>
        <div class="sheet-body">
          <nav class="sheet-list" aria-label={t('scoring.initiatives')}>
            <ol>
              <For each={initiatives()}>
                {(card, at) => (
                  <li>
                    <button
                      type="button"
                      class="sheet-item"
                      classList={{ done: done(card.id) }}
                      aria-current={at() === index() ? 'step' : undefined}
                      aria-label={`${at() + 1}. ${card.title} — ${itemState(card.id)}`}
                      onClick={() => open(card.id)}
                    >
                      <span class="sheet-number" aria-hidden="true">
                        <Show when={done(card.id)} fallback={at() + 1}>
                          <Check size="14" />
                        </Show>
                      </span>
                      <span class="sheet-item-title">{card.title}</span>
                      <span class="sheet-item-state">{itemState(card.id)}</span>
                    </button>
                  </li>
                )}
              </For>
            </ol>
          </nav>
          <Show when={current()}>
            {(card) => (
              <article ref={article} class="sheet-initiative" aria-labelledby="sheet-initiative-title" data-card-id={card().id}>
                <div class="sheet-initiative-head">
                  <p class="muted">
                    {t('scoring.position', { n: index() + 1, total: initiatives().length })}
                    <Show when={board.state.lanes.find((lane) => lane.id === card().laneId)}>{(lane) => <> · {lane().title}</>}</Show>
                  </p>
                  <h3 id="sheet-initiative-title">{card().title}</h3>
                  <Show when={card().owner}>
                    <p class="sheet-owner">{t('scoring.owner', { owner: card().owner })}</p>
                  </Show>
                  <Show when={card().description}>
                    <p class="sheet-description">{card().description}</p>
                  </Show>
                  <p class="muted">
                    {t('scoring.passportSummary', { resources: card().resources.length, stages: card().stages.length })}{' '}
                    <button type="button" class="button secondary" onClick={() => view.openCard(card().id)}>
                      <FileText size="1em" class="glyph" aria-hidden="true" /> {t('scoring.passport')}
                    </button>
                  </p>
                </div>
                <p class="muted">{t('scoring.hint')}</p>
                <Show when={scoring.criteria().length > 0} fallback={<p class="muted">{t('scoring.loading')}</p>}>
                  <div class="sheet-criteria">
                    <CardMarks place="sheet" cardId={card().id} onMark={(criterionId, mark) => give(card().id, criterionId, mark)} />
                  </div>
                </Show>
                <MarksError />
                <Show when={hasFinishedScoring(progress())}>
                  <p class="sheet-all-done" role="status">
                    {t('scoring.allDone')}
                  </p>
                </Show>
                <div class="sheet-nav">
                  <button type="button" class="button secondary" disabled={index() === 0} onClick={() => go(-1)}>
                    <ChevronLeft size="1em" class="glyph" aria-hidden="true" /> {t('scoring.previous')} <kbd>K</kbd>
                  </button>
                  <button type="button" class="button" disabled={index() === initiatives().length - 1} onClick={() => go(1)}>
                    {t('scoring.next')} <kbd>J</kbd> <ChevronRight size="1em" class="glyph" aria-hidden="true" />
                  </button>
                </div>
              </article>
            )}
          </Show>
        </div>
      </Show>
    </section>
  );
}
