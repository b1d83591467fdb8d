/**
 * The relay's check of a client's update before it counts: what it would change
 * (`inspectUpdate`), how many new Yjs client ids it brings, and whether this connection may
 * make those changes (`updatePolicy.ts`, through the room's judge). Pure apart from the
 * connection's running count of client ids, so it is tested without sockets.
 */
import type { Verdict } from '../../shared/board/updatePolicy';
import { type Inspection, InspectionError, inspectUpdate } from '../../shared/protocol/updateInspection';
import type * as Y from 'yjs';
import type { Connection } from './Connection';

/** Decides whether a connection may make an inspected update's changes. */
export type Judge = (connection: Connection, inspection: Inspection) => Verdict;

/**
 * New Yjs client ids one update may bring, and one connection over its life. Every id stays in
 * the document's state vector for ever (each joiner receives it), so a flood of them is a cost
 * for everyone; an honest tab brings one, plus one per reload whose offline edits it replays.
 */
export const MAX_NEW_CLIENTS_PER_UPDATE = 16;
export const MAX_NEW_CLIENTS_PER_CONNECTION = 64;

export type GuardOutcome =
  | { ok: true; verdict: Extract<Verdict, { ok: true }>; inspection: Inspection }
  | { ok: false; reason: string; kind: 'malformed' | 'refused' };

export function guardUpdate(doc: Y.Doc, update: Uint8Array, connection: Connection, judge: Judge): GuardOutcome {
  let inspection: Inspection;
  try {
    inspection = inspectUpdate(doc, update);
  } catch (error) {
    if (error instanceof InspectionError) return { ok: false, reason: error.message, kind: error.malformed ? 'malformed' : 'refused' };
    throw error;
  }
  const newClients = inspection.newClients.length;
  if (newClients > MAX_NEW_CLIENTS_PER_UPDATE || connection.newClients + newClients > MAX_NEW_CLIENTS_PER_CONNECTION) {
    return { ok: false, reason: 'too many new Yjs client ids; reload the page', kind: 'refused' };
  }
  const verdict = judge(connection, inspection);
  if (!verdict.ok) return { ok: false, reason: verdict.reason, kind: 'refused' };
  connection.newClients += newClients;
  return { ok: true, verdict, inspection };
}
