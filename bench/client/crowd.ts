/** Starts and stops `remoteCrowd.ts` as a child process (its own event loop, killed by its pid). */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { CrowdOptions } from './remoteCrowd';

export interface CrowdReport {
  frames: number;
  updatesPerSecond: number;
  /** Connections the relay closed on the crowd (rate limits, a refused presence). */
  dropped: number;
}

export interface Crowd {
  pid: number;
  stop(): Promise<CrowdReport>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./remoteCrowd.ts', import.meta.url));

export async function startCrowd(options: CrowdOptions): Promise<Crowd> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(options)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const messages: unknown[] = [];
  let wake: (() => void) | null = null;
  lines.on('line', (line) => {
    messages.push(JSON.parse(line));
    wake?.();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const next = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (messages.length === 0) {
      if (child.exitCode !== null) throw new Error(`the remote crowd exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('the remote crowd did not answer in time');
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 200);
      });
    }
    return messages.shift();
  };
  try {
    await next(60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      try {
        return (await next(10_000)) as CrowdReport;
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
