import { describe, expect, it } from 'vitest';
import { AckTracker } from './ackProbe';

describe('AckTracker', () => {
  it('counts edits until a probe sent after them is answered', () => {
    const seen: number[] = [];
    const acks = new AckTracker((n) => seen.push(n));
    acks.edited();
    acks.edited();
    acks.probeSent();
    acks.edited();
    expect(acks.count).toBe(3);
    acks.probeAnswered();
    expect(acks.count).toBe(1);
    acks.probeSent();
    acks.probeAnswered();
    expect(acks.count).toBe(0);
    expect(seen.at(-1)).toBe(0);
  });

  it('forgets probes lost with the connection and keeps the edits unsaved', () => {
    const acks = new AckTracker(() => {});
    acks.edited();
    acks.probeSent();
    acks.connectionLost();
    acks.probeAnswered();
    expect(acks.count).toBe(1);
  });
});
