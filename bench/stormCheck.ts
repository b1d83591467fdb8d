/** Re-runs only the joins against Stratboard (one cold join, then the storm), three times: `npx tsx bench/stormCheck.ts [joins]`. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { preloadBoard, waitUntilServed } from './load/board';
import { RawClient } from './load/RawClient';
import { joinStorm, singleJoinMs } from './scenarios/joins';
import { startServer } from './servers';

const joins = Number(process.argv[2] ?? 200);
const server = await startServer('Stratboard', mkdtempSync(join(tmpdir(), 'stratboard-storm-')));
try {
  const target = await server.newBoard();
  await preloadBoard(target, 5000);
  const keeper = new RawClient(target, Y.encodeStateVector(new Y.Doc()));
  await keeper.synced;
  await waitUntilServed(target, 5000);
  for (let run = 1; run <= 3; run++) {
    const joinMs = await singleJoinMs(target);
    const storm = await joinStorm(server, target, joins);
    console.log(
      `run ${run}: join ${joinMs.toFixed(0)} ms, storm of ${joins} ${storm.allSyncedMs.toFixed(0)} ms (${storm.failed} failed), server ${storm.serverCpuSeconds.toFixed(1)} CPU s, event-loop p99 ${storm.eventLoopP99.toFixed(0)} ms`,
    );
  }
  keeper.close();
} finally {
  await server.kill();
}
process.exit(0);
