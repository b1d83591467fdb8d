/** Entry point of `npm run backup -- --out FILE [--data DIR] [--force]` (see backupCommands.ts). */
import { runBackupCommand } from './backupCommands';

process.exitCode = await runBackupCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
});
