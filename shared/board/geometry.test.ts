import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  centerOf,
  containsPoint,
  containsRect,
  frameAt,
  inflate,
  intersects,
  overlaps,
  rectFromCorners,
  snap,
  snapPoint,
  topmostAt,
} from './geometry';

const rect = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });

describe('geometry', () => {
  it('makes a rectangle from two corners in any order (a marquee dragged up and left)', () => {
    expect(rectFromCorners({ x: 300, y: 200 }, { x: 100, y: 50 })).toEqual(rect(100, 50, 200, 150));
    expect(rectFromCorners({ x: 5, y: 5 }, { x: 5, y: 5 })).toEqual(rect(5, 5, 0, 0));
  });

  it('hit-tests points with the right and bottom edges belonging to the next rectangle', () => {
    const r = rect(0, 0, 100, 50);
    expect(containsPoint(r, { x: 0, y: 0 })).toBe(true);
    expect(containsPoint(r, { x: 99.9, y: 49.9 })).toBe(true);
    expect(containsPoint(r, { x: 100, y: 10 })).toBe(false);
    expect(containsPoint(r, { x: 10, y: 50 })).toBe(false);
    expect(containsPoint(r, { x: -1, y: 10 })).toBe(false);
  });

  it('tells containment, touching and overlapping apart', () => {
    const lane = rect(0, 0, 720, 960);
    expect(containsRect(lane, rect(24, 80, 200, 140))).toBe(true);
    expect(containsRect(lane, rect(600, 80, 200, 140))).toBe(false);
    // Touching edges: a marquee touching a note selects it, but two notes side by side do not overlap.
    expect(intersects(rect(0, 0, 10, 10), rect(10, 0, 10, 10))).toBe(true);
    expect(overlaps(rect(0, 0, 10, 10), rect(10, 0, 10, 10))).toBe(false);
    expect(overlaps(rect(0, 0, 10, 10), rect(9, 9, 10, 10))).toBe(true);
    expect(intersects(rect(0, 0, 10, 10), rect(11, 0, 10, 10))).toBe(false);
  });

  it('bounds many rectangles, and none', () => {
    expect(boundsOf([rect(10, 20, 30, 40), rect(-5, 100, 10, 10)])).toEqual(rect(-5, 20, 45, 90));
    expect(boundsOf([])).toBeNull();
  });

  it('inflates and shrinks around the centre, never below zero size', () => {
    expect(inflate(rect(10, 10, 100, 50), 5)).toEqual(rect(5, 5, 110, 60));
    expect(inflate(rect(10, 10, 100, 50), -30)).toEqual(rect(40, 35, 40, 0));
    expect(centerOf(rect(0, 0, 100, 50))).toEqual({ x: 50, y: 25 });
  });

  it('snaps to a grid, without -0 and without a grid', () => {
    expect(snap(37, 20)).toBe(40);
    expect(snap(29, 20)).toBe(20);
    expect(Object.is(snap(-4, 20), 0)).toBe(true);
    expect(snap(-31, 20)).toBe(-40);
    expect(snap(37.5, 0)).toBe(37.5);
    expect(snapPoint({ x: 11, y: 19 }, 10)).toEqual({ x: 10, y: 20 });
  });

  it('finds the frame holding a rectangle by its centre; the topmost where frames overlap', () => {
    const frames = [
      { id: 'a', frame: rect(0, 0, 720, 960) },
      { id: 'b', frame: rect(800, 0, 720, 960) },
      { id: 'c', frame: rect(700, 0, 200, 200) },
    ];
    // Mostly in "a" but its centre is in "a": it belongs to "a".
    expect(frameAt(frames, rect(600, 300, 200, 140))?.id).toBe('a');
    // Centre at x = 750: in "c" only.
    expect(frameAt(frames, rect(650, 50, 200, 100))?.id).toBe('c');
    // Centre at x = 850, y = 120: in "b" and "c"; "c" is drawn on top.
    expect(frameAt(frames, rect(750, 50, 200, 140))?.id).toBe('c');
    // In the gap between lanes (x 720–800) and below "c": the parking lot.
    expect(frameAt(frames, rect(720, 400, 60, 100))).toBeNull();
    expect(frameAt([], rect(0, 0, 10, 10))).toBeNull();
  });

  it('picks the topmost item under a point', () => {
    const items = [
      { id: 'under', rect: rect(0, 0, 100, 100) },
      { id: 'over', rect: rect(50, 50, 100, 100) },
    ];
    expect(topmostAt(items, { x: 75, y: 75 })?.id).toBe('over');
    expect(topmostAt(items, { x: 25, y: 25 })?.id).toBe('under');
    expect(topmostAt(items, { x: 200, y: 200 })).toBeNull();
  });
});
