import { expect, test } from '@playwright/test';
import {
  actorsTable,
  detailsHeading,
  expectUrlParam,
  meetingsTable,
  openApp,
  rightPane,
  rowHeader,
  searchBox,
  tab,
  tabUntilFocused,
  tiesTable,
  viewSummary,
  viewTable,
} from './support';

test.describe('the accessible table', () => {
  test('lists what the canvas shows: 11 actors, 14 ties, 2 meetings', async ({ page }) => {
    await openApp(page);
    await expect(viewSummary(page)).toHaveText('11 actors, 14 ties, 2 meetings');
    const view = await viewTable(page);
    await expect(view.getByRole('heading', { name: 'In this view' })).toBeVisible();
    await expect(view.getByTestId('view-table-summary')).toHaveText('11 actors, 14 ties, 2 meetings');

    const actors = actorsTable(view);
    await expect(actors.getByRole('columnheader')).toHaveText(['Name', 'Kind', 'Lines']);
    await expect(actors.getByRole('rowheader')).toHaveCount(11);
    await expect(actors.getByRole('row', { name: /^MİT/ }).getByRole('cell')).toHaveText(['Agency', '5']);

    const ties = tiesTable(view);
    // One row per line the canvas draws: on the demo data, each tie is a line of its own.
    await expect(ties.getByRole('columnheader')).toHaveText(['Tie', 'Type', 'Claims', 'Dates', 'Best source']);
    await expect(ties.getByRole('rowheader')).toHaveCount(14);
    await expect(ties.getByRole('row', { name: /^Ismail Haniyeh leads Hamas/ }).getByRole('cell')).toHaveText(['leads', '1', 'undated', 'F']);

    const meetings = meetingsTable(view);
    await expect(meetings.getByRole('columnheader')).toHaveText(['Meeting', 'Kind', 'Date', 'Participants']);
    await expect(meetings.getByRole('rowheader')).toHaveText(['Kalın–Haniyeh meetings', 'Multilateral intelligence diplomacy on a Gaza ceasefire']);
    // Of two participants, a line between them; of three or more, a node with each participant's role.
    await expect(meetings.getByRole('row', { name: /^Kalın–Haniyeh meetings/ }).getByRole('cell')).toHaveText(['Mediation', 'undated', 'İbrahim Kalın, Ismail Haniyeh']);
  });

  test('is reached and operated with the keyboard alone', async ({ page }) => {
    await openApp(page);
    await searchBox(page).focus();

    // Tab reaches the tab list on its selected tab; the other tabs are not extra stops.
    await tabUntilFocused(page, tab(page, 'Details'));
    await page.keyboard.press('ArrowRight');
    await expect(tab(page, 'Paths')).toBeFocused();
    await expect(tab(page, 'Paths')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(tab(page, 'Details')).toBeFocused();
    // Arrows wrap round.
    await page.keyboard.press('ArrowLeft');
    await expect(tab(page, 'Table')).toBeFocused();
    await expect(tab(page, 'Table')).toHaveAttribute('aria-selected', 'true');
    await expect(tab(page, 'Details')).toHaveAttribute('tabindex', '-1');

    // The next Tab goes into the table: the first actor's button (the best-connected comes first).
    const view = rightPane(page).getByRole('region', { name: 'In this view' });
    const firstActor = actorsTable(view).getByRole('rowheader').first().getByRole('button');
    await page.keyboard.press('Tab');
    await expect(firstActor).toBeFocused();
    await expect(firstActor).toHaveText('Israel');
    // Choosing a row shows it in Details, with the focus on its heading.
    await page.keyboard.press('Enter');
    await expectUrlParam(page, 'sel', 'actor:israel');
    await expect(tab(page, 'Details')).toHaveAttribute('aria-selected', 'true');
    await expect(detailsHeading(page)).toHaveText('Israel');
    await expect(detailsHeading(page)).toBeFocused();

    // Back to the tab list and over to the Table, which marks the actor chosen.
    await tabUntilFocused(page, tab(page, 'Details'), { backwards: true });
    await page.keyboard.press('ArrowLeft');
    await expect(tab(page, 'Table')).toBeFocused();
    await expect(firstActor).toHaveAttribute('aria-pressed', 'true');

    // A tie, the same way.
    const tie = rowHeader(tiesTable(view), 'Israel assassinated Ismail Haniyeh').getByRole('button');
    await tabUntilFocused(page, tie);
    await page.keyboard.press('Enter');
    await expectUrlParam(page, 'sel', 'tie:israel-assassinates-ismail-haniyeh');
    await expect(detailsHeading(page)).toHaveText('Israel assassinated Ismail Haniyeh');
    await expect(detailsHeading(page)).toBeFocused();
    await expect(page.getByRole('tabpanel', { name: 'Details' }).getByRole('blockquote')).toHaveText(
      "L'assassinat par Israël du président du bureau politique du Hamas, Ismail Haniye, a perturbé le processus de cessez-le-feu.",
    );
  });

  test('follows the filters, like the canvas', async ({ page }) => {
    await openApp(page, '/?types=LEADS,PART_OF');
    await expect(viewSummary(page)).toHaveText('11 actors, 5 ties, 2 meetings · filters hide 9 ties');
    const view = await viewTable(page);
    await expect(view.getByTestId('view-table-summary')).toHaveText('11 actors, 5 ties, 2 meetings');
    await expect(tiesTable(view).getByRole('cell', { name: 'mediates for' })).toHaveCount(0);
  });
});
