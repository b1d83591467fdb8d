/**
 * The results as people see them: the effect × feasibility matrix and the votes chart, checked
 * from the boxes Chromium draws, on the board and on the projector. Votes and marks go in through
 * the API, so the test spends its time on the charts.
 */
import type { Locator, Page } from '@playwright/test';
import type * as Y from 'yjs';
import { setPhase, setScoresRevealed, setVotesRevealed } from '../shared/board';
import { eventually, joinBoard } from '../server/test/clients';
import { expect, facilitatorMenu, join, test } from './fixtures';
import { seededBoard } from './seededBoard';

const LONG = 'Реконструкция набережной Оки и пешеходный мост на Правобережье';
// Title, then the two experts' marks as [effect, feasibility]. Three initiatives share (4; 4) and
// four more crowd round it: the matrix has to spread, place or number them all.
const INITIATIVES: Array<[string, [number, number], [number, number]]> = [
  ['Умная парковка в историческом центре', [4, 4], [4, 4]],
  ['Ветропарк на Оке', [4, 4], [4, 4]],
  ['Технопарк «Калуга-Север»', [4, 4], [4, 4]],
  [LONG, [5, 4], [4, 4]],
  ['Цифровая поликлиника', [4, 5], [4, 4]],
  ['Детский технопарк «Кванториум»', [5, 5], [4, 4]],
  ['Велодорожки', [2, 2], [2, 2]],
  ['Экотропа в бору', [3, 3], [3, 3]],
];
// Votes per editor, by initiative index: the long title gets the most.
const BALLOTS = [
  [3, 3, 3, 0, 0],
  [1, 1, 5, 6, 7],
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
// From a bubble's edge to the nearest point of a box.
const reach = (circle: Box, box: Box) => {
  const cx = circle.x + circle.width / 2;
  const cy = circle.y + circle.height / 2;
  const dx = Math.max(box.x - cx, 0, cx - (box.x + box.width));
  const dy = Math.max(box.y - cy, 0, cy - (box.y + box.height));
  return Math.hypot(dx, dy) - circle.width / 2;
};

async function seedResults(server: Parameters<typeof seededBoard>[0]) {
  const seeded = await seededBoard(
    server,
    INITIATIVES.map(([title]) => title),
    { status: 'priority', phase: 'voting' },
  );
  const { board, ids: cardIds, session } = seeded;
  const post = async (path: string, role: 'editor' | 'expert', participant: string, body: unknown) => {
    const response = await fetch(`${server.url}/api/boards/${board.id}/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.token(role)}`, 'x-participant': participant, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(200);
  };
  for (const [i, ballot] of BALLOTS.entries()) {
    const who = await joinBoard(server.url, board.id, board.token('editor'), `Участник ${i + 1}`);
    for (const card of ballot) await post('votes', 'editor', who, { cardId: cardIds[card], delta: 1 });
  }
  setVotesRevealed(session, true);
  setPhase(session, 'scoring');
  // The phase has to reach the server before the marks do.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const expert of [0, 1]) {
    const who = await joinBoard(server.url, board.id, board.token('expert'), `Эксперт ${expert + 1}`);
    for (const [i, initiative] of INITIATIVES.entries()) {
      const [effect, feasibility] = initiative[1 + expert] as [number, number];
      await post('scores', 'expert', who, { cardId: cardIds[i], marks: { effect, feasibility } });
    }
  }
  setScoresRevealed(session, true);
  await eventually(() => {
    if (Object.keys((session.getMap('session').get('scoreResults') as Y.Map<unknown> | undefined)?.toJSON() ?? {}).length < INITIATIVES.length)
      throw new Error('results not published yet');
  });
  return seeded;
}

/** Every title beside a bubble and every number on one, with boxes, checked against each other. */
async function expectMatrixReadable(matrix: Locator) {
  const bubbles = matrix.locator('g.bubble');
  await expect(bubbles).toHaveCount(INITIATIVES.length);
  const frame = (await matrix.locator('rect.frame').boundingBox())!;
  const drawn: Array<{ id: string; circle: Box; text: Box; kind: 'label' | 'number'; content: string }> = [];
  for (const bubble of await bubbles.all()) {
    const id = (await bubble.getAttribute('data-card-id'))!;
    const circle = (await bubble.locator('circle').boundingBox())!;
    const text = bubble.locator('text');
    await expect(text).toHaveCount(1);
    const kind = (await text.getAttribute('class')) === 'bubble-number' ? 'number' : 'label';
    drawn.push({ id, circle, text: (await text.boundingBox())!, kind, content: (await text.textContent())! });
  }
  // Bubbles at one spot are spread: no two centres coincide.
  const centres = new Set(drawn.map((d) => `${Math.round(d.circle.x + d.circle.width / 2)},${Math.round(d.circle.y + d.circle.height / 2)}`));
  expect(centres.size).toBe(INITIATIVES.length);
  for (const [i, a] of drawn.entries()) {
    expect(a.text.x).toBeGreaterThanOrEqual(frame.x);
    expect(a.text.x + a.text.width).toBeLessThanOrEqual(frame.x + frame.width);
    for (const b of drawn.slice(i + 1)) expect(overlap(a.text, b.text), `«${a.content}» and «${b.content}» overlap`).toBe(false);
    if (a.kind === 'label') {
      // Nearer its own bubble than any other, so no one reads it as another's.
      for (const other of drawn.filter((d) => d !== a)) expect(reach(other.circle, a.text), `«${a.content}»`).toBeGreaterThan(reach(a.circle, a.text));
    } else {
      // A number sits on its bubble and the legend says whose it is.
      expect(reach(a.circle, a.text)).toBeLessThan(0);
      await expect(matrix.locator(`text.number-legend[data-legend-for="${a.id}"]`)).toHaveText(new RegExp(`^${a.content} — `));
    }
  }
  await expect(matrix.locator('text.number-legend')).toHaveCount(drawn.filter((d) => d.kind === 'number').length);
  return drawn;
}

async function expectVotesReadable(page: Page | Locator) {
  const chart = page.locator('[data-chart="votes"]').first();
  const long = chart.locator('g.bar').filter({ has: chart.page().locator('title', { hasText: LONG }) });
  const lines = long.locator('text.bar-title');
  // On two lines, words whole, well past the 25 characters it was cut at before.
  await expect(lines).toHaveCount(2);
  const [first, second] = (await lines.allTextContents()) as [string, string];
  expect(LONG.startsWith(first)).toBe(true);
  expect(first.length + second.replace(/…$/, '').length).toBeGreaterThan(40);
  const [a, b] = [(await lines.nth(0).boundingBox())!, (await lines.nth(1).boundingBox())!];
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
  expect(Math.min(a.x, b.x)).toBeGreaterThanOrEqual((await chart.locator('svg').boundingBox())!.x);
  // The colours are keyed by track, once each, and each bar names its track too.
  const tracks = [...new Set(await chart.locator('g.bar').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-track'))))];
  expect(tracks.length).toBeGreaterThan(1);
  await expect(chart.locator('.track-legend text')).toHaveText(tracks as string[]);
  await expect(long.locator('title')).toHaveText(`${LONG} (${await long.getAttribute('data-track')}): 3`);
}

// Pictures to look at, when asked for: RESULTS_SCREENSHOTS=<folder>.
const shoot = async (page: Page, name: string) => {
  const folder = process.env.RESULTS_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
};

test('the results: a matrix whose labels never collide, spread where points coincide, and votes on two lines', async ({ browser, server }) => {
  const { board, close } = await seedResults(server);
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('stratboard.view', 'list'));
  const olga = await join(context, board.links.facilitator, 'Ольга Модератор');
  const matrix = olga.locator('[data-chart="matrix"]');
  for (const caption of ['Быстрые победы', 'Крупные проекты', 'Простые задачи', 'Отложить']) await expect(matrix.getByText(caption)).toBeVisible();
  const drawn = await expectMatrixReadable(matrix);
  // The tooltips stay: each bubble names its initiative, track and both means.
  await expect(matrix.locator('g.bubble title').first()).toContainText('Реализуемость');
  expect(drawn.some((d) => d.kind === 'label')).toBe(true);
  await expectVotesReadable(olga);
  await shoot(olga, 'results-board');

  // The summary slide, after the tracks, draws them again.
  await olga.getByRole('button', { name: /^Презентация$/ }).click();
  // The deck loads on demand; keys go to it once it is on screen.
  await expect(olga.getByRole('region', { name: 'Презентация' })).toContainText('Слайд 1 из');
  await olga.keyboard.press('End');
  const slide = olga.locator('.summary-slide');
  await expect(slide.locator('.slide-ranking')).toContainText('Ветропарк на Оке');
  await expectMatrixReadable(slide.locator('[data-chart="matrix"]'));
  await expectVotesReadable(slide);
  await shoot(olga, 'results-slide');
  await olga.keyboard.press('Escape');

  // The projector draws the same charts, just as readable.
  const [projector] = await Promise.all([context.waitForEvent('page'), facilitatorMenu(olga, /Режим проектора/)]);
  await projector.setViewportSize({ width: 1440, height: 900 });
  await expectMatrixReadable(projector.locator('[data-chart="matrix"]'));
  await expectVotesReadable(projector);
  await shoot(projector, 'results-projector');
  close();
});
