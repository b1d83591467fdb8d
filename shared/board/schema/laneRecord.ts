/**
 * A lane: one thematic track of the session, ordered left to right in the list view and drawn
 * as a frame on the canvas. Its cards' positions are relative to the frame.
 */
import * as z from 'zod/mini';
import type { GroupId } from '../types';
import { mapped, value } from './fields';
import { defineRecord } from './record';
import { CANVAS } from '../layout';
import { boundedText, colorSchema, entityIdSchema, idOf, LIMITS, laneFrameSchema, orderKeySchema, titleSchema } from './values';

export const laneRecord = defineRecord(
  'lane',
  {
    title: value('title', boundedText(LIMITS.title), '', { input: titleSchema }),
    color: value('color', colorSchema, 'blue', { input: colorSchema }),
    /** Fractional-index key; lanes sort by (order, id). */
    order: value('order', orderKeySchema, 'a0'),
    /** The breakout group working this track; stored as '' for none. */
    groupId: mapped('groupId', z.union([z.literal(''), entityIdSchema]), null as GroupId | null, {
      plain: z.nullable(idOf<GroupId>()),
      decode: (stored) => (stored === '' ? null : (stored as GroupId)),
      encode: (groupId) => groupId ?? '',
    }),
    /** Where the lane's frame is on the canvas, and its size. */
    frame: value('frame', laneFrameSchema, () => ({ x: 0, y: 0, ...CANVAS.lane.default })),
  },
  { addedLater: ['frame'] },
);
