/**
 * Three routes: `/` (create a board, recent boards), `/b/:boardId` (join by link) and `/admin`
 * (the operator console).
 */
import { lazy, Match, Switch } from 'solid-js';
import { JoinPage } from './join/JoinPage';
import { ErrorPage } from './join/ErrorPage';
import { keepTokensOffTheAddressBar } from './local/addressToken';
import { parseBoardLocation } from './local/boardLink';

// A board's page does not load the home page's forms, nor the home page the board.
const HomePage = lazy(() => import('./home/HomePage').then((m) => ({ default: m.HomePage })));
const AdminPage = lazy(() => import('./admin/AdminPage').then((m) => ({ default: m.AdminPage })));

export function App() {
  const parsed = parseBoardLocation(location.pathname, location.hash);
  const link = parsed && keepTokensOffTheAddressBar(parsed);
  return (
    <Switch fallback={<ErrorPage code="not-found" />}>
      <Match when={location.pathname === '/'}>
        <HomePage />
      </Match>
      <Match when={location.pathname === '/admin'}>
        <AdminPage />
      </Match>
      <Match when={link}>{(found) => <JoinPage boardId={found().boardId} token={found().token} projector={found().projector} join={found().join} />}</Match>
    </Switch>
  );
}
