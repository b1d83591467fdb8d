/**
 * One card on the canvas: a sticky note (its colour, its text) or an initiative card with its
 * owner, status and money at a glance; what the session adds to it (comments, the votes while
 * voting, revealed totals and scores) along its foot. Enter or a double-click opens the card's
 * editor; the canvas handles pointer input for it (select, drag).
 */
import { MessageSquare, Star } from 'lucide-solid';
import { createMemo, Show } from 'solid-js';
import { isShortlisted } from '../../../../shared/board/rules';
import { stepsBack } from '../../../../shared/board/shortlist';
import { isVotingOpen } from '../../../../shared/board/voting';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { usePresence } from '../presence/PresenceContext';
import { useBoardView } from '../view/BoardViewContext';
import { useVotingIfAny } from '../voting/VotingContext';
import { focusNextCard } from './canvasFocus';
import type { CanvasGeometry } from './canvasGeometry';
import { noteFontSize } from './noteText';
import { VoteControls } from '../voting/VoteControls';
import { ShortlistStar } from '../cards/ShortlistStar';
import type { CanvasState } from './createCanvasState';
import { useNumbers } from '../useNumbers';

/** Someone else's drag of this card in progress. */
export interface RemoteDrag {
  dx: number;
  dy: number;
  color: string;
  name: string;
}

export function CanvasCard(props: { id: string; state: CanvasState; geometry: CanvasGeometry; remoteDrag: RemoteDrag | null; remoteSelection: string | null }) {
  const board = useBoard();
  const presence = usePresence();
  const view = useBoardView();
  // The projector shows cards too but votes on none: it has no ballot, so no vote controls.
  const hasBallot = useVotingIfAny() !== undefined;
  const { t } = useI18n();
  const { numbers } = useNumbers();
  const card = () => board.state.cards[props.id];
  const selected = () => props.state.selected().has(props.id);
  const rect = createMemo(() => {
    const resizing = props.state.resizing();
    return resizing?.kind === 'card' && resizing.id === props.id ? resizing.rect : props.geometry.rectOf(props.id);
  });
  const style = () => {
    const r = rect();
    if (!r) return {};
    const mine = selected() ? props.state.dragOffset() : null;
    const by = mine ?? (props.remoteDrag ? { x: props.remoteDrag.dx, y: props.remoteDrag.dy } : null);
    return {
      transform: `translate(${r.x + (by?.x ?? 0)}px, ${r.y + (by?.y ?? 0)}px)`,
      width: `${r.w}px`,
      height: `${r.h}px`,
      '--card-color': `var(--color-${card()?.color ?? 'yellow'})`,
      '--peer-color': props.remoteDrag?.color ?? props.remoteSelection ?? undefined,
      '--note-font': `${card()?.kind === 'idea' ? noteFontSize(card()?.title ?? '', r.w, r.h) : 15}px`,
      // Outlines stay 2 screen pixels at any zoom; only outlined notes follow the camera for it.
      '--ring': selected() || props.remoteDrag || props.remoteSelection ? `${2 / props.state.camera().k}px` : undefined,
    };
  };
  const money = () => numbers().moneyTotal(card()?.resources ?? []);
  const editors = () => presence.peers().filter((peer) => !peer.self && peer.editing === props.id);
  const session = () => board.state.session;
  const comments = () => board.state.comments[props.id]?.length ?? 0;
  const votes = () => (session().votesRevealed ? (session().voteTotals[props.id] ?? 0) : 0);
  const score = () => (session().scoresRevealed ? (session().scoreResults[props.id] ?? null) : null);
  const voting = () => hasBallot && isVotingOpen(session()) && board.can.vote && !!card() && isShortlisted(card()!);
  const faded = () => !!card() && stepsBack(card()!, session().phase);
  const hasFoot = () => comments() > 0 || votes() > 0 || score() !== null || voting();
  return (
    <Show when={card()}>
      {(current) => (
        <article
          class="canvas-card"
          classList={{
            selected: selected(),
            initiative: current().kind === 'initiative',
            dragging: selected() && props.state.dragOffset() !== null,
            'remote-dragging': props.remoteDrag !== null,
            'remote-selected': props.remoteSelection !== null && props.remoteDrag === null,
            // Search and filters dim what does not match, in place: the board keeps its shape.
            'filtered-out': !view.filters.matches(current()),
            'not-shortlisted': faded(),
          }}
          data-canvas-card={props.id}
          data-status={current().status}
          data-lane={current().laneId ?? ''}
          data-dragged-by={props.remoteDrag?.name}
          tabindex="0"
          aria-label={current().title}
          data-selected={selected() ? '' : undefined}
          style={style()}
          onFocus={() => {
            if (!selected()) props.state.select([props.id]);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              view.openCard(props.id);
            } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
              if (focusNextCard(board, props.state, props.geometry, props.id, event.shiftKey ? -1 : 1)) event.preventDefault();
            }
          }}
        >
          <Show when={current().kind === 'initiative'}>
            <div class="canvas-card-meta">
              <span class="status" data-status={current().status}>
                {t(`card.statuses.${current().status}`)}
              </span>
              <Show when={money()}>{(amount) => <span class="money">{amount()}</span>}</Show>
            </div>
          </Show>
          <ShortlistStar card={current()} size={18} />
          <p class="canvas-card-title">{current().title}</p>
          <Show when={current().kind === 'initiative' && current().owner}>
            <p class="canvas-card-owner">{current().owner}</p>
          </Show>
          <Show when={hasFoot()}>
            <div class="canvas-card-foot">
              <Show when={comments() > 0}>
                <span class="comments" role="img" aria-label={`${t('card.comments')}: ${comments()}`}>
                  <MessageSquare size={13} aria-hidden="true" /> {comments()}
                </span>
              </Show>
              <Show when={votes() > 0}>
                <span class="vote-total">
                  <Star size={13} aria-hidden="true" /> {t('voting.total', { count: votes() })}
                </span>
              </Show>
              <Show when={score()}>{(result) => <span class="score-badge">{t('scoring.score', { score: numbers().score(result().weighted) })}</span>}</Show>
              <Show when={voting()}>
                <span data-canvas-ui>
                  <VoteControls card={current()} />
                </span>
              </Show>
            </div>
          </Show>
          <Show when={selected() && props.state.selected().size === 1 && board.canEdit()}>
            <span class="resize-handle" data-resize={`card:${props.id}`} aria-hidden="true" />
          </Show>
          <Show when={editors().length > 0}>
            <span class="canvas-card-editing" style={{ '--peer-color': editors()[0]!.color }}>
              {t('board.editedBy', { name: editors()[0]!.name })}
            </span>
          </Show>
        </article>
      )}
    </Show>
  );
}
