import { expect, test, type Page } from '@playwright/test';
import { drawnGraph, expectUrlParam, leftPane, openApp, openTab } from './support';

/**
 * The measures of the view: the Analysis tab's brokers, the paths they broker highlighted with their quotes, and
 * actors sized and coloured by a measure or a community, with a legend that says so and a link that keeps it.
 */

const KALIN_HEADS_MIT = 'Le président du MİT, İbrahim Kalın,';
const MIT_DIALOGUE_PREFIX = "L'Organisation nationale du renseignement a également maintenu un dialogue étroit";

async function waitForLayout(page: Page) {
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout-done', /\d+/, { timeout: 30_000 });
}

/** What the canvas draws of actors: each one's size and fill, and which stand out as a path. */
async function drawnActors(page: Page) {
  const cy = await drawnGraph(page);
  return cy.evaluate((instance) =>
    Object.fromEntries(
      instance.nodes('[element = "actor"]').map((node) => [
        node.id().replace('actor:', ''),
        { size: node.data('size') as number, fill: node.data('fill') as string, onPath: node.hasClass('on-path') },
      ]),
    ),
  );
}

test.describe('the measures of the view', () => {
  // Each test draws the demo view and waits for quotes: more than the default on a busy machine.
  test.setTimeout(60_000);

  test('the Analysis tab ranks MİT among the three first brokers of the demo view and says between whom', async ({ page }) => {
    await openApp(page);
    await waitForLayout(page);
    const panel = await openTab(page, 'Analysis');
    const brokers = panel.getByRole('list', { name: 'Brokers, ranked' }).getByTestId('broker');
    await expect(brokers.first()).toBeVisible();
    const firstThree = (await brokers.locator('h3').allTextContents()).slice(0, 3);
    expect(firstThree.some((heading) => /MİT|Turkey/.test(heading))).toBe(true);

    const mit = brokers.filter({ has: page.getByRole('heading', { name: /MİT/ }) });
    const pairs = mit.getByRole('list', { name: 'Pairs MİT links' });
    const kalinAndTurkey = pairs.getByRole('button', { name: /^İbrahim Kalın and Turkey/ });
    await expect(kalinAndTurkey).toContainText('2 steps through MİT; 4 steps apart without MİT');

    // Shown on the canvas: the three actors stand out, the rest fades; and the two steps are quoted.
    await kalinAndTurkey.click();
    await expect(kalinAndTurkey).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => Object.entries(await drawnActors(page)).filter(([, actor]) => actor.onPath).map(([id]) => id).sort()).toEqual(['ibrahim-kalin', 'mit', 'turkey']);
    const steps = pairs.getByRole('list', { name: 'Between İbrahim Kalın and Turkey through MİT' });
    await expect(steps.getByRole('heading', { level: 4 })).toHaveText(['İbrahim Kalın leads MİT', 'MİT is part of Turkey']);
    await expect(steps.getByRole('blockquote').first()).toHaveText(KALIN_HEADS_MIT);
    await expect(steps.getByRole('blockquote').nth(1)).toContainText(MIT_DIALOGUE_PREFIX);

    // Choosing it again takes the highlight away.
    await kalinAndTurkey.click();
    await expect.poll(async () => Object.values(await drawnActors(page)).some((actor) => actor.onPath)).toBe(false);
  });

  test('sizes actors by brokerage and colours them by community, says so in the legend, and keeps both in the link', async ({ page }) => {
    await openApp(page);
    await waitForLayout(page);
    const legend = leftPane(page).getByRole('region', { name: 'Legend' });
    await legend.getByLabel('Size by').selectOption('betweenness');
    await expectUrlParam(page, 'size', 'betweenness');
    await expect(legend.getByTestId('legend-size')).toContainText('computed on the 11 actors in view');
    await expect(legend.getByTestId('legend-size')).toContainText('Largest: Israel');
    // Israel and MİT lie between the others; Netanyahu, tied to Israel alone, between none.
    const sized = await drawnActors(page);
    expect(sized.israel!.size).toBeGreaterThan(sized.mit!.size);
    expect(sized.mit!.size).toBeGreaterThan(sized.turkey!.size);
    expect(sized['benjamin-netanyahu']!.size).toBe(20);

    await legend.getByLabel('Colour by').selectOption('community');
    await expectUrlParam(page, 'colour', 'community');
    const communities = legend.getByRole('list', { name: 'Communities' }).getByRole('listitem');
    await expect(communities.first()).toContainText('Israel');
    const coloured = await drawnActors(page);
    expect(coloured.turkey!.fill).toBe(coloured['recep-tayyip-erdogan']!.fill);
    expect(coloured.turkey!.fill).not.toBe(coloured.israel!.fill);

    // The link opens the same picture.
    await page.reload();
    await waitForLayout(page);
    await expect(legend.getByLabel('Size by')).toHaveValue('betweenness');
    await expect(legend.getByLabel('Colour by')).toHaveValue('community');
    expect(await drawnActors(page)).toEqual(coloured);
  });

  test('a link with a size or colour it cannot read says what it may be', async ({ page }) => {
    await openApp(page, '/?size=fame&colour=community');
    await expect(page.getByText(/Part of this link could not be used/)).toContainText(
      'size setting "fame" is not valid (lines, degree, betweenness, closeness or pagerank)',
    );
    await expect(leftPane(page).getByLabel('Colour by')).toHaveValue('community');
  });
});
