import { expect, test, type Page } from '@playwright/test';
import { detailsHeading, drawnGraph, expectUrlParam, filtersPanel, leftPane, openApp, openTab, rightPane, rowHeader, searchBox, tab, tabUntilFocused, tiesTable, viewTable } from './support';

/** Every key pressed, counted: typing a word counts each of its letters. */
function countingKeyboard(page: Page) {
  let presses = 0;
  return {
    press: async (key: string) => {
      presses += 1;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      presses += text.length;
      await page.keyboard.type(text);
    },
    get presses() {
      return presses;
    },
  };
}

function canvasFrame(page: Page) {
  return page.getByRole('application', { name: 'Graph canvas' });
}

function announcement(page: Page) {
  return page.getByTestId('graph-announcement');
}

/** Where a node of the canvas is drawn, and its neighbours' ids, read from the Cytoscape instance. */
async function drawnNode(page: Page, id: string): Promise<{ x: number; y: number; neighbours: string[] }> {
  return (await drawnGraph(page)).evaluate((cy, nodeId) => {
    const node = cy.getElementById(nodeId);
    return { ...node.renderedPosition(), neighbours: node.neighborhood().nodes().map((other) => other.id()) };
  }, id);
}

function selectedRef(page: Page): string | null {
  return new URL(page.url()).searchParams.get('sel');
}

test.describe('keyboard only', () => {
  test('from the search box to a quote in Details in under 10 key presses', async ({ page }) => {
    await openApp(page);
    await searchBox(page).focus();
    const keys = countingKeyboard(page);

    await keys.type('hani');
    await keys.press('Enter');
    // The focus follows the choice to the record's heading, where its evidence starts.
    await expect(detailsHeading(page)).toHaveText('Ismail Haniyeh');
    await expect(detailsHeading(page)).toBeFocused();
    await expectUrlParam(page, 'sel', 'actor:ismail-haniyeh');

    // Past the Wikidata link, the first of his ties; choosing it shows its quotes.
    await keys.press('Tab');
    await keys.press('Tab');
    const firstTie = page.locator(':focus');
    await expect(firstTie).toHaveText('Israel assassinated Ismail Haniyeh');
    await keys.press('Enter');
    await expect(detailsHeading(page)).toHaveText('Israel assassinated Ismail Haniyeh');
    await expect(detailsHeading(page)).toBeFocused();

    // The next stop is the source of the first quote, right under it.
    await keys.press('Tab');
    const citation = page.locator('li.citation', { has: page.locator(':focus') });
    await expect(citation.getByRole('blockquote')).toHaveText(/^L'assassinat par Israël du président du bureau politique du Hamas/);
    expect(keys.presses).toBeLessThan(10);
  });

  test('skip links, shown on focus, reach the search box, the canvas and Details; the filters are folded away', async ({ page }, testInfo) => {
    await openApp(page, '/?a=israel,hamas,ismail-haniyeh&sel=actor:israel');
    await expect(detailsHeading(page)).toHaveText('Israel');
    const skipToGraph = page.getByRole('link', { name: 'Skip to the graph' });
    await tabUntilFocused(page, page.getByRole('link', { name: 'Skip to search' }), { maxPresses: 10 });
    await expect(page.getByRole('link', { name: 'Skip to search' })).toBeInViewport();
    await expect(skipToGraph).not.toBeInViewport();
    // The skip links sit over the page, not in the explorer's grid: the three panes stay side by side.
    const [left, right] = [await leftPane(page).boundingBox(), await rightPane(page).boundingBox()];
    expect(right!.y).toBe(left!.y);
    expect(right!.x).toBeGreaterThan(left!.x + left!.width);

    // The filter groups are closed, each summary saying what it hides.
    const filters = filtersPanel(page);
    for (const group of ['Actor kinds', 'Ties', 'Dates', 'Source reliability']) {
      await expect(filters.locator('details', { has: page.getByText(group, { exact: true }) })).not.toHaveAttribute('open');
    }
    await expect(filters.getByRole('checkbox', { name: 'Person', exact: true })).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('skip-link-focused.png') });
    await testInfo.attach('skip link focused, filters folded', { path: testInfo.outputPath('skip-link-focused.png'), contentType: 'image/png' });

    await page.keyboard.press('Enter');
    await expect(searchBox(page)).toBeFocused();

    await tabUntilFocused(page, skipToGraph, { backwards: true, maxPresses: 10 });
    await expect(skipToGraph).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(canvasFrame(page)).toBeFocused();

    await tabUntilFocused(page, page.getByRole('link', { name: 'Skip to details' }), { backwards: true, maxPresses: 40 });
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toBeFocused();
  });

  test('with the filters folded, the Details tab is a few Tab presses from the search box', async ({ page }) => {
    await openApp(page);
    await searchBox(page).focus();
    let presses = 0;
    while (!(await tab(page, 'Details').evaluate((element) => element === document.activeElement)) && presses < 40) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    await expect(tab(page, 'Details')).toBeFocused();
    // Search, three record buttons (an editor), four filter groups, the toolbar, the canvas: once 35 presses.
    expect(presses).toBeLessThanOrEqual(20);

    // A folded group opens from the keyboard, and its summary says what it hides once something is.
    const kinds = filtersPanel(page).locator('summary', { hasText: 'Actor kinds' });
    await kinds.focus();
    await page.keyboard.press('Enter');
    const person = filtersPanel(page).getByRole('checkbox', { name: 'Person', exact: true });
    await expect(person).toBeVisible();
    await person.focus();
    await page.keyboard.press('Space');
    await expect(kinds).toHaveText('Actor kinds — 1 of 5 kinds hidden');
  });

  test('arrow keys walk the canvas from an actor to its neighbours; Enter opens it in Details, Escape clears it', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout-done', /\d+/);
    await canvasFrame(page).focus();
    await expect(canvasFrame(page)).toHaveAccessibleDescription(/Arrow keys move the selection/);

    // Nothing selected: the first arrow starts at the best-connected actor.
    await page.keyboard.press('ArrowRight');
    await expectUrlParam(page, 'sel', 'actor:israel');
    await expect(announcement(page)).toHaveText(/^Israel, state — \d+ lines$/);
    await expect(canvasFrame(page)).toBeFocused();

    // Each arrow moves to a neighbour drawn that way, and says which.
    for (const key of ['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp'] as const) {
      const from = selectedRef(page)!;
      const before = await drawnNode(page, from);
      await page.keyboard.press(key);
      const to = selectedRef(page);
      if (to === from) {
        await expect(announcement(page)).toHaveText(/^No neighbour of .+ (left|right|above|below)\.$/);
        continue;
      }
      expect(before.neighbours).toContain(to);
      const after = await drawnNode(page, to!);
      if (key === 'ArrowLeft') expect(after.x).toBeLessThan(before.x);
      if (key === 'ArrowRight') expect(after.x).toBeGreaterThan(before.x);
      if (key === 'ArrowUp') expect(after.y).toBeLessThan(before.y);
      if (key === 'ArrowDown') expect(after.y).toBeGreaterThan(before.y);
      await expect(announcement(page)).toHaveText(/^.+, (state|person|organisation|agency|intergovernmental organisation|meeting) — \d+ (lines?|participants? in view)$/);
    }
    const reached = selectedRef(page)!;
    expect(reached).not.toBeNull();

    await page.keyboard.press('Escape');
    await expectUrlParam(page, 'sel', null);
    await expect(announcement(page)).toHaveText('Selection cleared.');

    await page.keyboard.press('ArrowDown');
    await expectUrlParam(page, 'sel', 'actor:israel');
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toHaveText('Israel');
    await expect(detailsHeading(page)).toBeFocused();
  });

  test('choosing a row of the Table or a meeting moves the focus to its heading in Details', async ({ page }) => {
    await openApp(page);
    const view = await viewTable(page);
    const tie = rowHeader(tiesTable(view), 'Israel assassinated Ismail Haniyeh').getByRole('button');
    await tie.focus();
    await page.keyboard.press('Enter');
    await expect(tab(page, 'Details')).toHaveAttribute('aria-selected', 'true');
    await expect(detailsHeading(page)).toHaveText('Israel assassinated Ismail Haniyeh');
    await expect(detailsHeading(page)).toBeFocused();

    const meetings = await openTab(page, 'Meetings');
    const meeting = meetings.getByRole('button', { name: /Multilateral intelligence diplomacy/ });
    await meeting.focus();
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toHaveText('Multilateral intelligence diplomacy on a Gaza ceasefire');
    await expect(detailsHeading(page)).toBeFocused();
    await expect(rightPane(page).getByRole('tabpanel', { name: 'Details' })).toBeVisible();
    await expect(leftPane(page)).toBeVisible();
  });
});
