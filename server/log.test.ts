import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactUrl } from './log';

describe('redactUrl', () => {
  it('removes link tokens from query strings and fragments', () => {
    expect(redactUrl('/ws/abc?k=SECRET123')).toBe('/ws/abc?k=[redacted]');
    expect(redactUrl('/ws/abc/session?x=1&k=SECRET&y=2')).toBe('/ws/abc/session?x=1&k=[redacted]&y=2');
    expect(redactUrl('https://h/b/abc#k=SECRET')).toBe('https://h/b/abc#k=[redacted]');
    expect(redactUrl('/api/boards')).toBe('/api/boards');
  });
});

describe('createLogger', () => {
  it('never writes a token, whatever field carries it', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger({ logLevel: 'info' }, sink);
    log.info({ url: 'http://h/ws/b1?k=TOPSECRET1' }, 'request');
    log.info({ token: 'TOPSECRET2', headers: { authorization: 'Bearer TOPSECRET3' } }, 'auth');
    log.warn('upgrade failed for /ws/b1?k=TOPSECRET4');
    const text = lines.join('');
    expect(lines).toHaveLength(3);
    expect(text).not.toMatch(/TOPSECRET/);
    expect(text).toContain('[redacted]');
  });
});
