import { expect, request, type APIRequestContext, type JSHandle, type Locator, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { eventLikeExport, type EventLikeOptions } from '../db/testing/event-like';
import { parleyExport, type SeedRecords } from '../db/testing/parley-file';
import { apiHeaders } from './authoring-helpers';
import { BASE_URL } from './playwright.config';

/**
 * Small helpers shared by the specs: find what a user sees by role and label, and seed extra records (through the
 * app's import) for the cases the demo data cannot show.
 */

export type TabName = 'Details' | 'Paths' | 'Analysis' | 'Meetings' | 'Changes' | 'Table';

/**
 * Opens a page of the app and waits until React has hydrated it: the graph canvas is drawn in the browser only,
 * so once it is there, clicks and typing reach React (before that, a click on a tab would be lost).
 */
export async function openApp(page: Page, url = '/', { timeout = 20_000 } = {}): Promise<void> {
  await page.goto(url);
  // The first load also fetches the Cytoscape chunk: allow it more than a web-first assertion's usual wait.
  await expect(page.getByTestId('graph-canvas')).toBeAttached({ timeout });
}

export function leftPane(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Search and filters' });
}

export function rightPane(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Details, paths, analysis, meetings, changes and table' });
}

export function tab(page: Page, name: TabName): Locator {
  return rightPane(page).getByRole('tab', { name, exact: true });
}

/** The panel of the open tab (only the open one is rendered). */
export function tabPanel(page: Page): Locator {
  return rightPane(page).getByRole('tabpanel');
}

export async function openTab(page: Page, name: TabName): Promise<Locator> {
  await tab(page, name).click();
  await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
  return rightPane(page).getByRole('tabpanel', { name });
}

/** The toolbar's count of what the view shows, e.g. "11 actors, 14 ties, 2 meetings · filters hide 2 ties". */
export function viewSummary(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Graph view' }).getByTestId('view-summary');
}

/** The header's database status, "Database connected · 11 actors": the number of actors it counts. */
export async function headerActorCount(page: Page): Promise<number> {
  const status = page.getByText(/^Database connected · \d+ actors$/);
  return Number((await status.textContent())?.match(/\d+/)?.[0]);
}

/**
 * The header counts `count` actors soon after a write: well within the 15 s at which the status polls on its own,
 * so that the count is the one the write's invalidation fetched.
 */
export async function expectHeaderActorCount(page: Page, count: number): Promise<void> {
  await expect(page.getByText(`Database connected · ${count} actors`, { exact: true })).toBeVisible({ timeout: 4_000 });
}

/** Opens the Table tab and answers its region, "In this view". */
export async function viewTable(page: Page): Promise<Locator> {
  const panel = await openTab(page, 'Table');
  const region = panel.getByRole('region', { name: 'In this view' });
  await expect(region).toBeVisible();
  return region;
}

export function actorsTable(region: Locator): Locator {
  return region.getByRole('table', { name: 'Actors' });
}

export function tiesTable(region: Locator): Locator {
  return region.getByRole('table', { name: 'Ties' });
}

export function meetingsTable(region: Locator): Locator {
  return region.getByRole('table', { name: 'Meetings' });
}

/** The row header (a button) of one row of a view table. */
export function rowHeader(table: Locator, name: string): Locator {
  return table.getByRole('rowheader', { name, exact: true });
}

/** The heading of what the Details tab shows. */
export function detailsHeading(page: Page): Locator {
  return rightPane(page).getByRole('tabpanel', { name: 'Details' }).getByRole('heading', { level: 2 });
}

export function searchBox(page: Page): Locator {
  return leftPane(page).getByRole('combobox', { name: 'Find an actor' });
}

export function filtersPanel(page: Page): Locator {
  return leftPane(page).getByRole('region', { name: 'Filters' });
}

/** Opens every folded group of the filters (they start closed unless they hide something), as a click on each summary would. */
export async function openFilterGroups(page: Page): Promise<void> {
  const closed = filtersPanel(page).locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Waits until the address bar carries `name=value` (the view is mirrored into the URL after each change). */
export async function expectUrlParam(page: Page, name: string, value: string | null): Promise<void> {
  await expect.poll(() => new URL(page.url()).searchParams.get(name), { message: `URL parameter ${name}` }).toBe(value);
}

/** Presses Tab (Shift+Tab when `backwards`) until `target` has the focus, as a keyboard user would. */
export async function tabUntilFocused(page: Page, target: Locator, { backwards = false, maxPresses = 120 } = {}): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `not reached within ${maxPresses} presses of Tab`).toBeFocused();
}

// --- Seeding extra records -----------------------------------------------------------------------------------

/**
 * Writes records as the app writes an import: a Parley export posted to `/api/import` as the editor, which the bulk
 * loader stores under the ids it gives, with their revisions and the actors' degrees. Fails unless every record
 * of the file was stored.
 */
export async function seedRecords(records: SeedRecords): Promise<void> {
  const api = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: apiHeaders(BASE_URL) });
  try {
    const response = await api.post('/api/import?format=parley-json&dryRun=false', { data: parleyExport(records), headers: { 'Content-Type': 'application/json' } });
    const report = (await response.json()) as { errors?: unknown[]; skipped?: unknown[] };
    expect(response.status(), JSON.stringify(report)).toBe(200);
    expect({ errors: report.errors, skipped: report.skipped }).toEqual({ errors: [], skipped: [] });
  } finally {
    await api.dispose();
  }
}

/** Imports event-like data (db/testing/event-like) through the app, as the editor; answers how many of each it created. */
export async function importEventLike(api: APIRequestContext, baseURL: string, options: EventLikeOptions = {}): Promise<Record<string, number>> {
  const response = await api.post('/api/import?format=parley-json&dryRun=false', {
    headers: { ...apiHeaders(baseURL), 'Content-Type': 'application/json' },
    data: eventLikeExport(options),
    timeout: 120_000,
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { created: Record<string, number> }).created;
}

/** The Cytoscape instance the canvas draws with (its container holds it as `_cyreg.cy`), to read the drawing in the browser. */
export function drawnGraph(page: Page): Promise<JSHandle<Core>> {
  return page.getByTestId('graph-canvas').evaluateHandle((container) => (container as HTMLElement & { _cyreg: { cy: Core } })._cyreg.cy);
}
