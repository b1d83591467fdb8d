/**
 * Memory per idle, authenticated connection: open many sockets that sync and then stay quiet,
 * spread over boards of 1,000 (Stratboard caps connections per board at 2,000 by default, and
 * many boards is the realistic shape of 10,000 people anyway).
 */
import * as Y from 'yjs';
import { RawClient, type Target } from '../load/RawClient';
import { rssBytes } from '../proc';
import type { BenchServer } from '../servers';

const EMPTY = Y.encodeStateVector(new Y.Doc());
const PER_BOARD = 1000;

export interface IdleResult {
  connections: number;
  opened: number;
  bytesPerConnection: number;
}

export async function idleConnections(server: BenchServer, connections: number): Promise<IdleResult> {
  const boards: Target[] = [];
  for (let i = 0; i < Math.ceil(connections / PER_BOARD); i++) boards.push(await server.newBoard());
  // Load every board first so that what grows afterwards is the connections, not the rooms.
  const firsts = boards.map((board) => new RawClient(board, EMPTY));
  await Promise.all(firsts.map((client) => client.synced));
  await new Promise((r) => setTimeout(r, 1000));
  const before = rssBytes(server.pid);
  const clients: RawClient[] = [];
  let opened = 0;
  for (let i = 0; i < connections; i += 200) {
    const batch = Array.from({ length: Math.min(200, connections - i) }, (_, j) => new RawClient(boards[Math.floor((i + j) / PER_BOARD)]!, EMPTY));
    clients.push(...batch);
    const done = await Promise.allSettled(batch.map((client) => client.opened.then(() => client.synced)));
    opened += done.filter((outcome) => outcome.status === 'fulfilled').length;
  }
  await new Promise((r) => setTimeout(r, 2000));
  const after = rssBytes(server.pid);
  for (const client of [...clients, ...firsts]) client.close();
  return { connections, opened, bytesPerConnection: (after - before) / Math.max(opened, 1) };
}
