/** Why a board command refused to run. Commands never leave partial state behind. */
export type BoardModelErrorReason = 'invalid-input' | 'not-found';

/**
 * Thrown by board commands before they write anything: `invalid-input` for input that fails
 * its schema (the message names the fields), `not-found` for an unknown lane, card, etc.
 */
export class BoardModelError extends Error {
  override readonly name = 'BoardModelError';
  constructor(
    readonly reason: BoardModelErrorReason,
    message: string,
  ) {
    super(message);
  }
}
