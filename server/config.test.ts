import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONFIG_NAMES, ConfigError, parseConfig } from './config';

describe('parseConfig', () => {
  it('has the documented defaults', () => {
    const config = parseConfig([], {});
    expect(config).toMatchObject({ port: 8787, dataDir: './data', trustProxy: false, logLevel: 'info' });
    expect(config.publicUrl).toBeUndefined();
  });

  it('reads environment variables and lets flags win', () => {
    const env = { PORT: '9000', DATA_DIR: '/var/lib/stratboard', PUBLIC_URL: 'https://board.example.org/' };
    expect(parseConfig([], env)).toMatchObject({ port: 9000, dataDir: '/var/lib/stratboard', publicUrl: 'https://board.example.org' });
    expect(parseConfig(['--port', '9100', '--data=/tmp/x'], env)).toMatchObject({ port: 9100, dataDir: '/tmp/x' });
  });

  it('parses limits and booleans', () => {
    const config = parseConfig(['--max-frame-bytes', '65536', '--trust-proxy', 'true', '--max-connections-per-board', '3'], {});
    expect(config).toMatchObject({ maxFrameBytes: 65536, trustProxy: true, maxConnectionsPerBoard: 3 });
  });

  it.each([
    [['--port', 'eighty'], '--port / PORT'],
    [['--port', '70000'], '--port / PORT'],
    [['--public-url', 'ftp://x'], '--public-url / PUBLIC_URL'],
    [['--log-level', 'loud'], '--log-level / LOG_LEVEL'],
    [['--max-frame-bytes', '10'], '--max-frame-bytes / MAX_FRAME_BYTES'],
  ])('rejects %j naming the setting', (argv, name) => {
    expect(() => parseConfig(argv, {})).toThrow(ConfigError);
    expect(() => parseConfig(argv, {})).toThrow(name);
  });

  it('rejects unknown flags instead of ignoring them', () => {
    expect(() => parseConfig(['--prot', '1'], {})).toThrow(ConfigError);
  });

  it('rejects a bad environment value too', () => {
    expect(() => parseConfig([], { PORT: '-1' })).toThrow('--port / PORT');
  });

  it('takes a PostgreSQL URL from --postgres or DATABASE_URL, and only a postgres:// one', () => {
    expect(parseConfig([], {}).postgres).toBeUndefined();
    expect(parseConfig([], { DATABASE_URL: 'postgres://app@db:5432/stratboard' }).postgres).toBe('postgres://app@db:5432/stratboard');
    expect(parseConfig(['--postgres', 'postgresql://db/x'], { DATABASE_URL: 'postgres://other/y' }).postgres).toBe('postgresql://db/x');
    // The message names the setting but never echoes the value, which may hold a password.
    expect(() => parseConfig(['--postgres', 'mysql://u:secret@h/x'], {})).toThrow('--postgres / DATABASE_URL');
    expect(() => parseConfig(['--postgres', 'mysql://u:secret@h/x'], {})).not.toThrow('secret');
  });

  it('takes a Redis URL from --redis or REDIS_URL, only a redis:// one, and a repair interval', () => {
    expect(parseConfig([], {}).redis).toBeUndefined();
    expect(parseConfig([], {}).busRepairMs).toBe(5000);
    expect(parseConfig([], { REDIS_URL: 'redis://cache:6379' }).redis).toBe('redis://cache:6379');
    expect(parseConfig(['--redis', 'rediss://:pw@cache:6380/1', '--bus-repair-ms', '2000'], { REDIS_URL: 'redis://other' })).toMatchObject({
      redis: 'rediss://:pw@cache:6380/1',
      busRepairMs: 2000,
    });
    expect(() => parseConfig(['--redis', 'http://u:secret@cache'], {})).toThrow('--redis / REDIS_URL');
    expect(() => parseConfig(['--redis', 'http://u:secret@cache'], {})).not.toThrow('secret');
    expect(() => parseConfig(['--bus-repair-ms', '10'], {})).toThrow('--bus-repair-ms / BUS_REPAIR_MS');
  });

  it('takes the operator token and the retention period, and refuses weak or wrong ones', () => {
    const config = parseConfig(['--admin-token', 'a'.repeat(24), '--retain-days', '365'], {});
    expect(config).toMatchObject({ adminToken: 'a'.repeat(24), retainDays: 365 });
    expect(parseConfig([], { ADMIN_TOKEN: 'b'.repeat(30), RETAIN_DAYS: '30' })).toMatchObject({ adminToken: 'b'.repeat(30), retainDays: 30 });
    expect(() => parseConfig(['--admin-token', 'short'], {})).toThrow(/--admin-token \/ ADMIN_TOKEN: must be at least 24 characters/);
    expect(() => parseConfig(['--retain-days', '0'], {})).toThrow(/--retain-days/);
    expect(parseConfig([], {}).retainDays).toBeUndefined();
  });

  it('every setting is in the README configuration table, under its flag and variable', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const { flag, env } of Object.values(CONFIG_NAMES)) {
      expect(readme, flag).toMatch(new RegExp(`\\| \`--${flag}\`\\s+\\| \`${env}\`\\s+\\|`));
    }
  });
});
