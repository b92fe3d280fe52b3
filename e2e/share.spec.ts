import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import sharp from 'sharp';
import { createTestDriver, resetToDemoData, runCypher } from '../db/testing/database';
import { storageStateOf } from './global-setup';
import {
  actorsTable,
  detailsHeading,
  filtersPanel,
  openApp,
  openFilterGroups,
  rowHeader,
  searchBox,
  tiesTable,
  viewSummary,
  viewTable,
} from './support';
import { apiHeaders } from './authoring-helpers';

/** Opens a toolbar menu (a disclosure: a second click would close it again). */
async function openMenu(page: Page, name: 'Share' | 'Export') {
  const menu = page.getByRole('group', { name: `${name} this view` });
  if (!(await menu.isVisible())) await page.getByRole('toolbar', { name: 'Graph view' }).getByText(name, { exact: true }).click();
  await expect(menu).toBeVisible();
  return menu;
}

type Positions = Record<string, { x: number; y: number }>;

/** The picture as drawn, read from the Cytoscape instance once it has settled: each node's position and the box of all. */
async function drawnPicture(page: Page): Promise<{ positions: Positions; box: { x1: number; y1: number; w: number; h: number } }> {
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-layout-done', /\d+/);
  return canvas.evaluate((container) => {
    const cy = (container as HTMLElement & { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
    const { x1, y1, w, h } = cy.elements().boundingBox();
    return { positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), node.position()])), box: { x1, y1, w, h } };
  });
}

async function download(page: Page, linkName: string | RegExp): Promise<string> {
  const menu = await openMenu(page, 'Export');
  const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('link', { name: linkName }).click()]);
  return readFile((await file.path())!, 'utf8');
}

test.describe('sharing a view', () => {
  const driver = createTestDriver();
  test.afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
  });

  test('a live link opened in a fresh browser shows the same actors, ties, filters and selection', async ({ page, browser }) => {
    await openApp(page, '/?a=israel');
    await searchBox(page).fill('haniye');
    await searchBox(page).press('Enter');
    await expect(detailsHeading(page)).toHaveText('Ismail Haniyeh');
    await searchBox(page).fill('hamas');
    await searchBox(page).press('Enter');
    await expect(detailsHeading(page)).toHaveText('Hamas');
    await openFilterGroups(page);
    await filtersPanel(page).getByRole('checkbox', { name: 'negotiates with' }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('types')).toContain('LEADS');
    await expect(viewSummary(page)).toContainText('3 actors, 2 ties');
    const link = page.url();

    const colleague = await browser.newContext();
    const other = await colleague.newPage();
    await openApp(other, link);
    await expect(viewSummary(other)).toContainText('3 actors, 2 ties');
    await expect(detailsHeading(other)).toHaveText('Hamas');
    await expect(filtersPanel(other).getByRole('checkbox', { name: 'negotiates with' })).not.toBeChecked();
    const region = await viewTable(other);
    for (const name of ['Israel', 'Ismail Haniyeh', 'Hamas']) await expect(rowHeader(actorsTable(region), name)).toBeVisible();
    await expect(rowHeader(tiesTable(region), 'Israel assassinated Ismail Haniyeh')).toBeVisible();
    await expect(rowHeader(tiesTable(region), 'Israel negotiates with Hamas')).toHaveCount(0);
    await colleague.close();
  });

  test('a link with stale or garbled parts loads the rest and says what it dropped', async ({ page }) => {
    await openApp(page, '/?a=turkey,no-such-actor,Bad!&kinds=state,planet&rel=Z');
    await expect(page.getByText(/Part of this link could not be used/)).toContainText('actor id "Bad!" is not valid');
    await expect(page.getByText(/Part of this link could not be used/)).toContainText('no-such-actor');
    await expect(viewSummary(page)).toContainText('1 actor');
    const region = await viewTable(page);
    await expect(rowHeader(actorsTable(region), 'Turkey')).toBeVisible();
  });

  test('a snapshot keeps the picture and its content after the graph changes, and says what changed', async ({ page }) => {
    await openApp(page, '/?a=israel,ismail-haniyeh,hamas');
    await expect(viewSummary(page)).toContainText('3 actors, 3 ties');
    const { positions: drawnLive } = await drawnPicture(page);
    const menu = await openMenu(page, 'Share');
    await menu.getByRole('button', { name: 'Share this exact picture' }).click();
    const snapshotUrl = await menu.getByLabel('Snapshot link').inputValue();
    expect(snapshotUrl).toMatch(/\/v\/[A-Za-z0-9_-]{10}$/);
    const stored = await page.request.get(`/api/snapshots/${snapshotUrl.split('/v/')[1]}`);
    expect(stored.status()).toBe(200);
    const { positions } = (await stored.json()) as { positions: Positions };
    expect(Object.keys(positions).length).toBeGreaterThanOrEqual(3);
    expect(positions).toEqual(drawnLive);

    await runCypher(driver, "MATCH (r:Tie {id: 'israel-assassinates-ismail-haniyeh'}) SET r.deletedAt = '2026-11-29T00:00:00Z'");
    await page.goto(snapshotUrl);
    await expect(page.getByTestId('snapshot-summary')).toHaveText('3 actors, 3 ties, 1 meeting');
    await expect(page.getByText('Changed since: 1 tie removed.')).toBeVisible();
    // Drawn where it was taken, not laid out again.
    expect((await drawnPicture(page)).positions).toEqual(positions);
    const ties = page.getByRole('table', { name: 'Ties' });
    await ties.getByRole('button', { name: 'Israel assassinated Ismail Haniyeh' }).click();
    await expect(page.getByText("L'assassinat par Israël du président du bureau politique du Hamas")).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the live view' })).toHaveAttribute('href', '/?a=israel,ismail-haniyeh,hamas');
    await resetToDemoData(driver);
  });

  test('a copy the browser refuses says so, and leaves the snapshot link selected to copy by hand', async ({ page }) => {
    // As a browser without clipboard permission (or outside a secure context) answers writeText.
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await openApp(page, '/?a=israel,hamas');
    const menu = await openMenu(page, 'Share');
    await menu.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect(menu.getByRole('alert')).toHaveText('Copy failed: copy the address from the browser’s address bar instead.');

    await menu.getByRole('button', { name: 'Share this exact picture' }).click();
    const link = menu.getByLabel('Snapshot link');
    await expect(link).toHaveValue(/\/v\/[A-Za-z0-9_-]{10}$/);
    await menu.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(menu.getByRole('alert')).toHaveText('Copy failed: the link above is selected; copy it with Ctrl+C (⌘C on a Mac).');
    await expect(link).toBeFocused();
    const selected = await link.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
    expect(selected).toBe(await link.inputValue());
  });

  test('a snapshot keeps the selection: the chosen tie and its quote show when it is opened', async ({ page }) => {
    await openApp(page, '/?a=israel,ismail-haniyeh,hamas&sel=tie:israel-assassinates-ismail-haniyeh');
    await expect(viewSummary(page)).toContainText('3 actors, 3 ties');
    const menu = await openMenu(page, 'Share');
    await menu.getByRole('button', { name: 'Share this exact picture' }).click();
    const snapshotUrl = await menu.getByLabel('Snapshot link').inputValue();

    await page.goto(snapshotUrl);
    await expect(page.getByRole('heading', { name: 'assassinated' })).toBeVisible();
    await expect(page.getByText("L'assassinat par Israël du président du bureau politique du Hamas")).toBeVisible();
  });

  test('the user who took a snapshot deletes it from its page; someone else sees no Delete, and the link then shows nothing', async ({ page, browser }) => {
    await openApp(page, '/?a=israel,hamas');
    const menu = await openMenu(page, 'Share');
    await menu.getByRole('button', { name: 'Share this exact picture' }).click();
    const snapshotUrl = await menu.getByLabel('Snapshot link').inputValue();

    const viewer = await browser.newContext({ storageState: storageStateOf('viewer') });
    const colleague = await viewer.newPage();
    await colleague.goto(snapshotUrl);
    await expect(colleague.getByTestId('snapshot-summary')).toBeVisible();
    await expect(colleague.getByRole('button', { name: 'Delete this snapshot' })).toHaveCount(0);

    await page.goto(snapshotUrl);
    await page.getByRole('button', { name: 'Delete this snapshot' }).click();
    const confirm = page.getByRole('region', { name: 'Delete this snapshot' });
    await expect(confirm).toContainText('cannot be brought back');
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'This snapshot does not exist', level: 1 })).toBeVisible();
    await expect(page.getByText('Whoever took it may have deleted it')).toBeVisible();
    expect((await colleague.goto(snapshotUrl))?.status()).toBe(404);
    await viewer.close();
  });

  test('the account page lists the snapshots one keeps, opens them, and deletes one', async ({ page }) => {
    await openApp(page, '/?a=turkey,qatar');
    const menu = await openMenu(page, 'Share');
    await menu.getByRole('button', { name: 'Share this exact picture' }).click();
    const snapshotUrl = await menu.getByLabel('Snapshot link').inputValue();
    const id = new URL(snapshotUrl).pathname.split('/').at(-1)!;

    await page.goto('/account');
    const listed = page.locator(`a[href="/v/${id}"]`);
    await expect(listed).toHaveText(/^Snapshot: (?=.*Turkey)(?=.*Qatar)/);
    const title = (await listed.textContent())!;
    await page.getByRole('button', { name: `Delete “${title}”` }).click();
    await page.getByRole('region', { name: `Delete “${title}”` }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(listed).toHaveCount(0);
    expect((await page.goto(snapshotUrl))?.status()).toBe(404);
  });

  test('an unknown snapshot says what happened and leads back to the graph', async ({ page }) => {
    const response = await page.goto('/v/AAAAAAAAAA');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'This snapshot does not exist', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the graph' }).click();
    await expect(viewSummary(page)).toContainText('11 actors');
  });

  test('exports parse back: JSON with citations, GraphML, CSV tables, and a PNG picture', async ({ page }) => {
    await openApp(page, '/?a=israel,ismail-haniyeh,hamas&kinds=state,organization,person');
    await expect(viewSummary(page)).toContainText('3 actors, 3 ties');

    const bundle = JSON.parse(await download(page, 'Data with citations (JSON)'));
    expect(bundle.actors).toHaveLength(3);
    expect(bundle.ties).toHaveLength(3);
    expect(bundle.sources[0].title).toContain('La Turquie était active');
    expect(bundle.ties.every((tie: { citations: unknown[] }) => tie.citations.length > 0)).toBe(true);

    const graphml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(await download(page, 'Graph for Gephi (GraphML)'));
    const nodes = [graphml.graphml.graph.node].flat();
    expect(nodes.filter((node: { id: string }) => node.id.startsWith('actor:'))).toHaveLength(3);

    const citations = Papa.parse<Record<string, string>>(await download(page, 'Table of citations (CSV)'), { header: true, skipEmptyLines: true });
    expect(citations.errors).toEqual([]);
    expect(citations.data.some((row) => row.quote?.startsWith("L'assassinat par Israël"))).toBe(true);
    expect(citations.data.every((row) => row.source_title?.includes('La Turquie'))).toBe(true);

    // Where the graph is in the picture: the export is the whole graph's bounding box at twice its size.
    const { positions, box } = await drawnPicture(page);
    const menu = await openMenu(page, 'Export');
    const [png] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Picture (PNG)' }).click()]);
    const { data, info } = await sharp(await readFile((await png.path())!)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBeGreaterThanOrEqual(200);
    expect(info.height).toBeGreaterThanOrEqual(100);
    expect(Math.abs(info.width - 2 * box.w)).toBeLessThanOrEqual(4);
    expect(Math.abs(info.height - 2 * box.h)).toBeLessThanOrEqual(4);
    // Each node is a filled shape on the white background: the picture is in colour at its centre.
    const centres = Object.values(positions);
    expect(centres.length).toBeGreaterThanOrEqual(3);
    for (const { x, y } of centres) {
      const at = (Math.round(2 * (y - box.y1)) * info.width + Math.round(2 * (x - box.x1))) * info.channels;
      expect(Math.min(data[at]!, data[at + 1]!, data[at + 2]!)).toBeLessThan(230);
    }
  });

  test('a shared link carries a title, a description and a preview picture', async ({ page, request }) => {
    await page.goto('/?a=israel,hamas');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Israel/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /2 actors/);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const response = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  });

  test('preview pictures of names in Arabic, Hebrew, Cyrillic and with a flag emoji are drawn by the server', async ({ page, request, baseURL }) => {
    const names = [
      { id: 'turkey', name: '🇹🇷 Türkiye' },
      { id: 'hamas', name: 'حركة المقاومة الإسلامية' },
      { id: 'israel', name: 'מדינת ישראל' },
      { id: 'qatar', name: 'Государство Катар' },
    ];
    await runCypher(driver, 'UNWIND $names AS renamed MATCH (actor:Actor {id: renamed.id}) SET actor.name = renamed.name', { names });
    const view = `?a=${names.map(({ id }) => id).join(',')}`;
    // The flag is Twemoji's picture (its red), found on disk by the running server; nothing else in the picture is red.
    const flagRed = async (png: Buffer) => {
      const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      let count = 0;
      for (let at = 0; at < data.length; at += 3) if (data[at]! > 180 && data[at + 1]! < 40 && data[at + 2]! < 60) count++;
      return count;
    };

    const live = await request.get(`/api/preview${view}`);
    expect(live.status()).toBe(200);
    expect(live.headers()['content-type']).toBe('image/png');
    expect(await flagRed(await live.body())).toBeGreaterThan(100);

    const created = await request.post('/api/snapshots', {
      headers: { ...apiHeaders(baseURL!), 'Content-Type': 'application/json' },
      data: { view, positions: {}, zoom: 1, pan: { x: 0, y: 0 } },
    });
    expect(created.status()).toBe(201);
    await page.goto((await created.json()).url);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const snapshot = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(snapshot.status()).toBe(200);
    expect(snapshot.headers()['content-type']).toBe('image/png');
    expect(await flagRed(await snapshot.body())).toBeGreaterThan(100);
    await resetToDemoData(driver);
  });
});
