import { describe, expect, it } from 'vitest';
import { describeTarget, formatDelay, isTransient, toStoreError } from './postgresErrors';
import { StoreError } from './StoreError';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('postgresErrors', () => {
  it('names the server by host:port, never by its credentials', () => {
    expect(describeTarget('postgres://app:secret@db.internal:6432/stratboard')).toBe('db.internal:6432');
    expect(describeTarget('postgresql://db/stratboard')).toBe('db:5432');
    expect(describeTarget('postgres:///stratboard?host=/var/run/postgresql')).toBe('/var/run/postgresql:5432');
    expect(describeTarget('not a url with secret')).toBe('the configured address');
  });

  it('retries an outage but not a configuration mistake', () => {
    expect(isTransient(pgError('ECONNREFUSED', ''))).toBe(true);
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransient(pgError('57P03', 'the database system is starting up'))).toBe(true);
    expect(isTransient(pgError('08006', 'connection failure'))).toBe(true);
    expect(isTransient(pgError('28P01', 'password authentication failed for user "app"'))).toBe(false);
    expect(isTransient(pgError('3D000', 'database "nope" does not exist'))).toBe(false);
    expect(isTransient(pgError('42501', 'permission denied for schema public'))).toBe(false);
  });

  it('maps driver failures to StoreError reasons with actionable messages', () => {
    expect(toStoreError(pgError('ECONNREFUSED', ''), 'h:5432')).toMatchObject({
      reason: 'unavailable',
      message: 'PostgreSQL at h:5432 is not reachable (ECONNREFUSED)',
    });
    expect(toStoreError(pgError('57P01', 'terminating connection due to administrator command'), 'h:5432').message).toBe(
      'PostgreSQL at h:5432: terminating connection due to administrator command (57P01)',
    );
    expect(toStoreError(pgError('28P01', 'password authentication failed for user "app"'), 'h:5432').message).toMatch(/refused the credentials/);
    expect(toStoreError(pgError('XX001', 'invalid page in block 7'), 'h:5432').reason).toBe('corrupt');
    const typed = new StoreError('board-exists', 'board b1 already exists');
    expect(toStoreError(typed, 'h:5432')).toBe(typed);
  });

  it('shows delays in seconds', () => {
    expect(formatDelay(2000)).toBe('2 s');
    expect(formatDelay(500)).toBe('0.5 s');
  });
});
