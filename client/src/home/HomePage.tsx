/** The start page: create a strategic session board, share its links, reopen recent boards. */
import { createSignal, For, Show } from 'solid-js';
import type { CreatedBoard } from '../api/api';
import { useI18n } from '../i18n/I18nProvider';
import { loadRecentBoards } from '../local/recentBoards';
import { TopBar } from '../ui/TopBar';
import { BoardLinks } from './BoardLinks';
import { CreateBoardForm } from './CreateBoardForm';

export function HomePage() {
  const { t, formatDateTime } = useI18n();
  const [created, setCreated] = createSignal<CreatedBoard | null>(null);
  const recent = loadRecentBoards();
  return (
    <div class="page home">
      <TopBar />
      <main class="home-main">
        <h1 class="visually-hidden">{t('app.name')}</h1>
        <p class="tagline">{t('app.tagline')}</p>
        <Show when={created()} fallback={<CreateBoardForm onCreated={setCreated} />}>
          {(board) => <BoardLinks board={board()} />}
        </Show>
        <section class="recent" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('home.recent')}</h2>
          <Show when={recent.length > 0} fallback={<p class="muted">{t('home.noRecent')}</p>}>
            <ul>
              <For each={recent}>
                {(board) => (
                  <li>
                    <a href={board.link}>{board.title}</a>
                    <span class="muted">
                      {' '}
                      · {t(`roles.${board.role}`)} · {formatDateTime(board.openedAt)}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
      </main>
    </div>
  );
}
