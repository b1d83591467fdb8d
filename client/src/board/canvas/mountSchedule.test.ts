import { describe, expect, it } from 'vitest';
import { nextMounted } from './mountSchedule';

describe('nextMounted', () => {
  // Cards 0…9 in a row, 100 units apart.
  const rectOf = (id: string) => ({ x: Number(id) * 100, y: 0, w: 50, h: 50 });
  const want = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

  it('brings in a batch nearest the middle of the view, and the rest at the next steps', () => {
    const first = nextMounted(want, new Set(), [], rectOf, { x: 525, y: 25 }, 4);
    expect([...first].sort()).toEqual(['4', '5', '6', '3'].sort());
    const second = nextMounted(want, first, [], rectOf, { x: 525, y: 25 }, 4);
    expect(second.size).toBe(8);
    expect(nextMounted(want, second, [], rectOf, { x: 525, y: 25 }, 4).size).toBe(10);
  });

  it('drops what is no longer wanted and takes urgent cards at once, beyond the batch', () => {
    const next = nextMounted(['1', '2', '3'], new Set(['0', '1']), ['3', '42'], rectOf, { x: 0, y: 0 }, 0);
    expect([...next].sort()).toEqual(['1', '3']);
  });

  it('takes everything at once when the batch allows', () => {
    expect(nextMounted(want, new Set(), [], rectOf, { x: 0, y: 0 }).size).toBe(10);
  });
});
