/**
 * `/admin`, the operator console: sign in with the server's operator token, then every board
 * on the server with its export, link replacement and deletion. Off (and saying how to turn
 * it on) when the server was started without --admin-token.
 */
import { LogOut } from 'lucide-solid';
import { Match, onMount, Show, Switch } from 'solid-js';
import { useAdminI18n } from './useAdminI18n';
import { TopBar } from '../ui/TopBar';
import { BoardTable } from './BoardTable';
import { ConsoleOff } from './ConsoleOff';
import { createAdminConsole } from './createAdminConsole';
import { SignInForm } from './SignInForm';
import './admin.css';

export function AdminPage() {
  const { t } = useAdminI18n();
  const admin = createAdminConsole();
  onMount(() => void admin.start());
  const view = admin.view;
  return (
    <div class="page admin">
      <TopBar class="admin-header">
        <span class="admin-title">{t('admin.title')}</span>
        <Show when={view().kind === 'ready'}>
          <button type="button" class="button secondary" onClick={() => admin.signOut()}>
            <LogOut size="1em" class="glyph" aria-hidden="true" /> {t('admin.signOut')}
          </button>
        </Show>
      </TopBar>
      <main class="admin-main">
        <Switch>
          <Match when={view().kind === 'checking'}>
            <p class="loading">{t('common.loading')}</p>
          </Match>
          <Match when={view().kind === 'off'}>
            <ConsoleOff />
          </Match>
          <Match when={view().kind === 'sign-in'}>
            <SignInForm wrongToken={(view() as { problem: string | null }).problem === 'wrong-token'} busy={admin.busy()} onSubmit={admin.signIn} />
          </Match>
          <Match when={view().kind === 'unreachable'}>
            <section class="card-panel" role="alert">
              <p class="error">{t('admin.unreachable', { message: (view() as { message: string }).message })}</p>
              <div class="row">
                <button type="button" class="button primary" onClick={() => void admin.refresh()}>
                  {t('common.retry')}
                </button>
              </div>
            </section>
          </Match>
          <Match when={view().kind === 'ready'}>
            <BoardTable admin={admin} />
          </Match>
        </Switch>
      </main>
    </div>
  );
}
