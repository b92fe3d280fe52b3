import type { Core, NodeSingular } from 'cytoscape';
import { clearLines, type ClearanceEdge, type ClearanceNode } from './clearance';

/**
 * Lines are cleared only where that can succeed: up to this many elements (beyond, it costs seconds), and up to
 * this many lines per node — a dense core of hubs, each with lines to most others, has no placement that keeps
 * every line off every node, and trying only spreads it until nothing can be read.
 */
const CLEAR_LINES_UP_TO = 1_000;
const CLEAR_LINES_DENSITY = 2.5;

export function linesCanBeCleared(cy: Core): boolean {
  const nodes = cy.nodes().length;
  const edges = cy.edges().length;
  return nodes + edges <= CLEAR_LINES_UP_TO && edges <= CLEAR_LINES_DENSITY * nodes;
}

/**
 * Moves the canvas's nodes so that no line passes through a node it does not touch or under another node's label
 * (see `clearance.ts`), reading the sizes and curves Cytoscape draws. The nodes of `pinned` (a picture the analyst
 * already has) move only when moving the others cannot help. Answers whether any node moved.
 */
export function clearDrawnLines(cy: Core, pinned: ReadonlySet<string> = new Set()): boolean {
  const nodes: ClearanceNode[] = cy.nodes().map((node) => {
    const { x, y } = node.position();
    return { id: node.id(), x, y, radius: Math.max(node.outerWidth(), node.outerHeight()) / 2, label: labelBox(node), pinned: pinned.has(node.id()) };
  });
  const edges: ClearanceEdge[] = cy.edges().map((edge) => {
    const source = edge.source().position();
    const target = edge.target().position();
    // Cytoscape bends parallel edges into quadratic curves: keep how far, relative to this edge's own direction.
    const [control] = edge.controlPoints() ?? [];
    const length = Math.hypot(target.x - source.x, target.y - source.y) || 1;
    const bend = control
      ? ((control.x - (source.x + target.x) / 2) * (target.y - source.y) - (control.y - (source.y + target.y) / 2) * (target.x - source.x)) / length
      : 0;
    return { source: edge.source().id(), target: edge.target().id(), bend };
  });
  const { moved } = clearLines(nodes, edges);
  cy.batch(() => {
    for (const [id, position] of moved) cy.getElementById(id).position(position);
  });
  return moved.size > 0;
}

/** The node's label box relative to its centre, as drawn; null when it has no label. */
function labelBox(node: NodeSingular): ClearanceNode['label'] {
  if (!node.data('label')) return null;
  const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
  if (!(box.w > 0) || !Number.isFinite(box.x1)) return null;
  const { x, y } = node.position();
  return { x1: box.x1 - x, y1: box.y1 - y, x2: box.x2 - x, y2: box.y2 - y };
}
