/**
 * Where each fake remote participant is at a given time: cursors circle around homes spread
 * evenly over the board, and the first few participants drag a card each to and fro, their
 * cursor on the card. Pure, so the crowd process only sends what this says.
 */
import type { Rect } from '../../shared/board';
import type { PresenceEntry } from './crowdFrames';

export interface CrowdPlan {
  people: number;
  /** Participants 0 … drags − 1 drag `cards[i]`. */
  drags: number;
  cards: ReadonlyArray<{ id: string; x: number; y: number; w: number; h: number }>;
  /** Where the cursors roam, in canvas units. */
  area: Rect;
}

/** Presence ids far from the random 32-bit ids real clients pick, so none collide in practice. */
const FIRST_CLIENT_ID = 4_100_000_000;
const COLORS = ['#e03131', '#2f9e44', '#1971c2', '#f08c00', '#9c36b5', '#0c8599', '#c2255c', '#5c940d'];

export const clientIdOf = (person: number) => FIRST_CLIENT_ID + person;

/** The awareness state of `person` at `seconds` into the run. */
export function presenceAt(plan: CrowdPlan, person: number, seconds: number): PresenceEntry['state'] {
  const user = { name: `Участник ${person + 1}`, color: COLORS[person % COLORS.length]!, role: 'editor' as const };
  const phase = seconds * 2 + person;
  if (person < plan.drags && plan.cards[person]) {
    const card = plan.cards[person]!;
    const drag = { ids: [card.id], dx: Math.round(150 * Math.sin(phase)), dy: Math.round(100 * Math.cos(phase)) };
    return { user, editing: null, drag, cursor: { x: card.x + card.w / 2 + drag.dx, y: card.y + card.h / 2 + drag.dy, view: 'canvas' } };
  }
  const home = homeOf(plan, person);
  const radius = Math.min(plan.area.w, plan.area.h) / 40;
  return {
    user,
    editing: null,
    drag: null,
    cursor: { x: Math.round(home.x + radius * Math.cos(phase)), y: Math.round(home.y + radius * Math.sin(phase)), view: 'canvas' },
  };
}

/** Homes on a grid as close to the area's proportions as the count allows. */
function homeOf(plan: CrowdPlan, person: number) {
  const columns = Math.max(1, Math.round(Math.sqrt((plan.people * plan.area.w) / plan.area.h)));
  const rows = Math.ceil(plan.people / columns);
  const column = person % columns;
  const row = Math.floor(person / columns);
  return { x: plan.area.x + ((column + 0.5) * plan.area.w) / columns, y: plan.area.y + ((row + 0.5) * plan.area.h) / rows };
}
