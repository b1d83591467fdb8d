import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

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
});
