/**
 * Identifier generation. Ids are random (nanoid), so replicas create them offline without
 * coordination and never collide.
 */
import { customAlphabet, nanoid } from 'nanoid';
import type { BoardId, CardId, ClusterId, CommentId, GroupId, LaneId, ResourceId, StageId } from './types';

/**
 * Board ids appear in URLs people read aloud and copy from chat: letters and digits only,
 * without the look-alikes l, I and O; 14 characters (~82 bits), so they cannot be guessed.
 */
const boardIdAlphabet = customAlphabet('0123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ', 14);

/** A new board id: 14 url-safe characters. */
export const newBoardId = (): BoardId => boardIdAlphabet() as BoardId;
/** A new lane id. */
export const newLaneId = (): LaneId => nanoid(10) as LaneId;
/** A new card id. */
export const newCardId = (): CardId => nanoid(12) as CardId;
/** A new comment id. */
export const newCommentId = (): CommentId => nanoid(12) as CommentId;
/** A new breakout group id. */
export const newGroupId = (): GroupId => nanoid(10) as GroupId;

export const newClusterId = (): ClusterId => nanoid(10) as ClusterId;
/** A new id for a card's resource line (unique within the card, and in practice everywhere). */
export const newResourceId = (): ResourceId => nanoid(10) as ResourceId;
/** A new id for a card's key stage. */
export const newStageId = (): StageId => nanoid(10) as StageId;
/** A new participant id (server side, private document). */
export const newParticipantId = (): string => nanoid(12);

/**
 * Shape of a board id: 12 to 64 url-safe characters. Wider than what `newBoardId` makes, so
 * ids from another generator (imports, tests) still pass, but short or odd strings do not.
 */
const BOARD_ID = /^[A-Za-z0-9_-]{12,64}$/;

/** True for strings shaped like a board id (rejects path tricks and junk before any lookup). */
export function isBoardId(value: unknown): value is BoardId {
  return typeof value === 'string' && BOARD_ID.test(value);
}
