/**
 * The production build: what it bundles and what it leaves to node_modules, and that the
 * bundle starts, serves, saves, compacts on its worker thread, survives kill -9 and runs the
 * PostgreSQL and Redis adapters. Builds
 * into a folder of its own (esbuild takes ~1 s), inside the repository so that the external
 * packages resolve from node_modules as they do for dist/server.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../test/childServer';
import { createTestBoard, eventually, openProvider, synced } from '../test/clients';
import { readNote, writeNote } from '../test/testRelay';
import { testDatabaseUrl, withAdmin } from '../test/testPostgres';
import { testRedisUrl } from '../test/redisServer';
import { buildServer, EXTERNAL_PACKAGES, type ServerBuild } from './buildServer';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const temp: string[] = [];
const children: ChildServer[] = [];
const providers: Array<{ destroy(): void }> = [];
let build: ServerBuild;
// Skipped (with a message) without them, except in CI, where these throw.
const postgresUrl = await testDatabaseUrl();
const redisUrl = await testRedisUrl();

beforeAll(async () => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, '.tmp', 'server-build-'));
  temp.push(outDir);
  build = await buildServer(outDir);
}, 60_000);

afterAll(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  for (const child of children.splice(0)) await child.kill();
  for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
}

/** Output files `file` loads before its own code runs: static imports, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of build.metafile.outputs[file]?.imports ?? []) {
    if (imported.kind === 'import-statement') staticClosure(imported.path, seen);
  }
  return seen;
}

describe('server build', () => {
  it('bundles no native driver, database client or pino, and loads the drivers only through their adapters', () => {
    const bundled = Object.keys(build.metafile.inputs).filter((input) => input.includes('node_modules/'));
    for (const name of EXTERNAL_PACKAGES) expect(bundled.filter((input) => input.includes(`node_modules/${name}/`))).toEqual([]);
    // Everything main.js loads before it runs: none of the adapters' drivers.
    const entry = Object.keys(build.metafile.outputs).find((file) => build.metafile.outputs[file]!.entryPoint?.endsWith('server/main.ts'))!;
    const eager = [...staticClosure(entry)].flatMap((file) => build.metafile.outputs[file]?.imports ?? []);
    const eagerExternal = eager.filter((imported) => imported.external).map((imported) => imported.path);
    expect(eagerExternal).toContain('pino');
    for (const driver of ['better-sqlite3', 'pg', 'ioredis']) expect(eagerExternal).not.toContain(driver);
    // …and each driver is still reachable, from the chunk its adapter became.
    const external = Object.values(build.metafile.outputs).flatMap((output) =>
      output.imports.filter((imported) => imported.external).map((imported) => imported.path),
    );
    expect(external).toEqual(expect.arrayContaining(['better-sqlite3', 'pg', 'ioredis']));
  });

  it('leaves the DOCX renderer (docx, resvg) out of what a start loads, for the first DOCX export to import', () => {
    const entry = Object.keys(build.metafile.outputs).find((file) => build.metafile.outputs[file]!.entryPoint?.endsWith('server/main.ts'))!;
    const inputsOf = (files: Iterable<string>) => [...files].flatMap((file) => Object.keys(build.metafile.outputs[file]?.inputs ?? {}));
    const renderer = (input: string) => /node_modules\/(docx|@resvg\/resvg-wasm)\//.test(input) || input.endsWith('server/export/toDocx.ts');
    const eager = inputsOf(staticClosure(entry));
    expect(eager.filter(renderer)).toEqual([]);
    // Still in the build, behind a dynamic import.
    const lazy = Object.entries(build.metafile.outputs)
      .filter(([, output]) => output.imports.some((imported) => imported.kind === 'dynamic-import'))
      .flatMap(([, output]) => output.imports.filter((imported) => imported.kind === 'dynamic-import').map((imported) => imported.path));
    expect(inputsOf(lazy.flatMap((file) => [...staticClosure(file)])).filter(renderer).length).toBeGreaterThan(0);
  });

  it('writes source maps without the sources themselves, which still lead stack traces to the TypeScript', () => {
    const entry = join(build.outDir, 'main.js');
    const map = JSON.parse(readFileSync(`${entry}.map`, 'utf8')) as SourceMapPayload & { sourcesContent?: unknown };
    // Node reads every loaded chunk's map when it starts; the sources would triple what it reads.
    expect(map.sourcesContent).toBeUndefined();
    const lines = readFileSync(entry, 'utf8').split('\n');
    const line = lines.findIndex((text) => text.includes('Stratboard is ready'));
    const entryFound = new SourceMap(map).findEntry(line, lines[line]!.indexOf('Stratboard is ready'));
    expect('originalSource' in entryFound && entryFound.originalSource).toMatch(/server\/main\.ts$/);
  });

  it('starts with node alone, serves the client and a board, compacts on its worker and keeps edits across kill -9', async () => {
    const dataDir = tempDir('stratboard-build-data-');
    const staticDir = tempDir('stratboard-build-client-');
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>built client</title>');
    const args = ['--static-dir', staticDir, '--compact-after-updates', '5'];
    const start = async () => {
      const child = await startChildServer(dataDir, { compiled: true, buildDir: build.outDir, args });
      children.push(child);
      return child;
    };

    let server = await start();
    expect(await (await fetch(`${server.url}/`)).text()).toContain('built client');
    const board = await createTestBoard(server.url);
    // The DOCX renderer is a chunk of its own, loaded on this first DOCX export.
    const docx = await fetch(`${server.url}/api/boards/${board.id}/export?format=docx`, { headers: { authorization: `Bearer ${board.token('viewer')}` } });
    expect(docx.status).toBe(200);
    expect((await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value).toContain('Тестовая сессия');
    const writer = openProvider(server.wsUrl, board.id, board.token('editor'));
    providers.push(writer.provider);
    await synced(writer.provider);
    for (let i = 0; i < 20; i++) writeNote(writer.doc, `n${i}`, i);
    // Compaction runs the merge worker, which the build carries as a file of its own.
    await eventually(async () => {
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(metrics).toMatch(/stratboard_compactions_total\{result="ok"\} [1-9]/);
    }, 10_000);
    await eventually(async () => {
      const reader = openProvider(server.wsUrl, board.id, board.token('viewer'));
      try {
        await synced(reader.provider);
        expect(reader.doc.getMap('cards').size).toBe(20);
      } finally {
        reader.provider.destroy();
      }
    });

    await server.kill();
    server = await start();
    const reader = openProvider(server.wsUrl, board.id, board.token('viewer'));
    providers.push(reader.provider);
    await synced(reader.provider);
    expect(Object.fromEntries([...reader.doc.getMap('cards').keys()].map((key) => [key, readNote(reader.doc, key)]))).toEqual(
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`n${i}`, String(i)])),
    );

    // A graceful stop also ends the merge worker, or the process would not exit.
    const exited = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));
    server.process.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it.skipIf(!postgresUrl || !redisUrl)('runs the PostgreSQL store and the Redis bus, whose drivers only their chunks import', async () => {
    // A database of its own: PostgresStore keeps its tables in `public`.
    const database = `stratboard_build_${Math.random().toString(36).slice(2, 10)}`;
    await withAdmin(postgresUrl!, (client) => client.query(`CREATE DATABASE ${database}`));
    try {
      const url = new URL(postgresUrl!);
      url.pathname = `/${database}`;
      const args = ['--postgres', url.href, '--redis', redisUrl!];
      const server = await startChildServer(tempDir('stratboard-build-pg-'), { compiled: true, buildDir: build.outDir, args });
      children.push(server);
      // The server does not wait for Redis before it listens.
      await eventually(async () => {
        const health = await (await fetch(`${server.url}/healthz`)).json();
        expect(health).toMatchObject({ status: 'ok', store: { kind: 'postgres', ok: true }, bus: { kind: 'redis', ok: true } });
      });
      const board = await createTestBoard(server.url);
      const reader = openProvider(server.wsUrl, board.id, board.token('viewer'));
      try {
        await synced(reader.provider);
      } finally {
        reader.provider.destroy();
      }
      await server.kill();
    } finally {
      await withAdmin(postgresUrl!, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    }
  });

  it('says how to build when there is no build', async () => {
    await expect(startChildServer(tempDir('stratboard-build-none-'), { compiled: true, buildDir: join(ROOT, '.tmp', 'no-such-build') })).rejects.toThrow(
      /not built \(no \.tmp\/no-such-build\/main\.js\); run `npm run build`/,
    );
  });
});
