import type { Core, NodeSingular, Position } from 'cytoscape';
import { clearDrawnLines, linesCanBeCleared } from './clear-lines';

const RING_RADIUS = 130;

/**
 * Places nodes that were just added near what they connect to, so that the picture the analyst has built does
 * not move: each new node goes on a ring around its first neighbour already placed; a meeting goes between its
 * participants; a node with no placed neighbour goes to the right of the drawing. Then the new nodes (and the
 * old only if nothing else helps) move off the lines they would sit on.
 */
export function placeNewNodes(cy: Core, newNodes: NodeSingular[]): void {
  const isNew = new Set(newNodes.map((node) => node.id()));
  const placedNeighbour = (node: NodeSingular) =>
    node
      .neighborhood('node')
      .filter((neighbour) => !isNew.has(neighbour.id()))
      .first();
  const byAnchor = new Map<string, NodeSingular[]>();
  const loose: NodeSingular[] = [];
  for (const node of newNodes) {
    const anchor = placedNeighbour(node);
    if (anchor.empty()) loose.push(node);
    else byAnchor.set(anchor.id(), [...(byAnchor.get(anchor.id()) ?? []), node]);
  }
  for (const [anchorId, nodes] of byAnchor) {
    const center = cy.getElementById(anchorId).position();
    const start = Math.random() * Math.PI * 2;
    nodes.forEach((node, index) => {
      const ring = Math.floor(index / 12);
      const angle = start + ((index % 12) / Math.min(12, nodes.length)) * Math.PI * 2;
      node.position(onRing(center, RING_RADIUS * (1 + ring * 0.6), angle));
    });
  }
  placeLoose(cy, loose, isNew);
  if (linesCanBeCleared(cy)) clearDrawnLines(cy, new Set(cy.nodes().filter((node) => !isNew.has(node.id())).map((node) => node.id())));
}

function onRing(center: Position, radius: number, angle: number): Position {
  return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
}

function placeLoose(cy: Core, nodes: NodeSingular[], isNew: Set<string>): void {
  if (nodes.length === 0) return;
  const placed = cy.nodes().filter((node) => !isNew.has(node.id()));
  const box = placed.nonempty() ? placed.boundingBox() : { x2: 0, y1: 0 };
  const columns = Math.ceil(Math.sqrt(nodes.length));
  nodes.forEach((node, index) => {
    node.position({ x: box.x2 + 120 + (index % columns) * 110, y: box.y1 + Math.floor(index / columns) * 90 });
  });
}
