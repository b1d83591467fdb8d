import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsMap } from './docMaps';
import {
  addCard,
  addResource,
  cardRect,
  copyCards,
  duplicateCards,
  getCard,
  laneFrames,
  listCards,
  listLanes,
  parseClip,
  pasteCards,
  updateCard,
} from './index';
import { newBoard } from './test/fixtures';

function boardWithTwo() {
  const doc = newBoard();
  const lanes = listLanes(doc);
  const a = addCard(doc, { laneId: lanes[2]!.id, title: 'Умная парковка', author: 'Анна', kind: 'initiative', color: 'green' });
  updateCard(doc, a, { owner: 'Мэрия Калуги', status: 'priority' });
  addResource(doc, a, { kind: 'money', amount: 450_000_000, currency: 'RUB' });
  const b = addCard(doc, { laneId: lanes[2]!.id, title: 'Мониторинг парковочных мест', author: 'Борис' });
  return { doc, lanes, a, b };
}

describe('copy and paste', () => {
  it('pastes into another board as new cards by the paster, keeping content, size and arrangement', () => {
    const { doc, a, b } = boardWithTwo();
    const clip = copyCards(doc, [a, b])!;
    // Through the system clipboard: text out, text in.
    const text = JSON.stringify(clip);
    const other = newBoard();
    const target = listLanes(other)[0]!.frame;
    const ids = pasteCards(other, parseClip(text)!, { x: target.x + 40, y: target.y + 100 }, 'Ольга');
    expect(ids).toHaveLength(2);
    // Clip order is stacking order (equal keys here: by id), so find each by its title.
    const byTitle = (title: string) => ids.map((id) => getCard(other, id)!).find((card) => card.title === title)!;
    const pasted = [byTitle('Умная парковка'), byTitle('Мониторинг парковочных мест')];
    expect(pasted[0]).toMatchObject({
      kind: 'initiative',
      owner: 'Мэрия Калуги',
      color: 'green',
      author: 'Ольга',
      status: 'idea',
      laneId: listLanes(other)[0]!.id,
    });
    expect(pasted[0]!.resources).toMatchObject([{ kind: 'money', amount: 450_000_000, currency: 'RUB' }]);
    expect(pasted[0]!.resources[0]!.id).not.toBe(getCard(doc, a)!.resources[0]!.id);
    // The same arrangement: the second sits where it sat relative to the first.
    const frames = laneFrames(other);
    const [ra, rb] = pasted.map((card) => cardRect(card, frames));
    const [oa, ob] = [a, b].map((id) => cardRect(getCard(doc, id)!, laneFrames(doc)));
    expect({ dx: rb!.x - ra!.x, dy: rb!.y - ra!.y }).toEqual({ dx: ob!.x - oa!.x, dy: ob!.y - oa!.y });
    expect({ x: Math.min(ra!.x, rb!.x), y: Math.min(ra!.y, rb!.y) }).toEqual({ x: target.x + 40, y: target.y + 100 });
    // On top of everything else.
    const others = listCards(other).filter((card) => !ids.includes(card.id));
    for (const card of others) expect(card.z < pasted[0]!.z).toBe(true);
  });

  it('pastes as one undo step', () => {
    const { doc, a, b } = boardWithTwo();
    const undo = new Y.UndoManager(cardsMap(doc), { captureTimeout: 0 });
    const count = listCards(doc).length;
    duplicateCards(doc, [a, b], 'Анна');
    expect(listCards(doc)).toHaveLength(count + 2);
    undo.undo();
    expect(listCards(doc)).toHaveLength(count);
  });

  it('duplicates a little below and to the right', () => {
    const { doc, a } = boardWithTwo();
    const [copy] = duplicateCards(doc, [a], 'Анна');
    const frames = laneFrames(doc);
    const [from, to] = [a, copy!].map((id) => cardRect(getCard(doc, id)!, frames));
    expect({ x: to!.x - from!.x, y: to!.y - from!.y }).toEqual({ x: 24, y: 24 });
    expect(duplicateCards(doc, [], 'Анна')).toEqual([]);
  });

  it('reads only its own clips from the clipboard: plain text, foreign JSON and bad fields are not clips', () => {
    const { doc, a } = boardWithTwo();
    const clip = copyCards(doc, [a])!;
    expect(parseClip('Умная парковка')).toBeNull();
    expect(parseClip('{"type":"excalidraw/clipboard","elements":[]}')).toBeNull();
    expect(parseClip(JSON.stringify({ ...clip, version: 9 }))).toBeNull();
    expect(parseClip(JSON.stringify({ ...clip, cards: [{ ...clip.cards[0], color: 'chartreuse' }] }))).toBeNull();
    expect(parseClip(JSON.stringify({ ...clip, cards: [{ ...clip.cards[0], dx: 1e12 }] }))).toBeNull();
    expect(parseClip(JSON.stringify({ ...clip, cards: [] }))).toBeNull();
    expect(parseClip(JSON.stringify(clip))).toEqual(clip);
  });
});
