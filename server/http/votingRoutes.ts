/**
 * Participants and dot voting through the API: the server checks role, identity, phase, budget
 * and per-card limit, writes ballots to the private document, and answers only once that write
 * is durable (503, with nothing counted, when the store refused it).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { getCard } from '../../shared/board/cards';
import { newParticipantId } from '../../shared/board/ids';
import { addParticipant, listParticipants } from '../../shared/board/participants';
import { canSeeFacilitatorCounts, canVote, isShortlisted } from '../../shared/board/rules';
import { readSession } from '../../shared/board/session';
import type { CardId } from '../../shared/board/types';
import { applyVote, ballotSummary, ballotUsed, readBallot, readVotingRules, voteRefusal, votingClosedReason } from '../../shared/board/voting';
import { nameSchema } from '../../shared/board/validation';
import { hashLinkToken, newLinkToken } from '../auth/linkTokens';
import { AppError } from '../errors';
import type { BoardRoom } from '../relay/BoardRoom';
import type { ServerDeps } from '../ServerDeps';
import { authorize, bearerToken } from './authorize';
import { clientAddress } from './clientAddress';
import { durably } from './durably';
import { KeyedLimiter } from './KeyedLimiter';
import { PARTICIPANT_HEADER, participantFromHeader } from './participantAuth';
import { jsonBody } from './validateJson';

const joinSchema = z.object({ name: nameSchema });
const voteSchema = z.object({ cardId: z.string().min(1).max(64), delta: z.union([z.literal(1), z.literal(-1)]) });

/**
 * Joins per link: a whole room at once (300), then two a second. Per network address: a room
 * behind one NAT (60 at once), then one a second. A leaked link cannot mint identities by the
 * thousand to stuff ballots; the facilitator also sees identities with votes beside people present.
 */
const JOINS_PER_LINK = { burst: 300, perSecond: 2 };
const JOINS_PER_ADDRESS = { burst: 60, perSecond: 1 };

function ballotState(board: BoardRoom, participantId: string) {
  const rules = readVotingRules(board.session.doc);
  const votes = readBallot(board.private.doc, participantId);
  const used = ballotUsed(votes);
  return { budget: rules.perParticipant, maxPerCard: rules.maxPerCard, used, remaining: Math.max(0, rules.perParticipant - used), votes };
}

export function votingRoutes(deps: ServerDeps) {
  const { store, relay, config } = deps;
  const joinsPerLink = new KeyedLimiter(JOINS_PER_LINK.perSecond, JOINS_PER_LINK.burst);
  const joinsPerAddress = new KeyedLimiter(JOINS_PER_ADDRESS.perSecond, JOINS_PER_ADDRESS.burst);

  return new Hono()
    .post('/:id/participants', jsonBody(joinSchema), async (c) => {
      const id = c.req.param('id');
      const { role, linkHash } = await authorize(store, id, bearerToken(c.req.header('authorization')));
      const { name } = c.req.valid('json');
      if (!joinsPerLink.take(linkHash) || !joinsPerAddress.take(clientAddress(c, config.trustProxy))) {
        throw new AppError('rate-limited', 'too many people joined through this link or from this network just now; try again in a few seconds');
      }
      const participantId = newParticipantId();
      const secret = newLinkToken();
      await durably(
        relay.withBoard(id, (board) =>
          board.private.change((doc) => addParticipant(doc, { id: participantId, name, role, secretHash: hashLinkToken(secret), joinedAt: Date.now() })),
        ),
      );
      return c.json({ participantId, participantToken: `${participantId}.${secret}`, role, name }, 201);
    })
    .get('/:id/ballot', async (c) => {
      const id = c.req.param('id');
      const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
      return c.json(
        await relay.withBoard(id, (board) => ballotState(board, participantFromHeader(board.private.doc, c.req.header(PARTICIPANT_HEADER), role).id)),
      );
    })
    .get('/:id/ballots', async (c) => {
      const id = c.req.param('id');
      const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
      if (!canSeeFacilitatorCounts(role)) throw new AppError('forbidden', 'this needs the facilitator link');
      const summary = await relay.withBoard(id, (board) => {
        const voters = new Set(
          listParticipants(board.private.doc)
            .filter((participant) => canVote(participant.role))
            .map((participant) => participant.id),
        );
        return ballotSummary(board.private.doc, voters);
      });
      return c.json(summary, 200, { 'cache-control': 'no-store' });
    })
    .post('/:id/votes', jsonBody(voteSchema), async (c) => {
      const id = c.req.param('id');
      const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
      const vote = c.req.valid('json');
      if (!canVote(role)) throw new AppError('forbidden', 'viewers cannot vote');
      const { state, written } = await relay.withBoard(id, (board) => {
        const participant = participantFromHeader(board.private.doc, c.req.header(PARTICIPANT_HEADER), role);
        const closed = votingClosedReason(readSession(board.session.doc));
        if (closed) throw new AppError('wrong-phase', closed);
        const card = getCard(board.content.doc, vote.cardId as CardId);
        if (!card) throw new AppError('not-found', 'no such card');
        if (!isShortlisted(card) && vote.delta === 1) throw new AppError('rule-violation', 'only shortlisted cards take votes');
        const refusal = voteRefusal(readBallot(board.private.doc, participant.id), card.id, vote.delta, readVotingRules(board.session.doc));
        if (refusal) throw new AppError('rule-violation', refusal);
        const written = board.private.change((doc) => applyVote(doc, participant.id, card.id, vote.delta));
        return { state: ballotState(board, participant.id), written };
      });
      // Answered only once this ballot is durable, like any edit.
      await durably(written);
      return c.json(state);
    });
}
