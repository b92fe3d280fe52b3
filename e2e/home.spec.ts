import { expect, test } from '@playwright/test';
import { actorsTable, openApp, rowHeader, tiesTable, viewSummary, viewTable } from './support';

test.describe('the first page', () => {
  test('shows the demo graph, drawn and listed', async ({ page }) => {
    await openApp(page);
    await expect(viewSummary(page)).toHaveText('11 actors, 14 ties, 2 meetings');

    const view = await viewTable(page);
    await expect(view.getByTestId('view-table-summary')).toHaveText('11 actors, 14 ties, 2 meetings');
    const actors = actorsTable(view);
    await expect(rowHeader(actors, 'Turkey')).toBeVisible();
    await expect(rowHeader(actors, 'Hamas')).toBeVisible();
    await expect(rowHeader(tiesTable(view), 'Israel assassinated Ismail Haniyeh')).toBeVisible();

    // Cytoscape draws on canvases inside the graph container once it has laid the graph out.
    await expect(page.getByTestId('graph-canvas').locator('canvas').first()).toBeVisible();
    await expect(page.getByText(/Database connected · 11 actors/)).toBeVisible();
  });

  test('has a legend for kinds and tie families, the families being structure and the four quad classes', async ({ page }) => {
    await page.goto('/');
    const legend = page.getByRole('region', { name: 'Legend' });
    const families = ['Structure tie', 'Verbal cooperation tie', 'Material cooperation tie', 'Verbal conflict tie', 'Material conflict tie'];
    for (const entry of ['State', 'Organisation', 'Agency', 'Person', 'Meeting', ...families]) {
      await expect(legend.getByText(entry, { exact: true })).toBeVisible();
    }
  });

  test('hydrates what the server drew: no page error, and a link clicked at once is followed', async ({ page }) => {
    // A mismatch makes React throw the server's HTML away and draw again, losing a click made meanwhile.
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await expect(page).toHaveURL(/\/import$/);
    await page.goBack();
    await expect(viewSummary(page)).toHaveText('11 actors, 14 ties, 2 meetings');
    expect(pageErrors).toEqual([]);
  });

  test('the health API reports the database', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up', actors: 11 } });
  });
});
