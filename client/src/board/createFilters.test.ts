import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../shared/board/types';
import { cardMatches, createFilters } from './createFilters';

const card = (patch: Partial<Card>): Card => ({ id: 'c', title: '', description: '', owner: '', tags: [], partners: [], status: 'idea', ...patch }) as Card;

describe('cardMatches', () => {
  const wind = card({ title: 'Ветропарк', owner: 'Минэнерго', tags: ['нацпроект'], status: 'priority', description: 'Турбины 3 МВт' });
  it('matches text in title, description, owner, tags, partners, case-insensitively', () => {
    expect(cardMatches(wind, { text: 'ветро', status: '', tag: '', owner: '', roadmap: '', shortlist: false })).toBe(true);
    expect(cardMatches(wind, { text: 'мвт', status: '', tag: '', owner: '', roadmap: '', shortlist: false })).toBe(true);
    expect(cardMatches(wind, { text: 'МИНЭНЕРГО', status: '', tag: '', owner: '', roadmap: '', shortlist: false })).toBe(true);
    expect(cardMatches(wind, { text: 'парковка', status: '', tag: '', owner: '', roadmap: '', shortlist: false })).toBe(false);
  });
  it('combines status, tag and owner filters', () => {
    expect(cardMatches(wind, { text: '', status: 'priority', tag: 'нацпроект', owner: 'Минэнерго', roadmap: '', shortlist: false })).toBe(true);
    expect(cardMatches(wind, { text: '', status: 'idea', tag: '', owner: '', roadmap: '', shortlist: false })).toBe(false);
    expect(cardMatches(wind, { text: '', status: '', tag: 'другое', owner: '', roadmap: '', shortlist: false })).toBe(false);
    expect(cardMatches(wind, { text: '', status: '', tag: '', owner: 'Дептранс', roadmap: '', shortlist: false })).toBe(false);
  });
});

describe('roadmap filter', () => {
  const none = { text: '', status: '' as const, tag: '', owner: '', shortlist: false };
  const started = card({ roadmap: 'in-progress' });
  const plain = card({ roadmap: null });
  it('keeps the cards with that roadmap status, or any for "carried"', () => {
    expect(cardMatches(started, { ...none, roadmap: 'in-progress' })).toBe(true);
    expect(cardMatches(started, { ...none, roadmap: 'not-started' })).toBe(false);
    expect(cardMatches(plain, { ...none, roadmap: 'in-progress' })).toBe(false);
    expect(cardMatches(started, { ...none, roadmap: 'carried' })).toBe(true);
    expect(cardMatches(plain, { ...none, roadmap: 'carried' })).toBe(false);
    expect(cardMatches(card({}), { ...none, roadmap: 'carried' })).toBe(false);
    expect(cardMatches(plain, { ...none, roadmap: '', shortlist: false })).toBe(true);
  });
});

describe('shortlist filter', () => {
  const none = { text: '', status: '' as const, tag: '', owner: '', roadmap: '' as const };
  it('keeps shortlisted and priority cards, drops proposals, and combines with the others', () => {
    expect(cardMatches(card({ status: 'shortlisted' }), { ...none, shortlist: true })).toBe(true);
    expect(cardMatches(card({ status: 'priority' }), { ...none, shortlist: true })).toBe(true);
    expect(cardMatches(card({ status: 'idea' }), { ...none, shortlist: true })).toBe(false);
    expect(cardMatches(card({ status: 'idea' }), { ...none, shortlist: false })).toBe(true);
    expect(cardMatches(card({ status: 'priority', title: 'Ветропарк' }), { ...none, text: 'парковка', shortlist: true })).toBe(false);
  });
});

describe('createFilters', () => {
  it('offers the tags and owners present on the board, and clears', () => {
    const state = { cards: { a: card({ tags: ['b', 'a'], owner: 'X' }), b: card({ tags: ['a'], owner: '' }) } };
    const { filters, dispose } = createRoot((dispose) => ({ filters: createFilters(() => state.cards), dispose }));
    expect(filters.options()).toEqual({ tags: ['a', 'b'], owners: ['X'] });
    expect(filters.active()).toBe(false);
    filters.update({ tag: 'b' });
    expect(filters.active()).toBe(true);
    expect(filters.matches(state.cards.b!)).toBe(false);
    filters.clear();
    expect(filters.matches(state.cards.b!)).toBe(true);
    filters.update({ roadmap: 'carried' });
    expect(filters.active()).toBe(true);
    expect(filters.matches(state.cards.b!)).toBe(false);
    filters.clear();
    expect(filters.active()).toBe(false);
    filters.update({ shortlist: true });
    expect(filters.active()).toBe(true);
    dispose();
  });
});
