import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsMap } from './docMaps';
import {
  addCard,
  alignCards,
  bringToFront,
  CANVAS,
  cardRect,
  distributeCards,
  getCard,
  laneFrames,
  listCards,
  listLanes,
  moveCard,
  moveCards,
  moveLane,
  moveLaneFrame,
  rectsOf,
  resizeCard,
  resizeLaneFrame,
  sendToBack,
  type CardId,
} from './index';
import { expectRefused, newBoard } from './test/fixtures';
import { exchange, prng, replicas } from './test/replicas';

function board() {
  const doc = newBoard();
  const lanes = listLanes(doc);
  const add = (laneIndex: number, title: string) => addCard(doc, { laneId: lanes[laneIndex]!.id, title, author: 'Анна' });
  return { doc, lanes, add };
}
const rectOf = (doc: Y.Doc, id: CardId) => cardRect(getCard(doc, id)!, laneFrames(doc));

describe('canvas placement', () => {
  it('puts the strategic-session tracks side by side as frames', () => {
    const { lanes } = board();
    expect(lanes).toHaveLength(4);
    lanes.forEach((lane, i) => {
      expect(lane.frame.w).toBe(CANVAS.lane.default.w);
      if (i > 0) expect(lane.frame.x).toBe(lanes[i - 1]!.frame.x + lanes[i - 1]!.frame.w + CANVAS.laneGap);
    });
  });

  it('gives new cards the free slots of their lane, relative to its frame', () => {
    const { doc, lanes, add } = board();
    const a = add(1, 'Умная парковка');
    const b = add(1, 'Умный пешеходный переход');
    expect(getCard(doc, a)).toMatchObject({ x: 24, y: 80, size: CANVAS.card.default });
    expect(getCard(doc, b)).toMatchObject({ x: 248, y: 80 });
    expect(rectOf(doc, a)).toMatchObject({ x: lanes[1]!.frame.x + 24, y: lanes[1]!.frame.y + 80 });
    // Straight into the parking lot: below the lanes, in canvas coordinates.
    const parked = addCard(doc, { laneId: null, title: 'Ветропарк', author: 'Анна' });
    const card = getCard(doc, parked)!;
    expect(card.laneId).toBeNull();
    expect(card.y).toBeGreaterThan(Math.max(...lanes.map((lane) => lane.frame.y + lane.frame.h)));
  });

  it('moves a card into another lane when it is dropped there; outside every lane to the parking lot', () => {
    const { doc, lanes, add } = board();
    const id = add(0, 'Центр аддитивных технологий');
    const target = lanes[2]!.frame;
    moveCards(doc, [{ id, to: { x: target.x + 300, y: target.y + 400 } }]);
    expect(getCard(doc, id)).toMatchObject({ laneId: lanes[2]!.id, x: 300, y: 400 });
    // The lane's frame moves; the card comes along.
    moveLaneFrame(doc, lanes[2]!.id, { x: target.x, y: target.y + 1_000 });
    expect(rectOf(doc, id)).toMatchObject({ x: target.x + 300, y: target.y + 1_400 });
    // Dropped in the gap between two lanes: parked, in canvas coordinates.
    const gap = lanes[0]!.frame.x + lanes[0]!.frame.w + 10;
    moveCards(doc, [{ id, to: { x: gap - 100, y: 200 } }]);
    expect(getCard(doc, id)).toMatchObject({ laneId: null, x: gap - 100, y: 200 });
    expect(listCards(doc, null).map((card) => card.id)).toEqual([id]);
  });

  it('orders a card dropped into a lane by reading order there', () => {
    const { doc, lanes, add } = board();
    const top = add(1, 'Сверху');
    const bottom = add(1, 'Снизу');
    moveCards(doc, [{ id: bottom, to: { x: lanes[1]!.frame.x + 24, y: lanes[1]!.frame.y + 600 } }]);
    const moved = add(0, 'Посередине');
    moveCards(doc, [{ id: moved, to: { x: lanes[1]!.frame.x + 24, y: lanes[1]!.frame.y + 300 } }]);
    expect(listCards(doc, lanes[1]!.id).map((card) => card.title)).toEqual(['Сверху', 'Посередине', 'Снизу']);
    expect(getCard(doc, top)!.laneId).toBe(lanes[1]!.id);
  });

  it('undoes a multi-move in one step', () => {
    const { doc, lanes, add } = board();
    const ids = [add(0, 'Один'), add(0, 'Два'), add(1, 'Три')];
    const before = ids.map((id) => getCard(doc, id));
    const undo = new Y.UndoManager(cardsMap(doc), { captureTimeout: 0 });
    moveCards(
      doc,
      ids.map((id, i) => ({ id, to: { x: lanes[3]!.frame.x + 24 + i * 224, y: 600 } })),
    );
    expect(ids.every((id) => getCard(doc, id)!.laneId === lanes[3]!.id)).toBe(true);
    undo.undo();
    expect(ids.map((id) => getCard(doc, id))).toEqual(before);
  });

  it('ends two people moving the same note in one of their two places', () => {
    const { doc, lanes, add } = board();
    const id = add(0, 'Малотоннажный СПГ');
    const random = prng(7);
    for (let round = 0; round < 20; round++) {
      const [a, b] = replicas(2, doc);
      moveCards(a!.doc, [{ id, to: { x: lanes[1]!.frame.x + 50, y: 300 + round } }]);
      moveCards(b!.doc, [{ id, to: { x: lanes[3]!.frame.x + 80, y: 500 + round } }]);
      exchange([a!, b!], random);
      const [ca, cb] = [getCard(a!.doc, id)!, getCard(b!.doc, id)!];
      expect(ca).toEqual(cb);
      const place = [ca.laneId, ca.x, ca.y];
      expect([
        [lanes[1]!.id, 50, 300 + round],
        [lanes[3]!.id, 80, 500 + round],
      ]).toContainEqual(place);
    }
  });

  it('moves a card with the list view: its place in the lane kept, a free slot in another lane', () => {
    const { doc, lanes, add } = board();
    const a = add(0, 'А');
    const b = add(0, 'Б');
    moveCard(doc, b, { laneId: lanes[0]!.id, index: 0 });
    expect(getCard(doc, b)).toMatchObject({ x: 248, y: 80 });
    moveCard(doc, b, { laneId: lanes[1]!.id, index: 0 });
    expect(getCard(doc, b)).toMatchObject({ laneId: lanes[1]!.id, x: 24, y: 80 });
    moveCard(doc, a, { laneId: null, index: 0 });
    expect(getCard(doc, a)!.laneId).toBeNull();
    expectRefused(doc, () => moveCard(doc, a, { laneId: 'no-such-lane' as never, index: 0 }), 'not-found');
  });

  it('refuses positions off the canvas, writing nothing', () => {
    const { doc, add } = board();
    const id = add(0, 'Далеко');
    expectRefused(doc, () => moveCards(doc, [{ id, to: { x: 2 * CANVAS.extent, y: 0 } }]), 'invalid-input');
    expectRefused(doc, () => moveCards(doc, [{ id, to: { x: Number.NaN, y: 0 } }]), 'invalid-input');
    expectRefused(doc, () => moveCards(doc, [{ id: 'nope' as CardId, to: { x: 0, y: 0 } }]), 'not-found');
  });
});

describe('canvas arranging', () => {
  it('resizes within the limits; from the left edge it moves the card too', () => {
    const { doc, add } = board();
    const id = add(0, 'Ветропарк');
    const r = rectOf(doc, id);
    resizeCard(doc, id, { x: r.x - 100, y: r.y, w: r.w + 100, h: r.h });
    expect(rectOf(doc, id)).toEqual({ x: r.x - 100, y: r.y, w: r.w + 100, h: r.h });
    resizeCard(doc, id, { ...rectOf(doc, id), w: 5, h: 50_000 });
    expect(getCard(doc, id)!.size).toEqual({ w: CANVAS.card.min.w, h: CANVAS.card.max.h });
  });

  it('brings to front and sends to back, keeping the order within the selection', () => {
    const { doc, add } = board();
    const [a, b, c] = [add(0, 'a'), add(0, 'b'), add(0, 'c')];
    const stack = () =>
      listCards(doc)
        .sort((x, y) => (x.z < y.z ? -1 : x.z > y.z ? 1 : x.id < y.id ? -1 : 1))
        .map((card) => card.title);
    bringToFront(doc, [a]);
    expect(stack().at(-1)).toBe('a');
    const bAndC = stack().filter((t) => t === 'b' || t === 'c');
    bringToFront(doc, [c, b]);
    expect(stack()).toEqual(['a', ...bAndC]);
    sendToBack(doc, [c]);
    expect(stack()[0]).toBe('c');
  });

  it('aligns edges and centres, and distributes with equal gaps', () => {
    const { doc, lanes, add } = board();
    const ids = [add(0, '1'), add(0, '2'), add(0, '3')];
    const f = lanes[0]!.frame;
    moveCards(doc, [
      { id: ids[0]!, to: { x: f.x + 30, y: f.y + 100 } },
      { id: ids[1]!, to: { x: f.x + 100, y: f.y + 300 } },
      { id: ids[2]!, to: { x: f.x + 60, y: f.y + 800 } },
    ]);
    alignCards(doc, ids, 'left');
    expect(new Set(ids.map((id) => rectOf(doc, id).x))).toEqual(new Set([f.x + 30]));
    distributeCards(doc, ids, 'vertical');
    const ys = ids.map((id) => rectOf(doc, id).y).sort((p, q) => p - q);
    const h = CANVAS.card.default.h;
    expect(ys[1]! - (ys[0]! + h)).toBeCloseTo(ys[2]! - (ys[1]! + h), 0);
    alignCards(doc, ids, 'middle');
    const middles = ids.map((id) => rectOf(doc, id).y + h / 2);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(1);
    expect(rectsOf(doc, ids)).toHaveLength(3);
  });
});

describe('lane frames', () => {
  it('reorders the list when a frame moves past another, and lines frames up when the list is reordered', () => {
    const { doc, lanes } = board();
    const [first, second] = lanes;
    moveLaneFrame(doc, first!.id, { x: second!.frame.x + 100, y: 0 });
    expect(
      listLanes(doc)
        .map((lane) => lane.id)
        .slice(0, 2),
    ).toEqual([second!.id, first!.id]);
    moveLane(doc, lanes[3]!.id, 0);
    const row = listLanes(doc);
    expect(row[0]!.id).toBe(lanes[3]!.id);
    for (let i = 1; i < row.length; i++) expect(row[i]!.frame.x).toBe(row[i - 1]!.frame.x + row[i - 1]!.frame.w + CANVAS.laneGap);
  });

  it('resizes a frame within the limits', () => {
    const { doc, lanes } = board();
    resizeLaneFrame(doc, lanes[0]!.id, { x: -10, y: -20, w: 10, h: 99_999 });
    expect(listLanes(doc).find((lane) => lane.id === lanes[0]!.id)!.frame).toEqual({ x: -10, y: -20, w: CANVAS.lane.min.w, h: CANVAS.lane.max.h });
  });
});
