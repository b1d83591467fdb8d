/**
 * A few full clients (a Y.Doc each, synced by the server's own provider library), so that the
 * measured path includes what a browser does: receive, decode and apply the update.
 */
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Target } from './RawClient';

export interface RealClient {
  synced: Promise<void>;
  destroy(): void;
}

/** `onUpdate` sees every applied update's bytes. */
export async function openRealClient(target: Target, onUpdate: (update: Uint8Array) => void): Promise<RealClient> {
  if (target.protocol === 'hocuspocus') return openHocuspocus(target, onUpdate);
  const doc = new Y.Doc();
  doc.on('update', onUpdate);
  const provider = new WebsocketProvider(target.base, target.doc, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { k: target.token },
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return {
    synced,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/**
 * Hocuspocus only syncs with its own provider, loaded from its bench folder together with
 * that folder's yjs (one yjs copy per provider, as its own users have).
 */
async function openHocuspocus(target: Target, onUpdate: (update: Uint8Array) => void): Promise<RealClient> {
  const folder = fileURLToPath(new URL('../peers/hocuspocus/node_modules/', import.meta.url));
  const { HocuspocusProvider, HocuspocusProviderWebsocket } = await import(`${folder}@hocuspocus/provider/dist/hocuspocus-provider.esm.js`);
  const PeerY = await import(`${folder}yjs/dist/yjs.mjs`);
  const doc = new PeerY.Doc();
  doc.on('update', onUpdate);
  const websocketProvider = new HocuspocusProviderWebsocket({ url: target.base, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider, name: target.doc, document: doc, token: target.token });
  provider.attach();
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  return {
    synced,
    destroy: () => {
      provider.destroy();
      websocketProvider.destroy();
      doc.destroy();
    },
  };
}
