/**
 * Dot voting. Rules and the reveal flag live in the session document (facilitators set them);
 * ballots live in the server's private document and are cast through the HTTP API, so no
 * participant can see or forge counts before the reveal. While revealed, the server copies
 * the totals into the session document.
 */
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { sessionMap } from './docMaps';
import { PRIVATE, SESSION_STATE } from './keys';
import { DEFAULT_VOTING_RULES, votingRulesSchema } from './schema/sessionRecord';
import { readSessionField } from './session';
import type { SessionState } from './types';

/** Dot-voting rules: votes per participant, and at most this many on one card. */
export type VotingRules = SessionState['votingRules'];

export { DEFAULT_VOTING_RULES };

/** The board's voting rules; defaults for anything missing or malformed. */
export function readVotingRules(doc: Y.Doc): VotingRules {
  return readSessionField(doc, 'votingRules');
}

/** Sets the voting rules (whole numbers 1..100). */
export function setVotingRules(doc: Y.Doc, rules: VotingRules): void {
  const parsed = votingRulesSchema.safeParse(rules);
  if (!parsed.success) throw new BoardModelError('invalid-input', 'votes: whole numbers from 1 to 100');
  doc.transact(() => sessionMap(doc).set(SESSION_STATE.votingRules, parsed.data));
}

/** True while the facilitator shows the vote totals. */
export const votesRevealed = (doc: Y.Doc): boolean => readSessionField(doc, 'votesRevealed');

/** Shows or hides the vote totals; the server then writes or clears them. */
export function setVotesRevealed(doc: Y.Doc, revealed: boolean): void {
  doc.transact(() => sessionMap(doc).set(SESSION_STATE.votesRevealed, revealed));
}

/**
 * Why a vote cannot be taken now, or null while voting is open. Votes are taken in the voting
 * phase until the totals are shown: the reveal closes the ballot, so nobody votes with the count
 * in view; the facilitator reopens it by hiding the totals again.
 */
export function votingClosedReason(session: Pick<SessionState, 'phase' | 'votesRevealed'>): string | null {
  if (session.phase !== 'voting') return 'voting is not open';
  return session.votesRevealed ? 'voting is closed: the totals are shown (the facilitator reopens it by hiding them)' : null;
}

/** True while votes are taken (see `votingClosedReason`). */
export const isVotingOpen = (session: Pick<SessionState, 'phase' | 'votesRevealed'>): boolean => votingClosedReason(session) === null;

/** Revealed totals per card (empty while hidden). */
export function readVoteTotals(doc: Y.Doc): Record<string, number> {
  return readSessionField(doc, 'voteTotals');
}

/** Server side: publishes totals (or clears them with `null`), touching only what changed. */
export function writeVoteTotals(doc: Y.Doc, totals: Record<string, number> | null): void {
  doc.transact(() => {
    const session = sessionMap(doc);
    let map = session.get(SESSION_STATE.voteTotals);
    if (!(map instanceof Y.Map)) {
      map = new Y.Map<number>();
      session.set(SESSION_STATE.voteTotals, map);
    }
    const target = map as Y.Map<number>;
    const next = totals ?? {};
    for (const key of [...target.keys()]) if (!(key in next)) target.delete(key);
    for (const [cardId, count] of Object.entries(next)) if (target.get(cardId) !== count) target.set(cardId, count);
  });
}

/** One participant's ballot: card id → votes placed. */
export type Ballot = Record<string, number>;

function ballotsMap(privateDoc: Y.Doc) {
  return privateDoc.getMap<Y.Map<number>>(PRIVATE.ballots);
}

/** One participant's ballot from the private document (empty when none). */
export function readBallot(privateDoc: Y.Doc, participantId: string): Ballot {
  const ballot = ballotsMap(privateDoc).get(participantId);
  const out: Ballot = {};
  if (ballot instanceof Y.Map) {
    ballot.forEach((count, cardId) => {
      if (count > 0) out[cardId] = count;
    });
  }
  return out;
}

/** Votes a ballot has placed in total. */
export const ballotUsed = (ballot: Ballot): number => Object.values(ballot).reduce((sum, n) => sum + n, 0);

/** Why a vote cannot be placed or removed under the rules, or null when it can. */
export function voteRefusal(ballot: Ballot, cardId: string, delta: 1 | -1, rules: VotingRules): string | null {
  const onCard = ballot[cardId] ?? 0;
  if (delta === -1) return onCard === 0 ? 'you have no vote on this card to take back' : null;
  if (onCard >= rules.maxPerCard) return `at most ${rules.maxPerCard} votes per card`;
  if (ballotUsed(ballot) >= rules.perParticipant) return `all ${rules.perParticipant} votes are used`;
  return null;
}

/** Server side: applies an already validated vote. */
export function applyVote(privateDoc: Y.Doc, participantId: string, cardId: string, delta: 1 | -1): void {
  privateDoc.transact(() => {
    const ballots = ballotsMap(privateDoc);
    let ballot = ballots.get(participantId);
    if (!(ballot instanceof Y.Map)) {
      ballot = new Y.Map<number>();
      ballots.set(participantId, ballot);
    }
    const next = (ballot.get(cardId) ?? 0) + delta;
    if (next > 0) ballot.set(cardId, next);
    else ballot.delete(cardId);
  });
}

/** Totals over every ballot, counting only cards still on the board. */
export function tallyVotes(privateDoc: Y.Doc, cardExists: (cardId: string) => boolean): Record<string, number> {
  const totals: Record<string, number> = {};
  ballotsMap(privateDoc).forEach((ballot) => {
    if (!(ballot instanceof Y.Map)) return;
    ballot.forEach((count, cardId) => {
      if (count > 0 && cardExists(cardId)) totals[cardId] = (totals[cardId] ?? 0) + count;
    });
  });
  return totals;
}

/**
 * For the facilitator, while voting: how many identities may vote, how many hold votes, and how
 * many votes they placed. Set beside the people present, it shows when one person holds several
 * identities (one link, many joins) without revealing anyone's ballot.
 */
export function ballotSummary(privateDoc: Y.Doc, voters: ReadonlySet<string>): { identities: number; withVotes: number; votes: number } {
  let withVotes = 0;
  let votes = 0;
  for (const participantId of voters) {
    const used = ballotUsed(readBallot(privateDoc, participantId));
    if (used > 0) withVotes++;
    votes += used;
  }
  return { identities: voters.size, withVotes, votes };
}

/**
 * Server side, when cards are merged: every ballot's dots on the merged cards move to the card
 * they were merged into, so each voter keeps every dot they placed, on the card that now holds
 * those ideas: none lost, none counted twice. A ballot may then hold more than `maxPerCard` on
 * that card; the rule limits placing dots, and these were placed fairly.
 */
export function mergeBallots(privateDoc: Y.Doc, into: string, merged: readonly string[]): void {
  privateDoc.transact(() => {
    ballotsMap(privateDoc).forEach((ballot) => {
      if (!(ballot instanceof Y.Map)) return;
      let moved = 0;
      for (const cardId of merged) {
        if (cardId === into) continue;
        moved += Math.max(0, ballot.get(cardId) ?? 0);
        ballot.delete(cardId);
      }
      if (moved > 0) ballot.set(into, (ballot.get(into) ?? 0) + moved);
    });
  });
}
