import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics';

/** Metric names in the first column of the README's table under "### Observability". */
function documentedMetrics(readme: string): string[] {
  const start = readme.indexOf('\n### Observability\n');
  expect(start, 'README has an Observability section').toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^\| `(stratboard_[a-z0-9_]+)` +\|/gm)].map((match) => match[1]!);
}

describe('metrics', () => {
  it('the README metrics table lists exactly the metrics the server registers', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const registered = (await createMetrics().registry.getMetricsAsJSON()).map((metric) => metric.name);
    expect(documentedMetrics(readme).sort()).toEqual(registered.sort());
  });

  it('prefixes the default process metrics, and registers nothing globally', async () => {
    const first = createMetrics({ defaultMetrics: true });
    const second = createMetrics({ defaultMetrics: true });
    const names = (await first.registry.getMetricsAsJSON()).map((metric) => metric.name);
    expect(names).toContain('stratboard_process_resident_memory_bytes');
    expect(names.filter((name) => !name.startsWith('stratboard_'))).toEqual([]);
    expect((await second.registry.getMetricsAsJSON()).length).toBe(names.length);
  });
});
