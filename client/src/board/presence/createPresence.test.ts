import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createPresence } from './createPresence';

/** Two people's awareness, each update of one delivered to the other at once. */
function pair() {
  const [mine, theirs] = [new Awareness(new Y.Doc()), new Awareness(new Y.Doc())];
  for (const [from, to] of [
    [mine, theirs],
    [theirs, mine],
  ] as const) {
    from.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) =>
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added, ...updated, ...removed]), 'remote'),
    );
  }
  return { mine, theirs };
}

const ANNA = { name: 'Анна', color: '#1c7ed6', role: 'editor' as const, memberKey: 'anna-member-key' };
const BORIS = { name: 'Борис', color: '#e8590c', role: 'editor' as const, memberKey: 'boris-member-key' };

describe('presence feeds', () => {
  it('a cursor tick moves only that cursor: the people and the cursor list stay the same objects', () => {
    createRoot((dispose) => {
      const { mine, theirs } = pair();
      const presence = createPresence(mine, ANNA);
      const boris = createPresence(theirs, BORIS);
      expect(presence.peers().map((peer) => peer.name)).toEqual(['Анна', 'Борис']);
      expect(presence.cursors()).toEqual([]);

      theirs.setLocalStateField('cursor', { x: 10, y: 20, view: 'canvas' });
      const people = presence.peers();
      const cursors = presence.cursors();
      expect(cursors).toHaveLength(1);
      expect(cursors[0]!.name).toBe('Борис');
      expect(cursors[0]!.position()).toEqual({ x: 10, y: 20, view: 'canvas' });
      for (let i = 1; i <= 10; i++) theirs.setLocalStateField('cursor', { x: 10 + i, y: 20, view: 'canvas' });
      expect(presence.cursors()).toBe(cursors);
      expect(presence.peers()).toBe(people);
      expect(cursors[0]!.position().x).toBe(20);

      // What a person edits changes the people feed; their cursor leaving empties the cursors.
      theirs.setLocalStateField('editing', 'card-1');
      expect(presence.peers()).not.toBe(people);
      expect(presence.peers().find((peer) => peer.name === 'Борис')?.editing).toBe('card-1');
      theirs.setLocalStateField('cursor', null);
      expect(presence.cursors()).toEqual([]);
      // My own cursor is never among the others'.
      presence.moveCursor({ x: 1, y: 1 });
      expect(presence.cursors()).toEqual([]);
      void boris;
      dispose();
    });
  });

  it('drags and selections in progress are feeds of their own, without my own', () => {
    createRoot((dispose) => {
      const { mine, theirs } = pair();
      const presence = createPresence(mine, ANNA);
      const boris = createPresence(theirs, BORIS);
      const people = presence.peers();
      boris.setDrag({ ids: ['card-1', 'card-2'], dx: 30, dy: -5 });
      expect(presence.drags()).toEqual([{ clientId: theirs.clientID, name: 'Борис', color: BORIS.color, ids: ['card-1', 'card-2'], dx: 30, dy: -5 }]);
      boris.setDrag(null);
      expect(presence.drags()).toEqual([]);
      theirs.setLocalStateField('selection', ['card-3']);
      expect(presence.selections()).toEqual([{ clientId: theirs.clientID, color: BORIS.color, ids: ['card-3'] }]);
      mine.setLocalStateField('selection', ['card-9']);
      expect(presence.selections()).toHaveLength(1);
      expect(presence.peers()).toBe(people);
      // Someone who leaves leaves every feed.
      theirs.setLocalState(null);
      expect(presence.peers().map((peer) => peer.name)).toEqual(['Анна']);
      expect(presence.selections()).toEqual([]);
      dispose();
    });
  });

  it('ignores a state that does not fit the schema', () => {
    createRoot((dispose) => {
      const { mine, theirs } = pair();
      const presence = createPresence(mine, ANNA);
      theirs.setLocalState({ user: { name: 'x'.repeat(10_000), color: 'red', role: 'god' }, cursor: { x: 'left' } });
      expect(presence.peers().map((peer) => peer.name)).toEqual(['Анна']);
      expect(presence.cursors()).toEqual([]);
      dispose();
    });
  });
});
