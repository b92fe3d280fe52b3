import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createTestDriver, resetToDemoData } from '../db/testing/database';
import { apiHeaders } from './authoring-helpers';
import { openApp } from './support';

test.use({ viewport: { width: 1400, height: 900 } });

test('screenshots of the time bar', async ({ page, request, baseURL }) => {
  test.setTimeout(600_000);
  await openApp(page, '/', { timeout: 60_000 });
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout-done', /\d+/, { timeout: 60_000 });
  await page.screenshot({ path: '/tmp/shot-demo.png' });
  await openApp(page, '/?since=2020-01-01', { timeout: 60_000 });
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout-done', /\d+/, { timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shot-demo-changes.png' });
  const response = await request.post('/api/import?format=icews&dryRun=false', {
    headers: { ...apiHeaders(baseURL!), 'Content-Type': 'text/tab-separated-values' },
    data: readFileSync('/tmp/icews-timebar-10000.tsv', 'utf8'),
    timeout: 300_000,
  });
  console.log('import', response.status(), (await response.text()).slice(0, 300));
  await openApp(page, '/', { timeout: 120_000 });
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout-done', /\d+/, { timeout: 120_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shot-dense.png' });
  await page.getByTestId('time-bar').screenshot({ path: '/tmp/shot-dense-bar.png' });
  await openApp(page, '/?from=2024-06-03&to=2024-07-28', { timeout: 120_000 });
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout-done', /\d+/, { timeout: 120_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shot-dense-window.png' });
  await openApp(page, '/?bin=day', { timeout: 120_000 });
  await page.getByTestId('time-bar').screenshot({ path: '/tmp/shot-dense-days.png' });
  const driver = createTestDriver();
  await resetToDemoData(driver);
  await driver.close();
});
