/** A card on its lane: title, status, kind and roadmap status in words, its cluster, owner, tags, who is editing it. */
import { Group, MessageSquare, Star } from 'lucide-solid';
import { For, Show } from 'solid-js';
import { isShortlisted } from '../../../../shared/board/rules';
import { stepsBack } from '../../../../shared/board/shortlist';
import { isVotingOpen } from '../../../../shared/board/voting';
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { usePresence } from '../presence/PresenceContext';
import { useBoardView } from '../view/BoardViewContext';
import { startCardDrag } from './cardDrag';
import { moveCardByKey } from './keyboardMove';
import { RoadmapBadge } from './RoadmapField';
import { VoteControls } from '../voting/VoteControls';
import { ShortlistStar } from './ShortlistStar';
import { useNumbers } from '../useNumbers';

export function CardTile(props: { card: Card }) {
  const { t } = useI18n();
  const { numbers } = useNumbers();
  const board = useBoard();
  const presence = usePresence();
  const view = useBoardView();
  let dragged = false;
  const editors = () => presence.peers().filter((peer) => !peer.self && peer.editing === props.card.id);
  const comments = () => board.state.comments[props.card.id]?.length ?? 0;
  const cluster = () => (props.card.cluster ? board.state.clusters.find((candidate) => candidate.id === props.card.cluster) : undefined);
  return (
    <li class="card-slot">
      <article
        class="card-tile"
        classList={{ 'not-shortlisted': stepsBack(props.card, board.state.session.phase) }}
        aria-label={props.card.title}
        tabindex="0"
        data-card-id={props.card.id}
        data-status={props.card.status}
        data-kind={props.card.kind}
        style={{ '--card-color': `var(--color-${props.card.color})` }}
        title={board.canEdit() ? t('board.moveHint') : undefined}
        onPointerDown={(e) => {
          dragged = false;
          if ((e.target as HTMLElement).closest('button')) return;
          startCardDrag(e, props.card.id, board, () => (dragged = true));
        }}
        onClick={() => {
          if (!dragged) view.openCard(props.card.id);
        }}
        onKeyDown={(e) => {
          if (moveCardByKey(e, props.card, board)) return;
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            view.openCard(props.card.id);
          }
        }}
      >
        <Show when={board.canEdit()}>
          {/* Touch screens scroll when swiping a card; this grip is where a finger drags it. */}
          <span class="grip" aria-hidden="true">
            ⠿
          </span>
        </Show>
        <div class="card-meta">
          <span class="status" data-status={props.card.status}>
            {t(`card.statuses.${props.card.status}`)}
          </span>
          <Show when={props.card.kind === 'initiative'}>
            <span class="kind">{t('card.kinds.initiative')}</span>
          </Show>
          <ShortlistStar card={props.card} size={20} />
        </div>
        <RoadmapBadge card={props.card} />
        <Show when={cluster()}>
          {(group) => (
            <span class="cluster-chip" data-cluster={group().id}>
              <Group size="1em" class="glyph" aria-hidden="true" /> {group().title || t('clusters.untitled')}
            </span>
          )}
        </Show>
        <h3 class="card-title">{props.card.title}</h3>
        <Show when={props.card.owner}>
          <p class="owner">{props.card.owner}</p>
        </Show>
        <Show when={props.card.tags.length > 0}>
          <ul class="tags">
            <For each={props.card.tags}>{(tag) => <li>{tag}</li>}</For>
          </ul>
        </Show>
        <Show when={board.state.session.votesRevealed && (board.state.session.voteTotals[props.card.id] ?? 0) > 0}>
          <span class="vote-total">
            <Star size="1em" class="glyph" aria-hidden="true" /> {t('voting.total', { count: board.state.session.voteTotals[props.card.id] ?? 0 })}
          </span>
        </Show>
        <Show when={board.state.session.scoresRevealed && board.state.session.scoreResults[props.card.id]}>
          {(result) => <span class="score-badge">{t('scoring.score', { score: numbers().score(result().weighted) })}</span>}
        </Show>
        <Show when={isVotingOpen(board.state.session) && isShortlisted(props.card) && board.can.vote}>
          <VoteControls card={props.card} />
        </Show>
        <div class="card-foot">
          <Show when={comments() > 0}>
            <span class="comments" role="img" aria-label={`${t('card.comments')}: ${comments()}`}>
              <MessageSquare size="1em" class="glyph" aria-hidden="true" /> {comments()}
            </span>
          </Show>
          <For each={editors()}>
            {(peer) => (
              <span class="editing-marker" style={{ 'border-color': peer.color }}>
                {t('board.editedBy', { name: peer.name })}
              </span>
            )}
          </For>
        </div>
      </article>
    </li>
  );
}
