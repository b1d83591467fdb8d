/** A comment on a card: a flat map keyed by comment id, each pointing at its card. */
import type { CardId } from '../types';
import { value } from './fields';
import { defineRecord } from './record';
import { boundedText, idField, LIMITS, timestampSchema, trimmedText } from './values';

export const commentRecord = defineRecord('comment', {
  cardId: idField<CardId>('cardId'),
  /** Display name of whoever wrote it. */
  author: value('author', boundedText(LIMITS.author), ''),
  text: value('text', boundedText(LIMITS.comment), '', { input: trimmedText(1, LIMITS.comment) }),
  createdAt: value('createdAt', timestampSchema, 0),
});
