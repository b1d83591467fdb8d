/**
 * The final board as slides: one per track with its priority initiatives, then the ranked
 * summary with the charts. On the canvas, a track's slide is the track itself: the camera flies
 * to its frame, and only the deck's controls and the track's name stay on screen. The presenter
 * moves with the keyboard or a clicker (which sends Page Up/Down); everyone who follows them
 * sees the same slide. A slide is a 16:9 stage, letterboxed on other screens, its type sized
 * by the stage, so it looks the same on a laptop and on the wall.
 */
import { createEffect, createMemo, Match, on, onCleanup, onMount, Show, Switch } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useFollow } from '../follow/FollowContext';
import { useBoardView } from '../view/BoardViewContext';
import { buildSlides, laneCardsOf, slideForKey } from './slides';
import { SummarySlide } from './SummarySlide';
import { TrackSlide } from './TrackSlide';

/** `watch`: the room's screen (the projector), which shows where the deck is and nothing to drive or leave it with. */
export function PresentationView(props: { onCanvas?: boolean; watch?: boolean }) {
  const { t } = useI18n();
  const board = useBoard();
  const view = useBoardView();
  const follow = useFollow();
  const slides = createMemo(() => buildSlides(board.state.lanes, laneCardsOf(board.state), board.state.session));
  const index = () => Math.min(view.slide() ?? 0, slides().length - 1);
  const slide = () => slides()[index()]!;
  const trackSlide = () => {
    const current = slide();
    return current.kind === 'track' ? current : null;
  };
  const summarySlide = () => {
    const current = slide();
    return current.kind === 'summary' ? current : null;
  };
  /** A track's slide shown as the track on the canvas. */
  const flying = () => !!props.onCanvas && trackSlide() !== null;
  createEffect(
    on(
      () => (flying() ? trackSlide()!.lane.id : null),
      (laneId) => laneId && view.flyToLane(laneId),
    ),
  );
  // Whoever is not following drives their own deck (the presenter, or someone who stepped out).
  const presenting = () => !follow.following() && !props.watch;
  const go = (next: number) => view.showSlide(Math.max(0, Math.min(slides().length - 1, next)));
  const exit = () => {
    if (!presenting()) follow.stepOut();
    view.showSlide(null);
  };

  const onKey = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
    if (event.key === 'Escape') return exit();
    if (!presenting()) return;
    const next = slideForKey(event.key, index(), slides().length);
    if (next === null) return;
    event.preventDefault();
    go(next);
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <section
      class="presentation"
      classList={{ 'on-canvas': flying() }}
      aria-roledescription={t('presentation.label')}
      aria-label={t('presentation.label')}
      data-slide={index()}
    >
      <Show
        when={!flying()}
        fallback={
          <h2 class="slide-caption" aria-live="polite" style={{ '--lane-color': `var(--color-${trackSlide()?.lane.color ?? 'blue'})` }}>
            {trackSlide()?.lane.title}
          </h2>
        }
      >
        <div class="slide-stage">
          <div class="slide" aria-live="polite">
            <Switch>
              <Match when={trackSlide()}>{(current) => <TrackSlide lane={current().lane} initiatives={current().initiatives} />}</Match>
              <Match when={summarySlide()}>{(current) => <SummarySlide ranked={current().ranked} />}</Match>
            </Switch>
          </div>
        </div>
      </Show>
      <footer class="slide-controls">
        <Show when={presenting()}>
          <button type="button" class="button secondary" aria-label={t('presentation.previous')} disabled={index() === 0} onClick={() => go(index() - 1)}>
            ←
          </button>
        </Show>
        <span class="slide-number">{t('presentation.slideOf', { n: index() + 1, total: slides().length })}</span>
        <Show when={presenting()}>
          <button
            type="button"
            class="button secondary"
            aria-label={t('presentation.next')}
            disabled={index() === slides().length - 1}
            onClick={() => go(index() + 1)}
          >
            →
          </button>
          <span class="muted hint">{t('presentation.hint')}</span>
        </Show>
        <Show when={!props.watch}>
          <button type="button" class="button secondary" onClick={exit}>
            {presenting() ? t('presentation.exit') : t('presentation.leave')}
          </button>
        </Show>
      </footer>
    </section>
  );
}
