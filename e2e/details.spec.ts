import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Driver } from 'neo4j-driver';
import { createTestDriver, resetToDemoData } from '../db/testing/database';
import { detailsHeading, expectUrlParam, openApp, openTab, rowHeader, seedRecords, tab, tiesTable, viewTable } from './support';

const ASSASSINATION_QUOTE =
  "L'assassinat par Israël du président du bureau politique du Hamas, Ismail Haniye, a perturbé le processus de cessez-le-feu.";

function details(page: Page): Locator {
  return page.getByRole('tabpanel', { name: 'Details' });
}

function section(page: Page, heading: string | RegExp): Locator {
  return details(page).getByRole('region', { name: heading });
}

test.describe('the details panel', () => {
  let driver: Driver;

  test.beforeAll(async () => {
    driver = createTestDriver();
    // Two more claims about Israel and Hamas: one in another family than the negotiations (conflict), one in the same.
    await seedRecords({
      sources: [{ id: 'e2e-conflicting-source', title: 'E2E conflicting report', reliability: 'D' }],
      ties: [
        {
          id: 'e2e-israel-attacks-hamas',
          type: 'ATTACKS',
          subjectId: 'israel',
          objectId: 'hamas',
          sourceId: 'e2e-conflicting-source',
          quote: 'Israel struck Hamas positions.',
        },
        {
          id: 'e2e-israel-allied-with-hamas',
          type: 'ALLIED_WITH',
          subjectId: 'israel',
          objectId: 'hamas',
          sourceId: 'e2e-conflicting-source',
          quote: 'Israel and Hamas are said to be allies.',
        },
      ],
    });
  });

  test.afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
  });

  test('a tie chosen in the table shows its exact quote and the source grading', async ({ page }) => {
    await openApp(page);
    const ties = tiesTable(await viewTable(page));
    await rowHeader(ties, 'Israel assassinated Ismail Haniyeh').getByRole('button').click();
    await expectUrlParam(page, 'sel', 'tie:israel-assassinates-ismail-haniyeh');

    // Choosing a row shows it in Details, where its quotes are.
    await expect(tab(page, 'Details')).toHaveAttribute('aria-selected', 'true');
    await expect(detailsHeading(page)).toHaveText('Israel assassinated Ismail Haniyeh');
    await expect(details(page).getByText('Tie · ASSASSINATES · Material conflict')).toBeVisible();
    const citations = section(page, 'Citations (1)');
    await expect(citations.getByRole('blockquote')).toHaveText(ASSASSINATION_QUOTE);
    await expect(citations.getByRole('blockquote')).toHaveAttribute('lang', 'fr');
    await expect(citations.getByText('La Turquie était active pour un cessez-le-feu ! Mené une diplomatie de haut niveau pour Gaza')).toBeVisible();
    await expect(citations.getByText('Source F', { exact: true })).toBeVisible();
    await expect(citations).toContainText('Source F Reliability cannot be judged · Information 3 Possibly true');
  });

  test("an actor's profile lists its ties by type and its meetings", async ({ page }) => {
    await openApp(page, '/?sel=actor:israel');
    await expect(detailsHeading(page)).toHaveText('Israel');
    await expect(details(page).getByText('Party to the Gaza ceasefire negotiations with Hamas.')).toBeVisible();

    // Seven demo ties and the two seeded ones.
    const ties = section(page, 'Ties (9)');
    // Grouped by type (in alphabetical order), each group by the other actor's name.
    // Types read as words, not codes.
    await expect(ties.getByRole('heading', { level: 4 })).toHaveText([
      'is allied with',
      'assassinated',
      'attacks',
      'criticizes',
      'leads',
      'mediates for',
      'negotiates with',
    ]);
    const mediation = ties.locator('.tie-group').filter({ has: page.getByRole('heading', { level: 4, name: 'mediates for' }) });
    await expect(mediation.getByRole('button')).toHaveText(['Egypt mediates for Israel', 'MİT mediates for Israel', 'Qatar mediates for Israel']);
    const leads = ties.locator('.tie-group').filter({ has: page.getByRole('heading', { level: 4, name: 'leads' }) });
    await expect(leads.getByRole('listitem')).toHaveText(['Benjamin Netanyahu leads Israel undated · 1 citation']);

    const meetings = section(page, 'Meetings (1)');
    await expect(meetings.getByRole('listitem')).toHaveCount(1);
    await expect(meetings.getByRole('listitem')).toContainText('Multilateral intelligence diplomacy on a Gaza ceasefire');
    await expect(meetings.getByRole('listitem')).toContainText('Negotiation round · party · 6 participants');

    // A tie of the profile opens its own details.
    await ties.getByRole('button', { name: 'Israel assassinated Ismail Haniyeh' }).click();
    await expect(detailsHeading(page)).toHaveText('Israel assassinated Ismail Haniyeh');
    await expectUrlParam(page, 'sel', 'tie:israel-assassinates-ismail-haniyeh');
  });

  test("a meeting's details show its participants and quotes", async ({ page }) => {
    await openApp(page, '/?sel=meeting:kalin-haniyeh-meetings');
    await expect(detailsHeading(page)).toHaveText('Kalın–Haniyeh meetings');
    await expect(details(page).getByText('undated (the source gives no date)')).toBeVisible();
    const participants = section(page, 'Participants (2)');
    await expect(participants.getByRole('listitem')).toHaveText(['Ismail Haniyeh party · Person', 'İbrahim Kalın mediator · Person']);
    await expect(section(page, 'Citations (1)').getByRole('blockquote')).toHaveText(
      "Le président du MİT, İbrahim Kalın, a également eu des réunions intenses avec le chef du Hamas, İsmail Haniye, et d'autres partis.",
    );
  });

  test('conflicting claims about the same pair are shown side by side', async ({ page }) => {
    await openApp(page, '/?a=israel,hamas');
    const ties = tiesTable(await viewTable(page));
    await expect(ties.getByRole('rowheader')).toHaveCount(3);
    await rowHeader(ties, 'Israel negotiates with Hamas').getByRole('button').click();
    await openTab(page, 'Details');
    await expect(detailsHeading(page)).toHaveText('Israel negotiates with Hamas');

    const pair = section(page, 'Conflicting claims about this pair');
    await expect(pair).toBeVisible();
    const claims = pair.locator('.claim');
    await expect(claims).toHaveCount(3);
    await expect(claims.filter({ hasText: 'This claim' })).toContainText('cooperation Israel negotiates with Hamas (undated, high confidence)');
    await expect(claims.filter({ hasText: 'Conflicting claim' })).toContainText('conflict Israel attacks Hamas (undated, moderate confidence)');
    await expect(claims.filter({ hasText: 'Also claimed' })).toContainText('cooperation Israel is allied with Hamas');

    // Following the conflicting claim shows what backs it.
    await claims.filter({ hasText: 'Conflicting claim' }).getByRole('button', { name: 'See its citations' }).click();
    await expect(detailsHeading(page)).toHaveText('Israel attacks Hamas');
    await expectUrlParam(page, 'sel', 'tie:e2e-israel-attacks-hamas');
    await expect(section(page, 'Citations (1)').getByRole('blockquote')).toHaveText('Israel struck Hamas positions.');
    await expect(section(page, 'Citations (1)').getByText('Source D', { exact: true })).toBeVisible();
    await expect(section(page, 'Conflicting claims about this pair')).toBeVisible();
  });
});
