/** Why a store operation failed, in a closed set the server maps to responses. */
export type StoreErrorReason = 'board-exists' | 'unavailable' | 'corrupt';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly reason: StoreErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
