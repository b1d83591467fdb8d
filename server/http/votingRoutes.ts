/**
 * Participants and dot voting through the API: the server checks role, phase, budget and
 * per-card limit, and writes ballots to the private document (durably, like any edit).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { getCard } from '../../shared/board/cards';
import { newParticipantId } from '../../shared/board/ids';
import { addParticipant } from '../../shared/board/participants';
import { readSession } from '../../shared/board/session';
import { applyVote, ballotUsed, readBallot, readVotingRules, voteRefusal, votesRevealed } from '../../shared/board/voting';
import type { CardId } from '../../shared/board/types';
import { hashLinkToken, newLinkToken } from '../auth/linkTokens';
import { AppError } from '../errors';
import type { BoardRoom } from '../relay/BoardRoom';
import type { ServerDeps } from '../ServerDeps';
import { authorize, bearerToken } from './authorize';
import { PARTICIPANT_HEADER, participantFromHeader } from './participantAuth';
import { readJson } from './validateJson';

const joinSchema = z.object({ name: z.string().trim().min(1, 'must not be empty').max(100) });
const voteSchema = z.object({ cardId: z.string().min(1).max(64), delta: z.union([z.literal(1), z.literal(-1)]) });

function ballotState(board: BoardRoom, participantId: string) {
  const rules = readVotingRules(board.session.doc);
  const votes = readBallot(board.private.doc, participantId);
  const used = ballotUsed(votes);
  return { budget: rules.perParticipant, maxPerCard: rules.maxPerCard, used, remaining: Math.max(0, rules.perParticipant - used), votes };
}

export function votingRoutes(deps: ServerDeps): Hono {
  const { store, relay } = deps;
  const app = new Hono();

  app.post('/:id/participants', async (c) => {
    const id = c.req.param('id');
    const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
    const { name } = await readJson(c, joinSchema);
    const participantId = newParticipantId();
    const secret = newLinkToken();
    await relay.withBoard(id, (board) =>
      board.private.change((doc) => addParticipant(doc, { id: participantId, name, role, secretHash: hashLinkToken(secret), joinedAt: Date.now() })),
    );
    await relay.pipeline.drained();
    return c.json({ participantId, participantToken: `${participantId}.${secret}`, role, name }, 201);
  });

  app.get('/:id/ballot', async (c) => {
    const id = c.req.param('id');
    const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
    return c.json(
      await relay.withBoard(id, (board) => ballotState(board, participantFromHeader(board.private.doc, c.req.header(PARTICIPANT_HEADER), role).id)),
    );
  });

  app.post('/:id/votes', async (c) => {
    const id = c.req.param('id');
    const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
    const vote = await readJson(c, voteSchema);
    if (role === 'viewer') throw new AppError('forbidden', 'viewers cannot vote');
    const state = await relay.withBoard(id, (board) => {
      const participant = participantFromHeader(board.private.doc, c.req.header(PARTICIPANT_HEADER), role);
      if (readSession(board.session.doc).phase !== 'voting') throw new AppError('wrong-phase', 'voting is not open');
      const card = getCard(board.content.doc, vote.cardId as CardId);
      if (!card) throw new AppError('not-found', 'no such card');
      if (card.status === 'idea' && vote.delta === 1) throw new AppError('rule-violation', 'only shortlisted cards take votes');
      const refusal = voteRefusal(readBallot(board.private.doc, participant.id), card.id, vote.delta, readVotingRules(board.session.doc));
      if (refusal) throw new AppError('rule-violation', refusal);
      board.private.change((doc) => applyVote(doc, participant.id, card.id, vote.delta));
      if (votesRevealed(board.session.doc)) board.publishVoteTotals();
      return ballotState(board, participant.id);
    });
    // Answer only once the ballot is durable, like any edit.
    await relay.pipeline.drained();
    return c.json(state);
  });

  return app;
}
