/**
 * Plain records of the board model. These are what UI, server and reports read; the Yjs layout
 * behind them is private to `shared/board/` (see `keys.ts`).
 */

declare const brand: unique symbol;
/** A string id that cannot be mixed up with another kind of id at compile time. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type BoardId = Brand<string, 'BoardId'>;
export type LaneId = Brand<string, 'LaneId'>;
export type CardId = Brand<string, 'CardId'>;
export type CommentId = Brand<string, 'CommentId'>;
export type GroupId = Brand<string, 'GroupId'>;
export type ResourceId = Brand<string, 'ResourceId'>;
export type StageId = Brand<string, 'StageId'>;

/** Board languages the product ships in. */
export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Who may do what on a board; carried by a capability link. Experts see the board read-only
 * and score the shortlisted initiatives.
 */
export const ROLES = ['facilitator', 'editor', 'expert', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const TEMPLATES = ['strategic-session', 'blank'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

/** A card starts as an idea; the room promotes the best ones to project initiatives. */
export const CARD_KINDS = ['idea', 'initiative'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** idea → shortlisted → priority, the funnel of a strategic session. */
export const CARD_STATUSES = ['idea', 'shortlisted', 'priority'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

/**
 * Where an initiative carried over from a past session stands on the roadmap. A card that was
 * not carried over has no roadmap status (null).
 */
export const ROADMAP_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** The past session an initiative was carried over from. */
export interface CardOrigin {
  /** Id of the past board; null when it came from a JSON export, which does not name its board. */
  boardId: string | null;
  /** Title of the past session. */
  title: string;
  /** ISO date (YYYY-MM-DD) of the past session, or '' when unknown. */
  date: string;
}

export const RESOURCE_KINDS = ['money', 'people', 'land', 'equipment', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Named palette; colour is never the only signal in the UI, so names matter. */
export const COLORS = ['yellow', 'orange', 'red', 'pink', 'violet', 'blue', 'teal', 'green', 'grey'] as const;
export type Color = (typeof COLORS)[number];

export interface BoardMeta {
  schemaVersion: number;
  title: string;
  /** City or region the session is held for. */
  place: string;
  /** ISO date (YYYY-MM-DD) of the session, or '' when not set. */
  date: string;
  locale: Locale;
  /** Epoch milliseconds. */
  createdAt: number;
}

export interface Lane {
  id: LaneId;
  title: string;
  color: Color;
  /** Fractional-index key; lanes sort by (order, id). */
  order: string;
  groupId: GroupId | null;
}

export interface Group {
  id: GroupId;
  name: string;
  color: Color;
  /** Who is in the group, by name (ties by key). */
  members: GroupMember[];
}

/** A person in a breakout group: `key` is a per-device id for this board, not a secret. */
export interface GroupMember {
  key: string;
  name: string;
}

/** Where a facilitator's view is, while everyone follows it. */
export interface FollowState {
  /** Display name of the facilitator being followed. */
  leader: string;
  laneId: string | null;
  cardId: string | null;
  /** Presentation slide index, when presenting. */
  slide: number | null;
}

/** One line of "resources needed". Amount is meaningful for money and people. */
export interface Resource {
  id: ResourceId;
  kind: ResourceKind;
  description: string;
  /** Money: amount in `currency`; people: head count; others: optional quantity. */
  amount: number | null;
  /** ISO 4217 code for money (e.g. RUB), otherwise null. */
  currency: string | null;
  order: string;
}

/** A dated milestone of an initiative. */
export interface Stage {
  id: StageId;
  title: string;
  /** ISO date (YYYY-MM-DD) or '' when not yet planned. */
  due: string;
  done: boolean;
  order: string;
}

export interface Card {
  id: CardId;
  kind: CardKind;
  laneId: LaneId;
  /** Fractional-index key within the lane; cards sort by (order, id). */
  order: string;
  title: string;
  /** Plain text of the collaborative description. */
  description: string;
  owner: string;
  partners: string[];
  resources: Resource[];
  stages: Stage[];
  tags: string[];
  status: CardStatus;
  color: Color;
  /** Display name of whoever created it. */
  author: string;
  /**
   * Roadmap status of an initiative carried over from a past session; null for any other card.
   * Readers always set it (and `origin`); both are optional in the type only so plain records
   * written before roadmaps existed (report fixtures, old JSON exports) still fit.
   */
  roadmap?: RoadmapStatus | null;
  /** The past session the initiative came from; null for a card made on this board. */
  origin?: CardOrigin | null;
  createdAt: number;
  updatedAt: number;
}

export interface Comment {
  id: CommentId;
  cardId: CardId;
  author: string;
  text: string;
  createdAt: number;
}

/** Everything on a board's content document, as plain data (reports, JSON export, tests). */
export interface BoardContent {
  meta: BoardMeta;
  lanes: Lane[];
  cards: Card[];
  comments: Comment[];
  groups: Group[];
}

/** The steps a facilitator walks a session through; each enables what it needs. */
export const PHASES = ['ideas', 'shortlist', 'voting', 'scoring', 'presentation', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * A countdown in server time: running when `endsAt` is set (server epoch ms), paused with
 * `remainingMs` left otherwise. Every client computes the same remaining time from it.
 */
export interface TimerState {
  durationMs: number;
  remainingMs: number;
  endsAt: number | null;
}

/** Facilitation state held in the session document. */
export interface SessionState {
  locked: boolean;
  phase: Phase;
  timer: TimerState;
  /** Play a sound when the timer reaches zero. */
  timerSound: boolean;
  votingRules: { perParticipant: number; maxPerCard: number };
  votesRevealed: boolean;
  /** Card id → votes, present only while revealed. */
  voteTotals: Record<string, number>;
  scoresRevealed: boolean;
  /** Breakout groups work on their own tracks; false means plenary (the whole board). */
  breakout: boolean;
  /** Set while everyone is asked to follow a facilitator's view. */
  follow: FollowState | null;
  /** New ideas stay in each participant's browser until the facilitator reveals them. */
  privateMode: boolean;
  /** Scoring criteria the facilitator set; null while the defaults (in the board's language) apply. */
  criteria: Array<{ id: string; title: string; weight: number; inverted: boolean }> | null;
  /** Card id → expert results, present only while revealed. */
  scoreResults: Record<
    string,
    { weighted: number; experts: number; criteria: Record<string, { mean: number; min: number; max: number; sd: number; count: number }> }
  >;
}
