/**
 * The filters beyond search and the shortlist (status, tag, owner, roadmap) behind one button
 * that counts the active ones: four always-open selects took a third of the row at 1440 px and
 * most of a phone's screen, for controls used a few times a session.
 */
import { ListFilter } from 'lucide-solid';
import { For, Show } from 'solid-js';
import { CARD_STATUSES, ROADMAP_STATUSES, type CardStatus } from '../../../shared/board/types';
import { useI18n } from '../i18n/I18nProvider';
import { PopoverButton } from '../ui/PopoverButton';
import { useBoard } from './BoardContext';
import { useBoardView } from './view/BoardViewContext';
import type { FilterValues } from './createFilters';

export function FilterPopover() {
  const { t } = useI18n();
  const { plainCards } = useBoard();
  const { filters } = useBoardView();
  const values = () => filters.values();
  const active = () => [values().status, values().tag, values().owner, values().roadmap].filter((value) => value !== '').length;
  // Boards that did not start from a past session have no roadmap: no filter to clutter the form.
  // Read by the open form only.
  const hasRoadmap = () => values().roadmap !== '' || Object.values(plainCards()).some((card) => card.roadmap);
  return (
    <PopoverButton
      class="button secondary filter-trigger"
      classList={{ 'state-on': active() > 0 }}
      face={
        <>
          <ListFilter size="1em" class="glyph" aria-hidden="true" />
          {t('board.filters')}
          <Show when={active() > 0}>
            <span class="count-badge" aria-hidden="true">
              {active()}
            </span>
            <span class="visually-hidden"> {t('board.filtersActive', { count: active() })}</span>
          </Show>
        </>
      }
      title={t('board.filters')}
      popoverClass="filter-popover"
      placement="bottom-start"
    >
      <FilterField
        label={t('board.filterStatus')}
        value={values().status}
        onChange={(status) => filters.update({ status: status as CardStatus | '' })}
        options={[{ value: '', label: t('board.any') }, ...CARD_STATUSES.map((status) => ({ value: status, label: t(`card.statuses.${status}`) }))]}
      />
      <FilterField
        label={t('board.filterTag')}
        value={values().tag}
        onChange={(tag) => filters.update({ tag })}
        options={[{ value: '', label: t('board.any') }, ...filters.options().tags.map((tag) => ({ value: tag, label: tag }))]}
      />
      <FilterField
        label={t('board.filterOwner')}
        value={values().owner}
        onChange={(owner) => filters.update({ owner })}
        options={[{ value: '', label: t('board.any') }, ...filters.options().owners.map((owner) => ({ value: owner, label: owner }))]}
      />
      <Show when={hasRoadmap()}>
        <FilterField
          label={t('roadmap.label')}
          value={values().roadmap}
          onChange={(roadmap) => filters.update({ roadmap: roadmap as FilterValues['roadmap'] })}
          options={[
            { value: '', label: t('roadmap.filterAll') },
            { value: 'carried', label: t('roadmap.filterCarried') },
            ...ROADMAP_STATUSES.map((status) => ({ value: status, label: t('roadmap.badge', { status: t(`roadmap.statuses.${status}`) }) })),
          ]}
        />
      </Show>
    </PopoverButton>
  );
}

/** One labelled select of the popover; the first option is "any". */
function FilterField(props: { label: string; value: string; onChange: (value: string) => void; options: Array<{ value: string; label: string }> }) {
  return (
    <label>
      <span>{props.label}</span>
      <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
    </label>
  );
}
