import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Driver } from 'neo4j-driver';
import { createTestDriver, resetToDemoData } from '../db/testing/database';
import { detailsHeading, expectUrlParam, meetingsTable, openApp, openTab, rowHeader, seedRecords, viewSummary, viewTable } from './support';

const KALIN_HANIYEH = 'Kalın–Haniyeh meetings';
const MULTILATERAL = 'Multilateral intelligence diplomacy on a Gaza ceasefire';
const DOHA = 'E2E Doha ceasefire talks';
const CAIRO = 'E2E Cairo security talks';

function undated(panel: Locator): Locator {
  return panel.getByRole('region', { name: 'Undated' });
}

function dated(panel: Locator): Locator {
  return panel.getByRole('list', { name: 'Dated meetings' });
}

function dateField(panel: Locator, name: 'From' | 'To'): Locator {
  return panel.getByRole('group', { name: 'Meeting filters' }).getByRole('textbox', { name, exact: true });
}

async function openTimeline(page: Page, url = '/'): Promise<Locator> {
  await openApp(page, url);
  const panel = await openTab(page, 'Meetings');
  await expect(panel.getByRole('heading', { name: 'Meetings', level: 2 })).toBeVisible();
  return panel;
}

test.describe('the meetings timeline', () => {
  let driver: Driver;

  test.beforeAll(async () => {
    driver = createTestDriver();
    // Created later-first, so that date order cannot come from the order of creation.
    await seedRecords({
      sources: [{ id: 'e2e-timeline-source', title: 'E2E timeline source', reliability: 'C' }],
      meetings: [
        {
          id: 'e2e-doha-talks',
          title: DOHA,
          kind: 'negotiation',
          date: '2024-08-15',
          participants: [
            { actorId: 'qatar', role: 'host' },
            { actorId: 'hamas', role: 'party' },
          ],
          sourceId: 'e2e-timeline-source',
          quote: 'Talks were held in Doha.',
        },
        {
          id: 'e2e-cairo-talks',
          title: CAIRO,
          kind: 'mediation',
          date: '2024-05',
          participants: [
            { actorId: 'egypt', role: 'mediator' },
            { actorId: 'israel', role: 'party' },
          ],
          sourceId: 'e2e-timeline-source',
          quote: 'Talks were held in Cairo.',
        },
      ],
    });
  });

  test.afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
  });

  test('lists dated meetings in date order and the undated demo meetings apart', async ({ page }) => {
    const panel = await openTimeline(page);
    await expect(dated(panel).getByRole('listitem')).toHaveCount(2);
    await expect(dated(panel).getByRole('listitem').nth(0)).toContainText(`2024-05Mediation${CAIRO}`);
    await expect(dated(panel).getByRole('listitem').nth(1)).toContainText(`2024-08-15Negotiation round${DOHA}`);

    await expect(undated(panel).getByText('The source gives no date for these meetings.')).toBeVisible();
    const undatedItems = undated(panel).getByRole('listitem');
    await expect(undatedItems).toHaveCount(2);
    await expect(undatedItems.nth(0)).toContainText(KALIN_HANIYEH);
    await expect(undatedItems.nth(0)).toContainText('İbrahim Kalın (mediator)');
    await expect(undatedItems.nth(0)).toContainText('1 citation');
    await expect(undatedItems.nth(1)).toContainText(MULTILATERAL);
    await expect(undatedItems.nth(1)).toContainText('2 citations');
  });

  test('filters by participant', async ({ page }) => {
    const panel = await openTimeline(page);
    await panel.getByLabel('Participant').selectOption({ label: 'İbrahim Kalın' });
    await expect(undated(panel).getByRole('listitem')).toHaveCount(1);
    await expect(undated(panel).getByRole('listitem')).toContainText(KALIN_HANIYEH);
    await expect(dated(panel)).toHaveCount(0);

    await panel.getByLabel('Participant').selectOption({ label: 'Qatar' });
    await expect(dated(panel).getByRole('listitem')).toHaveCount(1);
    await expect(dated(panel).getByRole('listitem')).toContainText(DOHA);
    await expect(undated(panel).getByRole('listitem')).toHaveCount(1);
    await expect(undated(panel).getByRole('listitem')).toContainText(MULTILATERAL);

    await panel.getByLabel('Participant').selectOption({ label: 'Any participant' });
    await expect(undated(panel).getByRole('listitem')).toHaveCount(2);
    await expect(dated(panel).getByRole('listitem')).toHaveCount(2);
  });

  test('filters by dates, and says when a date cannot be used', async ({ page }) => {
    const panel = await openTimeline(page);

    await dateField(panel, 'From').fill('2024-06');
    await expect(dated(panel).getByRole('listitem')).toHaveCount(1);
    await expect(dated(panel).getByRole('listitem')).toContainText(DOHA);
    // No range can include or exclude an undated meeting: they stay.
    await expect(undated(panel).getByRole('listitem')).toHaveCount(2);

    await dateField(panel, 'From').fill('');
    await dateField(panel, 'To').fill('2024-05');
    await expect(dated(panel).getByRole('listitem')).toHaveCount(1);
    await expect(dated(panel).getByRole('listitem')).toContainText(CAIRO);

    // A month overlaps the days within it.
    await dateField(panel, 'From').fill('2024-05-20');
    await dateField(panel, 'To').fill('2024-08-15');
    await expect(dated(panel).getByRole('listitem')).toHaveCount(2);

    await dateField(panel, 'To').fill('');
    await dateField(panel, 'From').fill('2024-13');
    await expect(dateField(panel, 'From')).toHaveAttribute('aria-invalid', 'true');
    await expect(dateField(panel, 'From')).toHaveAccessibleDescription(/A date as YYYY, YYYY-MM or YYYY-MM-DD/);
    // The invalid bound is not applied.
    await expect(dated(panel).getByRole('listitem')).toHaveCount(2);

    await dateField(panel, 'From').fill('2024-09');
    await dateField(panel, 'To').fill('2024-01');
    await expect(dateField(panel, 'To')).toHaveAccessibleDescription(/Ends before “From”/);
    await dateField(panel, 'To').fill('');
    await expect(dated(panel)).toHaveCount(0);
    await expect(undated(panel).getByRole('listitem')).toHaveCount(2);
  });

  test('choosing a meeting selects it and adds its participants to the view', async ({ page }) => {
    const panel = await openTimeline(page, '/?a=turkey');
    await expect(viewSummary(page)).toHaveText('1 actor, 0 ties, 0 meetings');
    const entry = undated(panel).getByRole('button', { name: new RegExp(MULTILATERAL) });
    await entry.click();

    // The meeting chosen is shown in Details, its heading taking the focus.
    await expect(detailsHeading(page)).toHaveText(MULTILATERAL);
    await expect(detailsHeading(page)).toBeFocused();
    await openTab(page, 'Meetings');
    await expect(entry).toHaveAttribute('aria-pressed', 'true');
    await expectUrlParam(page, 'sel', 'meeting:multilateral-intelligence-diplomacy');
    await expectUrlParam(page, 'a', 'turkey,egypt,hamas,israel,mit,qatar,united-states');
    // Turkey and the six participants; the two seeded meetings are among them too.
    await expect(viewSummary(page)).toHaveText('7 actors, 8 ties, 3 meetings');
    const meetings = meetingsTable(await viewTable(page));
    await expect(rowHeader(meetings, MULTILATERAL).getByRole('button')).toHaveAttribute('aria-pressed', 'true');

    await openTab(page, 'Details');
    await expect(detailsHeading(page)).toHaveText(MULTILATERAL);
  });
});
