import { For, Show } from 'solid-js';
import { addComment } from '../../../../shared/board';
import type { CardId } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';

/** Comments on a card, oldest first. */
export function CommentsThread(props: { cardId: CardId; readOnly: boolean }) {
  const { t, formatDateTime } = useI18n();
  const board = useBoard();
  return (
    <section class="comments-thread" aria-label={t('card.comments')}>
      <h3>{t('card.comments')}</h3>
      <ol>
        <For each={board.state.comments[props.cardId] ?? []}>
          {(comment) => (
            <li>
              <strong>{comment.author}</strong> <span class="muted">{formatDateTime(comment.createdAt)}</span>
              <p>{comment.text}</p>
            </li>
          )}
        </For>
      </ol>
      <Show when={!props.readOnly}>
        <div class="row">
          <input
            class="grow"
            aria-label={t('card.commentPlaceholder')}
            placeholder={t('card.commentPlaceholder')}
            maxLength={5000}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              const text = e.currentTarget.value.trim();
              if (!text) return;
              addComment(board.doc, { cardId: props.cardId, author: board.name, text });
              e.currentTarget.value = '';
            }}
          />
        </div>
      </Show>
    </section>
  );
}
