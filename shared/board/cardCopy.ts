/**
 * A card's Y.Map made from a plain card: what carrying an initiative over to a new board and
 * pasting or duplicating cards have in common. Resources and stages get new ids; the map is
 * filled before it joins the document, so peers never see half a card.
 */
import * as Y from 'yjs';
import { newResourceId, newStageId } from './ids';
import { CARD } from './keys';
import type { StoredPosition } from './schema/cardRecord';
import type { Card, CardOrigin, RoadmapStatus } from './types';

/** What a copy of a card carries over: its content and its size, not its id, place, author or history. */
export type CardContent = Pick<Card, 'kind' | 'title' | 'description' | 'owner' | 'partners' | 'resources' | 'stages' | 'tags' | 'status' | 'color' | 'size'>;

/** What the copy gets anew. */
export interface CopyFields {
  position: StoredPosition;
  z?: string;
  author: string;
  /** Only initiatives carried over from a past session are on the roadmap. */
  roadmap?: { status: RoadmapStatus; origin: CardOrigin };
  now: number;
}

export function copiedCardMap(card: CardContent, fields: CopyFields): Y.Map<unknown> {
  const resources = new Y.Map<unknown>();
  for (const { id: _id, ...resource } of card.resources) resources.set(newResourceId(), resource);
  const stages = new Y.Map<unknown>();
  for (const { id: _id, ...stage } of card.stages) stages.set(newStageId(), stage);
  const map = new Y.Map<unknown>();
  map.set(CARD.kind, card.kind);
  map.set(CARD.position, { ...fields.position });
  map.set(CARD.size, { w: card.size.w, h: card.size.h });
  if (fields.z !== undefined) map.set(CARD.z, fields.z);
  map.set(CARD.title, card.title);
  map.set(CARD.description, new Y.Text(card.description));
  map.set(CARD.owner, card.owner);
  map.set(CARD.partners, [...card.partners]);
  map.set(CARD.resources, resources);
  map.set(CARD.stages, stages);
  map.set(CARD.tags, [...card.tags]);
  map.set(CARD.status, card.status);
  map.set(CARD.color, card.color);
  map.set(CARD.author, fields.author);
  if (fields.roadmap) {
    map.set(CARD.roadmap, fields.roadmap.status);
    map.set(CARD.origin, { ...fields.roadmap.origin });
  }
  map.set(CARD.createdAt, fields.now);
  map.set(CARD.updatedAt, fields.now);
  return map;
}
