import type { Role } from '../../shared/board/types';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';
import type { RoomBus } from '../bus/RoomBus';
import type { CommitPipeline } from './CommitPipeline';
import type { DocRoom } from './DocRoom';

/** Why a board leaves memory without an unload: the store lost a commit, or the board was deleted. */
export type EvictionReason = 'unavailable' | 'deleted';

/** What every room of one relay shares. */
export interface RoomContext {
  /** Identifies this relay process on the bus. */
  readonly nodeId: string;
  readonly pipeline: CommitPipeline;
  readonly bus: RoomBus;
  readonly metrics: Metrics;
  readonly log: Logger;
  /** Called after a room's update became durable (schedules background compaction). */
  afterCommit(room: DocRoom): void;
  /** Each role's current link hash as the store has it now; null if the board is not stored. */
  readLinkHashes(boardId: string): Promise<Record<Role, string> | null>;
  /**
   * Drops the board from memory and closes its connections: so that it is reloaded from the
   * store (`unavailable`, they reconnect), or because it was deleted (`deleted`, they do not).
   */
  evict(boardId: string, why?: EvictionReason): void;
}
