/** Search and filters: text, the shortlist, status, tag, owner, roadmap status. */
import { Star } from 'lucide-solid';
import { createMemo, For, Show } from 'solid-js';
import { isShortlisted } from '../../../shared/board/rules';
import { CARD_STATUSES, ROADMAP_STATUSES, type CardStatus } from '../../../shared/board/types';
import { useI18n } from '../i18n/I18nProvider';
import { useBoard } from './BoardContext';
import { useBoardView } from './view/BoardViewContext';
import type { FilterValues } from './createFilters';

export function FilterBar() {
  const { t } = useI18n();
  const { state } = useBoard();
  const { filters } = useBoardView();
  const total = () => Object.keys(state.cards).length;
  const shortlisted = () => Object.values(state.cards).filter(isShortlisted).length;
  const matching = () => Object.values(state.cards).filter((card) => filters.matches(card)).length;
  // Boards that did not start from a past session have no roadmap: no filter to clutter the bar.
  const hasRoadmap = createMemo(() => filters.values().roadmap !== '' || Object.values(state.cards).some((card) => card.roadmap));
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
      <select
        aria-label={t('board.filterStatus')}
        value={filters.values().status}
        onChange={(e) => filters.update({ status: e.currentTarget.value as CardStatus | '' })}
      >
        <option value="">{`${t('board.filterStatus')}: ${t('board.any')}`}</option>
        <For each={CARD_STATUSES}>{(status) => <option value={status}>{t(`card.statuses.${status}`)}</option>}</For>
      </select>
      <select aria-label={t('board.filterTag')} value={filters.values().tag} onChange={(e) => filters.update({ tag: e.currentTarget.value })}>
        <option value="">{`${t('board.filterTag')}: ${t('board.any')}`}</option>
        <For each={filters.options().tags}>{(tag) => <option value={tag}>{tag}</option>}</For>
      </select>
      <select aria-label={t('board.filterOwner')} value={filters.values().owner} onChange={(e) => filters.update({ owner: e.currentTarget.value })}>
        <option value="">{`${t('board.filterOwner')}: ${t('board.any')}`}</option>
        <For each={filters.options().owners}>{(owner) => <option value={owner}>{owner}</option>}</For>
      </select>
      <Show when={hasRoadmap()}>
        <select
          aria-label={t('roadmap.label')}
          value={filters.values().roadmap}
          onChange={(e) => filters.update({ roadmap: e.currentTarget.value as FilterValues['roadmap'] })}
        >
          <option value="">{t('roadmap.filterAll')}</option>
          <option value="carried">{t('roadmap.filterCarried')}</option>
          <For each={ROADMAP_STATUSES}>{(status) => <option value={status}>{t('roadmap.badge', { status: t(`roadmap.statuses.${status}`) })}</option>}</For>
        </select>
      </Show>
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
