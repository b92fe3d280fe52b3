import { expect, test, type Page } from '@playwright/test';
import type { Driver } from 'neo4j-driver';
import { createTestDriver, resetToDemoData } from '../db/testing/database';
import { drawnGraph, expectUrlParam, filtersPanel, importEventLike, openApp, openFilterGroups, viewSummary } from './support';

/**
 * The time bar under the canvas, on event data spread over four months: a window dragged over it, moved with the
 * keyboard and played through time is the view's date filter, and the picture, its counts and sizes follow.
 */

/** The overview of a few thousand claims, on a busy machine, takes its time to arrive. */
const SLOW = { timeout: 60_000 };

function histogram(page: Page) {
  return page.getByTestId('time-histogram');
}

function timeWindow(page: Page) {
  return page.getByRole('slider', { name: 'Time window' });
}

/** Waits for the canvas to finish its layout and answers what it drew, with each actor's size. */
async function drawing(page: Page) {
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-layout-done', /\d+/, { timeout: 30_000 });
  const sizes = await (await drawnGraph(page)).evaluate((cy) => Object.fromEntries(cy.nodes('[element = "actor"]').map((node) => [node.id(), node.data('size') as number])));
  return { nodes: await canvas.getAttribute('data-drawn-nodes'), edges: await canvas.getAttribute('data-drawn-edges'), sizes };
}

/** The toolbar's counts once the picture they count has arrived. */
async function settledSummary(page: Page): Promise<string> {
  await expect(viewSummary(page)).not.toContainText('updating');
  return (await viewSummary(page).textContent())!;
}

/** Presses the mouse on one bar and releases it on another, as an analyst drags a window. */
async function dragAcross(page: Page, from: number, to: number) {
  const box = (await histogram(page).boundingBox())!;
  const bins = Number(await histogram(page).getAttribute('data-bins'));
  const x = (index: number) => box.x + ((index + 0.5) * box.width) / bins;
  await page.mouse.move(x(from), box.y + 20);
  await page.mouse.down();
  await page.mouse.move(x(to), box.y + 20, { steps: 6 });
  await page.mouse.up();
}

test.describe('the time bar on the demo data', () => {
  test('says that no claim of the view has a date', async ({ page }) => {
    test.setTimeout(60_000);
    await openApp(page, '/', SLOW);
    await expect(page.getByTestId('time-bar')).toHaveText('Time No claim in this view has a date (16 undated claims).');
  });
});

test.describe('the time bar', () => {
  test.use({ viewport: { width: 1400, height: 900 } });
  let driver: Driver;

  test.beforeAll(async ({ request, baseURL }) => {
    driver = createTestDriver();
    // 300 actors, 1,500 ties and 200 meetings from 2018-06-01 to 2018-09-28: eighteen weeks of events.
    await importEventLike(request, baseURL!, { actors: 300, ties: 1_500, meetings: 200, days: 120 });
  });

  test.afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
  });

  test('a window dragged over the bar is the date filter: the counts and the sizes follow, and the link reopens it', async ({ page, browser }) => {
    test.setTimeout(120_000);
    await openApp(page, '/', SLOW);
    const before = await drawing(page);
    const allTime = await settledSummary(page);
    // Four months of events: by week, each bar named with its count.
    await expect(histogram(page)).toHaveAttribute('data-bin', 'week');
    await expect(histogram(page)).toHaveAttribute('data-bins', '18');
    await expect(histogram(page).getByRole('img', { name: /^week of 2018-06-11: \d+ claims$/ })).toHaveCount(1);
    await expect(page.getByTestId('time-window')).toHaveText(/^All time · [\d,]+ dated claims$/);
    await expect(histogram(page)).toHaveAccessibleName('Claims by week, week of 2018-05-28 – week of 2018-09-24');

    await dragAcross(page, 2, 5);
    await expectUrlParam(page, 'from', '2018-06-11');
    await expectUrlParam(page, 'to', '2018-07-08');
    await expect(page.getByTestId('time-window')).toHaveText(/^2018-06-11 – 2018-07-08 · [\d,]+ of [\d,]+ dated claims$/);
    await expect(viewSummary(page)).not.toHaveText(allTime);
    await expect(viewSummary(page)).toContainText('filters hide');
    // The Filters panel says the same dates.
    await openFilterGroups(page);
    await expect(filtersPanel(page).getByRole('textbox', { name: 'From' })).toHaveValue('2018-06-11');
    await expect(filtersPanel(page).getByRole('textbox', { name: 'To' })).toHaveValue('2018-07-08');
    // Fewer claims, other sizes: actors are as large as their lines in the window.
    await expect.poll(async () => JSON.stringify((await drawing(page)).sizes)).not.toBe(JSON.stringify(before.sizes));
    const windowed = await drawing(page);
    expect(Number(windowed.edges)).toBeLessThan(Number(before.edges));

    // On the keyboard: an arrow moves the window a week, Shift and an arrow makes it a week longer.
    await timeWindow(page).focus();
    await page.keyboard.press('ArrowRight');
    await expectUrlParam(page, 'from', '2018-06-18');
    await page.keyboard.press('Shift+ArrowRight');
    await expectUrlParam(page, 'to', '2018-07-22');
    await expect(timeWindow(page)).toHaveAttribute('aria-valuetext', 'week of 2018-06-18 – week of 2018-07-16');
    const moved = await settledSummary(page);

    // The link a colleague opens shows the same window, the same counts, the same picture.
    const link = page.url();
    const colleague = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const other = await colleague.newPage();
    await openApp(other, link, SLOW);
    await expect(viewSummary(other)).toHaveText(moved);
    await expect(timeWindow(other)).toHaveAttribute('aria-valuetext', 'week of 2018-06-18 – week of 2018-07-16');
    const reopened = await drawing(other);
    const shown = await drawing(page);
    expect({ nodes: reopened.nodes, edges: reopened.edges, sizes: reopened.sizes }).toEqual({ nodes: shown.nodes, edges: shown.edges, sizes: shown.sizes });
    await colleague.close();

    // Escape shows all time again.
    await timeWindow(page).focus();
    await page.keyboard.press('Escape');
    await expectUrlParam(page, 'from', null);
    await expect(viewSummary(page)).toHaveText(allTime);
  });

  test('play steps the window through time, a week at a time, until paused', async ({ page }) => {
    test.setTimeout(120_000);
    await openApp(page, '/?from=2018-06-04&to=2018-06-10', SLOW);
    await drawing(page);
    const summaries = new Set([await settledSummary(page)]);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    await expectUrlParam(page, 'from', '2018-06-11');
    summaries.add(await settledSummary(page));
    await expectUrlParam(page, 'from', '2018-06-18');
    summaries.add(await settledSummary(page));
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
    const pausedAt = new URL(page.url()).searchParams.get('from');
    await page.waitForTimeout(2_000);
    expect(new URL(page.url()).searchParams.get('from')).toBe(pausedAt);
    // Each week drew other counts.
    expect(summaries.size).toBeGreaterThanOrEqual(3);
  });

  test('the analyst chooses the bars, and the link keeps the choice', async ({ page }) => {
    test.setTimeout(120_000);
    await openApp(page, '/', SLOW);
    await page.getByTestId('time-bar').getByRole('combobox', { name: 'Bars' }).selectOption('day');
    await expectUrlParam(page, 'bin', 'day');
    await expect(histogram(page)).toHaveAttribute('data-bin', 'day');
    await expect(histogram(page)).toHaveAttribute('data-bins', '120');
    await page.reload();
    await expect(histogram(page)).toHaveAttribute('data-bins', '120', SLOW);
    await expect(page.getByTestId('time-bar').getByRole('combobox', { name: 'Bars' })).toHaveValue('day');
  });
});
