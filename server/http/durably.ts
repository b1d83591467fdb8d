/**
 * Waiting for a server-side write (a join, a vote, a mark) to be durable before answering. A
 * store that refused it answers 503: the relay has dropped the board from memory, so nothing of
 * the write is counted, and the client may simply try again.
 */
import { AppError } from '../errors';

export async function durably<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unavailable', 'the server could not save this; nothing was counted; try again');
  }
}
