/**
 * One board in the console's table: its facts and its three actions. On a phone each row is a
 * card and each cell says what it is (`data-label`), since the header row is not shown there.
 *
 * The icon buttons' tooltips are CSS (`data-tip`), not the board's Kobalte `Hint`: sharing
 * Kobalte with this page splits its chunk in two and adds ~1.7 KB gzip to every board page.
 */
import { Download, KeyRound, Trash2 } from 'lucide-solid';
import { Show } from 'solid-js';
import type { AdminBoard } from '../api/api';
import { useAdminI18n } from './useAdminI18n';
import { formatBytes, formatDay } from './boardList';

export function BoardRow(props: { board: AdminBoard; onExport: () => void; onRotate: (button: HTMLElement) => void; onDelete: (button: HTMLElement) => void }) {
  const { t, locale, formatDateTime, formatNumber } = useAdminI18n();
  const title = () => props.board.title || t('admin.untitled');
  const label = (key: 'title' | 'place' | 'date' | 'createdAt' | 'lastActivityAt' | 'bytes' | 'participants' | 'versions' | 'connections') =>
    t(`admin.columns.${key}`);
  return (
    <tr data-board-id={props.board.id}>
      <th scope="row" class="admin-board-title">
        <span classList={{ muted: !props.board.title }}>{title()}</span>
        <code class="admin-id">{props.board.id}</code>
      </th>
      <td data-label={label('place')} class="wrap">
        {props.board.place ?? '—'}
      </td>
      <td data-label={label('date')}>{props.board.date ? formatDay(props.board.date, locale()) : '—'}</td>
      <td data-label={label('createdAt')}>{formatDateTime(props.board.createdAt)}</td>
      <td data-label={label('lastActivityAt')}>{formatDateTime(props.board.lastActivityAt)}</td>
      <td data-label={label('bytes')} class="number">
        {formatBytes(props.board.bytes, locale())}
      </td>
      <td data-label={label('participants')} class="number">
        {formatNumber(props.board.participants)}
      </td>
      <td data-label={label('versions')} class="number">
        {formatNumber(props.board.versions)}
      </td>
      <td data-label={label('connections')} class="number" data-live={props.board.connections > 0}>
        <Show when={props.board.connections > 0}>
          <span class="live-dot" aria-hidden="true" />
        </Show>
        {formatNumber(props.board.connections)}
      </td>
      <td class="admin-actions">
        <button
          type="button"
          class="button secondary"
          aria-label={t('admin.exportLabel', { title: title() })}
          data-tip={t('admin.exportLabel', { title: title() })}
          onClick={() => props.onExport()}
        >
          <Download size="1em" class="glyph" aria-hidden="true" />
          <span class="label">{t('admin.export')}</span>
        </button>
        <button
          type="button"
          class="button secondary"
          aria-label={t('admin.rotateLabel', { title: title() })}
          data-tip={t('admin.rotateLabel', { title: title() })}
          aria-haspopup="dialog"
          onClick={(e) => props.onRotate(e.currentTarget)}
        >
          <KeyRound size="1em" class="glyph" aria-hidden="true" />
          <span class="label">{t('admin.rotate')}</span>
        </button>
        <button
          type="button"
          class="button danger"
          aria-label={t('admin.deleteLabel', { title: title() })}
          data-tip={t('admin.deleteLabel', { title: title() })}
          aria-haspopup="dialog"
          onClick={(e) => props.onDelete(e.currentTarget)}
        >
          <Trash2 size="1em" class="glyph" aria-hidden="true" />
          <span class="label">{t('admin.delete')}</span>
        </button>
      </td>
    </tr>
  );
}
