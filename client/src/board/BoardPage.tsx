/** The board: header with presence and connection state, filters, lanes, and the card editor. */
import { createEffect, createSignal, lazy, on, onCleanup, onMount, Show } from 'solid-js';
import { CLOSE_CODES } from '../../../shared/protocol/closeCodes';
import type { BoardInfo } from '../api/api';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorPage } from '../join/ErrorPage';
import { TopBar } from '../ui/TopBar';
import { useBoard } from './BoardContext';
import { BoardProvider } from './BoardProvider';
import { useBoardView } from './view/BoardViewContext';
import { VotingProvider } from './voting/VotingContext';
import { PrivateIdeasProvider } from './private/PrivateIdeasContext';
import type { ParticipantIdentity } from './voting/participantIdentity';
import { ConnectionBadge } from './ConnectionBadge';
import { PresenceBar } from './presence/PresenceBar';
import { FilterBar } from './FilterBar';
import { UndoToast } from './UndoToast';
import { MergeToast } from './cards/MergeToast';
import { createResultsDrawer, ResultsDrawer, ResultsToggle } from './ResultsDrawer';
import { PhaseChip } from './session/PhaseStepper';
import { TimerChip } from './session/TimerChip';
import { VotesLeft } from './voting/VotesLeft';
import { ModeBanners } from './session/ModeBanners';
import { GroupsPanel } from './groups/GroupsPanel';
import { ExportMenu } from './export/ExportMenu';
import { ViewSwitch, type BoardViewKind } from './ViewSwitch';

// What the first screen does not show is loaded when it is asked for.
const CanvasView = lazy(() => import('./canvas/CanvasView').then((m) => ({ default: m.CanvasView })));
const ListView = lazy(() => import('./lanes/ListView').then((m) => ({ default: m.ListView })));
const CardEditor = lazy(() => import('./cards/CardEditor').then((m) => ({ default: m.CardEditor })));
const PresentationView = lazy(() => import('./presentation/PresentationView').then((m) => ({ default: m.PresentationView })));
const ScoringSheet = lazy(() => import('./voting/ScoringSheet').then((m) => ({ default: m.ScoringSheet })));
// Only facilitators run the session: participants' pages never load its controls.
const FacilitatorPanel = lazy(() => import('./session/FacilitatorPanel').then((m) => ({ default: m.FacilitatorPanel })));
const ShareDialog = lazy(() => import('./session/ShareDialog').then((m) => ({ default: m.ShareDialog })));

/** Where this browser keeps the chosen view of boards. */
const VIEW_KEY = 'stratboard.view';
/** Phones always get the list. */
const PHONE = '(max-width: 640px)';
const chosenAtStart = (): 'canvas' | 'list' => (localStorage.getItem(VIEW_KEY) === 'list' ? 'list' : 'canvas');
// The view this page will open in starts loading with the page itself, not once it renders.
void (window.matchMedia(PHONE).matches || chosenAtStart() === 'list' ? ListView : CanvasView).preload();

export default function BoardPage(props: { boardId: string; token: string; info: BoardInfo; name: string; participant: ParticipantIdentity }) {
  return (
    <BoardProvider boardId={props.boardId} token={props.token} role={props.info.role} name={props.name} participant={props.participant}>
      {/* A participant votes, scores and keeps private ideas: what the projector's page leaves out. */}
      <VotingProvider participant={props.participant}>
        <PrivateIdeasProvider>
          <BoardScreen />
        </PrivateIdeasProvider>
      </VotingProvider>
    </BoardProvider>
  );
}

function BoardScreen() {
  const board = useBoard();
  const boardView = useBoardView();
  const { t, formatDate } = useI18n();
  // Phones always get the list; larger screens open the canvas, or the list if this browser chose it.
  const phone = window.matchMedia(PHONE);
  const [isPhone, setIsPhone] = createSignal(phone.matches);
  const onPhoneChange = (event: MediaQueryListEvent) => setIsPhone(event.matches);
  phone.addEventListener('change', onPhoneChange);
  onCleanup(() => phone.removeEventListener('change', onPhoneChange));
  const [chosenView, chooseView] = createSignal(chosenAtStart());
  const boardKind = () => (isPhone() ? 'list' : chosenView());
  // While experts score, the sheet is a view of its own: experts land on it, facilitators can
  // open it; a choice made during the phase holds until the phase changes.
  const sheetOffered = () => board.state.session.phase === 'scoring' && board.can.score;
  const [sheetChoice, setSheetChoice] = createSignal<boolean | null>(null);
  createEffect(on(sheetOffered, () => setSheetChoice(null), { defer: true }));
  const onSheet = () => sheetOffered() && (sheetChoice() ?? board.role === 'expert');
  const view = (): BoardViewKind => (onSheet() ? 'sheet' : boardKind());
  const viewOptions = (): BoardViewKind[] => [
    ...(isPhone() ? (['list'] as const) : (['canvas', 'list'] as const)),
    ...(sheetOffered() ? (['sheet'] as const) : []),
  ];
  const setView = (next: BoardViewKind) => {
    setSheetChoice(next === 'sheet');
    if (next === 'sheet') return;
    localStorage.setItem(VIEW_KEY, next);
    chooseView(next);
  };

  const onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || !board.canEdit()) return;
    event.preventDefault();
    if (event.shiftKey) board.undo.redo();
    else board.undo.undo();
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));

  const results = createResultsDrawer(() => view() === 'sheet');
  // The view switch, search, filters and groups float over the board, so it starts right under
  // the header rows: over the canvas's top edge (as in every whiteboard), and at the bottom of
  // the list, whose top edge is the lanes' titles (styles.css; a row on top on a phone).
  const tools = () => (
    <div class="board-tools" classList={{ docked: view() === 'list' }}>
      <Show when={viewOptions().length > 1}>
        <ViewSwitch view={view()} options={viewOptions()} onChange={setView} />
      </Show>
      <Show when={view() !== 'sheet'}>
        <FilterBar />
        <GroupsPanel />
      </Show>
      <ResultsToggle drawer={results} />
    </div>
  );
  /** The skip link's target: the first card on screen, or the first control of the sheet. */
  const skipToBoard = () => {
    document.querySelector<HTMLElement>('[data-canvas-card], [data-card-id], .scoring-sheet button, .scoring-sheet input')?.focus();
  };

  return (
    <Show
      when={board.connection.fatalClose() === null}
      fallback={<ErrorPage code={board.connection.fatalClose() === CLOSE_CODES.notFound ? 'not-found' : 'forbidden'} />}
    >
      <div class="page board" data-role={board.role} data-phase={board.state.session.phase}>
        <button type="button" class="skip-link" onClick={skipToBoard}>
          {t('board.skipToCards')}
        </button>
        <TopBar class="board-header">
          <div class="board-title">
            <h1>{board.state.meta.title}</h1>
            <span class="muted">{[board.state.meta.place, board.state.meta.date ? formatDate(board.state.meta.date) : ''].filter(Boolean).join(' · ')}</span>
          </div>
          {/* An expert on the sheet is not read-only: they score. */}
          <Show when={board.can.readOnly && view() !== 'sheet'}>
            <span class="badge">{t('board.readOnly')}</span>
          </Show>
          <Show when={board.state.session.locked}>
            <span class="badge warning" role="status">
              {t('board.locked')}
            </span>
          </Show>
          <Show when={board.state.session.phase === 'closed'}>
            <span class="badge warning" role="status">
              {t('session.closed')}
            </span>
          </Show>
          <Show when={!board.can.runSession}>
            <PhaseChip />
          </Show>
          <TimerChip />
          <Show when={board.state.session.phase === 'voting'}>
            <VotesLeft />
          </Show>
          <span class="spacer" />
          <PresenceBar />
          <Show when={board.can.runSession}>
            <ShareDialog />
          </Show>
          <ExportMenu />
          <ConnectionBadge />
        </TopBar>
        <Show when={board.can.runSession}>
          <FacilitatorPanel />
        </Show>
        <ModeBanners />
        <Show when={view() !== 'canvas'}>{tools()}</Show>
        <div class="board-body" data-view={view()}>
          <div class="board-main">
            <Show when={view() === 'sheet'}>
              <ScoringSheet />
            </Show>
            <Show when={view() === 'canvas'}>
              <CanvasView tools={tools()} />
            </Show>
            {/* Only the view on screen is in the DOM (and loaded): a hidden list would still render every card. */}
            <Show when={view() === 'list'}>
              <ListView singleTrack={isPhone()} />
            </Show>
          </div>
          <ResultsDrawer drawer={results} />
        </div>
        <Show when={boardView.openCardId()}>{(id) => <CardEditor cardId={id()} />}</Show>
        <Show when={boardView.slide() !== null}>
          <PresentationView onCanvas={view() === 'canvas'} />
        </Show>
        <UndoToast />
        <MergeToast />
      </div>
    </Show>
  );
}
