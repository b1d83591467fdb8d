// A merge worker that dies on its first message, for MergeWorker.test.ts.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => process.exit(3));
