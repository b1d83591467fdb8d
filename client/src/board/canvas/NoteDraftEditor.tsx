/**
 * Typing a new sticky note where it will sit. Enter puts it on the board, Tab puts it there and
 * starts the next one beside it (so a group can fire off ideas), Shift+Enter is a new line,
 * Escape drops it. Nothing is written until there is text: no empty notes.
 */
import { onMount } from 'solid-js';
import { addCard, CANVAS, LIMITS, placementAt } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { usePrivateIdeas } from '../private/PrivateIdeasContext';
import type { CanvasGeometry } from './canvasGeometry';
import type { CanvasState, NoteDraft } from './createCanvasState';

export function NoteDraftEditor(props: { draft: NoteDraft; state: CanvasState; geometry: CanvasGeometry }) {
  const board = useBoard();
  const privateIdeas = usePrivateIdeas();
  const { t } = useI18n();
  let field!: HTMLTextAreaElement;
  // After the frame: a component made in a reactive update is not in the document yet on mount.
  onMount(() => requestAnimationFrame(() => field.focus()));
  const { w, h } = CANVAS.card.default;

  /** Writes the note (if any text); returns whether it did. */
  const commit = (): boolean => {
    const title = field.value.trim().slice(0, LIMITS.title);
    if (!title || !board.canEdit()) return false;
    const placed = placementAt(props.geometry.frames(), { ...props.draft.at, w, h });
    // In private mode the note stays in this browser until the facilitator reveals the ideas.
    if (board.state.session.privateMode) {
      privateIdeas.add(placed.laneId ?? '', title, { x: placed.x, y: placed.y });
      return true;
    }
    const id = addCard(board.doc, { laneId: placed.laneId, at: { x: placed.x, y: placed.y }, title, author: board.name });
    props.state.select([id]);
    return true;
  };
  return (
    <textarea
      ref={field}
      class="note-draft"
      aria-label={t('canvas.newNote')}
      placeholder={t('canvas.newNotePlaceholder')}
      maxLength={LIMITS.title}
      style={{ transform: `translate(${props.draft.at.x}px, ${props.draft.at.y}px)`, width: `${w}px`, height: `${h}px` }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          props.state.setDraft(null);
        } else if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          commit();
          props.state.setDraft(null);
        } else if (event.key === 'Tab') {
          event.preventDefault();
          if (commit()) {
            const gap = CANVAS.cardGap;
            props.state.setDraft({ at: { x: props.draft.at.x + (event.shiftKey ? -(w + gap) : w + gap), y: props.draft.at.y } });
            field.value = '';
            field.focus();
          }
        }
      }}
      onBlur={() => {
        if (props.state.draft() !== props.draft) return;
        commit();
        props.state.setDraft(null);
      }}
    />
  );
}
