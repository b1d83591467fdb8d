/** Entry point of `npm run admin -- …` (see adminCommands.ts). Log lines go to stderr, results to stdout. */
import pino from 'pino';
import { createLogger } from '../log';
import { runAdminCommand } from './adminCommands';

const log = createLogger({ logLevel: 'info' }, pino.destination(2));
const code = await runAdminCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  log,
});
process.exitCode = code;
