/**
 * Server configuration, parsed once at start-up from command-line flags and environment
 * variables (flags win) and validated, then passed down. Nothing else reads the environment.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const configSchema = z.object({
  port: int(0, 65535).default(8787),
  host: z.string().min(1).default('0.0.0.0'),
  dataDir: z.string().min(1).default('./data'),
  /** Absolute origin used in share links (e.g. https://board.example.org); derived from requests when unset. */
  publicUrl: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** Honour X-Forwarded-Proto/Host when building links (only behind a proxy you control). */
  trustProxy: z.stringbool().default(false),
  /** Largest WebSocket frame accepted; a larger one closes that connection with 4413. */
  maxFrameBytes: int(1024, 256 * 1024 * 1024).default(8 * 1024 * 1024),
  maxConnectionsPerBoard: int(1, 1_000_000).default(2000),
  /** Connections one process holds at most; further ones are refused. */
  maxConnections: int(1, 10_000_000).default(20_000),
  /** Connections from one network address (a city hall behind one NAT: 60 people, two sockets each, a few tabs). */
  maxConnectionsPerIp: int(1, 10_000_000).default(500),
  /** Sustained messages per second per connection; bursts of 5 s worth are allowed. */
  maxMessagesPerSecond: int(1, 1_000_000).default(300),
  /** Sustained bytes per second per connection; bursts of two maximal frames are allowed. */
  maxBytesPerSecond: int(1024, 1024 * 1024 * 1024).default(1024 * 1024),
  /** When set, creating a board needs this token (`Authorization: Bearer …`): for servers on a public address. */
  createToken: z
    .string()
    .min(16, 'must be at least 16 characters')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces (it travels in an HTTP header)')
    .optional(),
  /** When set, the operator console (`/admin`, `/api/admin/*`) opens with this token; without it the console is off. */
  adminToken: z
    .string()
    .min(24, 'must be at least 24 characters (it opens every board on the server)')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces (it travels in an HTTP header)')
    .optional(),
  /** When set, boards with no activity for this many days are deleted (checked at start and hourly). */
  retainDays: int(1, 36_500).optional(),
  /** Boards one network address may create per hour (bursts of a third of it). */
  maxBoardsPerIpPerHour: int(1, 1_000_000).default(60),
  /** Compact a document once this many updates have piled up in its log. */
  compactAfterUpdates: int(1, 10_000_000).default(1000),
  /** Keep an idle board in memory this long after its last client leaves (reconnect storms). */
  unloadDelayMs: int(0, 3_600_000).default(2000),
  logLevel: z.enum(LOG_LEVELS).default('info'),
  /** Built client files; served at / and /b/:boardId. */
  staticDir: z.string().min(1).default('./dist/client'),
  /** PostgreSQL URL (postgres://user:pass@host:5432/db); when set, replaces the SQLite store. */
  postgres: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  /** Redis URL (redis://[:pass@]host:6379); when set, relay nodes fan out to each other through it. */
  redis: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
  /** With Redis: how often each loaded board compares its state with other nodes and repairs gaps. */
  busRepairMs: int(100, 3_600_000).default(5000),
});

export type Config = z.infer<typeof configSchema>;

/** A configuration value was wrong; the message names the flag and says why. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const FLAGS = {
  port: { env: 'PORT', flag: 'port' },
  host: { env: 'HOST', flag: 'host' },
  dataDir: { env: 'DATA_DIR', flag: 'data' },
  publicUrl: { env: 'PUBLIC_URL', flag: 'public-url' },
  trustProxy: { env: 'TRUST_PROXY', flag: 'trust-proxy' },
  maxFrameBytes: { env: 'MAX_FRAME_BYTES', flag: 'max-frame-bytes' },
  maxConnectionsPerBoard: { env: 'MAX_CONNECTIONS_PER_BOARD', flag: 'max-connections-per-board' },
  maxConnections: { env: 'MAX_CONNECTIONS', flag: 'max-connections' },
  maxConnectionsPerIp: { env: 'MAX_CONNECTIONS_PER_IP', flag: 'max-connections-per-ip' },
  maxMessagesPerSecond: { env: 'MAX_MESSAGES_PER_SECOND', flag: 'max-messages-per-second' },
  maxBytesPerSecond: { env: 'MAX_BYTES_PER_SECOND', flag: 'max-bytes-per-second' },
  createToken: { env: 'CREATE_TOKEN', flag: 'create-token' },
  adminToken: { env: 'ADMIN_TOKEN', flag: 'admin-token' },
  retainDays: { env: 'RETAIN_DAYS', flag: 'retain-days' },
  maxBoardsPerIpPerHour: { env: 'MAX_BOARDS_PER_IP_PER_HOUR', flag: 'max-boards-per-ip-per-hour' },
  compactAfterUpdates: { env: 'COMPACT_AFTER_UPDATES', flag: 'compact-after-updates' },
  unloadDelayMs: { env: 'UNLOAD_DELAY_MS', flag: 'unload-delay-ms' },
  logLevel: { env: 'LOG_LEVEL', flag: 'log-level' },
  staticDir: { env: 'STATIC_DIR', flag: 'static-dir' },
  postgres: { env: 'DATABASE_URL', flag: 'postgres' },
  redis: { env: 'REDIS_URL', flag: 'redis' },
  busRepairMs: { env: 'BUS_REPAIR_MS', flag: 'bus-repair-ms' },
} as const satisfies Record<keyof Config, { env: string; flag: string }>;

type Key = keyof typeof FLAGS;

/** Flag and environment names of every setting, for `--help` and the README. */
export const CONFIG_NAMES = FLAGS;

/**
 * Parses flags (`--port 9000`, `--port=9000`) and environment variables into a validated
 * config. Throws `ConfigError` with every problem listed, so a typo never starts a server
 * with a silently ignored setting.
 */
export function parseConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Config {
  let flags: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(Object.values(FLAGS).map(({ flag }) => [flag, { type: 'string' as const }]));
    flags = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const raw: Partial<Record<Key, string>> = {};
  for (const key of Object.keys(FLAGS) as Key[]) {
    const { env: envName, flag } = FLAGS[key];
    const value = flags[flag] ?? env[envName];
    if (typeof value === 'string' && value !== '') raw[key] = value;
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = issue.path[0] as Key | undefined;
      const names = key ? `--${FLAGS[key].flag} / ${FLAGS[key].env}` : 'config';
      return `${names}: ${issue.message}`;
    });
    throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

/** Defaults with overrides, for tests that start servers in-process. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configSchema.parse({}), logLevel: 'silent', ...overrides };
}
