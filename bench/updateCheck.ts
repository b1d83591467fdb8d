/**
 * What checking one client update costs the relay, apart from everything else: a card move and
 * a description keystroke on the 5,000-card board, inspected (`inspectUpdate`) and judged
 * (`judgeContentUpdate`) against the board as the server holds it, beside applying the same
 * update to a copy; and a whole 5,000-card board sent as one update. `npx tsx bench/updateCheck.ts`.
 */
import * as Y from 'yjs';
import { listCards, listLanes, moveCard, spliceDescription } from '../shared/board';
import { judgeContentUpdate } from '../shared/board/updatePolicy';
import { inspectUpdate } from '../shared/protocol/updateInspection';
import { fillBoard } from './bigBoard';
import { median, percentile } from './stats';

const server = new Y.Doc();
fillBoard(server, 5000);
const client = new Y.Doc({ gc: false });
Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
const cards = listCards(client);
const lanes = listLanes(client);

function updates(count: number, kind: 'move' | 'type'): Uint8Array[] {
  const out: Uint8Array[] = [];
  const capture = (update: Uint8Array) => out.push(update);
  client.on('update', capture);
  for (let i = 0; i < count; i++) {
    const card = cards[(i * 7919) % cards.length]!;
    if (kind === 'move') moveCard(client, card.id, { laneId: lanes[i % lanes.length]!.id, index: 0 });
    else spliceDescription(client, card.id, 0, 0, 'ы');
  }
  client.off('update', capture);
  return out;
}

const context = { doc: server, session: { locked: false, phase: 'ideas' as const }, firstSeen: () => null };
const writer = { role: 'editor' as const, participant: null };

for (const kind of ['move', 'type'] as const) {
  const list = updates(3000, kind);
  const check: number[] = [];
  const apply: number[] = [];
  for (const update of list) {
    const t0 = performance.now();
    const verdict = judgeContentUpdate(inspectUpdate(server, update), writer, context);
    const t1 = performance.now();
    if (!verdict.ok) throw new Error(verdict.reason);
    Y.applyUpdate(server, update);
    const t2 = performance.now();
    check.push((t1 - t0) * 1000);
    apply.push((t2 - t1) * 1000);
  }
  const tail = (values: number[]) => values.slice(500);
  console.log(
    `${kind}: check p50 ${median(tail(check)).toFixed(1)} µs, p99 ${percentile(tail(check), 99).toFixed(1)} µs; apply p50 ${median(tail(apply)).toFixed(1)} µs, p99 ${percentile(tail(apply), 99).toFixed(1)} µs`,
  );
}

// The largest update an honest client sends: a whole board built offline (or imported) at once.
const blank = new Y.Doc();
const offline = new Y.Doc({ gc: false });
fillBoard(offline, 5000);
const whole = Y.encodeStateAsUpdate(offline);
const t0 = performance.now();
const inspection = inspectUpdate(blank, whole);
const t1 = performance.now();
judgeContentUpdate(inspection, writer, { ...context, doc: blank });
const t2 = performance.now();
Y.applyUpdate(blank, whole);
const t3 = performance.now();
console.log(
  `whole board (${inspection.inserted.length} structs, ${(whole.byteLength / 2 ** 20).toFixed(1)} MB): inspect ${(t1 - t0).toFixed(0)} ms, judge ${(t2 - t1).toFixed(0)} ms; apply ${(t3 - t2).toFixed(0)} ms`,
);
