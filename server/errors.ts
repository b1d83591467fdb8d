/**
 * Typed errors with a closed set of reasons, mapped to HTTP statuses and WebSocket close codes
 * in this one place.
 */

export const ERROR_REASONS = {
  'invalid-request': { status: 400, closeCode: 4400 },
  'malformed-message': { status: 400, closeCode: 4400 },
  unauthorized: { status: 401, closeCode: 4401 },
  'link-revoked': { status: 403, closeCode: 4401 },
  forbidden: { status: 403, closeCode: 4403 },
  'not-found': { status: 404, closeCode: 4404 },
  'payload-too-large': { status: 413, closeCode: 4413 },
  'board-full': { status: 503, closeCode: 4409 },
  'rate-limited': { status: 429, closeCode: 4429 },
  /** The session is not in the phase this needs (e.g. voting outside the voting phase). */
  'wrong-phase': { status: 409, closeCode: 4410 },
  /** Well-formed, but the rules refuse it (vote budget, votes per card, card not shortlisted). */
  'rule-violation': { status: 422, closeCode: 4422 },
  unavailable: { status: 503, closeCode: 4503 },
  internal: { status: 500, closeCode: 4500 },
} as const;

export type ErrorReason = keyof typeof ERROR_REASONS;

/** An error a client is meant to see: reason (stable code) plus a human message. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly reason: ErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export const httpStatusOf = (reason: ErrorReason) => ERROR_REASONS[reason].status;
export const closeCodeOf = (reason: ErrorReason) => ERROR_REASONS[reason].closeCode;

/** The JSON body of every error response: `{error: {code, message}}`. */
export function errorBody(reason: ErrorReason, message: string) {
  return { error: { code: reason, message } };
}

/** WebSocket close reasons are limited to 123 bytes of UTF-8. */
export function closeReasonText(message: string): string {
  const bytes = new TextEncoder().encode(message);
  if (bytes.length <= 123) return message;
  return `${new TextDecoder().decode(bytes.slice(0, 120)).replace(/\uFFFD$/, '')}...`;
}
