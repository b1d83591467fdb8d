/** Entry point of `npm run restore -- FILE --data DIR` (see backupCommands.ts). */
import { runRestoreCommand } from './backupCommands';

process.exitCode = await runRestoreCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
});
