/** An idea kept in this browser during private mode: editable, deletable, visible only here. */
import { Lock } from 'lucide-solid';
import { useI18n } from '../../i18n/I18nProvider';
import { usePrivateIdeas } from './PrivateIdeasContext';
import type { PrivateIdea } from './createPrivateIdeas';

export function PrivateIdeaTile(props: { idea: PrivateIdea }) {
  const { t } = useI18n();
  const privateIdeas = usePrivateIdeas();
  return (
    <li class="card-slot">
      <div class="card-tile private-idea" data-private-idea={props.idea.id}>
        <span class="badge">
          <Lock size="1em" class="glyph" aria-hidden="true" /> {t('privateMode.badge')}
        </span>
        <input
          class="private-title"
          value={props.idea.title}
          maxLength={200}
          aria-label={props.idea.title}
          onChange={(e) =>
            e.currentTarget.value.trim() ? privateIdeas.rename(props.idea.id, e.currentTarget.value.trim()) : privateIdeas.remove(props.idea.id)
          }
        />
        <button
          type="button"
          class="icon danger"
          aria-label={t('privateMode.deleteDraft', { title: props.idea.title })}
          onClick={() => privateIdeas.remove(props.idea.id)}
        >
          ×
        </button>
      </div>
    </li>
  );
}
