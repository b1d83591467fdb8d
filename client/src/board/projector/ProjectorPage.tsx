/**
 * The projector view: the board for the room, read-only, with the current phase, the timer, the
 * join QR code and, once revealed, votes, scores and charts: as the canvas, fitted whole or
 * framing what the facilitator shows when they bring everyone to their view, or as the tracks'
 * lists in large type. It fills the screen and never scrolls: the type is sized by the screen,
 * and what does not fit is counted (see SCREEN_FIT). It looks through a link that can only
 * view (a projected tab must not hold the facilitator's role); the facilitator's page hands it
 * the editor link to show as the QR code.
 */
import { Lock } from 'lucide-solid';
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { BoardInfo } from '../../api/api';
import { useI18n } from '../../i18n/I18nProvider';
import { boardLinkOf } from '../../local/boardLink';
import { QrCode } from '../../ui/QrCode';
import { useBoard } from '../BoardContext';
import { BoardProvider } from '../BoardProvider';
import { useSession } from '../session/SessionContext';
import { useBoardView } from '../view/BoardViewContext';
import { formatCountdown } from '../session/countdown';
import { createCountdown } from '../session/createCountdown';
import { ProjectorLane } from './ProjectorLane';
import { ProjectorResults } from './ProjectorResults';
import { SpotlightCard } from './SpotlightCard';
import { PresentationView } from '../presentation/PresentationView';
import { laneCardsOf, rankedInitiatives } from '../presentation/slides';
import { CanvasView } from '../canvas/CanvasView';
import { ViewSwitch, type BoardViewKind } from '../ViewSwitch';

/** Where this browser keeps the projector's view (apart from the facilitator's own, in the same browser). */
const PROJECTOR_VIEW_KEY = 'stratboard.projectorView';

export default function ProjectorPage(props: { boardId: string; token: string; join: string | null; info: BoardInfo; name: string }) {
  return (
    // No ballot, scoring or private ideas: the projector cannot vote, score or write ideas.
    <BoardProvider boardId={props.boardId} token={props.token} role={props.info.role} name={props.name} participant={null}>
      <ProjectorView join={props.join} />
    </BoardProvider>
  );
}

function ProjectorView(props: { join: string | null }) {
  const { t } = useI18n();
  const board = useBoard();
  const boardView = useBoardView();
  const { clock } = useSession();
  const session = () => board.state.session;
  const countdown = createCountdown(() => session().timer, clock);
  const joinLink = () => (props.join ? boardLinkOf(location.origin, board.boardId, props.join) : null);
  const [view, chooseView] = createSignal<BoardViewKind>(localStorage.getItem(PROJECTOR_VIEW_KEY) === 'list' ? 'list' : 'canvas');
  const ranked = createMemo(() => rankedInitiatives(board.state.lanes, laneCardsOf(board.state), session()));
  const resultsShown = () => (session().votesRevealed || session().scoresRevealed) && ranked().length > 0;
  const setView = (next: BoardViewKind) => {
    localStorage.setItem(PROJECTOR_VIEW_KEY, next);
    chooseView(next);
  };
  return (
    <section class="page projector" aria-label={t('projector.title', { title: board.state.meta.title })}>
      <header class="projector-header">
        <div>
          <h1>{board.state.meta.title}</h1>
          <p class="projector-phase" data-phase={session().phase}>
            {t(`session.phases.${session().phase}`)}
            <Show when={session().locked}>
              {' · '}
              <Lock size="1em" class="glyph" aria-hidden="true" /> {t('board.locked')}
            </Show>
          </p>
        </div>
        <div class="projector-timer" role="timer" aria-label={t('session.timer')} data-running={countdown.running()}>
          {countdown.timeUp() ? t('session.timerUp') : formatCountdown(countdown.remaining())}
        </div>
        <Show when={joinLink()}>
          {(link) => (
            <figure class="projector-join">
              <QrCode value={link()} label={t('projector.join')} />
              <figcaption>
                {t('projector.join')}
                <code class="projector-link">{link()}</code>
              </figcaption>
            </figure>
          )}
        </Show>
        <div class="projector-actions">
          <ViewSwitch view={view()} options={['canvas', 'list']} onChange={setView} />
          <a class="button secondary projector-exit" href={boardLinkOf('', board.boardId, board.token)}>
            {t('projector.exit')}
          </a>
        </div>
      </header>
      <div class="projector-main">
        {/* Once votes or scores are revealed, the room sees the ranking in the board's place. */}
        <Show when={!resultsShown()} fallback={<ProjectorResults ranked={ranked()} />}>
          <Show
            when={view() === 'canvas'}
            fallback={
              <div class="projector-lanes">
                <For each={board.state.lanes}>{(lane) => <ProjectorLane lane={lane} />}</For>
              </div>
            }
          >
            <CanvasView watch />
          </Show>
        </Show>
        <Show when={boardView.openCardId()}>{(id) => <SpotlightCard cardId={id()} />}</Show>
      </div>
      <Show when={boardView.slide() !== null}>
        <PresentationView onCanvas={view() === 'canvas'} watch />
      </Show>
    </section>
  );
}
