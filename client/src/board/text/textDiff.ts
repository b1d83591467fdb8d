/**
 * The single edit that turns one string into another (common prefix and suffix kept), and how
 * a remote edit shifts a caret. Pure functions, so the textarea binding stays small.
 */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

export function diffText(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { index: start, remove: endBefore - start, insert: after.slice(start, endAfter) };
}

/** Delta ops as Y.Text reports them. */
export type TextDelta = Array<{ retain?: number; insert?: string | object; delete?: number }>;

/** Where a caret at `position` ends up after a remote change described by `delta`. */
export function shiftCaret(position: number, delta: TextDelta): number {
  let cursor = 0;
  let result = position;
  for (const op of delta) {
    if (cursor > position) break;
    if (op.retain) cursor += op.retain;
    else if (typeof op.insert === 'string') {
      // An insert exactly at the caret stays behind it, so two people typing at one spot do not interleave.
      if (cursor < position) result += op.insert.length;
      cursor += op.insert.length;
    } else if (op.delete) {
      if (cursor < position) result -= Math.min(op.delete, position - cursor);
    }
  }
  return Math.max(0, result);
}
