/**
 * What the room sees once the facilitator reveals votes or scores: the initiatives ranked by
 * what was revealed (the summary slide's ranking), beside the charts.
 */
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { SessionCharts } from '../charts/SessionCharts';
import { RankingList } from '../presentation/RankingList';
import { SCREEN_FIT } from '../presentation/slides';

export function ProjectorResults(props: { ranked: Card[] }) {
  const { t } = useI18n();
  return (
    <section class="projector-results results-layout" aria-label={t('projector.ranking')}>
      <div class="ranking-column">
        <h2>{t('projector.ranking')}</h2>
        <RankingList ranked={props.ranked} max={SCREEN_FIT.ranking} />
      </div>
      <SessionCharts />
    </section>
  );
}
