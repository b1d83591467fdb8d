import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Server and shared code run under plain Node. Client primitives need Solid's reactive browser
// build (under Node, `solid-js` resolves to the non-reactive server renderer), so their project
// points `solid-js` at it; they use no DOM, so no jsdom either.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Zod's English messages, as the server loads them at start (see englishMessages.ts).
    setupFiles: ['shared/board/schema/englishMessages.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'server', environment: 'node', include: ['shared/**/*.test.ts', 'server/**/*.test.ts'] },
      },
      {
        extends: true,
        resolve: {
          alias: [
            { find: /^solid-js$/, replacement: fileURLToPath(new URL('./node_modules/solid-js/dist/dev.js', import.meta.url)) },
            { find: /^solid-js\/store$/, replacement: fileURLToPath(new URL('./node_modules/solid-js/store/dist/dev.js', import.meta.url)) },
          ],
        },
        test: {
          name: 'client',
          environment: 'node',
          include: ['client/**/*.test.ts'],
          // Inlined so Vite resolves them with the browser condition instead of Node's.
          server: { deps: { inline: [/solid-js/, /@solid-primitives/] } },
        },
      },
    ],
  },
});
