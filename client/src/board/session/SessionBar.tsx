/**
 * The session for everyone: current phase and the countdown. Facilitators also get the
 * controls: phase, timer (start, pause, +1 minute, reset), sound, lock.
 */
import { Lock, LockOpen, Pause, Play } from 'lucide-solid';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { addTimerMinutes, pauseTimer, resetTimer, setLocked, setPhase, setScoresRevealed, setTimerSound, startTimer } from '../../../../shared/board';
import { PHASES, type Phase } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { chime, formatCountdown } from './countdown';
import { createCountdown } from './createCountdown';
import { VotingControls } from '../voting/VotingControls';

export function SessionBar() {
  const { t } = useI18n();
  const board = useBoard();
  const session = () => board.state.session;
  const countdown = createCountdown(() => session().timer, board.clock);
  const { remaining, running } = countdown;
  createEffect(
    on(
      () => running() && remaining() === 0,
      (done, wasDone) => {
        if (done && !wasDone && session().timerSound) chime();
      },
    ),
  );
  const [minutes, setMinutes] = createSignal(Math.round(session().timer.durationMs / 60_000));
  const doc = board.sessionDoc;
  const facilitator = board.can.runSession;

  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar-like row of controls; a fieldset would bring a legend and a border
    <div class="session-bar" role="group" aria-label={t('session.phase')}>
      <Show
        when={facilitator}
        fallback={
          <span class="phase" data-phase={session().phase}>
            {t('session.phase')}: <strong>{t(`session.phases.${session().phase}`)}</strong>
          </span>
        }
      >
        <label class="inline">
          {t('session.phase')}
          <select value={session().phase} onChange={(e) => setPhase(doc, e.currentTarget.value as Phase)}>
            <For each={PHASES}>{(phase) => <option value={phase}>{t(`session.phases.${phase}`)}</option>}</For>
          </select>
        </label>
      </Show>
      <span class="timer" data-running={running()} data-done={running() && remaining() === 0} role="timer" aria-label={t('session.timer')}>
        {running() && remaining() === 0 ? t('session.timerUp') : formatCountdown(remaining())}
      </span>
      <Show when={session().phase === 'voting'}>
        <VotingControls />
      </Show>
      <Show when={facilitator && (session().phase === 'scoring' || session().scoresRevealed)}>
        <button
          type="button"
          class="button secondary"
          aria-pressed={session().scoresRevealed}
          onClick={() => setScoresRevealed(doc, !session().scoresRevealed)}
        >
          {session().scoresRevealed ? t('scoring.hide') : t('scoring.reveal')}
        </button>
      </Show>
      <Show when={facilitator}>
        <Show
          when={running()}
          fallback={
            <button type="button" class="button secondary" onClick={() => startTimer(doc, board.clock.now())}>
              <Play size="1em" class="glyph" aria-hidden="true" /> {t('session.start')}
            </button>
          }
        >
          <button type="button" class="button secondary" onClick={() => pauseTimer(doc, board.clock.now())}>
            <Pause size="1em" class="glyph" aria-hidden="true" /> {t('session.pause')}
          </button>
        </Show>
        <button
          type="button"
          class="button secondary"
          aria-label={t('session.addMinute')}
          title={t('session.addMinute')}
          onClick={() => addTimerMinutes(doc, 1, board.clock.now())}
        >
          +1
        </button>
        <label class="inline">
          <span class="visually-hidden">{t('session.minutes')}</span>
          <input
            class="minutes"
            type="number"
            min="1"
            max="600"
            aria-label={t('session.minutes')}
            value={minutes()}
            onInput={(e) => setMinutes(Number(e.currentTarget.value))}
          />
        </label>
        <button type="button" class="button secondary" onClick={() => minutes() > 0 && resetTimer(doc, minutes() * 60_000)}>
          {t('session.reset')}
        </button>
        <label class="checkbox inline">
          <input type="checkbox" checked={session().timerSound} onChange={(e) => setTimerSound(doc, e.currentTarget.checked)} />
          {t('session.sound')}
        </label>
        <button type="button" class="button secondary" aria-pressed={session().locked} onClick={() => setLocked(doc, !session().locked)}>
          <Show when={session().locked} fallback={<Lock size="1em" class="glyph" aria-hidden="true" />}>
            <LockOpen size="1em" class="glyph" aria-hidden="true" />
          </Show>{' '}
          {session().locked ? t('session.unlock') : t('session.lock')}
        </button>
      </Show>
    </div>
  );
}
