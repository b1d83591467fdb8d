/**
 * The board's two documents and their transport: a stock y-websocket provider per document,
 * an IndexedDB copy of the content so offline edits survive closing the tab, and status
 * signals (online / connecting / offline, unsaved edits, link revoked) for the UI to render.
 */
import { createSignal, onCleanup } from 'solid-js';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE_CODES, FATAL_CLOSE_CODES } from '../../../../shared/protocol/closeCodes';
import { decodeMessage, encodeSyncStep1 } from '../../../../shared/protocol/messages';
import { AckTracker } from './ackProbe';

export type ConnectionStatus = 'online' | 'connecting' | 'offline';

/** Close codes that end this page's connection: a dead link, or an identity to make again. */
const STOP_CODES: ReadonlySet<number> = new Set([...FATAL_CLOSE_CODES, CLOSE_CODES.identityUnknown]);

export interface BoardConnectionOptions {
  boardId: string;
  token: string;
  /** ws(s)://host/ws; defaults to this page's origin. */
  wsBase?: string;
  /** Keep an offline copy in IndexedDB (on by default). */
  persist?: boolean;
  /** The participant token (`<id>.<secret>`) the server authors this person's edits by. */
  participant?: string | undefined;
}

export function defaultWsBase(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

export function createBoardConnection(options: BoardConnectionOptions) {
  // Deleted content is kept rather than collected: the relay refuses collected ranges from
  // clients, since it cannot tell what they were (a board holds little enough to keep it all).
  const content = new Y.Doc({ gc: false });
  const session = new Y.Doc({ gc: false });
  const wsBase = options.wsBase ?? defaultWsBase();
  const params: Record<string, string> = options.participant ? { k: options.token, p: options.participant } : { k: options.token };
  const persistence = options.persist === false ? null : new IndexeddbPersistence(`stratboard:${options.boardId}`, content);
  const provider = new WebsocketProvider(wsBase, options.boardId, content, { params, disableBc: true });
  const sessionProvider = new WebsocketProvider(wsBase, `${options.boardId}/session`, session, { params, disableBc: true });

  const [status, setStatus] = createSignal<ConnectionStatus>(navigator.onLine ? 'connecting' : 'offline');
  const [synced, setSynced] = createSignal(false);
  // Facilitation modes (e.g. private ideas) must not be read from defaults before this.
  const [sessionSynced, setSessionSynced] = createSignal(false);
  const [unsaved, setUnsaved] = createSignal(0);
  const [fatalClose, setFatalClose] = createSignal<number | null>(null);
  const [refused, setRefused] = createSignal(false);
  const acks = new AckTracker(setUnsaved);

  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  const sendProbe = () => {
    const ws = provider.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN || !provider.synced) return;
    acks.probeSent();
    ws.send(encodeSyncStep1(Y.encodeStateVector(content)));
  };
  const scheduleProbe = () => {
    clearTimeout(probeTimer);
    probeTimer = setTimeout(sendProbe, 250);
  };

  content.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || origin === persistence) return;
    acks.edited();
    scheduleProbe();
  });

  const watchSocket = () => {
    const ws = provider.ws;
    if (!ws) return;
    ws.addEventListener('message', (event: MessageEvent) => {
      try {
        const message = decodeMessage(new Uint8Array(event.data as ArrayBuffer));
        if (message.type === 'sync-step-2' && provider.synced) acks.probeAnswered();
        if (message.type === 'permission-denied') void startOver();
      } catch {
        // Not ours to judge: the provider handles (or reports) every message.
      }
    });
  };

  /**
   * The server refused one of our edits (the board was locked a moment before). Yjs edits
   * depend on their predecessors, so every later edit of ours would be stuck behind the refused
   * one: drop the local copy and reload from the server's state.
   */
  let startingOver = false;
  const startOver = async () => {
    if (startingOver) return;
    startingOver = true;
    setRefused(true);
    await persistence?.clearData().catch(() => undefined);
    location.reload();
  };

  provider.on('status', ({ status: next }: { status: string }) => {
    if (next === 'connected') {
      setStatus('online');
      watchSocket();
    } else {
      acks.connectionLost();
      setStatus(navigator.onLine ? 'connecting' : 'offline');
    }
  });
  provider.on('sync', (isSynced: boolean) => {
    setSynced(isSynced || synced());
    if (isSynced && acks.count > 0) scheduleProbe();
  });
  sessionProvider.on('sync', (isSynced: boolean) => setSessionSynced(isSynced || sessionSynced()));
  for (const p of [provider, sessionProvider]) {
    p.on('connection-close', (event: CloseEvent | null) => {
      if (event && STOP_CODES.has(event.code)) {
        setFatalClose(event.code);
        provider.disconnect();
        sessionProvider.disconnect();
      }
    });
  }
  const onOffline = () => setStatus('offline');
  const onOnline = () => setStatus(provider.wsconnected ? 'online' : 'connecting');
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  onCleanup(() => {
    clearTimeout(probeTimer);
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    provider.destroy();
    sessionProvider.destroy();
    void persistence?.destroy();
    content.destroy();
    session.destroy();
  });

  return { content, session, awareness: provider.awareness, status, synced, sessionSynced, unsaved, fatalClose, refused };
}

export type BoardConnection = ReturnType<typeof createBoardConnection>;
