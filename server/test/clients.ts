/**
 * Node clients for integration tests: a stock y-websocket provider, and a raw socket that
 * records decoded frames and close codes.
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { decodeMessage, type RelayMessage } from '../../shared/protocol/messages';

export interface CreatedTestBoard {
  id: string;
  links: Record<'facilitator' | 'editor' | 'expert' | 'viewer', string>;
  token: (role: 'facilitator' | 'editor' | 'expert' | 'viewer') => string;
}

export async function createTestBoard(httpUrl: string, body: Record<string, unknown> = { title: 'Тестовая сессия' }): Promise<CreatedTestBoard> {
  const response = await fetch(`${httpUrl}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`create board: ${response.status} ${await response.text()}`);
  const board = (await response.json()) as Omit<CreatedTestBoard, 'token'>;
  return { ...board, token: (role) => board.links[role].split('#k=')[1]! };
}

/**
 * A stock provider on a room. Its doc keeps deleted content (`gc: false`), as the web client's
 * does: the relay refuses garbage-collected ranges from clients. With `participant` (a token
 * from `joinBoard`) its edits are authored by that participant.
 */
export function openProvider(wsUrl: string, room: string, token: string, doc = new Y.Doc({ gc: false }), participant?: string) {
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: participant ? { k: token, p: participant } : { k: token },
    disableBc: true,
  });
  return { doc, provider, awareness: provider.awareness };
}

/** Joins a board as a named participant (POST /participants); returns the participant token. */
export async function joinBoard(httpUrl: string, boardId: string, token: string, name: string): Promise<string> {
  const response = await fetch(`${httpUrl}/api/boards/${boardId}/participants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (response.status !== 201) throw new Error(`join: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { participantToken: string }).participantToken;
}

/** Polls until `check` passes or the time is up; failures show the last assertion error. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

export async function synced(provider: WebsocketProvider): Promise<void> {
  await eventually(() => {
    if (!provider.synced) throw new Error('provider not synced');
  });
}

/** A raw WebSocket that keeps every decoded message and how it was closed. */
export class RawClient {
  readonly messages: RelayMessage[] = [];
  closed: { code: number; reason: string } | null = null;
  readonly socket: WebSocket;
  readonly opened: Promise<void>;

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.socket.binaryType = 'arraybuffer';
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
      this.socket.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode })));
    });
    this.socket.on('message', (data: ArrayBuffer) => {
      try {
        this.messages.push(decodeMessage(new Uint8Array(data)));
      } catch {
        // Tests assert on what they expect; an undecodable frame simply is not recorded.
      }
    });
    this.socket.on('close', (code, reason) => (this.closed = { code, reason: reason.toString() }));
  }

  send(frame: Uint8Array | string): void {
    this.socket.send(frame);
  }

  close(): void {
    this.socket.close();
  }
}

/** The HTTP status a refused upgrade answered with. */
export async function upgradeStatus(url: string): Promise<number> {
  const client = new RawClient(url);
  try {
    await client.opened;
    client.close();
    return 101;
  } catch (error) {
    return (error as { status?: number }).status ?? 0;
  }
}
