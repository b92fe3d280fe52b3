import { expect, test } from '@playwright/test';
import type { Driver } from 'neo4j-driver';
import { createTestDriver, resetToDemoData } from '../db/testing/database';
import { DEMO_SOURCE } from '../db/seed/demo';
import { storageStateOf } from './global-setup';
import { detailsHeading, expectUrlParam, openApp, openTab, seedRecords, tabPanel } from './support';

/** "Changes since": a tie added after the moment is listed and marked on the canvas; one added before is not. */

const SOURCE = { id: DEMO_SOURCE.id, title: DEMO_SOURCE.title, reliability: DEMO_SOURCE.reliability };
const VIEW = '/?a=turkey,israel,qatar,hamas';
const SLOW = { timeout: 60_000 };
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

test.describe('changes since a moment', () => {
  let driver: Driver;
  let moment: string;

  test.beforeAll(async () => {
    driver = createTestDriver();
    await resetToDemoData(driver);
    await seedRecords({
      sources: [SOURCE],
      ties: [{ id: 'e2e-added-before', type: 'CRITICIZES', subjectId: 'turkey', objectId: 'israel', confidence: 'low', since: '2024-08-01', until: '2024-08-01', sourceId: SOURCE.id, quote: 'Turquie', credibility: 6 }],
    });
    await pause();
    moment = new Date().toISOString();
    await pause();
    await seedRecords({
      sources: [SOURCE],
      ties: [{ id: 'e2e-added-after', type: 'SUPPORTS', subjectId: 'qatar', objectId: 'hamas', confidence: 'low', since: '2024-08-02', until: '2024-08-02', sourceId: SOURCE.id, quote: 'le Qatar', credibility: 6 }],
    });
  });

  test.afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
  });

  test('lists and marks the tie added after the moment, not the one added before, and the link reopens it', async ({ page, browser }) => {
    test.setTimeout(120_000);
    await openApp(page, VIEW, SLOW);
    const panel = await openTab(page, 'Changes');
    await panel.getByRole('textbox', { name: 'Changes since' }).fill(moment);
    await panel.getByRole('button', { name: 'Show' }).click();
    await expectUrlParam(page, 'since', moment);

    const listed = panel.getByRole('list', { name: /records? changed since/ });
    await expect(listed.getByRole('listitem')).toHaveCount(1);
    await expect(listed.getByRole('listitem')).toContainText('Added tie Qatar supports Hamas');
    await expect(listed.getByRole('listitem')).toContainText('by Test Editor');
    await expect(panel.getByText('Turkey criticizes Israel')).toHaveCount(0);
    // On the canvas: the one line that holds it, and nothing else.
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-drawn-added', '1');
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-drawn-edited', '0');
    await expect(page.getByTestId('changes-marked')).toHaveText(/^Marked on the canvas: 1 added element/);

    // Opened from the list, the tie shows in Details.
    await listed.getByRole('button', { name: 'Qatar supports Hamas' }).click();
    await expect(detailsHeading(page)).toContainText('Qatar');

    // A colleague's link opens on the Changes tab when nothing is selected, with the same list and marks.
    const colleague = await browser.newContext({ storageState: storageStateOf('viewer') });
    const other = await colleague.newPage();
    await openApp(other, `${VIEW}&since=${encodeURIComponent(moment)}`, SLOW);
    await expect(tabPanel(other).getByRole('list', { name: /changed since/ }).getByRole('listitem')).toHaveText([/Qatar supports Hamas/]);
    await expect(other.getByTestId('graph-canvas')).toHaveAttribute('data-drawn-added', '1');
    await colleague.close();
  });

  test('from a day before both, lists both ties; a date it cannot read is said at the field', async ({ page }) => {
    test.setTimeout(90_000);
    await openApp(page, VIEW, SLOW);
    const panel = await openTab(page, 'Changes');
    const field = panel.getByRole('textbox', { name: 'Changes since' });
    await field.fill('2024-13-01');
    await panel.getByRole('button', { name: 'Show' }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByText('A day as YYYY-MM-DD or a moment as 2025-01-05T10:22:00Z')).toBeVisible();

    const yesterday = new Date(Date.parse(moment) - 86_400_000).toISOString().slice(0, 10);
    await field.fill(yesterday);
    await field.press('Enter');
    await expectUrlParam(page, 'since', yesterday);
    const listed = panel.getByRole('list', { name: /changed since/ });
    await expect(listed.getByText('Qatar supports Hamas')).toBeVisible();
    await expect(listed.getByText('Turkey criticizes Israel')).toBeVisible();
    await panel.getByRole('button', { name: 'Stop marking changes' }).click();
    await expectUrlParam(page, 'since', null);
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-drawn-added', '0');
  });
});
