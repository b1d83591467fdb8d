/**
 * Who may do what on a board: the one place these rules are written. The relay asks here about
 * every change a client's update makes, the HTTP routes about votes, marks, links and history,
 * and the client about which controls to offer, so nobody is offered what the server refuses.
 */
import type { CONTENT } from './keys';
import type { cardRecord } from './schema/cardRecord';
import type { clusterRecord } from './schema/clusterRecord';
import type { commentRecord } from './schema/commentRecord';
import type { groupRecord } from './schema/groupRecord';
import type { laneRecord } from './schema/laneRecord';
import type { metaRecord } from './schema/metaRecord';
import type { sessionRecord } from './schema/sessionRecord';
import type { Card, Phase, Role } from './types';

/** What the session says about writing right now. */
export interface SessionGate {
  locked: boolean;
  phase: Phase;
}

/** Change cards, their descriptions, resources, stages and comments: facilitators always, editors while the board is open. */
export function canEditContent(role: Role, session: SessionGate): boolean {
  return role === 'facilitator' || (role === 'editor' && !session.locked && session.phase !== 'closed');
}

/** Why `canEditContent` says no, in words for the person refused; null when it says yes. */
export function contentRefusal(role: Role, session: SessionGate): string | null {
  if (canEditContent(role, session)) return null;
  switch (role) {
    case 'editor':
      return session.locked ? 'the board is locked by the facilitator' : 'the session is closed';
    case 'expert':
      return 'experts score initiatives; they do not change the board';
    default:
      return 'viewers cannot change the board';
  }
}

/** Add, rename, recolour, reorder, move, resize and remove tracks, and give them to breakout groups. */
export const canManageTracks = (role: Role): boolean => role === 'facilitator';
/** Rename the board, change its place, date or language. */
export const canRenameBoard = (role: Role): boolean => role === 'facilitator';
/** Create, rename and remove breakout groups, and put anyone into one. */
export const canManageGroups = (role: Role): boolean => role === 'facilitator';
/** Join or leave a breakout group oneself. */
export const canJoinGroups = (role: Role, session: SessionGate): boolean => role === 'facilitator' || (role === 'editor' && canEditContent(role, session));
/** Write the session document: phase, timer, lock, modes, voting rules, criteria, reveals. */
export const canRunSession = (role: Role): boolean => role === 'facilitator';
/** Place dots (in the voting phase, on shortlisted cards). */
export const canVote = (role: Role): boolean => role === 'facilitator' || role === 'editor' || role === 'expert';
/** Mark shortlisted initiatives against the criteria (in the scoring phase). */
export const canScore = (role: Role): boolean => role === 'facilitator' || role === 'expert';
/** Rotate links, see the share links again, open the history, save and restore versions. */
export const canAdministerBoard = (role: Role): boolean => role === 'facilitator';
/** See what only facilitators see: how many private ideas people hold, ballots against people present. */
export const canSeeFacilitatorCounts = (role: Role): boolean => role === 'facilitator';
/** Delete a comment: facilitators any, everyone else their own (while they may edit content). */
export function canDeleteComment(role: Role, session: SessionGate, comment: { author: string }, me: string | null): boolean {
  if (role === 'facilitator') return true;
  return canEditContent(role, session) && me !== null && comment.author === me;
}

/** A role that never changes the board's content (it may still vote or score): viewers and experts. */
export const isReadOnlyRole = (role: Role): boolean => !canEditContent(role, { locked: false, phase: 'ideas' });

/** A card takes votes and expert marks once it is shortlisted (or a priority). */
export const isShortlisted = (card: Pick<Card, 'status'>): boolean => card.status !== 'idea';

/**
 * What a change of one field, or the creation or removal of one record, needs:
 * - `content`, `tracks`, `board`, `groups`, `session`: the rules above;
 * - `membership`: joining groups (and only oneself, unless one may manage groups);
 * - `authorship`: a new record's author must be its writer, a later change needs a facilitator;
 * - `roadmap`: content, and only on a card carried over from a past session;
 * - `facilitator`: facilitators only; `server`: never a client (the server writes it).
 */
export type Capability = 'content' | 'tracks' | 'board' | 'groups' | 'membership' | 'session' | 'authorship' | 'roadmap' | 'facilitator' | 'server';

type FieldNames<R> = R extends { fields: infer Fs } ? keyof Fs : never;

/** For one kind of record: what creating it, removing it, and changing each field needs. */
export interface RecordRules<R> {
  create: Capability;
  remove: Capability;
  fields: Record<FieldNames<R>, Capability>;
}

/**
 * The content document, record by record and field by field. Every field of every record must
 * be here (the types say so), so a field added to a record cannot be written until it has a rule.
 */
export const CONTENT_RULES: {
  meta: { fields: Record<FieldNames<typeof metaRecord>, Capability> };
  lanes: RecordRules<typeof laneRecord>;
  cards: RecordRules<typeof cardRecord>;
  comments: RecordRules<typeof commentRecord>;
  groups: RecordRules<typeof groupRecord>;
  clusters: RecordRules<typeof clusterRecord>;
} & Record<keyof typeof CONTENT, unknown> = {
  // The schema version belongs to migrations, the creation time to the server.
  meta: { fields: { schemaVersion: 'server', title: 'board', place: 'board', date: 'board', locale: 'board', createdAt: 'server' } },
  lanes: { create: 'tracks', remove: 'tracks', fields: { title: 'tracks', color: 'tracks', order: 'tracks', groupId: 'tracks', frame: 'tracks' } },
  cards: {
    create: 'content',
    remove: 'content',
    fields: {
      kind: 'content',
      position: 'content',
      size: 'content',
      z: 'content',
      title: 'content',
      description: 'content',
      owner: 'content',
      partners: 'content',
      resources: 'content',
      stages: 'content',
      tags: 'content',
      status: 'content',
      color: 'content',
      author: 'authorship',
      // A merge writes them; like the text they came with, they are content (undo brings them back).
      coauthors: 'content',
      cluster: 'content',
      roadmap: 'roadmap',
      // Where an initiative came from is set when it is carried over; a facilitator's restore may bring it back.
      origin: 'facilitator',
      createdAt: 'content',
      updatedAt: 'content',
    },
  },
  comments: {
    create: 'content',
    // Removing someone else's comment is moderation (see `canDeleteComment`).
    remove: 'content',
    fields: { cardId: 'facilitator', author: 'authorship', text: 'facilitator', createdAt: 'facilitator' },
  },
  groups: { create: 'groups', remove: 'groups', fields: { name: 'groups', color: 'groups', members: 'membership' } },
  clusters: { create: 'content', remove: 'content', fields: { title: 'content', color: 'content' } },
};

/** The session document: facilitators run it; vote totals and expert results are the server's. */
export const SESSION_RULES: { fields: Record<FieldNames<typeof sessionRecord>, Capability> } = {
  fields: {
    locked: 'session',
    phase: 'session',
    timer: 'session',
    timerSound: 'session',
    votingRules: 'session',
    votesRevealed: 'session',
    voteTotals: 'server',
    criteria: 'session',
    scoresRevealed: 'session',
    scoreResults: 'server',
    breakout: 'session',
    follow: 'session',
    privateMode: 'session',
  },
};

/** Whether `role` has a capability now; `authorship`, `membership` and `roadmap` have checks of their own on top. */
export function hasCapability(capability: Capability, role: Role, session: SessionGate): boolean {
  switch (capability) {
    case 'content':
    case 'authorship':
    case 'roadmap':
      return canEditContent(role, session);
    case 'tracks':
      return canManageTracks(role);
    case 'board':
      return canRenameBoard(role);
    case 'groups':
      return canManageGroups(role);
    case 'membership':
      return canJoinGroups(role, session);
    case 'session':
      return canRunSession(role);
    case 'facilitator':
      return role === 'facilitator';
    case 'server':
      return false;
    default: {
      const unknown: never = capability;
      throw new Error(`unknown capability ${String(unknown)}`);
    }
  }
}

/**
 * Whether a new record may carry `author`: anyone may write what a facilitator restores or
 * merges; everyone else only their own name, or (bringing back a record they removed, by undo)
 * the author it was first made with.
 */
export function mayClaimAuthor(role: Role, author: string, me: string | null, firstAuthor: string | null): boolean {
  if (role === 'facilitator') return true;
  return author === (me ?? '') || (firstAuthor !== null && author === firstAuthor);
}

/** Whether a membership entry may be written or removed: facilitators for anyone, others for themselves only. */
export function mayWriteMember(role: Role, memberKey: string, me: { id: string } | null): boolean {
  return canManageGroups(role) || (me !== null && memberKey === me.id);
}
