import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inspectUpdate } from '../protocol/updateInspection';
import { clusterFrame, CLUSTER_FRAME, roomForTitle, tidyLayout } from './clusters';
import { laneFrames } from './placement';
import {
  addCard,
  CANVAS,
  clusterCards,
  getCard,
  groupCards,
  initBoardContent,
  listClusters,
  listLanes,
  moveCards,
  rectsOf,
  removeCluster,
  renameCluster,
  tidyCluster,
  ungroupCards,
  type CardId,
} from './index';
import { judgeContentUpdate } from './updatePolicy';

function board() {
  const doc = new Y.Doc();
  initBoardContent(doc, { title: 'Калуга 2030', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  const laneId = listLanes(doc)[0]!.id;
  const ids = ['Умная парковка', 'Умные парковки', 'Парковочные места', 'Ветропарк'].map((title) => addCard(doc, { laneId, title, author: 'Вера' }));
  return { doc, laneId, ids };
}

describe('clusters', () => {
  it('groups notes under a title, renames, and dissolves leaving the notes where they are', () => {
    const { doc, ids } = board();
    const id = groupCards(doc, ids.slice(0, 3), 'Парковки');
    expect(listClusters(doc)).toEqual([{ id, title: 'Парковки', color: 'grey' }]);
    expect(clusterCards(doc, id).sort()).toEqual(ids.slice(0, 3).sort());
    renameCluster(doc, id, '  Парковки в центре ');
    expect(listClusters(doc)[0]!.title).toBe('Парковки в центре');
    const before = rectsOf(doc, ids);
    removeCluster(doc, id);
    expect(listClusters(doc)).toEqual([]);
    expect(ids.map((card) => getCard(doc, card)!.cluster)).toEqual([null, null, null, null]);
    expect(rectsOf(doc, ids)).toEqual(before);
  });

  it('moves notes from one cluster to another and removes a cluster left empty', () => {
    const { doc, ids } = board();
    const first = groupCards(doc, ids.slice(0, 2), 'A');
    const second = groupCards(doc, ids.slice(0, 3), 'B');
    expect(listClusters(doc).map((cluster) => cluster.id)).toEqual([second]);
    expect(first).not.toBe(second);
    ungroupCards(doc, ids.slice(0, 3));
    expect(listClusters(doc)).toEqual([]);
    expect(() => groupCards(doc, [ids[0]!])).toThrow(/at least two/);
  });

  it('tidies a cluster into a near-square grid from its top-left corner, keeping reading order', () => {
    const { doc, ids } = board();
    moveCards(doc, [
      { id: ids[0]!, to: { x: 900, y: 700 } },
      { id: ids[1]!, to: { x: 100, y: 400 } },
      { id: ids[2]!, to: { x: 500, y: 120 } },
      { id: ids[3]!, to: { x: 300, y: 900 } },
    ]);
    const id = groupCards(doc, ids, 'Все');
    tidyCluster(doc, id);
    const at = Object.fromEntries(rectsOf(doc, ids).map(({ id: card, rect }) => [card, { x: rect.x, y: rect.y }]));
    // Reading order before: ids[2] (y 120), ids[1] (400), ids[0] (700), ids[3] (900); two columns.
    expect([at[ids[2]!], at[ids[1]!], at[ids[0]!], at[ids[3]!]]).toEqual([
      { x: 100, y: 120 },
      { x: 324, y: 120 },
      { x: 100, y: 284 },
      { x: 324, y: 284 },
    ]);
    expect(tidyLayout([])).toEqual([]);
  });

  it('moves notes at the top of a lane down so the cluster’s title bar leaves the lane’s in view', () => {
    const { doc, ids } = board();
    const lane = laneFrames(doc).values().next().value!;
    const id = groupCards(doc, ids.slice(0, 2), 'Парковки');
    const frame = clusterFrame(rectsOf(doc, clusterCards(doc, id)).map(({ rect }) => rect))!;
    expect(frame.y).toBe(lane.y + CANVAS.laneHeader);
    expect(roomForTitle([{ x: lane.x + 40, y: lane.y + 400, w: 200, h: 140 }], [lane])).toBe(0);
  });

  it('draws its frame around the notes with room for the title bar', () => {
    expect(clusterFrame([])).toBeNull();
    const { padding, header } = CLUSTER_FRAME;
    expect(
      clusterFrame([
        { x: 0, y: 0, w: 200, h: 140 },
        { x: 300, y: 50, w: 200, h: 140 },
      ]),
    ).toEqual({ x: -padding, y: -padding - header, w: 500 + 2 * padding, h: 190 + 2 * padding + header });
  });

  it('lets editors group and name clusters through the relay, never viewers or experts', () => {
    const server = board();
    const client = new Y.Doc({ gc: false });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server.doc));
    const judge = (role: 'editor' | 'viewer' | 'expert') => {
      const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server.doc));
      return judgeContentUpdate(
        inspectUpdate(server.doc, update),
        { role, participant: { id: 'p', name: 'Вера' } },
        {
          doc: server.doc,
          session: { locked: false, phase: 'ideas' },
          firstSeen: () => null,
        },
      ).ok;
    };
    groupCards(client, server.ids.slice(0, 2) as CardId[], 'Парковки');
    expect(judge('viewer')).toBe(false);
    expect(judge('expert')).toBe(false);
    expect(judge('editor')).toBe(true);
  });
});
