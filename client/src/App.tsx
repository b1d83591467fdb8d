/** Two routes: `/` (create a board, recent boards) and `/b/:boardId` (join by link). */
import { lazy, Match, Switch } from 'solid-js';
import { JoinPage } from './join/JoinPage';
import { ErrorPage } from './join/ErrorPage';
import { keepTokensOffTheAddressBar } from './local/addressToken';
import { parseBoardLocation } from './local/boardLink';

// A board's page does not load the home page's forms, nor the home page the board.
const HomePage = lazy(() => import('./home/HomePage').then((m) => ({ default: m.HomePage })));

export function App() {
  const parsed = parseBoardLocation(location.pathname, location.hash);
  const link = parsed && keepTokensOffTheAddressBar(parsed);
  return (
    <Switch fallback={<ErrorPage code="not-found" />}>
      <Match when={location.pathname === '/'}>
        <HomePage />
      </Match>
      <Match when={link}>{(found) => <JoinPage boardId={found().boardId} token={found().token} projector={found().projector} join={found().join} />}</Match>
    </Switch>
  );
}
