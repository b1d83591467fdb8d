/**
 * Presence (awareness) states: what one person publishes about themselves, described once for
 * the client that writes and reads them and for the relay that checks them. The relay refuses
 * a state that claims another role than its connection's, and strips what only facilitators may
 * see (how many private ideas someone holds) from what everyone else receives.
 */
import * as z from 'zod/mini';
import { ROLES, type Role } from '../board/types';
import { canSeeFacilitatorCounts } from '../board/rules';
import { boundedText, LIMITS, memberKeySchema, wholeBetween } from '../board/schema/values';

/** Most cards a live drag or a selection shows to others (a bigger one shows its first 200). */
export const MAX_DRAGGED = 200;

/** A name as presence carries it: at most as long as a person's name. */
const NAME = boundedText(LIMITS.author);
const CARD_ID = boundedText(64);
/** Absent, or null for "none". */
const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

export const presenceStateSchema = z.object({
  user: z.object({
    name: NAME,
    color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i)),
    role: z.enum(ROLES),
    /** Their participant id: their key in breakout groups. */
    memberKey: z.optional(memberKeySchema),
  }),
  /** How many private ideas this person holds (never their text); only facilitators receive it. */
  privateIdeas: z.optional(wholeBetween(0, 10_000)),
  /**
   * Where the pointer is: on the canvas in canvas coordinates (`view: 'canvas'`), otherwise over
   * the list view's lanes; each view draws only the cursors of its own kind.
   */
  cursor: maybe(z.object({ x: z.number(), y: z.number(), view: z.optional(z.enum(['list', 'canvas'])) })),
  editing: maybe(CARD_ID),
  /**
   * Cards this person is dragging on the canvas right now and how far (canvas units): others
   * see the move while it happens; only the drop is stored.
   */
  drag: maybe(z.object({ ids: z.array(CARD_ID).check(z.maxLength(MAX_DRAGGED)), dx: z.number(), dy: z.number() })),
  /** Cards this person has selected on the canvas: others see them outlined in this person's colour. */
  selection: z.optional(z.array(CARD_ID).check(z.maxLength(MAX_DRAGGED))),
});

export type PresenceState = z.infer<typeof presenceStateSchema>;

/** Fields of a presence state that only roles allowed to see facilitator counts receive. */
export const FACILITATOR_ONLY_PRESENCE: ReadonlyArray<keyof PresenceState> = ['privateIdeas'];

/**
 * Why a connection of `role` may not publish `state`, or null when it may. The relay does not
 * hold every client to the full schema (a stock provider may publish other presence, which the
 * web client simply does not show), but a state that names a role must name the connection's.
 */
export function presenceRefusal(state: Record<string, unknown>, role: Role): string | null {
  const user = state.user;
  if (user === undefined) return null;
  if (typeof user !== 'object' || user === null || Array.isArray(user)) return 'malformed presence';
  const claimed = (user as { role?: unknown }).role;
  if (claimed !== undefined && claimed !== role) return `presence must carry your own role (${role})`;
  return null;
}

/** The state as a `role` may receive it: without facilitator-only fields for everyone else. */
export function presenceFor(role: Role, state: Record<string, unknown>): Record<string, unknown> {
  if (canSeeFacilitatorCounts(role) || !FACILITATOR_ONLY_PRESENCE.some((field) => field in state)) return state;
  const visible = { ...state };
  for (const field of FACILITATOR_ONLY_PRESENCE) delete visible[field];
  return visible;
}

/** Whether anything of `state` differs for roles that cannot see facilitator counts. */
export const hasFacilitatorOnlyFields = (state: Record<string, unknown>): boolean => FACILITATOR_ONLY_PRESENCE.some((field) => field in state);
