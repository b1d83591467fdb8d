/** The whole content document as plain data: reports, JSON export, tests. */
import type * as Y from 'yjs';
import { listCards } from './cards';
import { listClusters } from './clusters';
import { listComments } from './comments';
import { listGroups } from './groups';
import { listLanes } from './lanes';
import { readMeta } from './meta';
import { compareOrdered } from './order';
import type { BoardContent } from './types';

/**
 * Cards come lane by lane in display order, then the parking lot's. A card whose lane was
 * removed concurrently with its move into it is kept at the end rather than silently dropped.
 */
export function readBoardContent(doc: Y.Doc): BoardContent {
  const lanes = listLanes(doc);
  const laneIndex = new Map<string | null, number>(lanes.map((lane, i) => [lane.id, i]));
  const cards = listCards(doc).sort((a, b) => {
    const la = laneIndex.get(a.laneId) ?? lanes.length;
    const lb = laneIndex.get(b.laneId) ?? lanes.length;
    return la - lb || compareOrdered(a, b);
  });
  return { meta: readMeta(doc), lanes, cards, comments: listComments(doc), groups: listGroups(doc), clusters: listClusters(doc) };
}
