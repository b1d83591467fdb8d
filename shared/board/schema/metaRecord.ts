/** The board's meta: title, place, date, language, schema version. One per content document. */
import * as z from 'zod/mini';
import { LOCALES } from '../types';
import { value } from './fields';
import { defineRecord } from './record';
import { boundedText, isoDateOrEmpty, LIMITS, timestampSchema, titleSchema, trimmedText } from './values';

export const metaRecord = defineRecord('meta', {
  schemaVersion: value('schemaVersion', z.int().check(z.minimum(0)), 0),
  title: value('title', boundedText(LIMITS.title), '', { input: titleSchema }),
  /** City or region the session is held for. */
  place: value('place', boundedText(LIMITS.title), '', { input: trimmedText(0, LIMITS.title) }),
  /** ISO date (YYYY-MM-DD) of the session, or '' when not set. */
  date: value('date', isoDateOrEmpty, '', { input: isoDateOrEmpty }),
  locale: value('locale', z.enum(LOCALES), 'ru', { input: z.enum(LOCALES) }),
  createdAt: value('createdAt', timestampSchema, 0),
});
