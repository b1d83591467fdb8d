/**
 * RedisBus against a real Redis: the shared one (skipped with a message when unreachable,
 * never in CI) with a channel prefix unique to this run, and a private redis-server that the
 * restart test kills.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { opsRoutes } from '../http/opsRoutes';
import { createLogger } from '../log';
import { eventually } from '../test/clients';
import { freePort, hasRedisServerBinary, startRedisServer, testRedisUrl, type PrivateRedis } from '../test/redisServer';
import { createTestApp } from '../test/testApp';
import { describeRoomBus } from './busContract';
import { RedisBus } from './RedisBus';
import type { BusMessage } from './RoomBus';

const sharedUrl = await testRedisUrl();
const canSpawnRedis = hasRedisServerBinary();
const prefix = `stratboard-test-${randomUUID()}:`;

const buses: RedisBus[] = [];
let privateRedis: PrivateRedis | null = null;

afterEach(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
  await privateRedis?.kill();
  privateRedis = null;
});

/** A logger whose lines the test can read. */
function capturingLog() {
  const lines: Array<{ level: string; msg: string }> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: createLogger({ logLevel: 'info' }, stream), lines };
}

function bus(url: string, log = capturingLog().log): RedisBus {
  // Fast retries, so reconnect tests take milliseconds rather than seconds.
  const created = new RedisBus({ url, log, prefix, redis: { retryStrategy: () => 50 } });
  buses.push(created);
  return created;
}

/** Subscribes and resolves once the subscription is live (its first gap report). */
function subscribed(target: RedisBus, boardId: string, node: string) {
  const received: BusMessage[] = [];
  let gaps = 0;
  let live!: () => void;
  const ready = new Promise<void>((resolve) => (live = resolve));
  const unsubscribe = target.subscribe(
    boardId,
    node,
    (message) => received.push(message),
    () => {
      gaps++;
      live();
    },
  );
  return { received, ready, unsubscribe, gaps: () => gaps };
}

const update = (boardId: string, node: string, bytes = new Uint8Array([1])): BusMessage => ({ kind: 'update', boardId, doc: 'content', update: bytes, node });

if (sharedUrl) {
  describeRoomBus('RedisBus', async () => {
    const nodes: [RedisBus, RedisBus] = [bus(sharedUrl), bus(sharedUrl)];
    return { nodes, reportsGaps: true, cleanup: async () => void (await Promise.all(nodes.map((node) => node.close()))) };
  });
}

describe.skipIf(!sharedUrl)('RedisBus (shared Redis)', () => {
  it('answers ping, and /healthz names it', async () => {
    const node = bus(sharedUrl!);
    await eventually(() => node.ping());
    const response = await opsRoutes({ ...createTestApp().deps, bus: node }).request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ bus: { kind: 'redis', ok: true } });
  });
});

describe('RedisBus without Redis', () => {
  it('does not crash: drops publishes, logs the outage once, and /healthz says the bus is down', async () => {
    const { log, lines } = capturingLog();
    const node = bus(`redis://127.0.0.1:${await freePort()}`, log);
    node.subscribe('b1', 'n1', () => {});
    expect(() => node.publish(update('b1', 'n1'))).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(node.ping()).rejects.toThrow(/Redis is not reachable: .*ECONNREFUSED/);
    const errors = lines.filter((line) => line.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.msg).toMatch(/Redis bus unreachable/);
    const health = capturingLog();
    const response = await opsRoutes({ ...createTestApp().deps, bus: node, log: health.log }).request('/healthz');
    expect(response.status).toBe(503);
    // Why goes to the log, not to whoever asks.
    expect(await response.json()).toEqual({ status: 'unavailable', store: { kind: 'memory', ok: true }, bus: { kind: 'redis', ok: false } });
    expect(health.lines.find((line) => line.level === 'warn')).toMatchObject({ err: { message: expect.stringMatching(/ECONNREFUSED/) } });
  });
});

describe.skipIf(!canSpawnRedis)('RedisBus across a Redis restart (private redis-server)', () => {
  it('reports a gap after reconnecting and delivers again', async () => {
    privateRedis = await startRedisServer();
    const { log, lines } = capturingLog();
    const node1 = bus(privateRedis.url);
    const node2 = bus(privateRedis.url, log);
    const other = subscribed(node2, 'b1', 'n2');
    await other.ready;
    expect(other.gaps()).toBe(1);

    await privateRedis.kill();
    node1.publish(update('b1', 'n1', new Uint8Array([9])));
    await eventually(() => expect(node2.ping()).rejects.toThrow(/not reachable/));
    await privateRedis.start();
    await eventually(() => expect(other.gaps()).toBe(2), 10_000);
    await eventually(() => node1.ping(), 10_000);
    node1.publish(update('b1', 'n1', new Uint8Array([10])));
    await eventually(() => expect(other.received.map((m) => (m.kind === 'update' ? [...m.update] : null))).toEqual([[10]]));
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/unreachable/), expect.stringMatching(/reconnected/)]));
  });
});
