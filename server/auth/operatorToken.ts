/**
 * The operator's tokens (`--create-token`, `--admin-token`) are compared in constant time, so
 * response timing does not tell a guesser how much of a token was right.
 */
import { timingSafeEqual } from 'node:crypto';

/** Whether `presented` is exactly `expected`. */
export function isOperatorToken(presented: string | undefined, expected: string): boolean {
  const a = Buffer.from(presented ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
