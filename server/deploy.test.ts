/**
 * The files in deploy/: the systemd unit passes systemd's own checks, the sample settings are
 * settings the server parses, and the Grafana dashboard queries only metrics the server serves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_NAMES, parseConfig } from './config';
import { createMetrics } from './metrics';

const deployFile = (name: string) => readFileSync(new URL(`../deploy/${name}`, import.meta.url), 'utf8');

/** `Key=value` lines of a unit file, every value of each key (comments and sections left out). */
function unitDirectives(unit: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const line of unit.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match) directives.set(match[1]!, [...(directives.get(match[1]!) ?? []), match[2]!]);
  }
  return directives;
}

/** `NAME=value` lines of the sample environment file; `all` also has the commented-out ones. */
function envFile(text: string, { all }: { all: boolean }): Record<string, string> {
  const pattern = all ? /^#?([A-Z][A-Z0-9_]*)=(.*)$/ : /^([A-Z][A-Z0-9_]*)=(.*)$/;
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = pattern.exec(line);
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

describe('deploy/stratboard.env', () => {
  const text = deployFile('stratboard.env');

  it('names only settings the server has, and the ones operators set', () => {
    const known = new Set<string>(Object.values(CONFIG_NAMES).map(({ env }) => env));
    const names = Object.keys(envFile(text, { all: true }));
    expect(names.filter((name) => !known.has(name))).toEqual([]);
    for (const name of ['PUBLIC_URL', 'TRUST_PROXY', 'DATA_DIR', 'CREATE_TOKEN', 'ADMIN_TOKEN', 'RETAIN_DAYS', 'DATABASE_URL', 'REDIS_URL', 'LOG_LEVEL']) {
      expect(names, name).toContain(name);
    }
  });

  it('parses as it stands, and with every example uncommented', () => {
    const config = parseConfig([], envFile(text, { all: false }));
    expect(config).toMatchObject({ host: '127.0.0.1', dataDir: '/var/lib/stratboard', trustProxy: true });
    expect(() => parseConfig([], envFile(text, { all: true }))).not.toThrow();
  });
});

describe('deploy/stratboard.service', () => {
  const unit = deployFile('stratboard.service');
  const directives = unitDirectives(unit);

  it('runs the build with the sample settings and may write where they keep the data', () => {
    expect(directives.get('ExecStart')).toEqual(['/usr/bin/node --enable-source-maps dist/server/main.js']);
    expect(directives.get('EnvironmentFile')).toEqual(['/etc/stratboard/stratboard.env']);
    const { DATA_DIR } = envFile(deployFile('stratboard.env'), { all: false });
    expect(directives.get('StateDirectory')?.map((name) => `/var/lib/${name}`)).toEqual([DATA_DIR]);
    expect(directives.get('ReadWritePaths')).toEqual([DATA_DIR]);
  });

  // What `systemd-analyze` checks without systemd as PID 1 (systemd 252 here): `verify` parses
  // every directive, printing "<file>:<line>: …" for an unknown key or a value it cannot parse
  // but still exiting 0; it exits 1 only when the ExecStart binary is missing. `security
  // --offline` scores the sandboxing. The test therefore runs a copy whose ExecStart is this
  // machine's node, and fails on any output that names the unit.
  // Skipped only on a machine without it, never in CI.
  const runs = spawnSync('systemd-analyze', ['--version']).status === 0 || Boolean(process.env.CI);
  const dir = mkdtempSync(join(tmpdir(), 'stratboard-unit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (text: string, args: string[]) => {
    const file = join(dir, 'stratboard.service');
    writeFileSync(file, text.replace(/^ExecStart=\/usr\/bin\/node /m, `ExecStart=${process.execPath} `));
    const result = spawnSync('systemd-analyze', [...args, file], { encoding: 'utf8' });
    if (result.error) throw new Error(`systemd-analyze is needed to check the unit: ${result.error.message}`);
    const complaints = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.includes('stratboard.service'));
    return { status: result.status, complaints };
  };

  it.runIf(runs)('passes systemd-analyze verify without a complaint', () => {
    expect(check(unit, ['verify', '--man=no'])).toEqual({ status: 0, complaints: [] });
  });

  it.runIf(runs)('would be caught with an unknown option or a bad value', () => {
    // Without this, a systemd-analyze that printed nothing at all would pass the test above.
    const broken = unit.replace('ProtectSystem=strict', 'ProtectSystem=stricter\nProtectEverything=yes');
    const { complaints } = check(broken, ['verify', '--man=no']);
    expect(complaints.join('\n')).toMatch(/protect system value/i);
    expect(complaints.join('\n')).toMatch(/Unknown key 'ProtectEverything'/);
  });

  it.runIf(runs)('keeps its sandbox: exposure 2.5 or lower in systemd-analyze security', () => {
    // --threshold is on the scale of the "exposure level" times ten; the unit rates 1.6 today.
    expect(check(unit, ['security', '--offline=yes', '--threshold=25']).status).toBe(0);
  });
});

describe('deploy/grafana-dashboard.json', () => {
  interface Panel {
    title?: string;
    id?: number;
    datasource?: { uid?: string };
    targets?: { expr: string; datasource?: { uid?: string } }[];
    panels?: Panel[];
  }
  const dashboard = JSON.parse(deployFile('grafana-dashboard.json')) as {
    panels: Panel[];
    templating: { list: { name: string; type: string; query: unknown }[] };
  };
  const panels = dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]);
  const queries = panels.flatMap((panel) => panel.targets ?? []);
  const exprs = [...queries.map((target) => target.expr), ...dashboard.templating.list.map((variable) => JSON.stringify(variable.query))];
  const used = new Set(exprs.flatMap((expr) => expr.match(/\bstratboard_[a-z0-9_]+/g) ?? []));

  it('queries only series the server exposes', async () => {
    const exposed = new Set<string>();
    for (const metric of await createMetrics({ defaultMetrics: true }).registry.getMetricsAsJSON()) {
      // prom-client's types call `type` a numeric enum; at run time it is the exposition's type name.
      if (String(metric.type) === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) exposed.add(metric.name + suffix);
      else exposed.add(metric.name);
    }
    expect([...used].filter((name) => !exposed.has(name))).toEqual([]);
  });

  it('has a panel for every Stratboard metric, and for CPU, memory and event-loop lag', async () => {
    const base = (name: string) => name.replace(/_(bucket|sum|count)$/, '');
    const shown = new Set([...used].map(base));
    const custom = (await createMetrics().registry.getMetricsAsJSON()).map((metric) => metric.name);
    expect(custom.filter((name) => !shown.has(name) && !shown.has(`${name}_bucket`))).toEqual([]);
    for (const name of ['stratboard_process_cpu_seconds_total', 'stratboard_process_resident_memory_bytes', 'stratboard_nodejs_eventloop_lag_p99_seconds']) {
      expect(shown, name).toContain(name);
    }
  });

  it('takes its Prometheus data source from a variable', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Grafana's reference to the variable, not a template literal
    const variable = '${datasource}';
    expect(dashboard.templating.list).toContainEqual(expect.objectContaining({ name: 'datasource', type: 'datasource', query: 'prometheus' }));
    for (const panel of panels.filter((panel) => panel.targets)) {
      expect(panel.datasource?.uid, panel.title).toBe(variable);
      for (const target of panel.targets!) expect(target.datasource?.uid, panel.title).toBe(variable);
    }
    const ids = panels.map((panel) => panel.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
