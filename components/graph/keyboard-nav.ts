import type { Core, NodeSingular } from 'cytoscape';
import { ACTOR_KIND_LABELS, type ActorKind } from '@/lib/schemas/actor';
import { plural } from '@/lib/words';

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** Screen directions: y grows downwards. */
const DIRECTIONS: Record<ArrowKey, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

export const DIRECTION_WORDS: Record<ArrowKey, string> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'above', ArrowDown: 'below' };

export function isArrowKey(key: string): key is ArrowKey {
  return key in DIRECTIONS;
}

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * The candidate nearest `from` in the arrow's direction: within 60° of it either side (so that the four cones
 * together reach every neighbour), a step straight ahead preferred to a nearer one far off to the side. Null when
 * none lies that way.
 */
export function nearestInDirection(from: { x: number; y: number }, candidates: readonly Placed[], key: ArrowKey): string | null {
  const direction = DIRECTIONS[key];
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const ahead = dx * direction.x + dy * direction.y;
    const aside = Math.abs(dx * direction.y - dy * direction.x);
    if (ahead <= 0 || aside > ahead * Math.sqrt(3)) continue;
    const score = ahead + 2 * aside;
    if (!best || score < best.score) best = { id: candidate.id, score };
  }
  return best?.id ?? null;
}

/** The node the arrows start from: the selected one, one end of a selected line, or the view's best-connected actor. */
export function startNode(cy: Core, selected: string | null): NodeSingular | null {
  if (selected) {
    const node = cy.nodes().getElementById(selected);
    if (node.nonempty()) return node;
    const line = cy.edges().getElementById(selected);
    if (line.nonempty()) return line.source();
  }
  const actors = cy.nodes('[element = "actor"]').sort((a, b) => (a.data('rank') as number) - (b.data('rank') as number));
  return actors.nonempty() ? (actors.first() as NodeSingular) : null;
}

/** The neighbour of `node` an arrow key moves to, by where they are drawn. */
export function neighbourTowards(node: NodeSingular, key: ArrowKey): NodeSingular | null {
  const neighbours = node.neighborhood().nodes();
  const id = nearestInDirection(
    node.position(),
    neighbours.map((other) => ({ id: other.id(), ...other.position() })),
    key,
  );
  return id ? neighbours.getElementById(id) : null;
}

/** What a screen reader hears of a node: "Israel, state — 12 lines" (an actor's lines counted as the Table counts them). */
export function describeNode(node: NodeSingular): string {
  if (node.data('element') === 'actor') {
    const kind = ACTOR_KIND_LABELS[node.data('kind') as ActorKind].toLowerCase();
    return `${node.data('label')}, ${kind} — ${plural(node.data('degree') as number, 'line', 'lines')}`;
  }
  return `${node.data('label')}, meeting — ${plural(node.connectedEdges().length, 'participant', 'participants')} in view`;
}
