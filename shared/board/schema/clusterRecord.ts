/**
 * A cluster: a titled group of notes that a breakout group pulled together. It has no place of
 * its own: its frame is drawn around its members (cards name their cluster), so moving the
 * cards is moving the cluster, and two people can never leave a frame apart from its notes.
 */
import { value } from './fields';
import { defineRecord } from './record';
import { boundedText, colorSchema, LIMITS, trimmedText } from './values';

export const clusterRecord = defineRecord('cluster', {
  title: value('title', boundedText(LIMITS.title), '', { input: trimmedText(0, LIMITS.title) }),
  color: value('color', colorSchema, 'grey', { input: colorSchema }),
});
