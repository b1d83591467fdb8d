/**
 * `npm run admin -- <command>`: the operator console's actions from a shell, on the store the
 * usual settings name (`--data` / DATA_DIR, or `--postgres` / DATABASE_URL). They work on the
 * store directly, so they also work with the server stopped. On a running server, delete and
 * rotate through the console or its API instead: only the server can close the connections
 * that are open on the board at that moment.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readBoardContent } from '../../shared/board/read';
import { ROLES } from '../../shared/board/types';
import { type BoardSummary, createBoardSummaries } from '../admin/boardSummaries';
import { applyRetention } from '../admin/retention';
import { rotateAllLinks } from '../admin/rotateAllLinks';
import { loadStoredBoard } from '../admin/storedDocs';
import { shareLink } from '../auth/linkTokens';
import { CONFIG_NAMES, ConfigError, parseConfig } from '../config';
import { renderReport } from '../export/renderReport';
import { readReportResults } from '../export/reportResults';
import type { Logger } from '../log';
import type { DocStore } from '../store/DocStore';
import { openStore } from '../store/openStore';

export const ADMIN_USAGE = `usage: npm run admin -- <command> [--data DIR | --postgres URL]
  list [--json]                       every board: title, place, date, created, last activity, size, participants, versions
  export <id> [--out FILE]            the board's JSON export (to stdout without --out)
  delete <id> --yes                   deletes the board and everything stored for it
  rotate <id> --public-url URL        replaces all four links of the board and prints the new ones
  retain --retain-days N [--dry-run]  deletes boards without activity for N days (--dry-run: only lists them)`;

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Structured log of operator actions. */
  log: Logger;
}

/** A command typed wrong: printed with the usage, exit code 2. */
class UsageError extends Error {}

/** The server settings the commands take, under the server's own flag and variable names. */
const SETTINGS = ['dataDir', 'postgres', 'publicUrl', 'retainDays'] as const;
const COMMANDS = ['list', 'export', 'delete', 'rotate', 'retain'] as const;
type Command = (typeof COMMANDS)[number];

interface Parsed {
  command: Command;
  id: string | undefined;
  flags: { json: boolean; yes: boolean; dryRun: boolean; out: string | undefined };
  config: ReturnType<typeof parseConfig>;
}

function parse(argv: readonly string[], env: CommandIo['env']): Parsed {
  let parsed: ReturnType<typeof parseArgs<{ options: Record<string, { type: 'string' | 'boolean' }>; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        yes: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        out: { type: 'string' },
        ...Object.fromEntries(SETTINGS.map((key) => [CONFIG_NAMES[key].flag, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  // Validated by the server's own rules, so a value the server would refuse is refused here too.
  const settings = SETTINGS.flatMap((key) => {
    const value = values[CONFIG_NAMES[key].flag];
    return typeof value === 'string' ? [`--${CONFIG_NAMES[key].flag}`, value] : [];
  });
  const config = parseConfig(settings, env);
  const [command, id, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(' ')}`);
  const flags = { json: values.json === true, yes: values.yes === true, dryRun: values['dry-run'] === true, out: values.out as string | undefined };
  if ((command === 'export' || command === 'delete' || command === 'rotate') && !id)
    throw new UsageError(`${command} needs a board id (see: npm run admin -- list)`);
  if (command === 'delete' && !flags.yes) throw new UsageError('delete removes the board for good: add --yes to confirm');
  if (command === 'rotate' && !config.publicUrl)
    throw new UsageError('rotate needs --public-url (or PUBLIC_URL): the address people open, to build the new links');
  if (command === 'retain' && config.retainDays === undefined) throw new UsageError('retain needs --retain-days N');
  return { command: command as Command, id, flags, config };
}

/** Runs one command; resolves with the process exit code (0 done, 1 failed, 2 wrong usage). */
export async function runAdminCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parse(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
    io.err(`stratboard admin: ${error.message}\n${ADMIN_USAGE}\n`);
    return 2;
  }
  let store: DocStore | undefined;
  try {
    store = await openStore(parsed.config, io.log);
    return await run(store, parsed, io);
  } catch (error) {
    io.err(`stratboard admin: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

async function run(store: DocStore, { command, id, flags, config }: Parsed, io: CommandIo): Promise<number> {
  switch (command) {
    case 'list':
      return list(store, io, flags.json);
    case 'export':
      return exportBoard(store, io, id!, flags.out);
    case 'delete':
      if (!(await store.deleteBoard(id!))) return missing(io, id!);
      io.log.info({ action: 'delete', boardId: id, by: 'command' }, 'operator deleted a board');
      io.out(`deleted ${id}\n`);
      return 0;
    case 'rotate': {
      const tokens = await rotateAllLinks(store, id!);
      if (!tokens) return missing(io, id!);
      io.log.info({ action: 'rotate-links', boardId: id, by: 'command' }, 'operator replaced every link of a board');
      for (const role of ROLES) io.out(`${role.padEnd(12)} ${shareLink(config.publicUrl!, id!, tokens[role])}\n`);
      return 0;
    }
    case 'retain': {
      const summaries = createBoardSummaries(store);
      const expired = await applyRetention({
        list: () => summaries.list(),
        remove: (boardId) => store.deleteBoard(boardId),
        retainDays: config.retainDays!,
        now: Date.now,
        log: io.log,
        dryRun: flags.dryRun,
      });
      io.out(`${flags.dryRun ? 'would delete' : 'deleted'} ${expired.length} board(s) without activity for ${config.retainDays} days\n`);
      for (const board of expired) io.out(`  ${board.id}  ${stamp(board.lastActivityAt)}  ${board.title}\n`);
      return 0;
    }
  }
}

function missing(io: CommandIo, boardId: string): number {
  io.err(`stratboard admin: no board ${boardId} in this store\n`);
  return 1;
}

async function list(store: DocStore, io: CommandIo, json: boolean): Promise<number> {
  const boards = await createBoardSummaries(store).list();
  if (json) {
    io.out(`${JSON.stringify({ boards }, null, 2)}\n`);
    return 0;
  }
  if (boards.length === 0) {
    io.out('no boards\n');
    return 0;
  }
  io.out(`${formatRow(['id', 'title', 'place', 'date', 'created', 'last activity', 'size', 'people', 'versions'])}\n`);
  for (const board of boards) io.out(`${formatRow(columns(board))}\n`);
  return 0;
}

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const WIDTHS = [14, 32, 16, 10, 16, 16, 9, 6, 8];

function columns(board: BoardSummary): string[] {
  return [
    board.id,
    board.title,
    board.place ?? '',
    board.date ?? '',
    stamp(board.createdAt),
    stamp(board.lastActivityAt),
    size(board.bytes),
    String(board.participants),
    String(board.versions),
  ];
}

function formatRow(cells: string[]): string {
  return cells
    .map((cell, i) => (cell.length > WIDTHS[i]! ? `${cell.slice(0, WIDTHS[i]! - 1)}…` : cell.padEnd(WIDTHS[i]!)))
    .join('  ')
    .trimEnd();
}

async function exportBoard(store: DocStore, io: CommandIo, boardId: string, out: string | undefined): Promise<number> {
  if (!(await store.getBoard(boardId))) return missing(io, boardId);
  const docs = await loadStoredBoard(store, boardId);
  try {
    const content = readBoardContent(docs.content);
    const results = readReportResults(docs, content.meta.locale);
    const report = await renderReport(content, 'json', { generatedAt: new Date(), results });
    const text = typeof report.body === 'string' ? report.body : new TextDecoder().decode(report.body);
    io.log.info({ action: 'export', boardId, by: 'command' }, 'operator exported a board');
    if (out) {
      writeFileSync(out, text);
      io.out(`wrote ${out}\n`);
    } else io.out(text);
    return 0;
  } finally {
    for (const doc of Object.values(docs)) doc.destroy();
  }
}
