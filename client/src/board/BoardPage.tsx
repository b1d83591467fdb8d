/** The board: header with presence and connection state, filters, lanes, and the card editor. */
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { BoardInfo } from '../api/api';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorPage } from '../join/ErrorPage';
import { TopBar } from '../ui/TopBar';
import { BoardProvider, useBoard } from './BoardContext';
import type { ParticipantIdentity } from './voting/participantIdentity';
import { CardEditor } from './cards/CardEditor';
import { ConnectionBadge } from './ConnectionBadge';
import { CursorLayer } from './presence/CursorLayer';
import { PresenceBar } from './presence/PresenceBar';
import { FilterBar } from './FilterBar';
import { SessionBar } from './session/SessionBar';
import { ResultsPanel } from './voting/ResultsPanel';
import { AddLaneButton } from './lanes/AddLaneButton';
import { LaneColumn } from './lanes/LaneColumn';
import { ParkingLot } from './lanes/ParkingLot';
import { UndoToast } from './UndoToast';
import { FacilitationBar } from './session/FacilitationBar';
import { ModeBanners } from './session/ModeBanners';
import { GroupsPanel } from './groups/GroupsPanel';
import { SessionCharts } from './charts/SessionCharts';
import { CriteriaEditor } from './voting/CriteriaEditor';
import { PresentationView } from './presentation/PresentationView';
import { ExportMenu } from './export/ExportMenu';
import { CanvasView } from './canvas/CanvasView';
import { ViewSwitch, type BoardViewKind } from './ViewSwitch';

/** Where this browser keeps the chosen view of boards. */
const VIEW_KEY = 'stratboard.view';

export default function BoardPage(props: { boardId: string; token: string; info: BoardInfo; name: string; participant: ParticipantIdentity }) {
  return (
    <BoardProvider boardId={props.boardId} token={props.token} info={props.info} name={props.name} participant={props.participant}>
      <BoardView />
    </BoardProvider>
  );
}

function BoardView() {
  const board = useBoard();
  const { t, formatDate } = useI18n();
  const lanes = () => board.breakout.visibleLanes();
  // The lane on a phone screen (one at a time) and the one "follow me" reports.
  const currentLaneId = () => {
    const focused = board.focusedLaneId();
    return lanes().some((lane) => lane.id === focused) ? focused : (lanes()[0]?.id ?? null);
  };
  let lanesElement!: HTMLDivElement;
  // Phones always get the list; on larger screens the choice is kept in this browser.
  const phone = window.matchMedia('(max-width: 640px)');
  const [isPhone, setIsPhone] = createSignal(phone.matches);
  const onPhoneChange = (event: MediaQueryListEvent) => setIsPhone(event.matches);
  phone.addEventListener('change', onPhoneChange);
  onCleanup(() => phone.removeEventListener('change', onPhoneChange));
  const [chosenView, chooseView] = createSignal<BoardViewKind>(localStorage.getItem(VIEW_KEY) === 'canvas' ? 'canvas' : 'list');
  const view = (): BoardViewKind => (isPhone() ? 'list' : chosenView());
  const setView = (next: BoardViewKind) => {
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

  const onPointerMove = (event: PointerEvent) => {
    const rect = lanesElement.getBoundingClientRect();
    board.presence.moveCursor({ x: event.clientX - rect.left + lanesElement.scrollLeft, y: event.clientY - rect.top + lanesElement.scrollTop, view: 'list' });
  };

  return (
    <Show when={board.connection.fatalClose() === null} fallback={<ErrorPage code="forbidden" />}>
      <div class="page board" data-role={board.role}>
        <TopBar class="board-header">
          <div class="board-title">
            <h1>{board.state.meta.title}</h1>
            <span class="muted">{[board.state.meta.place, board.state.meta.date ? formatDate(board.state.meta.date) : ''].filter(Boolean).join(' · ')}</span>
          </div>
          <Show when={board.can.readOnly}>
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
          <PresenceBar />
          <ExportMenu />
          <ConnectionBadge />
        </TopBar>
        <SessionBar />
        <Show when={board.can.runSession}>
          <FacilitationBar />
        </Show>
        <ModeBanners />
        <GroupsPanel />
        <FilterBar />
        <Show
          when={
            board.can.runSession &&
            (board.state.session.phase === 'voting' || board.state.session.phase === 'scoring' || board.state.session.phase === 'shortlist') &&
            !board.state.session.scoresRevealed
          }
        >
          <CriteriaEditor />
        </Show>
        <ResultsPanel />
        <SessionCharts />
        <Show when={!isPhone()}>
          <ViewSwitch view={view()} onChange={setView} />
        </Show>
        <Show when={view() === 'canvas'}>
          <CanvasView />
        </Show>
        <label class="lane-switcher" hidden={view() === 'canvas'}>
          {t('board.laneSwitcher')}
          <select value={currentLaneId() ?? ''} onChange={(e) => board.focusLane(e.currentTarget.value)}>
            <For each={lanes()}>{(lane) => <option value={lane.id}>{lane.title}</option>}</For>
          </select>
        </label>
        <div class="lanes" hidden={view() === 'canvas'} ref={lanesElement} onPointerMove={onPointerMove} onPointerLeave={() => board.presence.moveCursor(null)}>
          <For each={lanes()}>{(lane) => <LaneColumn lane={lane} current={lane.id === currentLaneId()} />}</For>
          <ParkingLot />
          <Show when={board.can.manageTracks}>
            <AddLaneButton />
          </Show>
          <CursorLayer />
        </div>
        <Show when={board.openCardId()}>{(id) => <CardEditor cardId={id()} />}</Show>
        <Show when={board.slide() !== null}>
          <PresentationView onCanvas={view() === 'canvas'} />
        </Show>
        <UndoToast />
      </div>
    </Show>
  );
}
