/**
 * Revoked links stop working everywhere, even when the bus loses the `link-rotated` message
 * (Redis restarted, a subscriber was reconnecting). The store is the authority on which link
 * of each role is current, so a node re-reads it on the bus-repair cadence and closes what the
 * message should have closed: the backstop for rotation, as busRepair.ts is for content.
 *
 * Cost: one store read per board per check, however many connections it has, and none for a
 * board without connections.
 */
import type { Role } from '../../shared/board/types';
import type { Connection } from './Connection';
import type { RoomContext } from './RoomContext';

/** Closes a connection whose link was rotated away; the same code and text on every path. */
export function closeRevokedLink(connection: Connection): void {
  connection.close('link-revoked', 'this link was replaced by the facilitator; ask for the new link');
}

/** Whether the connection joined with a link other than its role's current one. */
function holdsStaleLink(connection: Connection, linkHashes: Record<Role, string>): boolean {
  // A role without a stored link (a board made before the role existed) has no valid link.
  return connection.info.linkHash !== linkHashes[connection.role];
}

/**
 * Reads the board's current links once and closes each of `connections` holding another one.
 * Take `connections` before calling: each authorised against the store before it joined, so
 * this later read is at least as recent and closes no valid link. A connection that joins
 * during the read may hold a link newer than what the read returns; the next check judges it.
 * While the store is unreachable it closes nothing (and does not reject); the next check
 * retries. Resolves to how many connections it closed.
 */
export async function closeStaleLinks(boardId: string, connections: Connection[], ctx: RoomContext): Promise<number> {
  let linkHashes: Record<Role, string> | null;
  try {
    linkHashes = await ctx.readLinkHashes(boardId);
  } catch (error) {
    // Debug only: a store outage is reported by the store itself and by /healthz, and this
    // runs every few seconds for every loaded board.
    ctx.log.debug({ err: error, boardId }, 'could not re-check share links; retrying on the next bus repair');
    return 0;
  }
  if (!linkHashes) {
    // The board is no longer stored: an operator deleted it and the bus lost the notice.
    const open = connections.filter((connection) => !connection.closed).length;
    if (open > 0) {
      ctx.log.warn({ boardId, connections: open }, 'closed connections to a deleted board that the deletion notice had not reached');
      ctx.evict(boardId, 'deleted');
    }
    return open;
  }
  const current = linkHashes;
  const stale = connections.filter((connection) => !connection.closed && holdsStaleLink(connection, current));
  if (stale.length === 0) return 0;
  ctx.log.warn(
    { boardId, connections: stale.length, roles: [...new Set(stale.map((connection) => connection.role))] },
    'closed connections holding a rotated link that the rotation notice had not reached',
  );
  for (const connection of stale) closeRevokedLink(connection);
  return stale.length;
}
