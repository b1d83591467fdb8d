/**
 * Resources needed and key stages of an initiative. Each entry is one value in a Y.Map keyed
 * by its id: concurrent additions both survive, an edit replaces that entry only. Both lists
 * share one implementation; they differ only in their schema and reader.
 *
 * Known semantics of that layout: an entry is last-writer-wins as a whole, so two concurrent
 * edits of different fields of one entry keep one of them; and an edit concurrent with the
 * entry's removal keeps the edited entry (a Y.Map set wins over a delete it has not seen).
 * Both converge everywhere; neither matters much for a short list of resource lines.
 */
import * as Y from 'yjs';
import type * as z from 'zod/mini';
import { BoardModelError } from './BoardModelError';
import { cardMapOrThrow } from './cards';
import { newResourceId, newStageId } from './ids';
import { CARD } from './keys';
import { keyAt } from './order';
import { cardRecord } from './schema/cardRecord';
import { readEntryMap } from './schema/record';
import type { CardId, Resource, ResourceId, Stage, StageId } from './types';
import { parseInput, resourceInputSchema, resourcePatchSchema, stageInputSchema, stagePatchSchema, type ResourceInput, type StageInput } from './validation';

/** A card's resources or stages map (`key`), made if the card has none yet. */
export function partsMap(card: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const value = card.get(key);
  if (value instanceof Y.Map) return value;
  const fresh = new Y.Map<unknown>();
  card.set(key, fresh);
  return fresh;
}

/** add/update/remove for one kind of card part stored under `key`. */
function partCommands<Id extends string, Input, Entry extends { id: Id; order: string }>(spec: {
  key: string;
  kind: string;
  newId: () => Id;
  input: z.ZodMiniType<object>;
  patch: z.ZodMiniType<object>;
  read: (value: unknown) => Entry[];
}) {
  const withCard = (doc: Y.Doc, cardId: CardId, now: number, change: (map: Y.Map<unknown>) => void) => {
    const card = cardMapOrThrow(doc, cardId);
    doc.transact(() => {
      change(partsMap(card, spec.key));
      card.set(CARD.updatedAt, now);
    });
  };
  return {
    add(doc: Y.Doc, cardId: CardId, input: Input, now = Date.now()): Id {
      const entry = parseInput(spec.input, input);
      const id = spec.newId();
      withCard(doc, cardId, now, (map) => map.set(id, { ...entry, order: keyAt(spec.read(map)) }));
      return id;
    },
    update(doc: Y.Doc, cardId: CardId, id: Id, patch: Partial<Input>, now = Date.now()): void {
      const fields = Object.fromEntries(Object.entries(parseInput(spec.patch, patch)).filter(([, v]) => v !== undefined));
      const current = spec.read(cardMapOrThrow(doc, cardId).get(spec.key)).find((entry) => entry.id === id);
      if (!current) throw new BoardModelError('not-found', `no ${spec.kind} ${id}`);
      const { id: _id, ...rest } = current;
      withCard(doc, cardId, now, (map) => map.set(id, { ...rest, ...fields }));
    },
    remove(doc: Y.Doc, cardId: CardId, id: Id, now = Date.now()): void {
      const entries = cardMapOrThrow(doc, cardId).get(spec.key);
      if (!(entries instanceof Y.Map) || !entries.has(id)) throw new BoardModelError('not-found', `no ${spec.kind} ${id}`);
      withCard(doc, cardId, now, (map) => map.delete(id));
    },
  };
}

const resources = partCommands<ResourceId, ResourceInput, Resource>({
  key: CARD.resources,
  kind: 'resource',
  newId: newResourceId,
  input: resourceInputSchema,
  patch: resourcePatchSchema,
  read: (value) => readEntryMap(cardRecord.fields.resources, value),
});

const stages = partCommands<StageId, StageInput, Stage>({
  key: CARD.stages,
  kind: 'stage',
  newId: newStageId,
  input: stageInputSchema,
  patch: stagePatchSchema,
  read: (value) => readEntryMap(cardRecord.fields.stages, value),
});

/** Adds a needed resource (money with amount and currency, people, land, equipment, other) at the end. */
export const addResource = resources.add;
/** Changes the given fields of a resource line; `not-found` for an unknown card or line. */
export const updateResource = resources.update;
/** Removes a resource line; `not-found` for an unknown card or line. */
export const removeResource = resources.remove;
/** Adds a key stage (title, due date, done) at the end. */
export const addStage = stages.add;
/** Changes the given fields of a stage, e.g. `{done: true}` to tick it off. */
export const updateStage = stages.update;
/** Removes a key stage; `not-found` for an unknown card or stage. */
export const removeStage = stages.remove;
