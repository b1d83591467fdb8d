/**
 * The remote participants of the client benchmark, as a process of its own (so their sockets
 * and timers share no event loop with the browser driver): `crowdPlan.ts`'s people over raw
 * y-websocket connections, four presence ids per connection (the relay's cap), each
 * connection sending its people's presence in one frame per tick: draggers' connections at
 * the web client's drag pace, the others at the cursor rate asked for. Prints `{"ready":…}`
 * once every connection has synced, and what it sent when it gets SIGTERM.
 */
import { RawClient, type Target } from '../load/RawClient';
import { awarenessFrameOf } from './crowdFrames';
import { type CrowdPlan, clientIdOf, presenceAt } from './crowdPlan';

export interface CrowdOptions {
  target: Target;
  /** The board's state vector (base64): joining costs the relay a small diff, not the board. */
  stateVector: string;
  plan: CrowdPlan;
  cursorHz: number;
  dragHz: number;
}

/** What the relay lets one connection publish (`MAX_AWARENESS_IDS_PER_CONNECTION`). */
const IDS_PER_CONNECTION = 4;

const options = JSON.parse(process.argv[2]!) as CrowdOptions;
const stateVector = new Uint8Array(Buffer.from(options.stateVector, 'base64'));
const { plan } = options;
const groups = Array.from({ length: Math.ceil(plan.people / IDS_PER_CONNECTION) }, (_, g) =>
  Array.from({ length: Math.min(IDS_PER_CONNECTION, plan.people - g * IDS_PER_CONNECTION) }, (_, i) => g * IDS_PER_CONNECTION + i),
);
const clients = groups.map(() => new RawClient(options.target, stateVector));
await Promise.all(clients.map((client) => client.synced));

const started = performance.now();
const clocks = new Map<number, number>();
let sent = 0;
let updates = 0;
const timers = groups.map((people, g) => {
  const dragging = people.some((person) => person < plan.drags);
  const send = () => {
    const seconds = (performance.now() - started) / 1000;
    const entries = people.map((person) => {
      const clock = (clocks.get(person) ?? 0) + 1;
      clocks.set(person, clock);
      return { clientId: clientIdOf(person), clock, state: presenceAt(plan, person, seconds) };
    });
    clients[g]!.send(awarenessFrameOf(entries));
    sent++;
    updates += entries.length;
  };
  send();
  return setInterval(send, 1000 / (dragging ? options.dragHz : options.cursorHz));
});
console.log(JSON.stringify({ ready: true, connections: clients.length }));

process.once('SIGTERM', () => {
  for (const timer of timers) clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const dropped = clients.filter((client) => client.dropped).length;
  console.log(JSON.stringify({ frames: sent, updatesPerSecond: updates / seconds, dropped }));
  for (const client of clients) client.close();
  process.exit(0);
});
