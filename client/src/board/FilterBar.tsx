/** Search and filters: text and the shortlist in the row, the rest behind one button. */
import { Star } from 'lucide-solid';
import { Show } from 'solid-js';
import { isShortlisted } from '../../../shared/board/rules';
import { useI18n } from '../i18n/I18nProvider';
import { useBoard } from './BoardContext';
import { useBoardView } from './view/BoardViewContext';
import { FilterPopover } from './FilterPopover';

export function FilterBar() {
  const { t } = useI18n();
  const { plainCards } = useBoard();
  const { filters } = useBoardView();
  const total = () => Object.keys(plainCards()).length;
  const shortlisted = () => Object.values(plainCards()).filter(isShortlisted).length;
  const matching = () => Object.values(plainCards()).filter((card) => filters.matches(card)).length;
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not in Solid's JSX types; the role says the same
    <div class="filters" role="search">
      <input
        type="search"
        aria-label={t('common.search')}
        placeholder={t('board.searchPlaceholder')}
        value={filters.values().text}
        onInput={(e) => filters.update({ text: e.currentTarget.value })}
      />
      <button
        type="button"
        class="button secondary shortlist-filter"
        aria-pressed={filters.values().shortlist}
        onClick={() => filters.update({ shortlist: !filters.values().shortlist })}
      >
        <Star size={16} aria-hidden="true" />
        {t('shortlist.filter')}
        <span class="muted">{shortlisted()}</span>
      </button>
      <FilterPopover />
      <Show when={filters.active()}>
        <span class="muted" role="status">
          {t('board.matches', { count: matching(), total: total() })}
        </span>
        <button type="button" class="button secondary" onClick={filters.clear}>
          {t('board.clearFilters')}
        </button>
      </Show>
    </div>
  );
}
