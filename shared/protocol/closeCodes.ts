/**
 * WebSocket close codes of the relay, for the server that sends them and the client that acts
 * on them: one table, so the two can never disagree on what a code means.
 */
export const CLOSE_CODES = {
  /** The server is restarting; reconnect. */
  goingAway: 1001,
  /** A frame or update that is not well-formed. */
  malformed: 4400,
  /** The link was rotated; reconnecting is pointless. */
  linkRevoked: 4401,
  forbidden: 4403,
  notFound: 4404,
  /** The connection fell so far behind (a socket that stopped reading) that the server let it go. */
  tooSlow: 4408,
  /** The board, the server or this address has reached its connection limit. */
  full: 4409,
  wrongPhase: 4410,
  /** The participant identity presented is unknown (or belongs to another link): join again. */
  identityUnknown: 4412,
  tooLarge: 4413,
  ruleViolation: 4422,
  /** Too many messages, too many bytes or too many costly requests. */
  rateLimited: 4429,
  internal: 4500,
  /** The server could not save (or is reloading the board); reconnect later. */
  unavailable: 4503,
} as const;

export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** Codes after which reconnecting with the same link cannot help. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([CLOSE_CODES.linkRevoked, CLOSE_CODES.forbidden, CLOSE_CODES.notFound]);
