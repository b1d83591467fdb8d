/**
 * The Yjs layout of a board: the only place that names Y keys. Everything else reads and
 * writes through the typed commands and queries of `shared/board/`.
 */

/** Top-level shared types of the content document. */
export const CONTENT = {
  meta: 'meta',
  lanes: 'lanes',
  cards: 'cards',
  comments: 'comments',
  groups: 'groups',
} as const;

/** Top-level shared types of the session document. */
export const SESSION = {
  state: 'session',
} as const;

/**
 * The private document: kept by the server, never served over WebSocket. Holds who the
 * participants are and their ballots, so counts stay secret until the facilitator reveals.
 */
export const PRIVATE = {
  participants: 'participants',
  ballots: 'ballots',
  /** expert participant id → Y.Map<cardId, {criterionId: 1..5}> */
  scores: 'scores',
} as const;

/** Keys of the meta map. */
export const META = {
  schemaVersion: 'schemaVersion',
  title: 'title',
  place: 'place',
  date: 'date',
  locale: 'locale',
  createdAt: 'createdAt',
} as const;

/** Keys of one lane's Y.Map. */
export const LANE = {
  title: 'title',
  color: 'color',
  order: 'order',
  groupId: 'groupId',
} as const;

/** Keys of one card's Y.Map. */
export const CARD = {
  kind: 'kind',
  /** `{lane, order}` as one value, so a concurrent move never mixes two movers' fields. */
  position: 'pos',
  title: 'title',
  description: 'description',
  owner: 'owner',
  partners: 'partners',
  resources: 'resources',
  stages: 'stages',
  tags: 'tags',
  status: 'status',
  color: 'color',
  author: 'author',
  /**
   * Roadmap status and `{boardId, title, date}` origin of a carried-over initiative. Absent on
   * cards made before roadmaps; readers take that as null, so no migration is needed.
   */
  roadmap: 'roadmap',
  origin: 'origin',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
} as const;

/** Version-0 card keys, read only by the migration. */
export const CARD_V0 = {
  lane: 'lane',
  order: 'order',
} as const;

/** Keys of one comment's Y.Map. */
export const COMMENT = {
  cardId: 'cardId',
  author: 'author',
  text: 'text',
  createdAt: 'createdAt',
} as const;

/** Keys of one breakout group's Y.Map. */
export const GROUP = {
  name: 'name',
  color: 'color',
  /** Y.Map<memberKey, {name}>: who is in the group. */
  members: 'members',
} as const;

/** Keys of the session state map. */
export const SESSION_STATE = {
  locked: 'locked',
  /** `{perParticipant, maxPerCard}` dot-voting rules. */
  votingRules: 'votingRules',
  votesRevealed: 'votesRevealed',
  /** Criteria as one list value: `[{id, title, weight, inverted}]`. */
  scoringCriteria: 'scoringCriteria',
  scoresRevealed: 'scoresRevealed',
  /** cardId → result; written by the server, only while scores are revealed. */
  scoreResults: 'scoreResults',
  /** cardId → total votes; written by the server, only while votes are revealed. */
  voteTotals: 'voteTotals',
  phase: 'phase',
  /** `{durationMs, remainingMs, endsAt}` as one value, so start/pause never mix. */
  timer: 'timer',
  timerSound: 'timerSound',
  /** True while breakout groups work on their own tracks; false is plenary. */
  breakout: 'breakout',
  /** `{leader, laneId, cardId, slide}` while everyone follows a facilitator, else absent. */
  follow: 'follow',
  /** True while new ideas stay in each participant's browser until the reveal. */
  privateMode: 'privateMode',
} as const;
