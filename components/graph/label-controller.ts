import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { linesCanBeCleared } from './clear-lines';
import type { Box } from './clearance';
import { chooseLabels, LABEL_OFFSET, type LabelCandidate, type LabelPlace, type LineOnScreen } from './labels';
import { EDGE_LABEL_FONT, EDGE_LABEL_FONT_PX, LABEL_FONT, LABEL_FONT_PX, LABEL_MAX_WIDTH_PX } from './stylesheet';

/** Past this many lines drawn, only the lines of the element in focus carry labels: the rest would be noise. */
const EDGE_LABELS_UP_TO = 60;
/** Past this many meeting nodes, only those in focus carry their titles: "Meeting 411" a dozen times says nothing. */
const MEETING_LABELS_UP_TO = 12;
/** The labels are chosen again once the viewport has been still this long (not on every frame of a pan). */
const SETTLE_MS = 120;
const LINE_HEIGHT = 1.3;

export interface LabelController {
  /** Chooses the labels again and stamps what is drawn; `stampLayout` also stamps `data-layout-done`. */
  refresh(options?: { stampLayout?: boolean }): void;
  /** The element in focus: its label and its neighbours' come first. */
  setFocus(id: string | null): void;
  dispose(): void;
}

/**
 * Decides which labels the canvas draws (labels.ts) after every layout, zoom, pan, drag or change of elements,
 * keeps them the same size on screen whatever the zoom, and stamps the container with what it drew.
 */
export function createLabelController(cy: Core): LabelController {
  let focus: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();

  const textWidth = (text: string, font: string): number => {
    const key = `${font}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (context) context.font = font;
      width = Math.min(LABEL_MAX_WIDTH_PX, context ? context.measureText(text).width : text.length * 7) + 2;
      widths.set(key, width);
    }
    return width;
  };

  const apply = () => {
    const zoom = cy.zoom();
    const viewport = { width: cy.width(), height: cy.height() };
    const inView = (x: number, y: number) => x >= -50 && y >= -50 && x <= viewport.width + 50 && y <= viewport.height + 50;
    const focused = focus ? cy.getElementById(focus) : cy.collection();
    const inFocus = focused.nodes().nonempty() ? focused.closedNeighborhood() : focused.union(focused.connectedNodes());

    const nodeBoxes: { id: string; box: Box }[] = [];
    const candidates: LabelCandidate[] = [];
    const labelMeetings = cy.nodes('[element = "meeting"]').length <= MEETING_LABELS_UP_TO;
    cy.nodes(':visible').forEach((node: NodeSingular) => {
      const { x, y } = node.renderedPosition();
      if (!inView(x, y)) return;
      const half = node.renderedOuterWidth() / 2;
      nodeBoxes.push({ id: node.id(), box: { x1: x - half, y1: y - half, x2: x + half, y2: y + half } });
      if (!labelMeetings && node.data('element') === 'meeting' && !inFocus.has(node)) return;
      const rank = Number(node.data('rank') ?? 0);
      candidates.push({
        id: node.id(),
        x,
        y,
        below: half,
        width: textWidth(String(node.data('label') ?? ''), LABEL_FONT),
        height: LABEL_FONT_PX * LINE_HEIGHT,
        priority: inFocus.has(node) ? rank - 1e6 : rank,
      });
    });
    const lines = cy.edges('[element = "tie"], [element = "met"]').filter(':visible');
    const labelAllLines = lines.length <= EDGE_LABELS_UP_TO;
    lines.forEach((edge: EdgeSingular) => {
      if (!labelAllLines && !inFocus.has(edge)) return;
      const { x, y } = edge.renderedMidpoint();
      if (!inView(x, y)) return;
      candidates.push({
        id: edge.id(),
        x,
        y,
        below: 0,
        width: textWidth(String(edge.data('label') ?? ''), EDGE_LABEL_FONT),
        height: EDGE_LABEL_FONT_PX * LINE_HEIGHT,
        // After every node; the lines holding most claims first.
        priority: (inFocus.has(edge) ? -1e6 + 5e5 : 1e5) - Number(edge.data('count') ?? 1),
      });
    });

    // Where lines were cleared of nodes and labels, a label takes no place with another's line under it.
    const chosen = chooseLabels(candidates, nodeBoxes, viewport, { lines: linesOnScreen(cy), underLines: linesCanBeCleared(cy) ? 'avoid' : 'prefer' });
    cy.batch(() => {
      cy.elements('.labelled').forEach((element) => {
        if (!chosen.has(element.id())) element.removeClass('labelled');
      });
      for (const [id, place] of chosen) {
        const element = cy.getElementById(id);
        element.addClass('labelled');
        // Sizes in model units that come out the same on screen at this zoom.
        element.style(
          element.isNode()
            ? { 'font-size': LABEL_FONT_PX / zoom, 'text-max-width': `${LABEL_MAX_WIDTH_PX / zoom}px`, ...placeStyle(place, LABEL_OFFSET / zoom) }
            : { 'font-size': EDGE_LABEL_FONT_PX / zoom },
        );
      }
    });
    const container = cy.container();
    if (!container) return;
    let labelledNodes = 0;
    for (const id of chosen.keys()) if (cy.getElementById(id).isNode()) labelledNodes += 1;
    container.setAttribute('data-drawn-nodes', String(cy.nodes(':visible').length));
    container.setAttribute('data-drawn-edges', String(cy.edges(':visible').length));
    container.setAttribute('data-labelled-nodes', String(labelledNodes));
    // Elements marked as changed since the view's "changes since" moment (components/graph/elements.ts).
    container.setAttribute('data-drawn-added', String(cy.elements('[change = "added"]:visible').length));
    container.setAttribute('data-drawn-edited', String(cy.elements('[change = "edited"]:visible').length));
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(apply, SETTLE_MS);
  };
  cy.on('viewport', schedule);
  cy.on('dragfree', 'node', schedule);

  return {
    refresh({ stampLayout = false } = {}) {
      clearTimeout(timer);
      apply();
      if (!stampLayout) return;
      const container = cy.container();
      // Two frames: the first draws what the layout placed, the second starts once it is on screen.
      requestAnimationFrame(() => requestAnimationFrame(() => container?.setAttribute('data-layout-done', String(Math.round(performance.now())))));
    },
    setFocus(id) {
      if (focus === id) return;
      focus = id;
      apply();
    },
    dispose() {
      clearTimeout(timer);
      cy.off('viewport', schedule);
      cy.off('dragfree', 'node', schedule);
    },
  };
}

/** Cytoscape's alignment and margins that put a node's label in `place` (labels.ts), `offset` model units off the node. */
function placeStyle(place: LabelPlace, offset: number) {
  const styles: Record<LabelPlace, [string, string, number, number]> = {
    below: ['bottom', 'center', 0, offset],
    'below-left': ['bottom', 'left', 0, offset],
    'below-right': ['bottom', 'right', 0, offset],
    above: ['top', 'center', 0, -offset],
    right: ['center', 'right', offset, 0],
    left: ['center', 'left', -offset, 0],
  };
  const [valign, halign, marginX, marginY] = styles[place];
  return { 'text-valign': valign, 'text-halign': halign, 'text-margin-x': marginX, 'text-margin-y': marginY };
}

/** Each drawn line as straight pieces in rendered pixels: a curve (parallel lines) sampled through its control point. */
function linesOnScreen(cy: Core): LineOnScreen[] {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return cy.edges(':visible').map((edge) => {
    const start = edge.renderedSourceEndpoint();
    const end = edge.renderedTargetEndpoint();
    const control = (edge.controlPoints() ?? [])[0];
    const owners = [edge.source().id(), edge.target().id(), edge.id()];
    if (!control) return { points: [start, end], owners };
    const via = { x: control.x * zoom + pan.x, y: control.y * zoom + pan.y };
    const points = Array.from({ length: 9 }, (_, step) => {
      const t = step / 8;
      return { x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * via.x + t ** 2 * end.x, y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * via.y + t ** 2 * end.y };
    });
    return { points, owners };
  });
}
