// Hocuspocus v3 as its README sets it up, with the official SQLite extension and defaults
// (no tuning), so the comparison is against what a user would run.
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: process.env.DATABASE })],
});
await server.listen();
console.log('hocuspocus ready');
