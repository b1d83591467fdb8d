/**
 * Opening a board link: check the link with the server, ask once for a display name, join as a
 * participant (the identity the server binds this person's edits, votes and marks to), then
 * enter the board with the link's role. Bad links get the error page, never a blank screen.
 */
import { createResource, createSignal, lazy, Match, Show, Switch } from 'solid-js';
import { ApiError, getBoard, type BoardInfo } from '../api/api';
import { useI18n } from '../i18n/I18nProvider';
import { loadDisplayName, saveDisplayName } from '../local/identity';
import { boardLinkOf } from '../local/boardLink';
import { forgetBoard, rememberBoard } from '../local/recentBoards';
import { TopBar } from '../ui/TopBar';
import { joinEarly, loadOrJoin } from '../board/voting/participantIdentity';
import { ErrorPage, type JoinErrorCode } from './ErrorPage';

const BoardPage = lazy(() => import('../board/BoardPage'));
const ProjectorPage = lazy(() => import('../board/projector/ProjectorPage'));

function errorCode(error: unknown): JoinErrorCode {
  if (!(error instanceof ApiError)) return 'generic';
  if (error.code === 'forbidden' || error.code === 'unauthorized') return 'forbidden';
  if (error.code === 'not-found') return 'not-found';
  if (error.code === 'network' || error.code === 'unavailable') return 'network';
  return 'generic';
}

export function JoinPage(props: { boardId: string; token: string | null; projector?: boolean; join?: string | null }) {
  const { t } = useI18n();
  // The page the link leads to loads while the board's details and the name are asked for.
  void (props.projector ? ProjectorPage : BoardPage).preload();
  const [info, { refetch }] = createResource(
    () => props.token,
    async (token) => {
      try {
        const board = await getBoard(props.boardId, token);
        if (!props.projector)
          rememberBoard({ id: board.id, title: board.title, role: board.role, link: boardLinkOf(location.origin, board.id, token), openedAt: Date.now() });
        return board;
      } catch (error) {
        if (errorCode(error) === 'forbidden' || errorCode(error) === 'not-found') forgetBoard(props.boardId);
        throw error;
      }
    },
  );
  const [name, setName] = createSignal(loadDisplayName());
  const [entered, setEntered] = createSignal(loadDisplayName() !== '');
  // Used by the first join only: a retry after a failed join asks again.
  let early = props.token && entered() && !props.projector ? joinEarly({ boardId: props.boardId, token: props.token, name: name() }) : null;
  // The projector joins as nobody: it writes nothing and is not a participant.
  const [participant, { refetch: retryJoin }] = createResource(
    // `info.state`, not `info()`: reading a failed resource throws, and a bad link has its own page.
    () => (info.state === 'ready' && entered() && !props.projector ? { board: info()!, name: name() } : null),
    ({ board, name }) => {
      const pending = early;
      early = null;
      return loadOrJoin({ boardId: props.boardId, token: props.token!, role: board.role, name, early: pending });
    },
  );

  return (
    <Switch>
      <Match when={!props.token}>
        <ErrorPage code="no-token" />
      </Match>
      <Match when={info.error}>
        <ErrorPage code={errorCode(info.error)} onRetry={errorCode(info.error) === 'network' ? refetch : undefined} />
      </Match>
      <Match when={info.loading}>
        <p class="loading" role="status">
          {t('common.loading')}
        </p>
      </Match>
      <Match when={info() && props.projector}>
        <Show when={info()}>
          {(board) => <ProjectorPage boardId={props.boardId} token={props.token!} join={props.join ?? null} info={board()} name={t('projector.open')} />}
        </Show>
      </Match>
      <Match when={info() && !entered()}>
        <NamePrompt
          info={info()!}
          name={name()}
          onEnter={(value) => {
            saveDisplayName(value);
            setName(value);
            setEntered(true);
          }}
        />
      </Match>
      <Match when={participant.error}>
        <ErrorPage code={errorCode(participant.error)} onRetry={retryJoin} />
      </Match>
      <Match when={info() && participant()}>
        <BoardPage boardId={props.boardId} token={props.token!} info={info()!} name={name()} participant={participant()!} />
      </Match>
      <Match when={info() && entered()}>
        <p class="loading" role="status">
          {t('common.loading')}
        </p>
      </Match>
    </Switch>
  );
}

function NamePrompt(props: { info: BoardInfo; name: string; onEnter: (name: string) => void }) {
  const { t } = useI18n();
  const [value, setValue] = createSignal(props.name);
  return (
    <div class="page join">
      <TopBar />
      <form
        class="card-panel"
        onSubmit={(e) => {
          e.preventDefault();
          if (value().trim()) props.onEnter(value().trim());
        }}
      >
        <h1>{t('join.title', { title: props.info.title })}</h1>
        <p>{t('join.as', { role: t(`roles.${props.info.role}`) })}</p>
        <label>
          {t('join.nameLabel')}
          <input required autofocus maxLength={60} value={value()} placeholder={t('join.namePlaceholder')} onInput={(e) => setValue(e.currentTarget.value)} />
        </label>
        <button class="button primary" type="submit">
          {t('join.enter')}
        </button>
      </form>
    </div>
  );
}
