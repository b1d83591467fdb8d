/**
 * A board whose cards are written by a client of its own, spread over the tracks in turn, so a
 * test about a later phase does not spend its time typing ideas.
 */
import { addCard, listLanes, setCardStatus, setPhase, updateCard, type CardStatus, type Phase } from '../shared/board';
import { createTestBoard, openProvider, synced } from '../server/test/clients';
import type { ServerHandle } from './fixtures';

export async function seededBoard(server: ServerHandle, titles: readonly string[], options: { status?: CardStatus; owner?: string; phase?: Phase } = {}) {
  const board = await createTestBoard(server.url, { title: 'Калуга 2030: точки роста', place: 'Калуга' });
  const ws = `${server.url.replace(/^http/, 'ws')}/ws`;
  const content = openProvider(ws, board.id, board.token('facilitator'));
  const session = openProvider(ws, `${board.id}/session`, board.token('facilitator'));
  await Promise.all([synced(content.provider), synced(session.provider)]);
  const lanes = listLanes(content.doc);
  const cardIds: string[] = [];
  content.doc.transact(() => {
    for (const [i, title] of titles.entries()) {
      const id = addCard(content.doc, { laneId: lanes[i % lanes.length]!.id, title, author: 'Вера' });
      cardIds.push(id);
      if (options.status) setCardStatus(content.doc, id, options.status);
      if (options.owner) updateCard(content.doc, id, { owner: options.owner });
    }
  });
  if (options.phase) setPhase(session.doc, options.phase);
  return {
    board,
    /** The cards' ids, in the order of `titles`. */
    cardIds,
    /** The session document, as the facilitator's client holds it: phase, reveals. */
    session: session.doc,
    close: () => {
      content.provider.destroy();
      session.provider.destroy();
    },
  };
}
