/**
 * Merging duplicates and the facilitator's suggestions of them. A merge goes through the
 * server because it touches what no client may write: the ballots and marks of the merged
 * cards move to the card that stays, in the private document, in the same step as the cards
 * merge; the answer waits until both are durable.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { BoardModelError } from '../../shared/board/BoardModelError';
import { listCards } from '../../shared/board/cards';
import { PRIVATE } from '../../shared/board/keys';
import { MAX_MERGED, mergeCardsContent } from '../../shared/board/merge';
import { canRunSession, contentRefusal } from '../../shared/board/rules';
import { mergeMarks, scoresRevealed } from '../../shared/board/scoring';
import { readSession } from '../../shared/board/session';
import type { CardId } from '../../shared/board/types';
import { mergeBallots, votesRevealed } from '../../shared/board/voting';
import { pairKey, suggestDuplicates } from '../boards/duplicateSuggestions';
import { AppError } from '../errors';
import type { ServerDeps } from '../ServerDeps';
import { authorize, bearerToken } from './authorize';
import { durably } from './durably';
import { jsonBody } from './validateJson';

const cardIdSchema = z.string().min(1).max(64);
const mergeSchema = z.object({ cards: z.array(cardIdSchema).min(2).max(MAX_MERGED) });
const pairSchema = z.object({ a: cardIdSchema, b: cardIdSchema });

/** A board command's refusal as the API's error. */
function asAppError(error: unknown): never {
  if (error instanceof BoardModelError) throw new AppError(error.reason === 'not-found' ? 'not-found' : 'invalid-request', error.message);
  throw error;
}

export function mergeRoutes(deps: ServerDeps) {
  const { store, relay } = deps;
  return new Hono()
    .post('/:id/cards/merge', jsonBody(mergeSchema), async (c) => {
      const id = c.req.param('id');
      const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
      const { cards } = c.req.valid('json');
      const { result, written } = await relay.withBoard(id, (board) => {
        const refusal = contentRefusal(role, readSession(board.session.doc));
        if (refusal) throw new AppError('forbidden', refusal);
        let result: { into: CardId; merged: CardId[] } | null = null;
        const content = board.content.change((doc) => {
          try {
            result = mergeCardsContent(doc, cards as CardId[]);
          } catch (error) {
            asAppError(error);
          }
        });
        const merged = result as { into: CardId; merged: CardId[] } | null;
        if (!merged) throw new AppError('invalid-request', 'nothing was merged');
        const ballots = board.private.change((doc) => {
          mergeBallots(doc, merged.into, merged.merged);
          mergeMarks(doc, merged.into, merged.merged);
        });
        if (votesRevealed(board.session.doc)) board.publishVoteTotals();
        if (scoresRevealed(board.session.doc)) board.publishScoreResults();
        return { result: merged, written: Promise.all([content, ballots]) };
      });
      await durably(written);
      return c.json(result);
    })
    .get('/:id/duplicates', async (c) => {
      const id = c.req.param('id');
      const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
      if (!canRunSession(role)) throw new AppError('forbidden', 'this needs the facilitator link');
      const pairs = await relay.withBoard(id, (board) => {
        const dismissed = new Set(board.private.doc.getMap<boolean>(PRIVATE.distinctPairs).keys());
        return suggestDuplicates(listCards(board.content.doc), dismissed);
      });
      return c.json({ pairs }, 200, { 'cache-control': 'no-store' });
    })
    .post('/:id/duplicates/dismiss', jsonBody(pairSchema), async (c) => {
      const id = c.req.param('id');
      const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
      if (!canRunSession(role)) throw new AppError('forbidden', 'this needs the facilitator link');
      const { a, b } = c.req.valid('json');
      const { written } = await relay.withBoard(id, (board) => ({
        written: board.private.change((doc) => void doc.getMap<boolean>(PRIVATE.distinctPairs).set(pairKey(a, b), true)),
      }));
      await durably(written);
      return c.json({ dismissed: pairKey(a, b) });
    });
}
