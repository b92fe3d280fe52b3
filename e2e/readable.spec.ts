import { expect, test, type Page } from '@playwright/test';
import type { Driver } from 'neo4j-driver';
import { createTestDriver, resetToDemoData } from '../db/testing/database';
import { detailsHeading, drawnGraph, importEventLike, openApp, viewSummary } from './support';

/**
 * What the canvas draws, read from the canvas itself: the counts it stamps (`data-drawn-*`) and, for the checks a
 * count cannot make, the drawn elements (the container holds the Cytoscape instance as `_cyreg.cy`).
 */

interface Drawn {
  nodes: number;
  edges: number;
  labelled: number;
}

async function waitForPicture(page: Page): Promise<Drawn> {
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-layout-done', /\d+/, { timeout: 30_000 });
  // The labels are chosen once the viewport has settled.
  await page.waitForTimeout(400);
  return {
    nodes: Number(await canvas.getAttribute('data-drawn-nodes')),
    edges: Number(await canvas.getAttribute('data-drawn-edges')),
    labelled: Number(await canvas.getAttribute('data-labelled-nodes')),
  };
}

/** The lines (ties and meetings of two) and the actor nodes with their line counts, as drawn. */
function readDrawing(page: Page) {
  return page.getByTestId('graph-canvas').evaluate((container) => {
    type Element = { id(): string; data(key: string): unknown; source(): Element; target(): Element; connectedEdges(): { length: number } };
    const cy = (container as unknown as { _cyreg: { cy: { edges(selector: string): Element[]; nodes(selector: string): Element[] } } })._cyreg.cy;
    const lines = cy.edges('[element = "tie"], [element = "met"]').map((edge) => ({
      id: edge.id(),
      source: edge.source().id(),
      target: edge.target().id(),
      type: (edge.data('type') as string | null) ?? null,
      family: String(edge.data('family')),
    }));
    const actors = cy.nodes('[element = "actor"]').map((node) => ({ id: node.id(), edges: node.connectedEdges().length }));
    return { lines, actors };
  });
}

test.describe('the demo data, folded', () => {
  test('the overview draws each actor with a readable name and says what it drew', async ({ page }) => {
    await openApp(page, '/?layout=circle');
    const drawn = await waitForPicture(page);
    // 11 actors and the multilateral talks; 14 ties and the Kalın–Haniyeh meetings as lines, 6 participations.
    expect(drawn).toEqual({ nodes: 12, edges: 21, labelled: 12 });
    await expect(viewSummary(page)).toHaveText('11 actors, 14 ties, 2 meetings');
    // The picture itself: the circle layout is the same every time, so is what it draws.
    await expect(page.getByTestId('graph-canvas')).toHaveScreenshot('demo-overview-circle.png', { maxDiffPixelRatio: 0.02 });
  });

  test('selecting an actor keeps its lines and neighbours in focus and dims the rest', async ({ page }) => {
    await openApp(page, '/?sel=actor:qatar');
    await waitForPicture(page);
    await expect(detailsHeading(page)).toHaveText('Qatar');
    const focus = await (await drawnGraph(page)).evaluate((cy) => {
      return {
        near: cy.nodes().filter((node) => node.hasClass('near')).map((node) => node.id()).sort(),
        dimmed: cy.nodes().filter((node) => node.hasClass('dimmed')).length,
      };
    });
    // Qatar mediates for Hamas and Israel and took part in the multilateral talks.
    expect(focus.near).toEqual(['actor:hamas', 'actor:israel', 'meeting:multilateral-intelligence-diplomacy']);
    expect(focus.dimmed).toBe(8);
  });
});

test.describe('event data at real size', () => {
  // The screen the issue was read on; a dense core of twenty-odd hubs needs that room for every name.
  test.use({ viewport: { width: 1400, height: 900 } });
  let driver: Driver;

  test.beforeAll(async ({ request, baseURL }) => {
    driver = createTestDriver();
    // 1,100 actors, 3,200 ties on power-law pairs coded again and again, 500 meetings of two and of three.
    expect(await importEventLike(request, baseURL!)).toMatchObject({ actors: 1_100, ties: 3_200, meetings: 500 });
  });

  test.afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
  });

  test('the overview is a connected, named core: one line per pair, type and direction', async ({ page }) => {
    test.setTimeout(90_000);
    await openApp(page, '/?fold=type');
    const drawn = await waitForPicture(page);
    expect(drawn.labelled).toBeGreaterThanOrEqual(20);
    const { lines, actors } = await readDrawing(page);
    expect(actors.length).toBeGreaterThanOrEqual(20);
    // No actor drawn apart with nothing to link it.
    expect(actors.filter((actor) => actor.edges === 0)).toEqual([]);
    const keys = lines.map((line) => `${line.source}>${line.target}:${line.type ?? line.family}`);
    expect(new Set(keys).size).toBe(keys.length);
    await expect(page.getByTestId('overview-note')).toContainText(`shows ${actors.length} actors of 1,111 actors`);
  });

  test('a hub’s neighbourhood, folded, draws under 150 edges; every claim of a line is a click away', async ({ page }) => {
    test.setTimeout(90_000);
    await openApp(page, '/?a=event-actor-0&sel=actor:event-actor-0');
    await expect(detailsHeading(page)).toHaveText('Event Actor 0');
    await page.getByRole('button', { name: 'Show only this neighbourhood' }).click();
    await expect(page.getByTestId('expand-outcome')).toContainText('as many as one readable picture holds');
    const drawn = await waitForPicture(page);
    expect(drawn.edges).toBeLessThan(150);
    expect(drawn.labelled).toBeGreaterThanOrEqual(Math.min(20, drawn.nodes));

    // The thickest line opens its claims in Details, newest first, each with its quote.
    const { lines } = await readDrawing(page);
    const folded = lines.find((line) => line.id.startsWith('family:') || line.id.startsWith('ties:'));
    expect(folded).toBeDefined();
    const url = new URL(page.url());
    url.searchParams.set('sel', folded!.id);
    await page.goto(url.toString());
    await expect(detailsHeading(page)).toHaveText(/×\d+/);
    const claims = page.getByRole('region', { name: /Claims, newest first/ });
    await expect(claims.getByRole('listitem').first()).toBeVisible();
    await claims.getByRole('button').first().click();
    await expect(detailsHeading(page)).not.toHaveText(/×\d+/);
    await expect(page).toHaveURL(/sel=tie:event-tie-\d+/);
  });
});
