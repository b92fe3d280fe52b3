import { expect, test } from '@playwright/test';
import type { Driver } from 'neo4j-driver';
import { createTestDriver, resetToDemoData } from '../db/testing/database';
import { actorsTable, detailsHeading, openApp, rowHeader, seedRecords, tabPanel, viewSummary, viewTable } from './support';

/**
 * A view of 1,500 actors: its full link (about 31 KB) is past Node's 16 KB request-head limit, so the address bar
 * holds `/?view=<id>` instead, and that link opens the same view.
 */

const LEAVES = 749;
const hubs = [
  { id: 'e2e-long-view-hub-a', name: 'E2E Long Hub A', prefix: 'e2e-long-view-a-' },
  { id: 'e2e-long-view-hub-b', name: 'E2E Long Hub B', prefix: 'e2e-long-view-b-' },
];
const leafIds = (prefix: string) => Array.from({ length: LEAVES }, (_, index) => `${prefix}${String(index + 1).padStart(4, '0')}`);

test.describe('a view of 1,500 actors', () => {
  let driver: Driver;

  test.beforeAll(async () => {
    driver = createTestDriver();
    await seedRecords({
      sources: [{ id: 'e2e-long-view-source', title: 'E2E long view', reliability: 'C' }],
      actors: hubs.flatMap((hub) => [
        { id: hub.id, name: hub.name, kind: 'organization' as const },
        ...leafIds(hub.prefix).map((leafId) => ({ id: leafId, name: `E2E ${leafId}`, kind: 'person' as const })),
      ]),
      ties: hubs.flatMap((hub) =>
        leafIds(hub.prefix).map((leafId) => ({
          id: `${hub.id}-supports-${leafId}`,
          type: 'SUPPORTS',
          subjectId: hub.id,
          objectId: leafId,
          confidence: 'low' as const,
          sourceId: 'e2e-long-view-source',
          quote: 'q',
        })),
      ),
    });
  });

  test.afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
  });

  test('keeps a working short link in the address bar, and the link opens the same actors', async ({ page }) => {
    test.setTimeout(240_000);
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 431) refused.push(response.url().slice(0, 120));
    });
    const [a, b] = hubs as [(typeof hubs)[0], (typeof hubs)[0]];
    await openApp(page, `/?a=${a.id},${b.id}&sel=actor:${a.id}`);
    await expect(viewSummary(page)).toHaveText('2 actors, 0 ties, 0 meetings');

    const addAll = async (hubName: string) => {
      await expect(detailsHeading(page)).toHaveText(hubName);
      const expand = tabPanel(page).getByRole('region', { name: `Neighbours of ${hubName}` });
      await expand.getByRole('button', { name: `Add all ${LEAVES}` }).click({ timeout: 20_000 });
    };
    await addAll(a.name);
    await expect(viewSummary(page)).toHaveText(`${LEAVES + 2} actors, ${LEAVES} ties, 0 meetings`, { timeout: 60_000 });
    // Past 6,000 characters the address bar holds a short link, not the view's full query.
    await expect.poll(() => new URL(page.url()).search, { timeout: 20_000 }).toMatch(/^\?view=[A-Za-z0-9_-]{16}$/);
    const afterOneHub = page.url();

    await rowHeader(actorsTable(await viewTable(page)), b.name).getByRole('button').click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await addAll(b.name);
    const everyone = `${2 * LEAVES + 2} actors, ${2 * LEAVES} ties, 0 meetings`;
    await expect(viewSummary(page)).toHaveText(everyone, { timeout: 90_000 });
    // Every change writes the link again: another view, another id.
    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toBe(afterOneHub);
    const link = new URL(page.url());
    expect(link.pathname + link.search).toMatch(/^\/\?view=[A-Za-z0-9_-]{16}$/);

    // Opened again (as a colleague would), the link shows the same actors, with the same one selected.
    const opened = await page.goto(link.href);
    expect(opened?.status()).toBe(200);
    await expect(viewSummary(page)).toHaveText(everyone, { timeout: 90_000 });
    await expect(detailsHeading(page)).toHaveText(b.name);
    expect(new URL(page.url()).search).toBe(link.search);
    const actors = actorsTable(await viewTable(page));
    await expect(actors.getByRole('rowheader')).toHaveCount(2 * LEAVES + 2);
    await expect(rowHeader(actors, `E2E ${leafIds(a.prefix).at(-1)}`)).toBeVisible();
    expect(refused).toEqual([]);
  });

  test('an unknown short id opens the overview and says so', async ({ page }) => {
    const opened = await page.goto('/?view=AAAAAAAAAAAAAAAA');
    expect(opened?.status()).toBe(200);
    await expect(page.getByText(/no stored view has the id "AAAAAAAAAAAAAAAA"/)).toBeVisible();
    await expect(viewSummary(page)).toHaveText(/^\d+ actors, /);
    // The address bar no longer claims a view it cannot show.
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });
});
