/**
 * A map that changes as a whole (every remote drag step rebuilds "who drags which card"), read
 * key by key: each key has a signal of its own, so a reader of one card's entry re-runs only
 * when that entry changed. Read through one shared memo instead, every card on screen (5,000
 * at the overview) would re-run at each of the 150 drag messages a second a crowd sends.
 */
import { type Accessor, batch, createComputed, createSignal, type Setter } from 'solid-js';

export function createKeyedFeed<T>(source: Accessor<ReadonlyMap<string, T>>, same: (a: T, b: T) => boolean = Object.is): (key: string) => T | null {
  const equals = (a: T | null, b: T | null) => (a === null || b === null ? a === b : same(a, b));
  const signals = new Map<string, [Accessor<T | null>, Setter<T | null>]>();
  let current: ReadonlyMap<string, T> = new Map();
  createComputed(() => {
    const next = source();
    const previous = current;
    current = next;
    batch(() => {
      for (const key of previous.keys()) if (!next.has(key)) signals.get(key)?.[1](null);
      for (const [key, value] of next) signals.get(key)?.[1](() => value);
    });
  });
  return (key) => {
    let signal = signals.get(key);
    if (!signal) {
      // Made on first read, from what the map holds now; kept, since a card read once is likely read again.
      signal = createSignal<T | null>(current.get(key) ?? null, { equals });
      signals.set(key, signal);
    }
    return signal[0]();
  };
}
