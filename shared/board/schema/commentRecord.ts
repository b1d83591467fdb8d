/** A comment on a card: a flat map keyed by comment id, each pointing at its card. */
import { z } from 'zod';
import type { CardId } from '../types';
import { value } from './fields';
import { defineRecord } from './record';
import { boundedText, idField, LIMITS, timestampSchema } from './values';

export const commentRecord = defineRecord('comment', {
  cardId: idField<CardId>('cardId'),
  /** Display name of whoever wrote it. */
  author: value('author', boundedText(LIMITS.author), ''),
  text: value('text', boundedText(LIMITS.comment), '', { input: z.string().trim().min(1, 'must not be empty').max(LIMITS.comment) }),
  createdAt: value('createdAt', timestampSchema, 0),
});
