/**
 * Builds the peer pages (tldraw.html, excalidraw.html) with the root project's Vite:
 * `vite build --config bench/client/pages/vite.config.ts --outDir <dir>`. React's JSX through
 * Oxc (no React plugin: nothing here needs fast refresh). Excalidraw's fonts are copied next to
 * the pages, since the page points `EXCALIDRAW_ASSET_PATH` at its own origin.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const EXCALIDRAW_FONTS = join(here, 'node_modules/@excalidraw/excalidraw/dist/prod/fonts');

export default defineConfig(() => {
  let outDir = '';
  return {
    root: here,
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
      emptyOutDir: true,
      target: 'es2022',
      // tldraw and Excalidraw are megabytes either way; the warning says nothing new.
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: { tldraw: join(here, 'tldraw.html'), excalidraw: join(here, 'excalidraw.html') },
        // Radix's "use client" lines mean nothing outside React Server Components.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    plugins: [
      {
        name: 'excalidraw-fonts',
        configResolved(config: { build: { outDir: string } }) {
          outDir = config.build.outDir;
        },
        writeBundle() {
          cpSync(EXCALIDRAW_FONTS, join(outDir, 'fonts'), { recursive: true });
        },
      },
    ],
  };
});
