/** Two routes: `/` (create a board, recent boards) and `/b/:boardId` (join by link). */
import { Match, Switch } from 'solid-js';
import { HomePage } from './home/HomePage';
import { JoinPage } from './join/JoinPage';
import { ErrorPage } from './join/ErrorPage';
import { keepTokensOffTheAddressBar } from './local/addressToken';
import { parseBoardLocation } from './local/boardLink';

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
