/**
 * One lightweight participant: a WebSocket that answers the server's sync step 1 with an
 * empty step 2 and otherwise only hands frames to the caller. With `stateVector` it claims to
 * hold the board already (as a client with an IndexedDB cache does), so joining costs the
 * server a tiny diff instead of the whole 1.3 MB board.
 */
import WebSocket from 'ws';
import { EMPTY_UPDATE, STEP1, STEP2, hocuspocusAuthFrame, readIncoming, syncFrame, type Framing } from './frames';

export interface Target extends Framing {
  /** WebSocket URL that opens this board (token included where the server wants one). */
  url: string;
  token: string;
  /** Server URL a stock provider is given (it appends the document name itself, except Hocuspocus). */
  base: string;
}

export class RawClient {
  readonly socket: WebSocket;
  readonly opened: Promise<void>;
  /** Resolves with the server's sync step 2 payload (the diff against our state vector). */
  readonly synced: Promise<Uint8Array>;
  /** Set when the socket closed while we did not ask for it. */
  dropped = false;
  private closing = false;

  constructor(
    readonly target: Target,
    stateVector: Uint8Array,
    onFrame?: (data: Buffer) => void,
  ) {
    this.socket = new WebSocket(target.url, { perMessageDeflate: false });
    let syncedResolve!: (payload: Uint8Array) => void;
    this.synced = new Promise((resolve) => (syncedResolve = resolve));
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('open', () => {
      if (target.protocol === 'hocuspocus') this.send(hocuspocusAuthFrame(target, target.token));
      this.send(syncFrame(target, STEP1, stateVector));
    });
    this.socket.on('message', (data: Buffer) => {
      // Sync replies come first and rarely; everything else goes straight to the caller.
      const first = target.protocol === 'yws' ? data[0] === 0 && data[1] !== 2 : true;
      if (first) {
        const message = readIncoming(target.protocol, data);
        if (message.kind === 'sync' && message.step === STEP1) this.send(syncFrame(target, STEP2, EMPTY_UPDATE));
        if (message.kind === 'sync' && message.step === STEP2) syncedResolve(message.payload);
      }
      onFrame?.(data);
    });
    this.socket.on('error', () => {});
    this.socket.on('close', () => {
      if (!this.closing) this.dropped = true;
    });
  }

  send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
  }

  close(): void {
    this.closing = true;
    this.socket.terminate();
  }
}
