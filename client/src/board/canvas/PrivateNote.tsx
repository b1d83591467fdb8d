/**
 * A private idea on the canvas: a note only this browser has (private mode), drawn with a
 * dashed edge and a lock where it was put, or stacked down its track's right edge when it was
 * typed in the list. It is edited and removed here; the reveal publishes it where it is.
 */
import { Lock, X } from 'lucide-solid';
import { CANVAS, type Point, type Rect } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { usePrivateIdeas } from '../private/PrivateIdeasContext';
import type { PrivateIdea } from '../private/createPrivateIdeas';

export function PrivateNote(props: { idea: PrivateIdea; frame: Rect | null; stackIndex: number }) {
  const privateIdeas = usePrivateIdeas();
  const { t } = useI18n();
  const { w, h } = CANVAS.card.default;
  const corner = (): Point => {
    const origin = props.frame ?? { x: 0, y: 0, w: 0, h: 0 };
    if (props.idea.at) return { x: origin.x + props.idea.at.x, y: origin.y + props.idea.at.y };
    // Typed in the list: down the track's right edge, below its title bar.
    const x = origin.x + Math.max(CANVAS.lanePadding, origin.w - w - CANVAS.lanePadding);
    return { x, y: origin.y + CANVAS.laneHeader + CANVAS.lanePadding + props.stackIndex * (h + CANVAS.cardGap) };
  };
  return (
    <div
      class="private-note"
      data-private-idea={props.idea.id}
      data-canvas-ui
      style={{ transform: `translate(${corner().x}px, ${corner().y}px)`, width: `${w}px`, height: `${h}px` }}
    >
      <span class="private-note-badge">
        <Lock size={13} aria-hidden="true" /> {t('privateMode.badge')}
      </span>
      <textarea
        class="private-note-text"
        aria-label={props.idea.title}
        value={props.idea.title}
        maxLength={200}
        onKeyDown={(event) => event.stopPropagation()}
        onChange={(event) => {
          const title = event.currentTarget.value.trim();
          if (title) privateIdeas.rename(props.idea.id, title);
          else privateIdeas.remove(props.idea.id);
        }}
      />
      <button
        type="button"
        class="private-note-remove icon"
        aria-label={t('privateMode.deleteDraft', { title: props.idea.title })}
        onClick={() => privateIdeas.remove(props.idea.id)}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
