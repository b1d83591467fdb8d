/**
 * Plain records of the board model. These are what UI, server and reports read. Each record's
 * type is derived from its description in `schema/` (the same description gives its reader, its
 * import and patch schemas and what the relay accepts); this module adds the ids and enums.
 */
import type * as z from 'zod/mini';
import type { RecordOf } from './schema/fields';
import type { RecordDescription } from './schema/record';
import type { cardOriginSchema, cardRecord, resourceEntry, stageEntry } from './schema/cardRecord';
import type { clusterRecord } from './schema/clusterRecord';
import type { commentRecord } from './schema/commentRecord';
import type { groupRecord, memberEntry } from './schema/groupRecord';
import type { laneRecord } from './schema/laneRecord';
import type { metaRecord } from './schema/metaRecord';
import type { sessionRecord } from './schema/sessionRecord';

declare const brand: unique symbol;
/** A string id that cannot be mixed up with another kind of id at compile time. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type BoardId = Brand<string, 'BoardId'>;
export type LaneId = Brand<string, 'LaneId'>;
export type CardId = Brand<string, 'CardId'>;
export type CommentId = Brand<string, 'CommentId'>;
export type GroupId = Brand<string, 'GroupId'>;
export type ClusterId = Brand<string, 'ClusterId'>;
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

export const RESOURCE_KINDS = ['money', 'people', 'land', 'equipment', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Named palette; colour is never the only signal in the UI, so names matter. */
export const COLORS = ['yellow', 'orange', 'red', 'pink', 'violet', 'blue', 'teal', 'green', 'grey'] as const;
export type Color = (typeof COLORS)[number];

/** The plain record a Y.Map record description reads into. */
type Plain<R> = R extends RecordDescription<infer Fs> ? RecordOf<Fs> : never;
/** The plain entry an entry description reads into. */
type PlainEntry<E> = E extends { read(id: string, raw: unknown): infer T | null } ? T : never;

/** The past session an initiative was carried over from (`boardId` null for a JSON export). */
export type CardOrigin = z.output<typeof cardOriginSchema>;
/** Title, place (city or region), ISO date or '', language, schema version, creation time. */
export type BoardMeta = Plain<typeof metaRecord>;
/** A track: title, colour, fractional-index order (lanes sort by (order, id)), breakout group. */
export type Lane = { id: LaneId } & Plain<typeof laneRecord>;
/** A breakout group and who is in it (by name, ties by key). */
export type Group = { id: GroupId } & Plain<typeof groupRecord>;
/** A person in a breakout group: `key` is their participant id on the board, not a secret. */
export type GroupMember = PlainEntry<typeof memberEntry>;
/** One line of "resources needed". */
export type Resource = PlainEntry<typeof resourceEntry>;
/** A dated milestone of an initiative. */
export type Stage = PlainEntry<typeof stageEntry>;
/** An idea or a project initiative; cards sort by (order, id) within their lane. */
export type Card = { id: CardId } & Plain<typeof cardRecord>;
export type Comment = { id: CommentId } & Plain<typeof commentRecord>;
/** A titled group of notes; its members are the cards naming it. */
export type Cluster = { id: ClusterId } & Plain<typeof clusterRecord>;

/** Everything on a board's content document, as plain data (reports, JSON export, tests). */
export interface BoardContent {
  meta: BoardMeta;
  lanes: Lane[];
  cards: Card[];
  comments: Comment[];
  groups: Group[];
  clusters: Cluster[];
}

/** The steps a facilitator walks a session through; each enables what it needs. */
export const PHASES = ['ideas', 'shortlist', 'voting', 'scoring', 'presentation', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

/** Facilitation state held in the session document. */
export type SessionState = Plain<typeof sessionRecord>;
/**
 * A countdown in server time: running when `endsAt` is set (server epoch ms), paused with
 * `remainingMs` left otherwise. Every client computes the same remaining time from it.
 */
export type TimerState = SessionState['timer'];
/** Where a facilitator's view is, while everyone follows it. */
export type FollowState = NonNullable<SessionState['follow']>;
