// biome-ignore-all lint/suspicious/noExplicitAny: generic field descriptions are matched by shape; their stored and plain types vary per field
/**
 * Records from field tables: `defineRecord` for a record kept as a Y.Map (a card, a lane, the
 * board's meta), `defineEntry` for one kept as a plain object inside an entries map (a resource
 * line, a key stage, a group member). Each gives the tolerant reader, the plain schema and the
 * patch schema of its table; the relay reads the same tables to check client updates.
 */
import * as Y from 'yjs';
import * as z from 'zod/mini';
import { unreachable } from '../../unreachable';
import type { EntriesField, EntryDescription, Field, Fields, InputFieldNames, MapField, RecordOf, ValueField } from './fields';

/** An object schema of the fields people may change, each optional. */
export type PatchSchema<Fs extends Fields> = z.ZodMiniObject<{ [K in InputFieldNames<Fs>]: z.ZodMiniOptional<z.ZodMiniType<RecordOf<Fs>[K]>> }>;

/** Options that only the plain (import) schema uses. */
export interface PlainOptions {
  /**
   * Fields that exports written before them lack: the import gives them their fallback.
   * Everything else must be present, so a truncated file is refused rather than half-read.
   */
  addedLater?: readonly string[];
}

export interface RecordDescription<Fs extends Fields> {
  readonly name: string;
  readonly fields: Fs;
  /** Field name and field by stored key. */
  readonly byKey: ReadonlyMap<string, { name: string; field: Field }>;
  /** The stored key of each field: the Yjs layout, for the commands that write the record. */
  readonly keys: { readonly [K in keyof Fs]: string };
  /** The record as plain data, without its id (JSON export and import). */
  readonly plain: z.ZodMiniType<RecordOf<Fs>>;
  /** The fields people may change, each optional, with their input rules. */
  readonly patch: PatchSchema<Fs>;
  /** Reads a record from what `get(key)` returns; null when a required field is unusable. */
  read(get: (key: string) => unknown): RecordOf<Fs> | null;
  /** Reads one field alone (a fallback that depends on other fields sees none of them). */
  readField<K extends keyof RecordOf<Fs> & keyof Fs>(name: K, get: (key: string) => unknown): RecordOf<Fs>[K];
}

/** A record kept as a Y.Map, one key per field. */
export function defineRecord<Fs extends Fields>(name: string, fields: Fs, options: PlainOptions = {}): RecordDescription<Fs> {
  const byKey = new Map<string, { name: string; field: Field }>();
  for (const [fieldName, field] of Object.entries(fields)) {
    if (byKey.has(field.key)) throw new Error(`${name}: two fields are stored under "${field.key}"`);
    byKey.set(field.key, { name: fieldName, field });
  }
  // Listed once: a board arriving whole reads each of its thousands of cards through it.
  const fieldList = Object.entries(fields);
  return {
    name,
    fields,
    byKey,
    keys: Object.fromEntries(Object.entries(fields).map(([fieldName, field]) => [fieldName, field.key])) as { [K in keyof Fs]: string },
    plain: plainSchema(fields, options) as unknown as z.ZodMiniType<RecordOf<Fs>>,
    patch: patchSchema(fields) as unknown as PatchSchema<Fs>,
    read: (get) => readFields(fieldList, get) as RecordOf<Fs> | null,
    readField: (name, get) => {
      const field = fields[name]!;
      return readFields([[name as string, field]], get)?.[name as string] as never;
    },
  };
}

/** A Y.Map record read from its map; null when a required field is unusable. */
export function readRecord<Fs extends Fields>(record: RecordDescription<Fs>, map: Y.Map<unknown>): RecordOf<Fs> | null {
  return record.read((key) => map.get(key));
}

interface EntryOptions<E, Id extends string, IdT extends string> extends PlainOptions {
  /** Property that holds the entry's key in the record. */
  idKey: Id;
  /** The schema of that key, as the record types it. */
  id: z.ZodMiniType<IdT>;
  compare: (a: E, b: E) => number;
}

/**
 * An entry kept as one plain object in an entries map. Its fields must be plain values; a
 * stored entry is checked whole (no unknown properties), since a client writes it whole.
 */
export function defineEntry<Fs extends Record<string, ValueField<any, any, false>>, Id extends string, IdT extends string>(
  fields: Fs,
  options: EntryOptions<RecordOf<Fs> & Record<Id, IdT>, Id, IdT>,
): EntryDescription<RecordOf<Fs> & Record<Id, IdT>> & { readonly fields: Fs; readonly patch: PatchSchema<Fs> } {
  type Entry = RecordOf<Fs> & Record<Id, IdT>;
  const stored = z.strictObject(
    Object.fromEntries(Object.values(fields).map((field) => [field.key, field.required ? field.stored : z.optional(field.stored)])),
  );
  const plain = z.extend(plainSchema(fields, options) as z.ZodMiniObject, { [options.idKey]: options.id });
  const fieldList = Object.entries(fields);
  return {
    fields,
    idKey: options.idKey,
    stored,
    plain: plain as unknown as z.ZodMiniType<Entry>,
    patch: patchSchema(fields) as unknown as PatchSchema<Fs>,
    read: (id, raw) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
      const entry = readFields(fieldList, (key) => (raw as Record<string, unknown>)[key]);
      return entry ? ({ [options.idKey]: id, ...entry } as Entry) : null;
    },
    compare: options.compare,
  };
}

function readFields(fields: ReadonlyArray<readonly [string, Field]>, get: (key: string) => unknown): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let missing: Array<[string, ValueField]> | undefined;
  for (const [name, field] of fields) {
    const raw = get(field.key);
    switch (field.kind) {
      case 'value': {
        const read = raw === undefined ? undefined : field.read(raw);
        if (read === undefined) {
          if (field.required) return null;
          (missing ??= []).push([name, field]);
        } else if (field.spread) Object.assign(out, read);
        else out[name] = read;
        break;
      }
      case 'text':
        out[name] = raw instanceof Y.Text ? raw.toString() : '';
        break;
      case 'entries':
        out[name] = raw instanceof Y.Map ? readEntries(field, raw) : [];
        break;
      case 'map':
        out[name] = raw instanceof Y.Map ? readValueMap(field, raw) : {};
        break;
      default:
        return unreachable(field);
    }
  }
  // Fallbacks last, so one may depend on another field (a card's `updatedAt` on `createdAt`).
  for (const [name, field] of missing ?? []) {
    out[name] = typeof field.fallback === 'function' ? (field.fallback as (record: Record<string, unknown>) => unknown)(out) : field.fallback;
  }
  return out;
}

/** The entries of an entries field, sorted, from whatever its key holds (none unless a Y.Map). */
export function readEntryMap<E>(field: EntriesField<E>, value: unknown): E[] {
  return value instanceof Y.Map ? readEntries(field, value) : [];
}

function readEntries<E>(field: EntriesField<E>, map: Y.Map<unknown>): E[] {
  const list: E[] = [];
  map.forEach((raw, id) => {
    const entry = field.entry.read(id, raw);
    if (entry !== null) list.push(entry);
  });
  return list.sort(field.entry.compare);
}

function readValueMap<V>(field: MapField<V>, map: Y.Map<unknown>): Record<string, V> {
  const out: Record<string, V> = {};
  map.forEach((raw, key) => {
    const parsed = field.value.safeParse(raw);
    if (parsed.success) out[key] = parsed.data;
  });
  return out;
}

function plainSchema(fields: Fields, options: PlainOptions): z.ZodMiniObject {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [name, field] of Object.entries(fields)) {
    switch (field.kind) {
      case 'value':
        if (field.spread) Object.assign(shape, (field.plain as z.ZodMiniObject).shape);
        else shape[name] = options.addedLater?.includes(name) ? z._default(field.plain, field.fallback) : field.plain;
        break;
      case 'text':
        shape[name] = z.string().check(z.maxLength(field.max));
        break;
      case 'entries': {
        const list = z.array(field.entry.plain).check(z.maxLength(field.max));
        shape[name] = options.addedLater?.includes(name) ? z._default(list, []) : list;
        break;
      }
      case 'map':
        shape[name] = z.record(z.string(), field.value);
        break;
      default:
        return unreachable(field);
    }
  }
  return z.object(shape);
}

function patchSchema(fields: Fields): z.ZodMiniObject {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.kind === 'value' && !field.spread && field.input) shape[name] = z.optional(field.input);
  }
  return z.object(shape);
}
