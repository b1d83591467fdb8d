// biome-ignore-all lint/suspicious/noExplicitAny: the document's root types come typed as AbstractType<any> from Yjs
/**
 * Checks a whole document against its layout: every top-level type known, every record a map
 * of known fields, every value within its stored schema, every text and list within its limits.
 * The relay refuses what would break this; tests (the fuzz suite above all) use it to prove
 * that nothing it refused ever reached the document others are served.
 */
import * as Y from 'yjs';
import type { RootLayout } from './documents';
import type { Field, Fields } from './fields';
import type { RecordDescription } from './record';

/** Every way `doc` departs from `layout`, as readable paths; empty when it conforms. */
export function auditDocument(doc: Y.Doc, layout: Readonly<Record<string, RootLayout>>): string[] {
  const problems: string[] = [];
  for (const [name, type] of doc.share) {
    const root = layout[name];
    if (!root) {
      // A top-level type that was only ever asked for (doc.getMap) and holds nothing is harmless.
      if (!isEmptyType(type)) problems.push(`${name}: not part of the document`);
      continue;
    }
    const map = doc.getMap<unknown>(name);
    if (root.kind === 'single') {
      auditRecord(root.record, map, name, problems);
      continue;
    }
    if (map.size > root.max) problems.push(`${name}: ${map.size} records, at most ${root.max}`);
    map.forEach((value, id) => {
      if (value instanceof Y.Map) auditRecord(root.record, value, `${name}.${id}`, problems);
      else problems.push(`${name}.${id}: a record must be a map`);
    });
  }
  return problems;
}

/** A root our own code asked for and nobody wrote to. One an update created is a plain AbstractType: not empty. */
function isEmptyType(type: Y.AbstractType<any>): boolean {
  return (type instanceof Y.Map && type.size === 0) || (type instanceof Y.Array && type.length === 0) || (type instanceof Y.Text && type.length === 0);
}

function auditRecord(record: RecordDescription<Fields>, map: Y.Map<unknown>, where: string, problems: string[]): void {
  map.forEach((value, key) => {
    const found = record.byKey.get(key);
    if (!found) problems.push(`${where}.${key}: ${record.name} has no such field`);
    else auditField(found.field, value, `${where}.${key}`, problems);
  });
}

function auditField(field: Field, value: unknown, where: string, problems: string[]): void {
  switch (field.kind) {
    case 'value':
      if (!field.stored.safeParse(value).success) problems.push(`${where}: ${JSON.stringify(value)?.slice(0, 80)} is not a valid value`);
      return;
    case 'text':
      if (!(value instanceof Y.Text)) problems.push(`${where}: must be a text`);
      else if (value.length > field.max) problems.push(`${where}: ${value.length} characters, at most ${field.max}`);
      return;
    case 'entries':
    case 'map': {
      if (!(value instanceof Y.Map)) {
        problems.push(`${where}: must be a map`);
        return;
      }
      if (value.size > field.max) problems.push(`${where}: ${value.size} entries, at most ${field.max}`);
      const schema = field.kind === 'entries' ? field.entry.stored : field.value;
      value.forEach((entry, key) => {
        if (!schema.safeParse(entry).success) problems.push(`${where}.${key}: not a valid entry`);
      });
      return;
    }
  }
}
