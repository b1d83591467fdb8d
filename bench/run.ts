/**
 * `npm run bench`: prints the numbers we track. `--smoke` runs a tiny version (seconds) that
 * CI uses to keep the benchmark working.
 */
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { runClientRender } from './clientRender';
import { runFoundation } from './foundation';

const smoke = process.argv.includes('--smoke');
console.log(`Stratboard benchmark ${smoke ? '(smoke)' : ''} — ${new Date().toISOString()}`);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);

execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
await runFoundation(smoke ? { cards: 200, tail: 200, joins: 3 } : { cards: 5000, tail: 10_000, joins: 10 });
await runClientRender(smoke ? { cards: 100, runs: 1 } : { cards: 2000, runs: 3 });
process.exit(0);
