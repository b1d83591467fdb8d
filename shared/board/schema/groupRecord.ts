/** A breakout group: a named team that lanes (tracks) can be assigned to, and who is in it. */
import { entries, value } from './fields';
import { defineEntry, defineRecord } from './record';
import { boundedText, colorSchema, LIMITS, titleSchema, trimmedText } from './values';

/**
 * A fixed collation, not the runtime's default locale: the server, a Russian browser and an
 * English one must list members (and export them) in the same order.
 */
const byName = new Intl.Collator('ru');

/** A person in a breakout group: `key` is the participant id they joined the board with, not a secret. */
export const memberEntry = defineEntry(
  { name: value('name', trimmedText(1, LIMITS.author), '', { required: true }) },
  {
    idKey: 'key',
    id: boundedText(64),
    compare: (a, b) => byName.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  },
);

export const groupRecord = defineRecord(
  'group',
  {
    name: value('name', boundedText(LIMITS.title), '', { input: titleSchema }),
    color: value('color', colorSchema, 'violet', { input: colorSchema }),
    /** Who is in the group, by name (ties by key). Created with the group, so two joiners never race to create it. */
    members: entries('members', memberEntry, LIMITS.groupMembers),
  },
  { addedLater: ['members'] },
);
