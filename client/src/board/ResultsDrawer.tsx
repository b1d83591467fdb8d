/**
 * Revealed results (the experts' ranking, the charts) in a drawer at the side of the board
 * rather than stacked above it: the board keeps its place under the header, and anyone closes
 * the drawer to see the whole board, or opens it again from the board's tools («Итоги»).
 */
import { ChartColumn, X } from 'lucide-solid';
import { createEffect, createSignal, lazy, on, Show } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { useBoard } from './BoardContext';

// Chunks of their own: most of a session (and most participants' bundle) never needs them.
const ResultsPanel = lazy(() => import('./voting/ResultsPanel').then((m) => ({ default: m.ResultsPanel })));
const SessionCharts = lazy(() => import('./charts/SessionCharts').then((m) => ({ default: m.SessionCharts })));

/**
 * Open unless someone closed it, or while an expert's scoring sheet is on screen (the marks
 * come first there; the button still opens it). A new reveal starts afresh.
 */
export function createResultsDrawer(onSheet: () => boolean) {
  const board = useBoard();
  const revealed = () => board.state.session.votesRevealed || board.state.session.scoresRevealed;
  const [choice, setChoice] = createSignal<boolean | null>(null);
  createEffect(on(revealed, (now) => now && setChoice(null), { defer: true }));
  const open = () => revealed() && (choice() ?? !onSheet());
  return { revealed, open, setOpen: (next: boolean) => setChoice(next) };
}

export type ResultsDrawerState = ReturnType<typeof createResultsDrawer>;

/** The board-tools button that opens and closes the drawer, once something is revealed. */
export function ResultsToggle(props: { drawer: ResultsDrawerState }) {
  const { t } = useI18n();
  return (
    <Show when={props.drawer.revealed()}>
      <button type="button" class="button secondary" aria-pressed={props.drawer.open()} onClick={() => props.drawer.setOpen(!props.drawer.open())}>
        <ChartColumn size="1em" class="glyph" aria-hidden="true" /> {t('results.drawer')}
      </button>
    </Show>
  );
}

export function ResultsDrawer(props: { drawer: ResultsDrawerState }) {
  const { t } = useI18n();
  const board = useBoard();
  return (
    <Show when={props.drawer.open()}>
      <aside class="results-drawer" aria-label={t('results.drawer')}>
        <header class="results-drawer-head">
          <h2>{t('results.drawer')}</h2>
          <button
            type="button"
            class="button secondary icon-only"
            aria-label={t('results.close')}
            title={t('results.close')}
            onClick={() => props.drawer.setOpen(false)}
          >
            <X size="1em" aria-hidden="true" />
          </button>
        </header>
        {/* Loaded once something is revealed; each panel decides what it shows. */}
        <Show when={board.state.session.scoresRevealed}>
          <ResultsPanel />
        </Show>
        <SessionCharts />
      </aside>
    </Show>
  );
}
