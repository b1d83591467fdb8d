/**
 * For the facilitator while ideas are collected and shortlisted: pairs of alike cards within a
 * track (the server finds them, stemming Russian and English), each to merge or to dismiss as
 * not a duplicate. Shown once there is a pair; asked again a moment after titles change.
 */
import { CopyCheck } from 'lucide-solid';
import { createEffect, createMemo, createResource, For, on, onCleanup, Show } from 'solid-js';
import { dismissDuplicate, getDuplicates } from '../../api/api';
import { useI18n } from '../../i18n/I18nProvider';
import { Disclosure } from '../../ui/Disclosure';
import { useBoard } from '../BoardContext';
import { mergeOnBoard } from '../cards/mergeCards';
import { useBoardView } from '../view/BoardViewContext';

/** Typing a title changes it at every key: ask once the typing has paused. */
const SETTLE_MS = 1500;

export function DuplicateSuggestions() {
  const { t } = useI18n();
  const board = useBoard();
  const view = useBoardView();
  const [suggestions, { refetch }] = createResource(() => getDuplicates(board.boardId, board.token));
  const titles = createMemo(() =>
    Object.values(board.state.cards)
      .map((card) => `${card.id}:${card.laneId}:${card.title}`)
      .sort()
      .join('\n'),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      titles,
      () => {
        clearTimeout(timer);
        timer = setTimeout(() => void refetch(), SETTLE_MS);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  // A pair whose card is gone (merged, deleted) is not offered while the list is asked again.
  const pairs = () => (suggestions.latest?.pairs ?? []).filter((pair) => board.state.cards[pair.a] && board.state.cards[pair.b]);
  const title = (id: string) => board.state.cards[id]?.title ?? '';
  return (
    <Show when={pairs().length > 0}>
      <Disclosure
        class="duplicate-suggestions"
        summary={
          <span title={t('clusters.duplicatesHint')} data-duplicates={pairs().length}>
            <CopyCheck size="1em" class="glyph" aria-hidden="true" /> {t('clusters.duplicates')} {pairs().length}
          </span>
        }
      >
        <h3 class="popover-title">{t('clusters.duplicatesTitle')}</h3>
        <ul class="duplicate-pairs">
          <For each={pairs()} fallback={<li class="muted">{t('clusters.duplicatesNone')}</li>}>
            {(pair) => (
              <li data-pair={`${pair.a}|${pair.b}`}>
                <span class="duplicate-titles">
                  <button type="button" class="link" onClick={() => view.openCard(pair.a)}>
                    {title(pair.a)}
                  </button>
                  <span aria-hidden="true"> ≈ </span>
                  <button type="button" class="link" onClick={() => view.openCard(pair.b)}>
                    {title(pair.b)}
                  </button>
                </span>
                <span class="muted">{t('clusters.similarity', { percent: Math.round(pair.score * 100) })}</span>
                <span class="duplicate-actions">
                  <button type="button" class="button" onClick={async () => (await mergeOnBoard(board, [pair.a, pair.b], t)) && refetch()}>
                    {t('clusters.mergePair')}
                  </button>
                  <button
                    type="button"
                    class="button secondary"
                    title={t('clusters.dismissHint')}
                    onClick={async () => {
                      await dismissDuplicate(board.boardId, board.token, pair.a, pair.b);
                      void refetch();
                    }}
                  >
                    {t('clusters.dismissPair')}
                  </button>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Disclosure>
    </Show>
  );
}
