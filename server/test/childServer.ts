/**
 * The real server as a child process (what `npm start` runs), for tests that kill it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  url: string;
  wsUrl: string;
  process: ChildProcess;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<void>;
}

export function startChildServer(dataDir: string, options: { port?: number; args?: string[] } = {}): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--port', String(options.port ?? 0), '--host', '127.0.0.1', '--data', dataDir, '--log-level', 'info', '--unload-delay-ms', '600000', ...(options.args ?? [])],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 20_000);
    child.stdout!.on('data', (chunk) => {
      buffered += String(chunk);
      for (const line of buffered.split('\n')) {
        if (!line.includes('Stratboard is ready')) continue;
        clearTimeout(timer);
        const url = (JSON.parse(line) as { url: string }).url;
        resolve({ url, wsUrl: url.replace(/^http/, 'ws') + '/ws', process: child, kill });
        return;
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
}
