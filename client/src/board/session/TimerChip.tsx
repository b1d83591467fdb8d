/**
 * The session countdown as a chip in the top bar, for everyone. Facilitators start and pause it
 * from the chip and set it from a popover: presets that start at once, any number of minutes,
 * one more minute, the sound at zero.
 */
import { ChevronDown, Pause, Play, Plus, Timer } from 'lucide-solid';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { addTimerMinutes, pauseTimer, resetTimer, setTimerSound, startTimer } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { Hint } from '../../ui/Hint';
import { PopoverButton } from '../../ui/PopoverButton';
import { useBoard } from '../BoardContext';
import { useSession } from './SessionContext';
import { chime, formatCountdown } from './countdown';
import { createCountdown } from './createCountdown';

/** The lengths a workshop round usually has, in minutes. */
const PRESETS = [3, 5, 10, 15] as const;

export function TimerChip() {
  const { t } = useI18n();
  const board = useBoard();
  const { clock } = useSession();
  const session = () => board.state.session;
  const doc = board.sessionDoc;
  const { remaining, running, timeUp } = createCountdown(() => session().timer, clock);
  createEffect(
    on(timeUp, (done, wasDone) => {
      if (done && !wasDone && session().timerSound) chime();
    }),
  );
  const [minutes, setMinutes] = createSignal(Math.round(session().timer.durationMs / 60_000));
  const startWith = (length: number) => {
    setMinutes(length);
    resetTimer(doc, length * 60_000);
    startTimer(doc, clock.now());
  };

  return (
    <div class="timer-chip" data-running={running()} data-done={timeUp()}>
      <Timer size="1em" class="glyph" aria-hidden="true" />
      <span class="timer" role="timer" aria-label={t('session.timer')} data-running={running()} data-done={timeUp()}>
        {timeUp() ? t('session.timerUp') : formatCountdown(remaining())}
      </span>
      <Show when={board.can.runSession}>
        <Show
          when={running()}
          fallback={
            <Hint label={t('session.start')}>
              <button type="button" class="icon" aria-label={t('session.start')} onClick={() => startTimer(doc, clock.now())}>
                <Play size="1em" aria-hidden="true" />
              </button>
            </Hint>
          }
        >
          <Hint label={t('session.pause')}>
            <button type="button" class="icon" aria-label={t('session.pause')} onClick={() => pauseTimer(doc, clock.now())}>
              <Pause size="1em" aria-hidden="true" />
            </button>
          </Hint>
        </Show>
        <PopoverButton
          class="icon"
          label={t('session.settings')}
          face={<ChevronDown size="1em" aria-hidden="true" />}
          title={t('session.timer')}
          popoverClass="timer-popover"
          placement="bottom-end"
        >
          <div class="timer-presets">
            <For each={PRESETS}>
              {(length) => (
                <button type="button" class="button secondary" aria-label={t('session.startFor', { count: length })} onClick={() => startWith(length)}>
                  {t('session.minutesShort', { count: length })}
                </button>
              )}
            </For>
          </div>
          <div class="timer-custom">
            <input
              class="minutes"
              type="number"
              min="1"
              max="600"
              aria-label={t('session.minutes')}
              value={minutes()}
              onInput={(e) => setMinutes(Number(e.currentTarget.value))}
            />
            <button type="button" class="button secondary" onClick={() => minutes() > 0 && resetTimer(doc, minutes() * 60_000)}>
              {t('session.reset')}
            </button>
            <button type="button" class="button secondary" aria-label={t('session.addMinute')} onClick={() => addTimerMinutes(doc, 1, clock.now())}>
              <Plus size="1em" class="glyph" aria-hidden="true" />1
            </button>
          </div>
          <label class="checkbox">
            <input type="checkbox" checked={session().timerSound} onChange={(e) => setTimerSound(doc, e.currentTarget.checked)} />
            {t('session.sound')}
          </label>
        </PopoverButton>
      </Show>
    </div>
  );
}
