import { describe, expect, it } from 'vitest';
import { addCard, addResource, addStage, getCard, listLanes, removeResource, removeStage, updateResource, updateStage } from './index';
import { newBoard } from './test/fixtures';

function initiative() {
  const doc = newBoard();
  const card = addCard(doc, { laneId: listLanes(doc)[3]!.id, title: 'Модернизация теплосетей', author: 'Анна', now: 1 });
  return { doc, card };
}

describe('resources needed', () => {
  it('keeps lines in the order they were added, with defaults', () => {
    const { doc, card } = initiative();
    const ids = [
      addResource(doc, card, { kind: 'money', amount: 2.5e9, currency: 'RUB', description: ' бюджет области ' }, 2),
      addResource(doc, card, { kind: 'people', amount: 12 }, 3),
      addResource(doc, card, { kind: 'land' }, 4),
    ];
    const { resources, updatedAt } = getCard(doc, card)!;
    expect(resources.map((r) => r.id)).toEqual(ids);
    expect(resources[0]).toMatchObject({ kind: 'money', amount: 2.5e9, currency: 'RUB', description: 'бюджет области' });
    expect(resources[2]).toMatchObject({ kind: 'land', amount: null, currency: null, description: '' });
    expect(updatedAt).toBe(4);
  });

  it('updates only the given fields and keeps the line in place', () => {
    const { doc, card } = initiative();
    const first = addResource(doc, card, { kind: 'money', amount: 100, currency: 'RUB', description: 'кап' });
    const second = addResource(doc, card, { kind: 'equipment', description: 'котлы' });
    updateResource(doc, card, first, { amount: 150 }, 9);
    expect(getCard(doc, card)!.resources.map((r) => [r.id, r.amount, r.currency, r.description])).toEqual([
      [first, 150, 'RUB', 'кап'],
      [second, null, null, 'котлы'],
    ]);
    expect(getCard(doc, card)!.updatedAt).toBe(9);
    updateResource(doc, card, first, { currency: null, amount: null });
    expect(getCard(doc, card)!.resources[0]).toMatchObject({ amount: null, currency: null, kind: 'money' });
    removeResource(doc, card, first);
    expect(getCard(doc, card)!.resources.map((r) => r.id)).toEqual([second]);
  });
});

describe('key stages', () => {
  it('adds dated milestones, ticks them off and removes them', () => {
    const { doc, card } = initiative();
    const feasibility = addStage(doc, card, { title: 'ТЭО', due: '2027-03-01' });
    const build = addStage(doc, card, { title: 'Строительство' });
    expect(getCard(doc, card)!.stages).toMatchObject([
      { id: feasibility, title: 'ТЭО', due: '2027-03-01', done: false },
      { id: build, title: 'Строительство', due: '', done: false },
    ]);
    updateStage(doc, card, feasibility, { done: true });
    updateStage(doc, card, build, { due: '2028-09-30', title: 'Стройка' });
    expect(getCard(doc, card)!.stages).toMatchObject([
      { title: 'ТЭО', due: '2027-03-01', done: true },
      { title: 'Стройка', due: '2028-09-30', done: false },
    ]);
    updateStage(doc, card, feasibility, { done: false, due: '' });
    expect(getCard(doc, card)!.stages[0]).toMatchObject({ done: false, due: '' });
    removeStage(doc, card, feasibility);
    expect(getCard(doc, card)!.stages.map((s) => s.id)).toEqual([build]);
  });
});
