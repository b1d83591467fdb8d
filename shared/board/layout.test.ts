import { describe, expect, it } from 'vitest';
import { overlaps } from './geometry';
import { CANVAS, drawnLaneFrame, freeSlotInLane, freeSlotInParkingLot, laneFrameAt, laneHeightFor, laneSlot, nextLaneFrame, parkingLotArea } from './layout';

const { w: laneWidth } = CANVAS.lane.default;
const card = CANVAS.card.default;

describe('layout', () => {
  it('fills a default lane three notes wide, in reading order, below the title bar, inside the frame', () => {
    const slots = Array.from({ length: 7 }, (_, i) => laneSlot(laneWidth, i));
    expect(slots.slice(0, 4)).toEqual([
      { x: 24, y: 80 },
      { x: 248, y: 80 },
      { x: 472, y: 80 },
      { x: 24, y: 244 },
    ]);
    for (const slot of slots) expect(slot.x + card.w).toBeLessThanOrEqual(laneWidth - CANVAS.lanePadding);
    // No two slots overlap.
    for (let i = 0; i < slots.length; i++)
      for (let j = i + 1; j < slots.length; j++) expect(overlaps({ ...slots[i]!, ...card }, { ...slots[j]!, ...card })).toBe(false);
  });

  it('keeps one column in a lane narrower than two notes', () => {
    expect(laneSlot(260, 1)).toEqual({ x: 24, y: 244 });
  });

  it('puts a new card in the first slot no card overlaps', () => {
    expect(freeSlotInLane(laneWidth, [])).toEqual({ x: 24, y: 80 });
    const first = { x: 24, y: 80, ...card };
    expect(freeSlotInLane(laneWidth, [first])).toEqual({ x: 248, y: 80 });
    // A note dragged across slots 1 and 2 takes both; a far-away one takes none.
    const across = { x: 300, y: 100, ...card };
    const far = { x: 5_000, y: 90_000, ...card };
    expect(freeSlotInLane(laneWidth, [first, across, far])).toEqual({ x: 24, y: 244 });
    // A gap left by a moved note is filled first.
    const row = [0, 2, 3].map((i) => ({ ...laneSlot(laneWidth, i), ...card }));
    expect(freeSlotInLane(laneWidth, row)).toEqual(laneSlot(laneWidth, 1));
    // A big card covers several cells.
    const big = { x: 24, y: 80, w: 700, h: 400 };
    expect(freeSlotInLane(laneWidth, [big])).toEqual(laneSlot(laneWidth, 9));
  });

  it('finds a free slot in time linear in the cards (10,000 in one lane)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...laneSlot(laneWidth, i), ...card }));
    expect(freeSlotInLane(laneWidth, many)).toEqual(laneSlot(laneWidth, 10_000));
  });

  it('lays lanes side by side and makes a lane tall enough for its cards', () => {
    expect(laneFrameAt(0)).toEqual({ x: 0, y: 0, ...CANVAS.lane.default });
    expect(laneFrameAt(2).x).toBe(2 * (laneWidth + CANVAS.laneGap));
    expect(laneHeightFor(laneWidth, 3)).toBe(CANVAS.lane.default.h);
    const tall = laneHeightFor(laneWidth, 30);
    expect(tall).toBe(laneSlot(laneWidth, 29).y + card.h + CANVAS.lanePadding);
    expect(nextLaneFrame([laneFrameAt(0), { x: 900, y: 40, w: 300, h: 500 }])).toEqual({ x: 1_280, y: 0, ...CANVAS.lane.default });
    expect(nextLaneFrame([])).toEqual(laneFrameAt(0));
  });

  it('draws a lane down to its lowest card, never shorter than its frame', () => {
    const frame = laneFrameAt(0);
    expect(drawnLaneFrame(frame, [{ x: 24, y: 80, ...card }])).toBe(frame);
    expect(drawnLaneFrame(frame, [{ x: 24, y: 1_000, ...card }]).h).toBe(1_000 + card.h + CANVAS.lanePadding);
  });

  it('keeps the parking lot below every lane and fills it like a lane', () => {
    const frames = [laneFrameAt(0), laneFrameAt(1, 2_000)];
    const area = parkingLotArea(frames);
    expect(area.y).toBe(2_000 + CANVAS.laneGap);
    expect(area.w).toBe(2 * laneWidth + CANVAS.laneGap);
    const first = freeSlotInParkingLot(area, []);
    expect(first).toEqual({ x: area.x + 24, y: area.y + 24 });
    expect(freeSlotInParkingLot(area, [{ ...first, ...card }]).x).toBe(area.x + 248);
    expect(parkingLotArea([]).y).toBe(0);
  });
});
