/** Inside an open card during scoring: the expert's marks, 1 to 5 per criterion. */
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { CardMarks, MarksError } from './MarkSegments';
import { useVoting } from './VotingContext';

export function ScoreFields(props: { card: Card }) {
  const { t } = useI18n();
  const { scoring } = useVoting();
  return (
    <fieldset class="scoring">
      <legend>{t('scoring.title')}</legend>
      <p class="muted">{t('scoring.hint')}</p>
      <CardMarks place="editor" cardId={props.card.id} onMark={(criterionId, mark) => void scoring.mark(props.card.id, criterionId, mark)} />
      <MarksError />
    </fieldset>
  );
}
