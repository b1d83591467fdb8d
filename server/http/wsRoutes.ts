/**
 * WebSocket rooms `/ws/:boardId` (content) and `/ws/:boardId/session`, speaking the stock
 * y-websocket protocol. The link token comes as `?k=`; it is checked before the upgrade, so a
 * refused client gets a plain HTTP 401/403/404 instead of an opened-then-closed socket.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { UpgradeWebSocket, WSContext } from 'hono/ws';
import type { WebSocket } from 'ws';
import { AppError } from '../errors';
import type { Connection } from '../relay/Connection';
import type { PublicDocKind } from '../relay/docNames';
import type { RelaySocket } from '../relay/RelaySocket';
import type { ServerDeps } from '../ServerDeps';
import { authorize, type Authorized } from './authorize';
import { clientAddress } from './clientAddress';

type Env = { Variables: { auth: Authorized; address: string | undefined } };

/** Adapts the `ws` socket under Hono's context to the relay's minimal socket; pongs reach `onPong`. */
function relaySocket(ws: WSContext<WebSocket>, onPong: () => void): RelaySocket {
  const raw = ws.raw;
  if (!raw) throw new Error('WebSocket adapter exposes no raw socket');
  raw.on('pong', onPong);
  return {
    send: (frame) => raw.send(frame),
    close: (code, reason) => raw.close(code, reason),
    terminate: () => raw.terminate(),
    ping: () => raw.ping(),
    get bufferedAmount() {
      return raw.bufferedAmount;
    },
  };
}

export function wsRoutes(deps: ServerDeps, upgradeWebSocket: UpgradeWebSocket<WebSocket>): Hono<Env> {
  const { store, relay, config } = deps;
  const app = new Hono<Env>();

  const authorizeUpgrade = createMiddleware<Env>(async (c, next) => {
    const boardId = c.req.param('boardId') ?? '';
    const auth = await authorize(store, boardId, c.req.query('k'));
    if (relay.connectionCount(boardId) >= config.maxConnectionsPerBoard) {
      throw new AppError('board-full', 'this board has reached its connection limit');
    }
    const address = clientAddress(c, config.trustProxy);
    const refusal = relay.connections.refusal(address);
    if (refusal) throw new AppError('board-full', refusal);
    c.set('auth', auth);
    c.set('address', address);
    await next();
  });

  const room = (doc: PublicDocKind) =>
    upgradeWebSocket((c) => {
      const auth = c.get('auth') as Authorized;
      let connection: Connection | null = null;
      return {
        onOpen: (_event, ws) => {
          const socket = relaySocket(ws, () => connection?.heard());
          connection = relay.connect(socket, {
            boardId: auth.board.id,
            doc,
            role: auth.role,
            linkHash: auth.linkHash,
            participantToken: c.req.query('p'),
            address: c.get('address'),
          });
        },
        onMessage: (event) => {
          if (!connection) return;
          if (typeof event.data === 'string') {
            connection.fail(new AppError('malformed-message', 'text frames are not part of the protocol'));
            return;
          }
          connection.receive(new Uint8Array(event.data as ArrayBuffer));
        },
        onClose: () => connection?.markClosed(),
        onError: () => connection?.markClosed(),
      };
    });

  app.get('/:boardId', authorizeUpgrade, room('content'));
  app.get('/:boardId/session', authorizeUpgrade, room('session'));
  return app;
}
