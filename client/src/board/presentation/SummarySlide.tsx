/** The last slide: every shortlisted and priority initiative ranked, beside the charts. */
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { SessionCharts } from '../charts/SessionCharts';
import { RankingList } from './RankingList';
import { SCREEN_FIT } from './slides';

export function SummarySlide(props: { ranked: Card[] }) {
  const { t } = useI18n();
  return (
    <div class="summary-slide">
      <h2>{t('presentation.summary')}</h2>
      <div class="summary-body results-layout">
        <RankingList ranked={props.ranked} max={SCREEN_FIT.ranking} />
        <SessionCharts />
      </div>
    </div>
  );
}
