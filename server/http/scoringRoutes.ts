/**
 * Expert scoring through the API: facilitators and experts mark shortlisted initiatives 1..5
 * per criterion during the scoring phase; marks are kept in the private document, and each
 * answer waits until its own marks are durable. The facilitator sees how far each expert is
 * (how many initiatives they scored, never the marks).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { getCard, listCards } from '../../shared/board/cards';
import { listParticipants } from '../../shared/board/participants';
import { readMeta } from '../../shared/board/meta';
import { canScore, canSeeFacilitatorCounts, isShortlisted } from '../../shared/board/rules';
import { marksProblem, readCriteria, readMarks, scoresRevealed, scoringProgress, storeMarks } from '../../shared/board/scoring';
import { readSession } from '../../shared/board/session';
import type { CardId } from '../../shared/board/types';
import { AppError } from '../errors';
import type { BoardRoom } from '../relay/BoardRoom';
import type { ServerDeps } from '../ServerDeps';
import { authorize, bearerToken } from './authorize';
import { durably } from './durably';
import { PARTICIPANT_HEADER, participantFromHeader } from './participantAuth';
import { jsonBody } from './validateJson';

const scoreSchema = z.object({
  cardId: z.string().min(1).max(64),
  marks: z.record(z.string().max(64), z.number()),
});

/** The board's criteria (the defaults in its language while none were set). */
const boardCriteria = (board: BoardRoom) => readCriteria(board.session.doc, readMeta(board.content.doc).locale);

export function scoringRoutes(deps: ServerDeps) {
  const { store, relay } = deps;
  return new Hono()
    .get('/:id/scores', async (c) => {
      const id = c.req.param('id');
      const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
      return c.json(
        await relay.withBoard(id, (board) => {
          const participant = participantFromHeader(board.private.doc, c.req.header(PARTICIPANT_HEADER), role);
          return { criteria: boardCriteria(board), marks: readMarks(board.private.doc, participant.id) };
        }),
      );
    })
    .get('/:id/scores/progress', async (c) => {
      const id = c.req.param('id');
      const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
      if (!canSeeFacilitatorCounts(role)) throw new AppError('forbidden', 'this needs the facilitator link');
      const progress = await relay.withBoard(id, (board) => {
        const criteria = boardCriteria(board);
        const initiatives = listCards(board.content.doc)
          .filter(isShortlisted)
          .map((card) => card.id);
        // Every expert, and a facilitator only once they score too.
        const experts = listParticipants(board.private.doc)
          .filter((participant) => canScore(participant.role))
          .map((participant) => ({
            id: participant.id,
            name: participant.name,
            role: participant.role,
            ...scoringProgress(readMarks(board.private.doc, participant.id), initiatives, criteria),
          }))
          .filter((expert) => expert.role === 'expert' || expert.started > 0)
          .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
        return { initiatives: initiatives.length, criteria: criteria.length, experts };
      });
      return c.json(progress, 200, { 'cache-control': 'no-store' });
    })
    .post('/:id/scores', jsonBody(scoreSchema), async (c) => {
      const id = c.req.param('id');
      const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
      const input = c.req.valid('json');
      if (!canScore(role)) throw new AppError('forbidden', 'only experts and facilitators score');
      const { marks, written } = await relay.withBoard(id, (board) => {
        const participant = participantFromHeader(board.private.doc, c.req.header(PARTICIPANT_HEADER), role);
        if (readSession(board.session.doc).phase !== 'scoring') throw new AppError('wrong-phase', 'scoring is not open');
        const card = getCard(board.content.doc, input.cardId as CardId);
        if (!card) throw new AppError('not-found', 'no such card');
        if (!isShortlisted(card)) throw new AppError('rule-violation', 'only shortlisted initiatives are scored');
        const problem = marksProblem(input.marks, boardCriteria(board));
        if (problem) throw new AppError('rule-violation', problem);
        const written = board.private.change((doc) => storeMarks(doc, participant.id, card.id, input.marks));
        if (scoresRevealed(board.session.doc)) board.publishScoreResults();
        return { marks: readMarks(board.private.doc, participant.id), written };
      });
      await durably(written);
      return c.json({ marks });
    });
}
