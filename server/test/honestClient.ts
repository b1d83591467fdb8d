/**
 * An honest client for relay tests without a network: a Y.Doc (keeping deleted content, as the
 * web client does) speaking the y-websocket sync protocol over an in-memory socket. It answers
 * the server's sync step 1, applies what the server sends, sends its own edits, and, like the
 * web client, starts again from the server's state when an edit of its is refused.
 */
import * as Y from 'yjs';
import type { Role } from '../../shared/board/types';
import { decodeMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../../shared/protocol/messages';
import type { PublicDocKind } from '../relay/docNames';
import type { TestClientSocket } from './socketPair';

const FROM_SERVER = Symbol('from server');

export class HonestClient {
  doc = new Y.Doc({ gc: false });
  socket!: TestClientSocket;
  /** How often the server refused one of its edits (it started again each time). */
  restarts = 0;
  private read = 0;

  constructor(
    private readonly open: (boardId: string, role: Role, doc: PublicDocKind) => TestClientSocket,
    readonly boardId: string,
    readonly role: Role,
    readonly kind: PublicDocKind = 'content',
  ) {
    this.connect();
  }

  /** Handles everything the server sent since the last call. */
  pump(): void {
    const frames = this.socket.received;
    while (this.read < frames.length) {
      const message = decodeMessage(frames[this.read++]!);
      switch (message.type) {
        case 'sync-step-1':
          this.socket.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)));
          break;
        case 'sync-step-2':
        case 'update':
          Y.applyUpdate(this.doc, message.update, FROM_SERVER);
          break;
        case 'permission-denied':
          // Its later edits would depend on the refused one: start again, as the web client does.
          this.restarts++;
          this.restart();
          return;
        default:
          break;
      }
    }
  }

  /** Connects afresh (a reload), with a new document that the server fills. */
  restart(): void {
    this.socket.hangUp();
    this.doc.destroy();
    this.doc = new Y.Doc({ gc: false });
    this.connect();
  }

  private connect(): void {
    this.read = 0;
    this.socket = this.open(this.boardId, this.role, this.kind);
    const doc = this.doc;
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_SERVER && doc === this.doc) this.socket.send(encodeUpdate(update));
    });
    this.socket.send(encodeSyncStep1(Y.encodeStateVector(doc)));
  }
}
