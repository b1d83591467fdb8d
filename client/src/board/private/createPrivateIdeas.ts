/**
 * Private idea mode, on this device. While the facilitator keeps it on, a new idea is kept in
 * this browser's storage only — it never enters the shared document, so no other client (nor
 * the server) can receive it. When the mode goes off (the reveal), the ideas are published as
 * ordinary cards; a participant who was offline at the reveal publishes when they come back.
 */
import { createEffect, createSignal } from 'solid-js';
import { nanoid } from 'nanoid';
import type * as Y from 'yjs';
import { addCard, listLanes, type Point } from '../../../../shared/board';
import type { LaneId } from '../../../../shared/board/types';
import { readJson, writeJson } from '../../local/storage';

export interface PrivateIdea {
  id: string;
  /** Its track; '' for the canvas's parking lot. */
  laneId: string;
  title: string;
  createdAt: number;
  /** Where it was put on the canvas, relative to its track's frame (as a card's position); absent when typed in the list. */
  at?: Point;
}

const isPoint = (value: unknown): value is Point =>
  typeof (value as Point)?.x === 'number' &&
  Number.isFinite((value as Point).x) &&
  typeof (value as Point).y === 'number' &&
  Number.isFinite((value as Point).y);

function isIdea(value: unknown): value is PrivateIdea {
  const idea = value as PrivateIdea;
  return (
    typeof idea?.id === 'string' &&
    typeof idea.laneId === 'string' &&
    typeof idea.title === 'string' &&
    typeof idea.createdAt === 'number' &&
    (idea.at === undefined || isPoint(idea.at))
  );
}

export function createPrivateIdeas(options: {
  boardId: string;
  doc: Y.Doc;
  author: string;
  /** True once the session document is synced, so "off" is the facilitator's, not a default. */
  ready: () => boolean;
  privateMode: () => boolean;
  canPublish: () => boolean;
  onCount: (count: number) => void;
}) {
  const storageKey = `stratboard.private.${options.boardId}`;
  const readStored = (): PrivateIdea[] => {
    const stored = readJson<unknown>(storageKey, []);
    return Array.isArray(stored) ? stored.filter(isIdea) : [];
  };
  const [ideas, setIdeasSignal] = createSignal<PrivateIdea[]>(readStored());
  const setIdeas = (next: PrivateIdea[]) => {
    writeJson(storageKey, next);
    setIdeasSignal(next);
  };

  const publish = () => {
    const lanes = listLanes(options.doc);
    if (lanes.length === 0) return;
    const known = new Set<string>(lanes.map((lane) => lane.id));
    // Another tab of this browser may have published them already: take what is stored now
    // and clear it before adding, so each idea is published once.
    const pending = readStored();
    setIdeas([]);
    for (const idea of pending) {
      // Put in the parking lot, it is published there; its track may have been removed
      // meanwhile: then it lands on the first one, in the first free place.
      const parked = idea.laneId === '' && idea.at !== undefined;
      const kept = parked || known.has(idea.laneId);
      const laneId = parked ? null : ((kept ? idea.laneId : lanes[0]!.id) as LaneId);
      addCard(options.doc, { laneId, title: idea.title, author: options.author, ...(kept && idea.at ? { at: idea.at } : {}) });
    }
  };

  createEffect(() => {
    if (options.ready() && !options.privateMode() && options.canPublish() && ideas().length > 0) publish();
  });
  createEffect(() => options.onCount(ideas().length));

  return {
    ideas,
    add: (laneId: string, title: string, at?: Point) =>
      setIdeas([...ideas(), { id: nanoid(10), laneId, title: title.slice(0, 200), createdAt: Date.now(), ...(at ? { at } : {}) }]),
    rename: (id: string, title: string) => setIdeas(ideas().map((idea) => (idea.id === id ? { ...idea, title: title.slice(0, 200) } : idea))),
    remove: (id: string) => setIdeas(ideas().filter((idea) => idea.id !== id)),
    inLane: (laneId: string) => ideas().filter((idea) => idea.laneId === laneId),
  };
}

export type PrivateIdeas = ReturnType<typeof createPrivateIdeas>;
