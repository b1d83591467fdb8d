/**
 * Every board on the server as a table (cards on a phone): search by title, place or id; sort
 * by last activity, creation or size; each row's actions open their dialogs here, one at a time.
 */
import { ArrowDown, ArrowUp, ArrowUpDown, RefreshCw, Search } from 'lucide-solid';
import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import type { AdminBoard } from '../api/api';
import { useAdminI18n } from './useAdminI18n';
import { BoardRow } from './BoardRow';
import { formatBytes, SORT_KEYS, type Sort, type SortKey, searchBoards, sortBoards } from './boardList';
import type { AdminConsole } from './createAdminConsole';
import { DeleteDialog } from './DeleteDialog';
import { NoticeLine } from './NoticeLine';
import { RotateDialog } from './RotateDialog';

export function BoardTable(props: { admin: AdminConsole }) {
  const { t, locale, formatNumber } = useAdminI18n();
  const [query, setQuery] = createSignal('');
  const [sort, setSort] = createSignal<Sort>({ key: 'lastActivityAt', descending: true });
  const [deleting, setDeleting] = createSignal<AdminBoard | null>(null);
  const [rotating, setRotating] = createSignal<AdminBoard | null>(null);
  const shown = createMemo(() => sortBoards(searchBoards(props.admin.boards(), query()), sort()));
  const total = createMemo(() =>
    props.admin.boards().reduce((sum, b) => ({ bytes: sum.bytes + b.bytes, live: sum.live + b.connections }), { bytes: 0, live: 0 }),
  );
  let search!: HTMLInputElement;
  // Where focus goes back when a dialog closes: the button that opened it, or search if its row is gone.
  let opener: HTMLElement | null = null;
  const restoreFocus = () => (opener?.isConnected ? opener : search).focus();

  const sortBy = (key: SortKey) => setSort((current) => ({ key, descending: current.key === key ? !current.descending : true }));
  const sortHeader = (key: SortKey): JSX.Element => (
    <th scope="col" aria-sort={sort().key === key ? (sort().descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort-button" onClick={() => sortBy(key)}>
        {t(`admin.columns.${key}`)}
        <Show when={sort().key === key} fallback={<ArrowUpDown size="1em" class="sort-idle" aria-hidden="true" />}>
          <Show when={sort().descending} fallback={<ArrowUp size="1em" aria-hidden="true" />}>
            <ArrowDown size="1em" aria-hidden="true" />
          </Show>
        </Show>
      </button>
    </th>
  );

  return (
    <section class="admin-boards" aria-labelledby="admin-boards-title">
      <div class="admin-toolbar">
        <h1 id="admin-boards-title">{t('admin.boardsTitle')}</h1>
        <label class="admin-search">
          <span class="visually-hidden">{t('admin.search')}</span>
          <Search size="1em" class="glyph" aria-hidden="true" />
          <input ref={search} type="search" placeholder={t('admin.search')} value={query()} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <label class="admin-sort">
          <span class="visually-hidden">{t('admin.sortBy')}</span>
          <select value={sort().key} onChange={(e) => setSort({ key: e.currentTarget.value as SortKey, descending: true })}>
            <For each={SORT_KEYS}>{(key) => <option value={key}>{t(`admin.sort.${key}`)}</option>}</For>
          </select>
        </label>
        <button type="button" class="button secondary" disabled={props.admin.busy()} onClick={() => void props.admin.refresh()}>
          <RefreshCw size="1em" class="glyph" aria-hidden="true" /> {t('admin.refresh')}
        </button>
      </div>
      <p class="muted admin-summary">
        {t('admin.summary', { count: formatNumber(props.admin.boards().length), size: formatBytes(total().bytes, locale()), live: formatNumber(total().live) })}
      </p>
      <NoticeLine admin={props.admin} />
      <Show
        when={shown().length > 0}
        fallback={<p class="admin-empty">{props.admin.boards().length === 0 ? t('admin.empty') : t('admin.noMatch', { query: query().trim() })}</p>}
      >
        <div class="admin-table-scroll">
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.columns.title')}</th>
                <th scope="col">{t('admin.columns.place')}</th>
                <th scope="col">{t('admin.columns.date')}</th>
                {sortHeader('createdAt')}
                {sortHeader('lastActivityAt')}
                {sortHeader('bytes')}
                <th scope="col" class="number">
                  {t('admin.columns.participants')}
                </th>
                <th scope="col" class="number">
                  {t('admin.columns.versions')}
                </th>
                <th scope="col" class="number">
                  {t('admin.columns.connections')}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{t('admin.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={shown()}>
                {(board) => (
                  <BoardRow
                    board={board}
                    onExport={() => void props.admin.exportBoard(board)}
                    onRotate={(button) => {
                      opener = button;
                      setRotating(board);
                    }}
                    onDelete={(button) => {
                      opener = button;
                      setDeleting(board);
                    }}
                  />
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <DeleteDialog
        board={deleting()}
        onExport={(board) => props.admin.exportBoard(board)}
        onConfirm={(board) => props.admin.remove(board)}
        onClose={() => {
          setDeleting(null);
          restoreFocus();
        }}
      />
      <RotateDialog
        board={rotating()}
        onConfirm={(board) => props.admin.rotate(board)}
        onClose={() => {
          setRotating(null);
          restoreFocus();
        }}
      />
    </section>
  );
}
