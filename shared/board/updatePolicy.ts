/**
 * Whether a client may make the changes an update would make (from `inspectUpdate`): every
 * record and field it touches must exist in the document's layout, every value must pass its
 * field's stored schema, sizes and counts must stay within the limits, and the writer's role
 * must have the capability each change needs (`rules.ts`). One refusal refuses the whole update.
 */
import * as Y from 'yjs';
import type { Inspection, Path } from '../protocol/updateInspection';
import { CONTENT_RULES, type Capability, hasCapability, mayClaimAuthor, mayWriteMember, type SessionGate, SESSION_RULES } from './rules';
import { CONTENT_LAYOUT, type RootLayout, SESSION_LAYOUT } from './schema/documents';
import type { Field } from './schema/fields';
import { entityIdSchema } from './schema/values';
import type { CardOrigin, Role } from './types';

/** Who sends the update: the role of the link, and the participant identity the connection presented. */
export interface Writer {
  role: Role;
  participant: { id: string; name: string } | null;
}

/** What a record (card, comment) was first created with; a record brought back by undo may carry it again. */
export interface FirstSeen {
  author: string;
  origin: CardOrigin | null;
}

export interface PolicyContext {
  /** The document as it is before the update. */
  doc: Y.Doc;
  session: SessionGate;
  /** What the server recorded when a card or comment with this id was first created, if ever. */
  firstSeen(collection: string, id: string): FirstSeen | null;
}

/** A record the update creates, for the server to remember its author (see `FirstSeen`). */
export interface CreatedRecord {
  collection: string;
  id: string;
  author: string;
  origin: CardOrigin | null;
}

export type Verdict = { ok: true; created: CreatedRecord[] } | { ok: false; reason: string };

/** What one update does to one record. */
interface RecordChange {
  root: string;
  id: string | null;
  layout: RootLayout;
  created: boolean;
  removed: boolean;
  /** Field name → values written (a value field) or `null` for a new shared type. */
  writes: Map<string, unknown[]>;
  unset: Set<string>;
  textDelta: Map<string, number>;
  /** Entries field → entry key → written values (empty: removed). */
  entries: Map<string, Map<string, unknown[]>>;
}

class Refusal extends Error {}
const refuse = (reason: string): never => {
  throw new Refusal(reason);
};

/** Judges an update of the content document. */
export function judgeContentUpdate(inspection: Inspection, writer: Writer, context: PolicyContext): Verdict {
  return judge(inspection, writer, context, CONTENT_LAYOUT, (root) => CONTENT_RULES[root as keyof typeof CONTENT_RULES] as Rules | undefined);
}

/** Judges an update of the session document. */
export function judgeSessionUpdate(inspection: Inspection, writer: Writer, context: PolicyContext): Verdict {
  return judge(inspection, writer, context, SESSION_LAYOUT, () => ({
    create: 'server',
    remove: 'server',
    fields: SESSION_RULES.fields as Record<string, Capability>,
  }));
}

interface Rules {
  create?: Capability;
  remove?: Capability;
  fields: Record<string, Capability>;
}

function judge(
  inspection: Inspection,
  writer: Writer,
  context: PolicyContext,
  layout: Readonly<Record<string, RootLayout>>,
  rulesOf: (root: string) => Rules | undefined,
): Verdict {
  try {
    const changes = collect(inspection, context.doc, layout);
    const created: CreatedRecord[] = [];
    for (const change of changes.values()) check(change, rulesOf(change.root)!, writer, context, created);
    return { ok: true, created };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    throw error;
  }
}

const where = (path: Path) => path.map((step) => step ?? '·').join('.');

function collect(inspection: Inspection, doc: Y.Doc, layout: Readonly<Record<string, RootLayout>>): Map<string, RecordChange> {
  for (const root of inspection.roots) if (!layout[root]) refuse(`"${root}" is not part of this document`);
  const changes = new Map<string, RecordChange>();
  const changeAt = (path: Path): { change: RecordChange; rest: Path } => {
    const root = path[0];
    const rootLayout = typeof root === 'string' ? layout[root] : undefined;
    if (!root || !rootLayout) return refuse(`"${String(root)}" is not part of this document`);
    const single = rootLayout.kind === 'single';
    const id = single ? null : path[1];
    if (!single && (typeof id !== 'string' || !entityIdSchema.safeParse(id).success)) return refuse(`${where(path)}: not a valid record id`);
    const key = `${root}/${id ?? ''}`;
    let change = changes.get(key);
    if (!change) {
      change = {
        root,
        id: id ?? null,
        layout: rootLayout,
        created: false,
        removed: false,
        writes: new Map(),
        unset: new Set(),
        textDelta: new Map(),
        entries: new Map(),
      };
      changes.set(key, change);
    }
    return { change, rest: path.slice(single ? 1 : 2) };
  };
  const fieldAt = (change: RecordChange, key: string | null | undefined, path: Path): [string, Field] => {
    const found = typeof key === 'string' ? change.layout.record.byKey.get(key) : undefined;
    if (!found) return refuse(`${where(path)}: ${change.layout.record.name} has no such field`);
    return [found.name, found.field];
  };

  for (const insert of inspection.inserted) {
    const { change, rest } = changeAt(insert.path);
    const { content } = insert;
    if (rest.length === 0) {
      // A record itself: a new map (creating it, or replacing one with the same id), or its deletion.
      if (content.kind === 'map') change.created = true;
      else if (content.kind === 'deleted') change.removed = true;
      else refuse(`${where(insert.path)}: a record must be a map`);
      continue;
    }
    const [name, field] = fieldAt(change, rest[0], insert.path);
    if (rest.length === 1) {
      if (content.kind === 'deleted') {
        change.unset.add(name);
        continue;
      }
      const expected = field.kind === 'value' ? 'value' : field.kind === 'text' ? 'text' : 'map';
      if (content.kind !== expected) refuse(`${where(insert.path)}: must be ${expected === 'value' ? 'a plain value' : `a shared ${expected}`}`);
      if (content.kind === 'value' && content.values.length !== 1) refuse(`${where(insert.path)}: must be one value`);
      if (field.kind === 'value') {
        const value = content.kind === 'value' ? content.values[0] : undefined;
        const parsed = field.stored.safeParse(value);
        if (!parsed.success) refuse(`${where(insert.path)}: ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
        change.writes.set(name, [...(change.writes.get(name) ?? []), value]);
      } else change.writes.set(name, change.writes.get(name) ?? []);
      continue;
    }
    if (rest.length === 2 && field.kind === 'text' && rest[1] === null) {
      if (content.kind !== 'string') refuse(`${where(insert.path)}: a text holds characters only`);
      if (content.kind === 'string' && !insert.deletedHere) change.textDelta.set(name, (change.textDelta.get(name) ?? 0) + content.length);
      continue;
    }
    if (rest.length === 2 && (field.kind === 'entries' || field.kind === 'map') && typeof rest[1] === 'string') {
      const entries = change.entries.get(name) ?? new Map<string, unknown[]>();
      change.entries.set(name, entries);
      const written = entries.get(rest[1]) ?? [];
      entries.set(rest[1], written);
      if (content.kind === 'deleted') continue;
      if (content.kind !== 'value' || content.values.length !== 1) return refuse(`${where(insert.path)}: an entry must be one plain value`);
      const schema = field.kind === 'entries' ? field.entry.stored : field.value;
      const parsed = schema.safeParse(content.values[0]);
      if (!parsed.success) refuse(`${where(insert.path)}: ${parsed.error.issues[0]?.message ?? 'invalid entry'}`);
      written.push(content.values[0]);
      continue;
    }
    refuse(`${where(insert.path)}: not part of the board's schema`);
  }

  for (const removal of inspection.deleted) {
    const { change, rest } = changeAt(removal.path);
    if (rest.length === 0) {
      change.removed = true;
      continue;
    }
    const [name, field] = fieldAt(change, rest[0], removal.path);
    if (rest.length === 1) change.unset.add(name);
    else if (field.kind === 'text') change.textDelta.set(name, (change.textDelta.get(name) ?? 0) - removal.length);
    else if ((field.kind === 'entries' || field.kind === 'map') && typeof rest[1] === 'string') {
      const entries = change.entries.get(name) ?? new Map<string, unknown[]>();
      change.entries.set(name, entries);
      if (!entries.has(rest[1])) entries.set(rest[1], []);
    }
  }
  checkCounts(changes, doc);
  return changes;
}

/** Records per collection, characters per text and entries per map stay within their limits. */
function checkCounts(changes: Map<string, RecordChange>, doc: Y.Doc): void {
  const added = new Map<string, number>();
  for (const change of changes.values()) {
    const map = change.id === null ? doc.getMap<unknown>(change.root) : entityMap(doc, change.root, change.id);
    if (change.layout.kind === 'collection' && change.id !== null) {
      const exists = doc.getMap<unknown>(change.root).has(change.id);
      const delta = change.created && !exists ? 1 : change.removed && !change.created && exists ? -1 : 0;
      added.set(change.root, (added.get(change.root) ?? 0) + delta);
    }
    if (change.removed && !change.created) continue;
    // A record made anew in this update starts empty, whatever the old one with its id held.
    const current = change.created ? null : map;
    for (const [name, delta] of change.textDelta) {
      const field = change.layout.record.fields[name] as Extract<Field, { kind: 'text' }>;
      const text = current?.get(field.key);
      const length = (text instanceof Y.Text && !change.writes.has(name) ? text.length : 0) + delta;
      if (length > field.max) refuse(`${change.layout.record.name}.${name}: at most ${field.max} characters`);
    }
    for (const [name, entries] of change.entries) {
      const field = change.layout.record.fields[name] as Extract<Field, { kind: 'entries' | 'map' }>;
      const existing = current?.get(field.key);
      const keys = new Set(existing instanceof Y.Map && !change.writes.has(name) ? existing.keys() : []);
      for (const [key, written] of entries) {
        if (written.length > 0) keys.add(key);
        else keys.delete(key);
      }
      if (keys.size > field.max) refuse(`${change.layout.record.name}.${name}: at most ${field.max} entries`);
    }
  }
  for (const [root, delta] of added) {
    const layout = CONTENT_LAYOUT[root];
    if (delta > 0 && layout?.kind === 'collection' && doc.getMap<unknown>(root).size + delta > layout.max) {
      refuse(`${root}: a board holds at most ${layout.max}`);
    }
  }
}

function entityMap(doc: Y.Doc, root: string, id: string): Y.Map<unknown> | null {
  const value = doc.getMap<unknown>(root).get(id);
  return value instanceof Y.Map ? value : null;
}

function check(change: RecordChange, rules: Rules, writer: Writer, context: PolicyContext, created: CreatedRecord[]): void {
  const { role } = writer;
  const allowed = (capability: Capability, what: string) => {
    if (!hasCapability(capability, role, context.session)) refuse(`${what}: ${deniedBecause(capability, role)}`);
  };
  const name = change.layout.record.name;
  const existing = change.id === null ? context.doc.getMap<unknown>(change.root) : entityMap(context.doc, change.root, change.id);
  if (change.removed && !change.created) {
    if (change.root === 'comments' && existing && role !== 'facilitator') {
      // Moderation is the facilitator's; everyone else removes only what they wrote.
      allowed('content', `removing a ${name}`);
      if (existing.get('author') !== (writer.participant?.name ?? '')) refuse(`removing a ${name}: only its author or a facilitator may`);
    } else allowed(rules.remove ?? 'server', `removing a ${name}`);
    return;
  }
  if (change.created) {
    allowed(rules.create ?? 'server', `adding a ${name}`);
    if (existing) allowed(rules.remove ?? 'server', `replacing a ${name}`);
    checkNewRecord(change, writer, context, created);
  }
  // The fields of a new record come with it: creating it is the permission (author, origin and
  // roadmap were checked with the record), except what only the server writes.
  const fresh = change.created;
  for (const [field, values] of change.writes) {
    const capability = rules.fields[field] ?? 'server';
    if (fresh) {
      if (capability === 'server') allowed(capability, `${name}.${field}`);
    } else if (capability === 'authorship') allowed('facilitator', `${name}.${field}`);
    else if (capability === 'roadmap') checkRoadmap(values, writer, context, existing);
    else allowed(capability, `${name}.${field}`);
  }
  for (const field of change.unset) {
    if (change.writes.has(field) || fresh) continue;
    const spec = change.layout.record.fields[field];
    if (spec?.kind === 'value' && spec.required) refuse(`${name}.${field}: cannot be removed`);
    allowed(rules.fields[field] ?? 'server', `${name}.${field}`);
  }
  for (const field of change.textDelta.keys()) if (!fresh) allowed(rules.fields[field] ?? 'server', `${name}.${field}`);
  for (const [field, entries] of change.entries) {
    const capability = rules.fields[field] ?? 'server';
    if (!fresh || capability === 'server') allowed(capability, `${name}.${field}`);
    if (capability !== 'membership') continue;
    for (const [key, written] of entries) {
      if (!mayWriteMember(role, key, writer.participant)) refuse(`${name}.${field}: only a facilitator may move other people between groups`);
      const claimed = written.map((entry) => (entry as { name?: unknown }).name);
      if (role !== 'facilitator' && claimed.some((memberName) => memberName !== writer.participant?.name)) refuse(`${name}.${field}: join under your own name`);
    }
  }
}

/** Author and origin of a new card or comment: one's own, or what the record was first made with. */
function checkNewRecord(change: RecordChange, writer: Writer, context: PolicyContext, created: CreatedRecord[]): void {
  if (change.root !== 'cards' && change.root !== 'comments') return;
  const id = change.id!;
  const first = context.firstSeen(change.root, id);
  const authors = change.writes.get('author') ?? [''];
  const me = writer.participant?.name ?? null;
  for (const author of authors) {
    if (!mayClaimAuthor(writer.role, author as string, me, first?.author ?? null))
      refuse(`${change.layout.record.name}.author: write your own name (${JSON.stringify(me ?? '')})`);
  }
  const origins = (change.writes.get('origin') ?? [null]) as Array<CardOrigin | null>;
  if (writer.role !== 'facilitator') {
    for (const origin of origins) {
      if (origin !== null && JSON.stringify(origin) !== JSON.stringify(first?.origin ?? null))
        refuse('card.origin: only a facilitator carries initiatives over');
    }
    const roadmaps = change.writes.get('roadmap') ?? [];
    if (roadmaps.some((value) => value !== null) && origins.every((origin) => origin === null))
      refuse('card.roadmap: only initiatives carried over from a past session are on the roadmap');
  }
  created.push({ collection: change.root, id, author: (authors[authors.length - 1] as string) ?? '', origin: origins[origins.length - 1] ?? null });
}

/** A roadmap status changes only on a card carried over from a past session; facilitators may clear it anywhere. */
function checkRoadmap(values: unknown[], writer: Writer, context: PolicyContext, existing: Y.Map<unknown> | null): void {
  if (!hasCapability('roadmap', writer.role, context.session)) refuse(`card.roadmap: ${deniedBecause('roadmap', writer.role)}`);
  if (writer.role === 'facilitator') return;
  const origin = existing?.get('origin');
  if ((origin === null || origin === undefined) && values.some((value) => value !== null))
    refuse('card.roadmap: only initiatives carried over from a past session are on the roadmap');
}

function deniedBecause(capability: Capability, role: Role): string {
  switch (capability) {
    case 'server':
      return 'written by the server only';
    case 'facilitator':
    case 'tracks':
    case 'board':
    case 'groups':
    case 'session':
      return 'only facilitators do that';
    default:
      return role === 'editor' ? 'the board is locked or the session is closed' : `a ${role} cannot change the board`;
  }
}
