/**
 * The filters beyond search and the shortlist (status, tag, owner, roadmap) behind one button
 * that counts the active ones: four always-open selects took a third of the row at 1440 px and
 * most of a phone's screen, for controls used a few times a session.
 */
import { Popover } from '@kobalte/core/popover';
import { ListFilter } from 'lucide-solid';
import { createMemo, For, Show } from 'solid-js';
import { CARD_STATUSES, ROADMAP_STATUSES, type CardStatus } from '../../../shared/board/types';
import { useI18n } from '../i18n/I18nProvider';
import { useBoard } from './BoardContext';
import { useBoardView } from './view/BoardViewContext';
import type { FilterValues } from './createFilters';

export function FilterPopover() {
  const { t } = useI18n();
  const { state } = useBoard();
  const { filters } = useBoardView();
  const values = () => filters.values();
  const active = () => [values().status, values().tag, values().owner, values().roadmap].filter((value) => value !== '').length;
  // Boards that did not start from a past session have no roadmap: no filter to clutter the form.
  const hasRoadmap = createMemo(() => values().roadmap !== '' || Object.values(state.cards).some((card) => card.roadmap));
  return (
    <Popover placement="bottom-start" gutter={6}>
      <Popover.Trigger class="button secondary filter-trigger" classList={{ 'state-on': active() > 0 }}>
        <ListFilter size="1em" class="glyph" aria-hidden="true" />
        {t('board.filters')}
        <Show when={active() > 0}>
          <span class="count-badge" aria-hidden="true">
            {active()}
          </span>
          <span class="visually-hidden"> {t('board.filtersActive', { count: active() })}</span>
        </Show>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content class="popover filter-popover">
          <Popover.Title class="popover-title">{t('board.filters')}</Popover.Title>
          <label>
            <span>{t('board.filterStatus')}</span>
            <select
              aria-label={t('board.filterStatus')}
              value={values().status}
              onChange={(e) => filters.update({ status: e.currentTarget.value as CardStatus | '' })}
            >
              <option value="">{t('board.any')}</option>
              <For each={CARD_STATUSES}>{(status) => <option value={status}>{t(`card.statuses.${status}`)}</option>}</For>
            </select>
          </label>
          <label>
            <span>{t('board.filterTag')}</span>
            <select aria-label={t('board.filterTag')} value={values().tag} onChange={(e) => filters.update({ tag: e.currentTarget.value })}>
              <option value="">{t('board.any')}</option>
              <For each={filters.options().tags}>{(tag) => <option value={tag}>{tag}</option>}</For>
            </select>
          </label>
          <label>
            <span>{t('board.filterOwner')}</span>
            <select aria-label={t('board.filterOwner')} value={values().owner} onChange={(e) => filters.update({ owner: e.currentTarget.value })}>
              <option value="">{t('board.any')}</option>
              <For each={filters.options().owners}>{(owner) => <option value={owner}>{owner}</option>}</For>
            </select>
          </label>
          <Show when={hasRoadmap()}>
            <label>
              <span>{t('roadmap.label')}</span>
              <select
                aria-label={t('roadmap.label')}
                value={values().roadmap}
                onChange={(e) => filters.update({ roadmap: e.currentTarget.value as FilterValues['roadmap'] })}
              >
                <option value="">{t('roadmap.filterAll')}</option>
                <option value="carried">{t('roadmap.filterCarried')}</option>
                <For each={ROADMAP_STATUSES}>
                  {(status) => <option value={status}>{t('roadmap.badge', { status: t(`roadmap.statuses.${status}`) })}</option>}
                </For>
              </select>
            </label>
          </Show>
        </Popover.Content>
      </Popover.Portal>
    </Popover>
  );
}
