/** Search and filters over the board's cards: text, tag, status, owner, roadmap status, the shortlist. */
import { type Accessor, createMemo, createSignal } from 'solid-js';
import { isShortlisted } from '../../../shared/board/rules';
import type { Card, CardStatus, RoadmapStatus } from '../../../shared/board/types';

export interface FilterValues {
  text: string;
  status: CardStatus | '';
  tag: string;
  owner: string;
  /** A roadmap status, `carried` for any (every carried-over initiative), '' for no filter. */
  roadmap: RoadmapStatus | 'carried' | '';
  /** Only cards on the shortlist (shortlisted or priority). */
  shortlist: boolean;
}

const NO_FILTERS: FilterValues = { text: '', status: '', tag: '', owner: '', roadmap: '', shortlist: false };

/** True when the card passes every active filter. Text matches title, description, owner, tags. */
export function cardMatches(card: Card, filters: FilterValues): boolean {
  if (filters.shortlist && !isShortlisted(card)) return false;
  if (filters.status && card.status !== filters.status) return false;
  if (filters.tag && !card.tags.includes(filters.tag)) return false;
  if (filters.owner && card.owner !== filters.owner) return false;
  if (filters.roadmap === 'carried' && !card.roadmap) return false;
  if (filters.roadmap && filters.roadmap !== 'carried' && card.roadmap !== filters.roadmap) return false;
  const text = filters.text.trim().toLocaleLowerCase();
  if (!text) return true;
  return [card.title, card.description, card.owner, ...card.tags, ...card.partners].some((field) => field.toLocaleLowerCase().includes(text));
}

/** `cards`: every card as a plain object (the store's `plainCards`). */
export function createFilters(cards: Accessor<Readonly<Record<string, Card>>>) {
  const [values, setValues] = createSignal<FilterValues>(NO_FILTERS);
  const active = createMemo(() => {
    const v = values();
    return v.text.trim() !== '' || v.status !== '' || v.tag !== '' || v.owner !== '' || v.roadmap !== '' || v.shortlist;
  });
  // Computed when read (by the open filter form), not kept up to date at every card change.
  const options = () => {
    const tags = new Set<string>();
    const owners = new Set<string>();
    for (const card of Object.values(cards())) {
      for (const tag of card.tags) tags.add(tag);
      if (card.owner) owners.add(card.owner);
    }
    return { tags: [...tags].sort(), owners: [...owners].sort() };
  };
  const update = (patch: Partial<FilterValues>) => setValues({ ...values(), ...patch });
  const clear = () => setValues(NO_FILTERS);
  const matches = (card: Card) => !active() || cardMatches(card, values());
  return { values, update, clear, active, options, matches };
}

export type Filters = ReturnType<typeof createFilters>;
