// biome-ignore-all lint/suspicious/noExplicitAny: generic field descriptions are matched by shape; their stored and plain types vary per field
/**
 * The vocabulary records are described in. A record is a table of fields; each field says where
 * it lives (its key in the record's Y.Map or stored object, and whether it is a plain value, a
 * Y.Text or a Y.Map of entries), what may be stored there, how the record holds it, what a
 * reader falls back to and, for fields people type into, the input rules.
 *
 * From that one table come the record's TypeScript type (`RecordOf`), its tolerant reader, its
 * plain schema (JSON import), its patch schema (`record.ts`) and what the relay accepts from a
 * client under each key (`shared/protocol/updatePolicy.ts`).
 */
import type * as z from 'zod/mini';

/** A plain JSON value kept whole under one key. */
export interface ValueField<Stored = unknown, Plain = Stored, Spread extends boolean = boolean, HasInput extends boolean = boolean> {
  readonly kind: 'value';
  readonly key: string;
  /** What may be stored under the key: every value a client writes there is checked with it. */
  readonly stored: z.ZodMiniType<Stored>;
  /** The field as a record holds it (JSON export and import). */
  readonly plain: z.ZodMiniType<Plain>;
  readonly decode: (stored: Stored) => Plain;
  readonly encode: (plain: Plain) => Stored;
  /**
   * What a reader makes of whatever the key holds, or `undefined` for "use the fallback". By
   * default: the value if `stored` accepts it. Documents written before a rule existed (or by
   * an old client) may hold anything, so readers repair rather than throw.
   */
  readonly read: (raw: unknown) => Plain | undefined;
  /** What a reader gives when the key is missing or unusable; a function sees the fields read so far. */
  readonly fallback: Plain | ((record: Record<string, unknown>) => Plain);
  /** Rules for people typing (trimmed, non-empty…); fields without them are not in the patch schema. */
  readonly input: HasInput extends true ? z.ZodMiniType<Plain> : null;
  /** Without this field the record cannot be read at all (a card without a position cannot be placed). */
  readonly required: boolean;
  /** The plain value is an object whose properties become the record's own (a card's `{laneId, order}`). */
  readonly spread: Spread;
}

/** A collaborative text: a Y.Text under the key, a string in the record. */
export interface TextField {
  readonly kind: 'text';
  readonly key: string;
  /** Longest text, in UTF-16 units as `Y.Text.length` counts them. */
  readonly max: number;
}

/**
 * A Y.Map of entries under the key, each entry one plain object (a resource line, a stage, a
 * group member) described by its own record; in the record, a sorted list of those entries.
 */
export interface EntriesField<Entry = unknown> {
  readonly kind: 'entries';
  readonly key: string;
  readonly entry: EntryDescription<Entry>;
  /** Most entries one map may hold. */
  readonly max: number;
}

/**
 * A Y.Map of plain values under the key, each checked by one schema (e.g. vote totals by card
 * id); in the record, an object of those values.
 */
export interface MapField<V = unknown> {
  readonly kind: 'map';
  readonly key: string;
  readonly value: z.ZodMiniType<V>;
  readonly max: number;
}

/** What an entries field needs to know of its entry record (see `record.ts`). */
export interface EntryDescription<Entry> {
  /** Property that carries the entry's key in the record (`id`, or `key` for members). */
  readonly idKey: string;
  /** Accepts a stored entry value as a client may write it. */
  readonly stored: z.ZodMiniType;
  /** The entry as plain data, with its id. */
  readonly plain: z.ZodMiniType<Entry>;
  /** Reads a stored entry, or null when it is not an object. */
  read(id: string, raw: unknown): Entry | null;
  readonly compare: (a: Entry, b: Entry) => number;
}

export type Field = ValueField<any, any, boolean, boolean> | TextField | EntriesField<any> | MapField<any>;
export type Fields = Record<string, Field>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type PlainOf<F> =
  F extends ValueField<any, infer P, false>
    ? P
    : F extends TextField
      ? string
      : F extends EntriesField<infer E>
        ? E[]
        : F extends MapField<infer V>
          ? Record<string, V>
          : never;
/** The plain objects of spread fields, as a union (never when there are none). */
type SpreadsOf<Fs extends Fields> = { [K in keyof Fs]: Fs[K] extends ValueField<any, infer P, true> ? P : never }[keyof Fs];
type Flat<T> = { [K in keyof T]: T[K] };

/** The plain record a field table describes. */
export type RecordOf<Fs extends Fields> = Flat<
  { [K in keyof Fs as Fs[K] extends ValueField<any, any, true> ? never : K]: PlainOf<Fs[K]> } & UnionToIntersection<SpreadsOf<Fs>>
>;

/** Names of the fields that have input rules, i.e. that the patch schema may change. */
export type InputFieldNames<Fs extends Fields> = Extract<
  { [K in keyof Fs]: Fs[K] extends ValueField<any, any, false, true> ? K : never }[keyof Fs],
  keyof RecordOf<Fs>
>;

interface ValueOptions<P> {
  input?: z.ZodMiniType<P> | undefined;
  required?: boolean;
  read?: (raw: unknown) => P | undefined;
}

type Fallback<T> = T | ((record: Record<string, unknown>) => T);

/** A plain value stored as the record holds it. */
export function value<T>(
  key: string,
  stored: z.ZodMiniType<T>,
  fallback: NoInfer<Fallback<T>>,
  options: ValueOptions<NoInfer<T>> & { input: z.ZodMiniType<NoInfer<T>> },
): ValueField<T, T, false, true>;
export function value<T>(
  key: string,
  stored: z.ZodMiniType<T>,
  fallback: NoInfer<Fallback<T>>,
  options?: ValueOptions<NoInfer<T>>,
): ValueField<T, T, false, false>;
export function value<T>(key: string, stored: z.ZodMiniType<T>, fallback: Fallback<T>, options: ValueOptions<T> = {}): ValueField<T, T, false, boolean> {
  return {
    kind: 'value',
    key,
    stored,
    plain: stored,
    decode: (v) => v,
    encode: (v) => v,
    read: options.read ?? ((raw) => parsed(stored, raw)),
    fallback,
    input: (options.input ?? null) as never,
    required: options.required ?? false,
    spread: false,
  };
}

interface MappedOptions<S, P> extends Omit<ValueOptions<P>, 'input'> {
  plain: z.ZodMiniType<P>;
  decode: (stored: S) => P;
  encode: (plain: P) => S;
}

/** A plain value stored in another form than the record holds it (e.g. `''` for "no group"). */
export function mapped<S, P>(key: string, stored: z.ZodMiniType<S>, fallback: NoInfer<P>, options: MappedOptions<S, P>): ValueField<S, P, false, false> {
  return { ...mappedField(key, stored, options), fallback, required: options.required ?? false, spread: false };
}

/** One stored value whose properties are several fields of the record (written together, so they never mix). */
export function spread<S, P extends object>(key: string, stored: z.ZodMiniType<S>, options: MappedOptions<S, P>): ValueField<S, P, true, false> {
  return { ...mappedField(key, stored, options), fallback: undefined as unknown as P, required: options.required ?? true, spread: true };
}

/** What `mapped` and `spread` fields share: a stored form, its plain form and the two ways between them. */
function mappedField<S, P>(key: string, stored: z.ZodMiniType<S>, options: MappedOptions<S, P>) {
  return {
    kind: 'value' as const,
    key,
    stored,
    plain: options.plain,
    decode: options.decode,
    encode: options.encode,
    read: options.read ?? ((raw: unknown) => decodeParsed(stored, raw, options.decode)),
    input: null,
  };
}

/** A collaborative text of at most `max` characters. */
export function text(key: string, max: number): TextField {
  return { kind: 'text', key, max };
}

/** A map of entries, at most `max` of them. */
export function entries<E>(key: string, entry: EntryDescription<E>, max: number): EntriesField<E> {
  return { kind: 'entries', key, entry, max };
}

/** A map of plain values, at most `max` of them. */
export function valueMap<V>(key: string, valueSchema: z.ZodMiniType<V>, max: number): MapField<V> {
  return { kind: 'map', key, value: valueSchema, max };
}

function parsed<T>(schema: z.ZodMiniType<T>, raw: unknown): T | undefined {
  const result = schema.safeParse(raw);
  return result.success ? result.data : undefined;
}

function decodeParsed<S, P>(schema: z.ZodMiniType<S>, raw: unknown, decode: (stored: S) => P): P | undefined {
  const result = schema.safeParse(raw);
  return result.success ? decode(result.data) : undefined;
}
