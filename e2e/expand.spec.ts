import { expect, test, type Page } from '@playwright/test';
import type { Driver } from 'neo4j-driver';
import { createTestDriver, resetToDemoData } from '../db/testing/database';
import { actorsTable, detailsHeading, drawnGraph, expectUrlParam, openApp, rowHeader, seedRecords, tabPanel, viewSummary, viewTable } from './support';

const HUB = 'e2e-hub';
const NEIGHBOURS = 160;
const neighbourName = (n: number) => `E2E Neighbour ${String(n).padStart(3, '0')}`;

/** Actors drawn wholly or partly outside the canvas's viewport, read from the Cytoscape instance. */
async function nodesOutsideViewport(page: Page): Promise<string[]> {
  return (await drawnGraph(page)).evaluate((cy) => {
    const extent = cy.extent();
    return cy
      .nodes()
      .filter((node) => {
        const box = node.boundingBox({ includeLabels: false });
        return box.x1 < extent.x1 || box.x2 > extent.x2 || box.y1 < extent.y1 || box.y2 > extent.y2;
      })
      .map((node) => node.id());
  });
}

function actorsOfLink(page: Page): string[] {
  return (new URL(page.url()).searchParams.get('a') ?? '').split(',').sort();
}

function neighbours(page: Page, actorName: string) {
  return tabPanel(page).getByRole('region', { name: `Neighbours of ${actorName}` });
}

test.describe('expanding an actor', () => {
  test('previews its neighbours by kind of connection and adds the ones chosen', async ({ page }) => {
    await openApp(page, '/?a=israel&sel=actor:israel');
    await expect(detailsHeading(page)).toHaveText('Israel');
    const expand = neighbours(page, 'Israel');
    await expect(expand.getByRole('group', { name: '8 neighbours within 1 step, by connection' })).toBeVisible();

    const connection = (label: string) => expand.getByRole('checkbox', { name: new RegExp(`^${label} \\d+$`) });
    for (const [label, count] of [
      ['Met at a meeting', 5],
      ['mediates for', 3],
      ['leads', 1],
      ['negotiates with', 1],
      ['assassinated', 1],
      ['criticizes', 1],
    ] as const) {
      await expect(connection(label)).toBeChecked();
      await expect(connection(label)).toHaveAccessibleName(`${label} ${count}`);
    }
    await expect(expand.getByRole('button', { name: 'Add 8 neighbours' })).toBeEnabled();

    // The United States is linked to Israel only by the meeting they both attended.
    await connection('Met at a meeting').uncheck();
    await expect(expand.getByRole('button', { name: 'Add 7 neighbours' })).toBeVisible();
    await connection('mediates for').uncheck();
    await expect(expand.getByRole('button', { name: 'Add 4 neighbours' })).toBeVisible();
    await connection('mediates for').check();

    await expand.getByRole('button', { name: 'Add 7 neighbours' }).click();
    await expect(viewSummary(page)).toHaveText(/^8 actors, /);
    const actors = actorsTable(await viewTable(page));
    await expect(actors.getByRole('rowheader')).toHaveCount(8);
    for (const name of ['Israel', 'Benjamin Netanyahu', 'Hamas', 'Ismail Haniyeh', 'Qatar', 'Egypt', 'MİT', 'Recep Tayyip Erdoğan']) {
      await expect(rowHeader(actors, name)).toBeVisible();
    }
    await expect(rowHeader(actors, 'United States')).toHaveCount(0);
    await expectUrlParam(page, 'sel', 'actor:israel');
  });

  test('two steps reach further', async ({ page }) => {
    await openApp(page, '/?a=turkey&sel=actor:turkey');
    const expand = neighbours(page, 'Turkey');
    await expect(expand.getByRole('group', { name: '2 neighbours within 1 step, by connection' })).toBeVisible();
    await expand.getByRole('radio', { name: '2 steps' }).check();
    const kinds = expand.getByRole('group', { name: /^8 neighbours within 2 steps, by connection on the way/ });
    await expect(kinds).toBeVisible();
    // Kinds met only on the second step are offered too, so any of them can be left out.
    for (const kind of ['leads', 'is part of', 'mediates for', 'criticizes', 'Met at a meeting']) {
      await expect(kinds.getByRole('checkbox', { name: new RegExp(`^${kind}`) })).toBeChecked();
    }
    await expand.getByRole('button', { name: 'Add 8 neighbours' }).click();
    await expect(viewSummary(page)).toHaveText(/^9 actors, /);
    const actors = actorsTable(await viewTable(page));
    // Through MİT's meeting and mediation, two steps reach the parties and the other mediators.
    for (const name of ['İbrahim Kalın', 'Hamas', 'Israel', 'United States']) await expect(rowHeader(actors, name)).toBeVisible();
    await expect(rowHeader(actors, 'Ismail Haniyeh')).toHaveCount(0);
  });

  test('what two steps add is fitted into the canvas; undo takes back exactly that; Re-arrange lays the picture out again', async ({ page }) => {
    await openApp(page, '/?a=turkey&sel=actor:turkey');
    const canvas = page.getByTestId('graph-canvas');
    await expect(canvas).toHaveAttribute('data-layout-done', /\d+/);
    const expand = neighbours(page, 'Turkey');
    await expand.getByRole('radio', { name: '2 steps' }).check();
    await expand.getByRole('button', { name: 'Add 8 neighbours' }).click();
    await expect(viewSummary(page)).toHaveText(/^9 actors, /);
    await expect(canvas).toHaveAttribute('data-drawn-nodes', /^(9|1\d)$/);
    // The fit is animated: every actor is in sight once it has run.
    await expect.poll(() => nodesOutsideViewport(page), { message: 'nodes outside the viewport' }).toEqual([]);
    expect(actorsOfLink(page)).toHaveLength(9);

    // Nothing is left to add at two steps, and the button says so instead of offering it again.
    await expect(expand.getByTestId('expand-outcome')).toHaveText('Added 8 actors.');
    await expect(expand.getByRole('button', { name: 'All shown' })).toBeDisabled();

    const laidOut = await canvas.getAttribute('data-layout-done');
    await page.getByRole('toolbar', { name: 'Graph view' }).getByRole('button', { name: 'Re-arrange' }).click();
    await expect(canvas).not.toHaveAttribute('data-layout-done', laidOut!);
    await expect.poll(() => nodesOutsideViewport(page), { message: 'nodes outside the viewport after re-arranging' }).toEqual([]);

    await page.getByRole('toolbar', { name: 'Graph view' }).getByRole('button', { name: 'Undo last expansion' }).click();
    await expect(viewSummary(page)).toHaveText('1 actor, 0 ties, 0 meetings');
    await expectUrlParam(page, 'a', 'turkey');
    await expect(page.getByRole('button', { name: 'Undo last expansion' })).toHaveCount(0);
    await expect(canvas).toHaveAttribute('data-drawn-nodes', '1');
  });

  test('"Show only this neighbourhood" replaces the view', async ({ page }) => {
    await openApp(page, '/?a=turkey,israel,qatar&sel=actor:turkey');
    await expect(viewSummary(page)).toHaveText(/^3 actors, /);
    await neighbours(page, 'Turkey').getByRole('button', { name: 'Show only this neighbourhood' }).click();

    await expectUrlParam(page, 'a', 'turkey,mit,recep-tayyip-erdogan');
    await expect(viewSummary(page)).toHaveText('3 actors, 2 ties, 0 meetings');
    const actors = actorsTable(await viewTable(page));
    await expect(actors.getByRole('rowheader')).toHaveText(['MİT', 'Recep Tayyip Erdoğan', 'Turkey']);
    await expectUrlParam(page, 'sel', 'actor:turkey');
  });

  test.describe('an actor with more neighbours than the cap', () => {
    let driver: Driver;

    test.beforeAll(async () => {
      driver = createTestDriver();
      const numbers = Array.from({ length: NEIGHBOURS }, (_, index) => String(index + 1).padStart(3, '0'));
      const tie = (id: string, neighbour: string) => ({ id, type: 'SUPPORTS', subjectId: HUB, objectId: neighbour, confidence: 'low' as const, sourceId: 'e2e-source', quote: 'q' });
      await seedRecords({
        sources: [{ id: 'e2e-source', title: 'E2E', reliability: 'C' }],
        actors: [
          { id: HUB, name: 'E2E Hub', kind: 'person' },
          ...numbers.map((number) => ({ id: `e2e-neighbour-${number}`, name: neighbourName(Number(number)), kind: 'person' as const })),
        ],
        ties: [
          ...numbers.map((number) => tie(`e2e-hub-supports-${number}`, `e2e-neighbour-${number}`)),
          // The last by name gets a second tie, so being best-connected lifts it into the first 150.
          tie('e2e-hub-supports-160-again', 'e2e-neighbour-160'),
        ],
      });
    });

    test.afterAll(async () => {
      await resetToDemoData(driver);
      await driver.close();
    });

    test('adds only the 150 best-connected unless asked for all', async ({ page }) => {
      await openApp(page, `/?a=${HUB}&sel=actor:${HUB}`);
      await expect(detailsHeading(page)).toHaveText('E2E Hub');
      const expand = neighbours(page, 'E2E Hub');
      await expect(expand.getByRole('group', { name: `${NEIGHBOURS} neighbours within 1 step, by connection` })).toBeVisible();
      await expect(expand.getByRole('checkbox', { name: `supports ${NEIGHBOURS}` })).toBeChecked();
      await expect(expand.getByRole('note')).toHaveText(
        `That is up to ${NEIGHBOURS} actors: the 150 best-connected are added unless you ask for all.`,
      );

      await expand.getByRole('button', { name: 'Add the 150 best-connected' }).click();
      await expect(expand.getByRole('status')).toHaveText(`Added 150 actors (the best-connected of ${NEIGHBOURS} neighbours).`);
      // The hub's two ties to the last neighbour are one line "supports ×2".
      await expect(viewSummary(page)).toHaveText('151 actors, 150 lines (151 ties, 0 meetings)');
      let actors = actorsTable(await viewTable(page));
      await expect(actors.getByRole('rowheader')).toHaveCount(151);
      await expect(rowHeader(actors, neighbourName(160))).toBeVisible();
      await expect(rowHeader(actors, neighbourName(1))).toBeVisible();
      await expect(rowHeader(actors, neighbourName(150))).toHaveCount(0);

      // Back to the hub's details, and this time all of them.
      await rowHeader(actors, 'E2E Hub').getByRole('button').click();
      await page.getByRole('tab', { name: 'Details' }).click();
      await neighbours(page, 'E2E Hub').getByRole('button', { name: `Add all ${NEIGHBOURS}` }).click();
      await expect(viewSummary(page)).toHaveText(`${NEIGHBOURS + 1} actors, ${NEIGHBOURS} lines (${NEIGHBOURS + 1} ties, 0 meetings)`);
      actors = actorsTable(await viewTable(page));
      await expect(actors.getByRole('rowheader')).toHaveCount(NEIGHBOURS + 1);
      await expect(rowHeader(actors, neighbourName(150))).toBeVisible();
    });
  });
});
