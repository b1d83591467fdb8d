/**
 * Expert scoring through the API: facilitators and experts mark shortlisted initiatives 1..5
 * per criterion during the scoring phase; marks are kept in the private document.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { getCard } from '../../shared/board/cards';
import { readMeta } from '../../shared/board/meta';
import { readSession } from '../../shared/board/session';
import { marksProblem, readCriteria, readMarks, scoresRevealed, storeMarks } from '../../shared/board/scoring';
import type { CardId } from '../../shared/board/types';
import { AppError } from '../errors';
import type { ServerDeps } from '../ServerDeps';
import { authorize, bearerToken } from './authorize';
import { PARTICIPANT_HEADER, participantFromHeader } from './participantAuth';
import { readJson } from './validateJson';

const scoreSchema = z.object({
  cardId: z.string().min(1).max(64),
  marks: z.record(z.string().max(64), z.number()),
});

export function scoringRoutes(deps: ServerDeps): Hono {
  const { store, relay } = deps;
  const app = new Hono();

  app.get('/:id/scores', async (c) => {
    const id = c.req.param('id');
    const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
    return c.json(
      await relay.withBoard(id, (board) => {
        const participant = participantFromHeader(board.private.doc, c.req.header(PARTICIPANT_HEADER), role);
        return { criteria: readCriteria(board.session.doc, readMeta(board.content.doc).locale), marks: readMarks(board.private.doc, participant.id) };
      }),
    );
  });

  app.post('/:id/scores', async (c) => {
    const id = c.req.param('id');
    const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
    const input = await readJson(c, scoreSchema);
    if (role !== 'facilitator' && role !== 'expert') throw new AppError('forbidden', 'only experts and facilitators score');
    const marks = await relay.withBoard(id, (board) => {
      const participant = participantFromHeader(board.private.doc, c.req.header(PARTICIPANT_HEADER), role);
      if (readSession(board.session.doc).phase !== 'scoring') throw new AppError('wrong-phase', 'scoring is not open');
      const card = getCard(board.content.doc, input.cardId as CardId);
      if (!card) throw new AppError('not-found', 'no such card');
      if (card.status === 'idea') throw new AppError('rule-violation', 'only shortlisted initiatives are scored');
      const problem = marksProblem(input.marks, readCriteria(board.session.doc, readMeta(board.content.doc).locale));
      if (problem) throw new AppError('rule-violation', problem);
      board.private.change((doc) => storeMarks(doc, participant.id, card.id, input.marks));
      if (scoresRevealed(board.session.doc)) board.publishScoreResults();
      return readMarks(board.private.doc, participant.id);
    });
    await relay.pipeline.drained();
    return c.json({ marks });
  });

  return app;
}
