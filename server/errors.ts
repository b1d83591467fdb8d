/**
 * Typed errors with a closed set of reasons, mapped to HTTP statuses and WebSocket close codes
 * in this one place (the codes themselves are shared with the client: `shared/protocol/closeCodes.ts`).
 */
import { CLOSE_CODES } from '../shared/protocol/closeCodes';

export const ERROR_REASONS = {
  'invalid-request': { status: 400, closeCode: CLOSE_CODES.malformed },
  'malformed-message': { status: 400, closeCode: CLOSE_CODES.malformed },
  unauthorized: { status: 401, closeCode: CLOSE_CODES.linkRevoked },
  /** A participant identity the board does not know (or one made with another link): join again. */
  'identity-unknown': { status: 401, closeCode: CLOSE_CODES.identityUnknown },
  'link-revoked': { status: 403, closeCode: CLOSE_CODES.linkRevoked },
  forbidden: { status: 403, closeCode: CLOSE_CODES.forbidden },
  'not-found': { status: 404, closeCode: CLOSE_CODES.notFound },
  'payload-too-large': { status: 413, closeCode: CLOSE_CODES.tooLarge },
  'unsupported-media-type': { status: 415, closeCode: CLOSE_CODES.malformed },
  'board-full': { status: 503, closeCode: CLOSE_CODES.full },
  'rate-limited': { status: 429, closeCode: CLOSE_CODES.rateLimited },
  /** The connection stopped reading and its send buffer filled up. */
  'too-slow': { status: 503, closeCode: CLOSE_CODES.tooSlow },
  /** The session is not in the phase this needs (e.g. voting outside the voting phase). */
  'wrong-phase': { status: 409, closeCode: CLOSE_CODES.wrongPhase },
  /** Well-formed, but the rules refuse it (vote budget, votes per card, card not shortlisted). */
  'rule-violation': { status: 422, closeCode: CLOSE_CODES.ruleViolation },
  unavailable: { status: 503, closeCode: CLOSE_CODES.unavailable },
  internal: { status: 500, closeCode: CLOSE_CODES.internal },
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
