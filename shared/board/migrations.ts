/**
 * Schema migrations of the content document, applied where a document is opened (the server
 * on load, and any replica). Each step is deterministic, so two replicas migrating the same
 * document concurrently write the same values and converge.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { cardsMap, lanesMap, metaMap } from './docMaps';
import type { Rect } from './geometry';
import { CARD, CARD_V0, LANE, META } from './keys';
import { CANVAS, laneFrameAt, laneHeightFor, laneSlot, parkingLotArea } from './layout';
import { compareOrdered, isOrderKey } from './order';
import { readPosition, type StoredPosition, storedPositionSchema } from './schema/cardRecord';
import { cardSizeSchema, laneFrameSchema } from './schema/values';
import { CARD_KINDS, CARD_STATUSES, COLORS } from './types';
import { CURRENT_SCHEMA_VERSION } from './schemaVersion';

export { CURRENT_SCHEMA_VERSION };

/**
 * Upgrades a document from the keyed version to the next one, inside the caller's
 * transaction. A step must be deterministic (same input state → same writes) so concurrent
 * migrations converge, and must tolerate entities already upgraded.
 */
export type Migration = (doc: Y.Doc) => void;

/**
 * Version 0, the pre-release layout: no schema version, cards kept `lane` and `order` as two
 * separate keys (so concurrent moves could mix them), `status`/`kind` could be missing and the
 * description could be a plain string.
 */
const migrateV0toV1: Migration = (doc) => {
  const byLane = new Map<string, Array<{ id: string; map: Y.Map<unknown>; order: unknown }>>();
  cardsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    if (map.get(CARD.position) === undefined) {
      const lane = map.get(CARD_V0.lane);
      if (typeof lane === 'string' && lane !== '') {
        const list = byLane.get(lane) ?? [];
        list.push({ id, map, order: map.get(CARD_V0.order) });
        byLane.set(lane, list);
      }
      // A v0 card without a lane cannot be placed; it stays in the doc, unlisted, for repair.
    } else {
      // Already moved (a concurrent migration, or an old client writing after one): drop the
      // stale v0 keys so nothing can read them back.
      for (const key of [CARD_V0.lane, CARD_V0.order]) if (map.has(key)) map.delete(key);
    }
    if (!CARD_STATUSES.includes(map.get(CARD.status) as never)) map.set(CARD.status, 'idea');
    if (!CARD_KINDS.includes(map.get(CARD.kind) as never)) map.set(CARD.kind, 'idea');
    if (!COLORS.includes(map.get(CARD.color) as never)) map.set(CARD.color, 'yellow');
    for (const key of [CARD.title, CARD.owner, CARD.author] as const) if (typeof map.get(key) !== 'string') map.set(key, '');
    if (typeof map.get(CARD.createdAt) !== 'number') map.set(CARD.createdAt, 0);
    if (typeof map.get(CARD.updatedAt) !== 'number') map.set(CARD.updatedAt, map.get(CARD.createdAt));
    const description = map.get(CARD.description);
    // Two replicas converting the same string each make a Y.Text with the same content; one
    // wins and nothing is duplicated. Typing into the loser before the merge would be lost,
    // which is why the server migrates on load, before any client can type.
    if (!(description instanceof Y.Text)) map.set(CARD.description, new Y.Text(typeof description === 'string' ? description : ''));
    for (const key of [CARD.partners, CARD.tags] as const) if (!Array.isArray(map.get(key))) map.set(key, []);
    for (const key of [CARD.resources, CARD.stages] as const) if (!(map.get(key) instanceof Y.Map)) map.set(key, new Y.Map());
  });
  const meta = metaMap(doc);
  for (const key of [META.title, META.place, META.date] as const) if (typeof meta.get(key) !== 'string') meta.set(key, '');
  if (typeof meta.get(META.locale) !== 'string') meta.set(META.locale, 'ru');
  if (typeof meta.get(META.createdAt) !== 'number') meta.set(META.createdAt, 0);
  for (const [lane, cards] of byLane) {
    // Old orders may be numbers or invalid keys: re-key the lane in its old order.
    cards.sort((a, b) => compareLoose(a.order, b.order) || (a.id < b.id ? -1 : 1));
    const keys = cards.every((c) => isOrderKey(c.order)) ? cards.map((c) => c.order as string) : generateNKeysBetween(null, null, cards.length);
    cards.forEach((card, i) => {
      card.map.set(CARD.position, { lane, order: keys[i] });
      card.map.delete(CARD_V0.lane);
      card.map.delete(CARD_V0.order);
    });
  }
};

/**
 * Version 1, before the canvas: lanes had no frames and cards no place on the canvas. Lanes
 * become a row of frames in list order, each tall enough for its cards; a lane's cards fill
 * its grid in list order (the tidy layout people saw as columns); cards whose lane is gone go
 * to the parking lot below the lanes. Whatever already has a place keeps it.
 */
const migrateV1toV2: Migration = (doc) => {
  const lanes: Array<{ id: string; order: string; map: Y.Map<unknown> }> = [];
  lanesMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map) lanes.push({ id, order: isOrderKey(map.get(LANE.order)) ? (map.get(LANE.order) as string) : 'a0', map });
  });
  lanes.sort(compareOrdered);
  const byLane = new Map<string, Array<{ id: string; order: string; map: Y.Map<unknown>; position: StoredPosition }>>();
  cardsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const position = readPosition(map.get(CARD.position));
    if (!position) return;
    const lane = lanesMap(doc).get(position.lane) instanceof Y.Map ? position.lane : '';
    const list = byLane.get(lane) ?? [];
    list.push({ id, order: position.order, map, position });
    byLane.set(lane, list);
    if (!cardSizeSchema.safeParse(map.get(CARD.size)).success) map.set(CARD.size, { ...CANVAS.card.default });
  });
  const frames: Rect[] = [];
  lanes.forEach((lane, i) => {
    const existing = laneFrameSchema.safeParse(lane.map.get(LANE.frame));
    const frame = existing.success ? existing.data : laneFrameAt(i, laneHeightFor(CANVAS.lane.default.w, byLane.get(lane.id)?.length ?? 0));
    if (!existing.success) lane.map.set(LANE.frame, frame);
    frames.push(frame);
  });
  const parking = parkingLotArea(frames);
  for (const [lane, cards] of byLane) {
    cards.sort(compareOrdered);
    const width = lane === '' ? parking.w : (frames[lanes.findIndex((l) => l.id === lane)]?.w ?? CANVAS.lane.default.w);
    cards.forEach((card, i) => {
      const placed = storedPositionSchema.safeParse(card.map.get(CARD.position)).success;
      if (placed && lane === card.position.lane) return;
      const slot = laneSlot(width, i);
      // The parking lot has no title bar: its grid starts at the top of its area.
      const at = lane === '' ? { x: parking.x + slot.x, y: parking.y + slot.y - CANVAS.laneHeader } : slot;
      card.map.set(CARD.position, { lane, order: card.order, x: at.x, y: at.y });
    });
  }
};

function compareLoose(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Steps keyed by the version they upgrade from. When the layout changes: bump
 * `CURRENT_SCHEMA_VERSION`, add the step here, and a test from a hand-built old document.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 0: migrateV0toV1, 1: migrateV1toV2 };

/** The document's schema version; 0 when it predates versioning. */
export function schemaVersionOf(doc: Y.Doc): number {
  const version = metaMap(doc).get(META.schemaVersion);
  return typeof version === 'number' && Number.isInteger(version) ? version : 0;
}

function isEmpty(doc: Y.Doc): boolean {
  return metaMap(doc).size === 0 && cardsMap(doc).size === 0 && lanesMap(doc).size === 0;
}

/**
 * Brings the document to `CURRENT_SCHEMA_VERSION`. Returns true if it wrote anything. An empty
 * document (not yet synced) is left alone. Newer versions are left alone too: an old replica
 * must not downgrade a document it does not understand.
 */
export function migrateContent(doc: Y.Doc): boolean {
  const from = schemaVersionOf(doc);
  if (from >= CURRENT_SCHEMA_VERSION || isEmpty(doc)) return false;
  const steps: Migration[] = [];
  for (let version = Math.max(0, from); version < CURRENT_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    // Checked before the transaction: a missing step must not leave half an upgrade behind.
    if (!step) throw new Error(`no migration from schema version ${version}`);
    steps.push(step);
  }
  doc.transact(() => {
    for (const step of steps) step(doc);
    metaMap(doc).set(META.schemaVersion, CURRENT_SCHEMA_VERSION);
  });
  return true;
}
