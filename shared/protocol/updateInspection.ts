/**
 * What a Yjs update would change in a document, found without applying it: every struct it
 * inserts and every struct it deletes, each with its place in the document as a path of keys
 * (`['cards', cardId, 'title']`, `['cards', cardId, 'description', null]` for a character of a
 * text). The relay decides from this whether the sender may make the change (updatePolicy.ts)
 * before anything reaches the document others are served.
 *
 * Yjs writes an item's parent only when it has no neighbours; otherwise the parent is that of
 * the neighbour it was inserted after (its origin) or before. So places are resolved through
 * neighbours, in the document or earlier in the same update, as Yjs itself does when it
 * integrates. What Yjs could not integrate (an edit that depends on edits the document does
 * not have, a cycle of dependencies), or would integrate only as garbage collection, is refused
 * here: it would sit in the document's pending queue and be served to every joiner.
 *
 * The document is only read. Reading a type's own item (`_item`) is the one use of a Yjs field
 * that is not public: Yjs has no other way from a type to the key it sits under.
 */
import * as Y from 'yjs';

/** A place in a document: root name, then keys; `null` is a position in a sequence (a text's character). */
export type Path = ReadonlyArray<string | null>;

/** What an inserted struct holds. */
export type InsertedContent =
  | { kind: 'value'; values: unknown[] }
  | { kind: 'map' }
  | { kind: 'text' }
  | { kind: 'array' }
  | { kind: 'string'; length: number }
  | { kind: 'deleted'; length: number }
  | { kind: 'other'; name: string };

export interface Inserted {
  path: Path;
  content: InsertedContent;
  /** Identifies the struct, so a later insert inside a new type can be told from one in an old type. */
  id: Y.ID;
  /** Deleted again by the same update (typed, then erased while offline). */
  deletedHere: boolean;
}

export interface Deleted {
  path: Path;
  /** Characters (or values) removed, for length budgets of texts. */
  length: number;
  /** The removed struct held a shared type (a whole card, a text…). */
  type: boolean;
}

export interface Inspection {
  inserted: Inserted[];
  deleted: Deleted[];
  /** Client ids the document has never seen. */
  newClients: number[];
  /** Structs the document does not have yet, including those that will land in deleted places. */
  fresh: number;
  /**
   * Some struct (or part of one) the update carries is already in the document: a replay or an
   * overlap. When none is, applying integrates every struct as sent, so the update itself is
   * the delta it makes.
   */
  overlaps: boolean;
  /** Deletion ranges the update carries, whatever they delete. */
  deletions: number;
  /**
   * Every top-level type the update names, including in structs the document already has: Yjs
   * creates each one it reads while decoding, so an unknown name would cost memory even unused.
   */
  roots: Set<string>;
  /** Structs looked at in the document to resolve places and deletions: the work this update cost. */
  work: number;
}

/**
 * Why an update cannot be taken at all, whatever the sender's role. `malformed`: no Yjs client
 * produces it (bytes that do not decode, a cycle of dependencies): the sender is broken or
 * hostile. Otherwise an honest client can get there (a gap after a refused edit, an old cache
 * with collected ranges) and is told to start again from the server's state.
 */
export class InspectionError extends Error {
  override readonly name = 'InspectionError';
  constructor(
    message: string,
    readonly malformed = false,
  ) {
    super(message);
  }
}

/** Deeper than any record of the schema goes, with room to spare: anything below is refused unread. */
const MAX_DEPTH = 8;

type Place = { path: Path } | 'inert';
type AnyStruct = Y.Item | Y.GC;

/**
 * Reads what `update` would change in `doc`. Throws `InspectionError` for an update that is
 * malformed, carries garbage-collected or skipped ranges, or depends on structs that neither
 * the document nor the update has.
 */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array): Inspection {
  let decoded: { structs: Array<Y.Item | Y.GC | Y.Skip>; ds: { clients: Map<number, Array<{ clock: number; len: number }>> } };
  try {
    decoded = Y.decodeUpdate(update) as typeof decoded;
  } catch {
    throw new InspectionError('malformed Yjs update', true);
  }
  const store = doc.store;
  const state = (client: number) => Y.getState(store, client);
  let work = 0;

  // The update's structs per client, in clock order and without gaps from what the doc has.
  const byClient = new Map<number, Y.Item[]>();
  const roots = new Set<string>();
  let overlaps = false;
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) throw new InspectionError('updates from clients may not skip ranges');
    if (struct instanceof Y.GC) throw new InspectionError('updates from clients may not carry garbage-collected ranges');
    if (!(struct instanceof Y.Item)) throw new InspectionError('unknown struct', true);
    if (typeof (struct.parent as unknown) === 'string') roots.add(struct.parent as unknown as string);
    const list = byClient.get(struct.id.client) ?? [];
    const last = list[list.length - 1];
    if (last) {
      if (struct.id.clock !== last.id.clock + last.length)
        throw new InspectionError('the update depends on earlier edits the server does not have; start again from the server state');
    } else {
      const known = state(struct.id.client);
      if (struct.id.clock > known) throw new InspectionError('the update depends on earlier edits the server does not have; start again from the server state');
      if (struct.id.clock < known) overlaps = true;
    }
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  const newClients = [...byClient.keys()].filter((client) => state(client) === 0);
  const fresh = (item: Y.Item) => item.id.clock + item.length > state(item.id.client);

  const inUpdate = (id: Y.ID): Y.Item | undefined => {
    const list = byClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const item = list[mid]!;
      if (id.clock < item.id.clock) high = mid - 1;
      else if (id.clock >= item.id.clock + item.length) low = mid + 1;
      else return item;
    }
    return undefined;
  };
  /** A struct the dependency names: the document's if it has that clock, else the update's. */
  const dependency = (id: Y.ID, from: Y.Item): { doc: AnyStruct } | { update: Y.Item } => {
    if (id.clock < state(id.client)) {
      work++;
      return { doc: Y.getItem(store, id) as AnyStruct };
    }
    const item = inUpdate(id);
    if (!item) throw new InspectionError('the update depends on edits the server does not have; start again from the server state');
    // Yjs integrates one client's structs in clock order: a later one cannot be a dependency.
    if (item.id.client === from.id.client && item.id.clock >= from.id.clock)
      throw new InspectionError('malformed Yjs update: an edit depends on a later one', true);
    return { update: item };
  };

  const typePaths = new Map<Y.AbstractType<unknown>, Path | 'inert'>();
  /** Where a type of the document sits; inert when it (or what holds it) was deleted. */
  const pathOfType = (type: Y.AbstractType<unknown>, depth = 0): Path | 'inert' => {
    const known = typePaths.get(type);
    if (known) return known;
    if (depth > MAX_DEPTH) throw new InspectionError('the document is nested too deep');
    work++;
    const holder = (type as unknown as { _item: Y.Item | null })._item;
    let path: Path | 'inert';
    if (holder === null) path = [Y.findRootTypeKey(type)];
    else if (holder.deleted) path = 'inert';
    else {
      const parent = pathOfType(holder.parent as Y.AbstractType<unknown>, depth + 1);
      path = parent === 'inert' ? 'inert' : [...parent, holder.parentSub];
    }
    typePaths.set(type, path);
    return path;
  };
  /** Where a new struct beside this document item lands: in the same type, under the same key. */
  const besideDocItem = (item: Y.Item): Place => {
    const parent = pathOfType(item.parent as Y.AbstractType<unknown>);
    return parent === 'inert' ? 'inert' : { path: [...parent, item.parentSub] };
  };

  const places = new Map<Y.Item, Place>();
  const depth = (path: Path) => path.length;
  /** The update item this one's place depends on, when that is not resolved yet. */
  const pendingOn = (item: Y.Item): Y.Item | null => {
    const wait = (candidate: Y.Item) => (places.has(candidate) ? null : candidate);
    const parentRef = item.parent as unknown;
    if (parentRef instanceof Y.ID) {
      const parent = dependency(parentRef, item);
      return 'update' in parent ? wait(parent.update) : null;
    }
    if (typeof parentRef === 'string') return null;
    if (item.origin) {
      const left = dependency(item.origin, item);
      if ('update' in left) return wait(left.update);
      if (left.doc instanceof Y.Item) return null;
    }
    if (item.rightOrigin) {
      const right = dependency(item.rightOrigin, item);
      if ('update' in right) return wait(right.update);
    }
    return null;
  };
  const placeOf = (item: Y.Item): Place => {
    const extend = (parent: Path | 'inert', key: string | null): Place => {
      if (parent === 'inert') return 'inert';
      const path = [...parent, key];
      if (depth(path) > MAX_DEPTH) throw new InspectionError('the update nests shared types too deep');
      return { path };
    };
    const parentRef = item.parent as unknown;
    if (typeof parentRef === 'string') return { path: [parentRef, item.parentSub] };
    if (parentRef instanceof Y.ID) {
      const parent = dependency(parentRef, item);
      if ('doc' in parent) {
        const holder = parent.doc;
        if (!(holder instanceof Y.Item) || !(holder.content instanceof Y.ContentType)) return 'inert';
        return extend(pathOfType(holder.content.type as Y.AbstractType<unknown>), item.parentSub);
      }
      if (!(parent.update.content instanceof Y.ContentType)) return 'inert';
      const holder = places.get(parent.update)!;
      return extend(holder === 'inert' ? 'inert' : holder.path, item.parentSub);
    }
    // No parent written: Yjs takes the place of the left neighbour, else of the right one;
    // next to a garbage-collected struct, the new one is collected too.
    const left = item.origin ? dependency(item.origin, item) : null;
    const right = item.rightOrigin ? dependency(item.rightOrigin, item) : null;
    if ((left && 'doc' in left && left.doc instanceof Y.GC) || (right && 'doc' in right && right.doc instanceof Y.GC)) return 'inert';
    for (const side of [left, right]) {
      if (!side) continue;
      if ('doc' in side) return besideDocItem(side.doc as Y.Item);
      return places.get(side.update)!;
    }
    return 'inert';
  };
  const resolve = (start: Y.Item): void => {
    if (places.has(start)) return;
    const stack = [start];
    const onStack = new Set<Y.Item>([start]);
    while (stack.length > 0) {
      const item = stack[stack.length - 1]!;
      if (places.has(item)) {
        stack.pop();
        onStack.delete(item);
        continue;
      }
      const waitFor = pendingOn(item);
      if (waitFor) {
        if (onStack.has(waitFor)) throw new InspectionError('malformed Yjs update: a cycle of dependencies', true);
        stack.push(waitFor);
        onStack.add(waitFor);
        continue;
      }
      places.set(item, placeOf(item));
      stack.pop();
      onStack.delete(item);
    }
  };

  // Deletions: in the document, and of the update's own new structs.
  const deletedHere = new Set<Y.Item>();
  const deleted: Deleted[] = [];
  for (const [client, ranges] of decoded.ds.clients) {
    const own = byClient.get(client);
    const known = state(client);
    const end = own && own.length > 0 ? own[own.length - 1]!.id.clock + own[own.length - 1]!.length : known;
    for (const { clock, len } of ranges) {
      if (clock + len > Math.max(known, end)) throw new InspectionError('the update deletes edits the server does not have; start again from the server state');
      if (clock < known) {
        const structs = store.clients.get(client)!;
        for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < clock + len; i++) {
          work++;
          const struct = structs[i]!;
          if (!(struct instanceof Y.Item) || struct.deleted) continue;
          const place = besideDocItem(struct);
          if (place === 'inert') continue;
          const from = Math.max(clock, struct.id.clock);
          const to = Math.min(clock + len, struct.id.clock + struct.length);
          deleted.push({ path: [...place.path], length: to - from, type: struct.content instanceof Y.ContentType });
        }
      }
      if (!own) continue;
      // The client's own structs are in clock order: start at the first that ends past the range.
      for (let i = firstEndingAfter(own, clock); i < own.length && own[i]!.id.clock < clock + len; i++) deletedHere.add(own[i]!);
    }
  }

  const inserted: Inserted[] = [];
  for (const list of byClient.values()) {
    for (const item of list) {
      if (!fresh(item)) continue;
      resolve(item);
      const place = places.get(item)!;
      if (place === 'inert') continue;
      inserted.push({ path: place.path, content: describe(item.content), id: item.id, deletedHere: deletedHere.has(item) });
    }
  }
  let freshCount = 0;
  for (const list of byClient.values()) for (const item of list) if (fresh(item)) freshCount++;
  let deletions = 0;
  for (const ranges of decoded.ds.clients.values()) deletions += ranges.length;
  return { inserted, deleted, newClients, fresh: freshCount, overlaps, deletions, roots, work };
}

/** Index of the first struct in `list` (one client's, in clock order) that ends after `clock`. */
function firstEndingAfter(list: Y.Item[], clock: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const item = list[mid]!;
    if (item.id.clock + item.length <= clock) low = mid + 1;
    else high = mid;
  }
  return low;
}

function describe(content: Y.Item['content']): InsertedContent {
  if (content instanceof Y.ContentAny) return { kind: 'value', values: content.getContent() };
  if (content instanceof Y.ContentString) return { kind: 'string', length: content.getLength() };
  if (content instanceof Y.ContentDeleted) return { kind: 'deleted', length: content.getLength() };
  if (content instanceof Y.ContentType) {
    const type = content.type;
    if (type instanceof Y.Map) return { kind: 'map' };
    if (type instanceof Y.Text) return { kind: 'text' };
    if (type instanceof Y.Array) return { kind: 'array' };
    return { kind: 'other', name: type.constructor.name };
  }
  return { kind: 'other', name: content.constructor.name };
}
