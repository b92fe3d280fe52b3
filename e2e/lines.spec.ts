import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { detailsHeading, drawnGraph, openApp, tabPanel, viewSummary } from './support';

/**
 * A line drawn through a node it does not touch, or under another node's label, reads as a tie to that node.
 * These read the drawing from Cytoscape itself — where each line starts and ends, its curve, each node's size
 * and label box — on the demo data, in every layout the toolbar offers and after an expansion.
 */

/** Every line that passes within a node's radius of a node it does not touch, or through another node's label. */
async function misleadingLines(page: Page): Promise<string[]> {
  return page.getByTestId('graph-canvas').evaluate((container) => {
    type Point = { x: number; y: number };
    type Box = { x1: number; y1: number; x2: number; y2: number; w: number };
    type Node = { id(): string; data(key: string): string; position(): Point; width(): number; height(): number; boundingBox(options: object): Box };
    type Edge = {
      data(key: string): string;
      source(): Node;
      target(): Node;
      sourceEndpoint(): Point;
      targetEndpoint(): Point;
      controlPoints(): Point[] | undefined;
    };
    const cy = (container as unknown as { _cyreg: { cy: { nodes(): Node[]; edges(): Edge[] } } })._cyreg.cy;

    const quadratic = (a: Point, c: Point, b: Point, t: number) => ({
      x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t ** 2 * b.x,
      y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t ** 2 * b.y,
    });
    /** The drawn line as points: straight, or Cytoscape's chain of quadratic curves through its control points. */
    const sampled = (edge: Edge): Point[] => {
      const start = edge.sourceEndpoint();
      const end = edge.targetEndpoint();
      const controls = edge.controlPoints() ?? [];
      if (controls.length === 0) return [start, end];
      const points: Point[] = [];
      let from = start;
      controls.forEach((control, i) => {
        const next = controls[i + 1];
        const to = next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : end;
        for (let step = 0; step < 40; step++) points.push(quadratic(from, control, to, step / 40));
        from = to;
      });
      points.push(end);
      return points;
    };
    const distanceToSegment = (p: Point, a: Point, b: Point) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = dx || dy ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
      return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
    };
    const crossesBox = (a: Point, b: Point, box: Box) => {
      let t0 = 0;
      let t1 = 1;
      for (const [p, q] of [
        [a.x - b.x, a.x - box.x1],
        [b.x - a.x, box.x2 - a.x],
        [a.y - b.y, a.y - box.y1],
        [b.y - a.y, box.y2 - a.y],
      ]) {
        if (p === 0) {
          if (q! < 0) return false;
        } else if (p! < 0) t0 = Math.max(t0, q! / p!);
        else t1 = Math.min(t1, q! / p!);
        if (t0 > t1) return false;
      }
      return true;
    };

    const found: string[] = [];
    const nodes = cy.nodes().map((node) => ({
      node,
      centre: node.position(),
      radius: Math.max(node.width(), node.height()) / 2,
      label: node.data('label') ? node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }) : null,
    }));
    for (const edge of cy.edges()) {
      const points = sampled(edge);
      const ends = new Set([edge.source().id(), edge.target().id()]);
      const name = `${edge.data('label')} ${edge.source().data('label')} → ${edge.target().data('label')}`;
      for (const { node, centre, radius, label } of nodes) {
        if (ends.has(node.id())) continue;
        for (let s = 0; s + 1 < points.length; s++) {
          if (distanceToSegment(centre, points[s]!, points[s + 1]!) < radius) {
            found.push(`${name} passes through ${node.data('label')}`);
            break;
          }
          if (label && label.w > 0 && crossesBox(points[s]!, points[s + 1]!, label)) {
            found.push(`${name} passes under the label of ${node.data('label')}`);
            break;
          }
        }
      }
    }
    return found;
  });
}

async function drawnCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return (await drawnGraph(page)).evaluate((cy) => {
    return { nodes: cy.nodes().length, edges: cy.edges().length };
  });
}

/** A screenshot of the canvas (or of `part`), attached to the report for a reviewer to look at. */
async function keepPicture(page: Page, testInfo: TestInfo, name: string, part = page.getByTestId('graph-canvas')): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await part.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test.describe('lines on the canvas', () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test('no line passes through a node it does not touch, or under a label, in any layout offered', async ({ page }, testInfo) => {
    await openApp(page);
    const layouts = await page.getByRole('toolbar', { name: 'Graph view' }).getByLabel('Layout').locator('option').evaluateAll((options) =>
      options.map((option) => (option as HTMLOptionElement).value),
    );
    expect(layouts.length).toBeGreaterThan(1);
    await keepPicture(page, testInfo, 'legend', page.getByRole('region', { name: 'Legend' }));
    for (const layout of layouts) {
      await openApp(page, `/?layout=${layout}`);
      await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout-done', /\d+/);
      const drawn = await drawnCounts(page);
      expect(drawn.nodes, `${layout}: the demo data is drawn`).toBeGreaterThan(10);
      await keepPicture(page, testInfo, `layout-${layout}`);
      // Labels are chosen again once the viewport settles after the fit: the picture as it settles.
      await expect.poll(() => misleadingLines(page), { message: `${layout}: ${drawn.nodes} nodes, ${drawn.edges} lines` }).toEqual([]);
    }
  });

  test('nor after an expansion', async ({ page }, testInfo) => {
    await openApp(page, '/?a=turkey&sel=actor:turkey');
    await expect(detailsHeading(page)).toHaveText('Turkey');
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout-done', /\d+/);
    const expand = tabPanel(page).getByRole('region', { name: 'Neighbours of Turkey' });
    await expand.getByRole('radio', { name: '2 steps' }).check();
    await expand.getByRole('button', { name: /^Add \d+ neighbours$/ }).click();
    await expect(viewSummary(page)).toHaveText(/^9 actors, /);
    await expect.poll(async () => (await drawnCounts(page)).nodes).toBeGreaterThan(9);
    await keepPicture(page, testInfo, 'after-expansion');
    await expect.poll(() => misleadingLines(page)).toEqual([]);
  });
});
