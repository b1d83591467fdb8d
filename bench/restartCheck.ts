/** Re-runs only the restart scenario against Stratboard: `npx tsx bench/restartCheck.ts [tail]`. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preloadBoard } from './load/board';
import { restartRecovery } from './scenarios/restart';
import { startServer } from './servers';

const server = await startServer('Stratboard', mkdtempSync(join(tmpdir(), 'stratboard-restart-')));
const target = await server.newBoard();
await preloadBoard(target, 5000);
const result = await restartRecovery(server, target, Number(process.argv[2] ?? 10_000));
console.log(
  `restart served in ${result.servedMs.toFixed(0)} ms (reply arrived at ${result.arrivedMs.toFixed(0)} ms), tail ${result.tailIntact ? 'intact' : 'LOST'}`,
);
await result.server.kill();
process.exit(0);
