/**
 * The real server as a child process, for tests that kill it: from source under tsx (no build
 * step), or the production build that `npm start` runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  url: string;
  wsUrl: string;
  process: ChildProcess;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<void>;
}

export interface ChildServerOptions {
  port?: number;
  args?: string[];
  /** Run the production build (`node dist/server/main.js`, as `npm start` does) instead of the sources under tsx. */
  compiled?: boolean;
  /** With `compiled`: where the build is, if not dist/server (a test's own build); inside the repository, so node_modules resolve. */
  buildDir?: string;
}

export async function startChildServer(dataDir: string, options: ChildServerOptions = {}): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    [
      ...serverEntry(options),
      '--port',
      String(options.port ?? 0),
      '--host',
      '127.0.0.1',
      '--data',
      dataDir,
      '--log-level',
      'info',
      '--unload-delay-ms',
      '600000',
      ...(options.args ?? []),
    ],
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
        resolve({ url, wsUrl: `${url.replace(/^http/, 'ws')}/ws`, process: child, kill });
        return;
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
}

/** Node's arguments before the server's own: the build's entry, or the sources through tsx. */
function serverEntry(options: ChildServerOptions): string[] {
  if (!options.compiled) return ['--import', 'tsx', 'server/main.ts'];
  const main = join(options.buildDir ?? join(ROOT, 'dist', 'server'), 'main.js');
  if (!existsSync(main)) {
    throw new Error(`the compiled server is not built (no ${relative(ROOT, main)}); run \`npm run build\` first`);
  }
  // As `npm start` runs it: stack traces point into the TypeScript sources.
  return ['--enable-source-maps', main];
}
