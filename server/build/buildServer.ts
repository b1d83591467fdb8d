/**
 * Production build of the server: `server/main.ts` and what it imports, bundled by esbuild into
 * `dist/server/`, so that `npm start` runs plain `node`. Under tsx every start transpiled ~90
 * TypeScript modules and loaded ~270 package files one by one: ~0.9 s before the server
 * listened, against ~0.25 s for the bundle here — time that every restart after a crash waits.
 *
 * Run as `tsx server/build/buildServer.ts [outDir]`; tests import `buildServer`.
 */
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where `npm start` and `startChildServer({ compiled: true })` expect the server. */
export const DEFAULT_OUT_DIR = join(ROOT, 'dist', 'server');

/**
 * Loaded from node_modules at run time instead of bundled: better-sqlite3 is a native addon;
 * pg and ioredis are drivers that only their adapter's chunk imports, so a server that does not
 * use them never loads them; pino finds its worker files through `__dirname`, which a bundle loses.
 */
export const EXTERNAL_PACKAGES = ['better-sqlite3', 'pg', 'ioredis', 'pino'];

/** `new URL('./file', import.meta.url)`: a file a module reaches at run time (e.g. a worker script). */
const URL_ASSET = /new URL\((['"])(\.\.?\/[^'"]+)\1,\s*import\.meta\.url\)/g;
const SCRIPT = /\.(m?js|ts)$/;

export interface ServerBuild {
  outDir: string;
  /** The entry to run with `node`. */
  entry: string;
  /** esbuild's account of inputs and outputs (what imports what, and how). */
  metafile: esbuild.Metafile;
}

export async function buildServer(outDir = DEFAULT_OUT_DIR): Promise<ServerBuild> {
  outDir = resolve(outDir);
  // Chunk names carry content hashes: stale ones would pile up.
  rmSync(outDir, { recursive: true, force: true });
  const assets = new Map<string, string>();
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: outDir,
    // Paths in the metafile are then relative to the repository, wherever the build was started.
    absWorkingDir: ROOT,
    external: EXTERNAL_PACKAGES,
    // Bundled CommonJS packages call require() for Node built-ins; an ES module has none.
    // (Aliased: our own modules import createRequire too.)
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    sourcemap: 'linked',
    // Under --enable-source-maps node reads and parses the map of every chunk it loads, at
    // start: with the sources inside, main.js.map was 4.6 MB and ~70 ms of each start here.
    // Stack traces need only the mappings.
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
  } satisfies esbuild.BuildOptions;
  const server = await esbuild.build({
    ...common,
    entryPoints: { main: join(ROOT, 'server', 'main.ts') },
    // Dynamic imports become chunks of their own, so the adapters (and their drivers) that
    // main.ts does not pick are never loaded.
    splitting: true,
    plugins: [urlAssets(assets)],
  });
  const scripts = [...assets].filter(([source]) => SCRIPT.test(source));
  for (const [source, name] of assets) if (!SCRIPT.test(source)) copyFileSync(source, join(outDir, name));
  // Worker scripts are bundled like the server, each into one file of its own.
  const workers =
    scripts.length === 0
      ? null
      : await esbuild.build({
          ...common,
          entryPoints: Object.fromEntries(scripts.map(([source, name]) => [name.replace(/\.mjs$/, ''), source])),
          outExtension: { '.js': '.mjs' },
        });
  const metafile = workers
    ? { inputs: { ...server.metafile.inputs, ...workers.metafile.inputs }, outputs: { ...server.metafile.outputs, ...workers.metafile.outputs } }
    : server.metafile;
  return { outDir, entry: join(outDir, 'main.js'), metafile };
}

/**
 * Rewrites `new URL('./x', import.meta.url)` in our sources to the file's name in the output
 * folder, where every chunk lives (flat), and records it in `assets` (source path → output name).
 */
function urlAssets(assets: Map<string, string>): esbuild.Plugin {
  return {
    name: 'url-assets',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes('/node_modules/')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const contents = source.replace(URL_ASSET, (_match, quote: string, relative: string) => {
          const file = resolve(dirname(args.path), relative);
          if (!existsSync(file)) throw new Error(`${args.path}: ${relative} does not exist`);
          const name = SCRIPT.test(file) ? `${basename(file, extname(file))}.mjs` : basename(file);
          const taken = [...assets].find(([other, otherName]) => otherName === name && other !== file);
          if (taken) throw new Error(`${file} and ${taken[0]} would both be ${name} in the build`);
          assets.set(file, name);
          return `new URL(${quote}./${name}${quote}, import.meta.url)`;
        });
        return { contents, loader: 'ts' };
      });
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildServer(process.argv[2]).then(
    (build) => process.stdout.write(`server built: ${build.entry}\n`),
    (error: unknown) => {
      process.stderr.write(`server build failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
