/**
 * Which labels the canvas draws: the most important first, each only where it overlaps no label already drawn and
 * no node, so that drawn labels never overlap and the hubs of a view are named at the first fit. Pure (rendered
 * pixels in, ids out) so that it is tested without a browser; `GraphCanvas` measures and applies.
 */

export interface LabelCandidate {
  id: string;
  /** Rendered centre of what the label belongs to (a node, or an edge's midpoint). */
  x: number;
  y: number;
  /** A node's rendered half height: its label sits below it. 0 for an edge, whose label is centred on (x, y). */
  below: number;
  /** Rendered text width and height of the label. */
  width: number;
  height: number;
  /** Lower is more important. */
  priority: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Room kept between two labels, and between a label and a node, in pixels. */
const GAP = 2;
/** A label sits this far below its node. */
export const LABEL_OFFSET = 3;
const CELL = 64;

/** Where a node's label sits below it: centred, or (near an edge of the canvas, or to get room) to its left or right. */
export type LabelAlign = 'center' | 'left' | 'right';
const ALIGNS: readonly LabelAlign[] = ['center', 'left', 'right'];

export function labelBox(candidate: LabelCandidate, align: LabelAlign = 'center'): Box {
  const half = candidate.width / 2;
  if (candidate.below === 0) {
    return { x1: candidate.x - half, y1: candidate.y - candidate.height / 2, x2: candidate.x + half, y2: candidate.y + candidate.height / 2 };
  }
  const top = candidate.y + candidate.below + LABEL_OFFSET;
  const x1 = align === 'center' ? candidate.x - half : align === 'left' ? candidate.x - candidate.below - candidate.width : candidate.x + candidate.below;
  return { x1, y1: top, x2: x1 + candidate.width, y2: top + candidate.height };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;
}

/** Boxes indexed by the grid cells they cover, so that each test looks at its neighbourhood only. */
class BoxGrid {
  private readonly cells = new Map<string, { box: Box; owner: string }[]>();

  private *keys(box: Box): Generator<string> {
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++) {
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++) yield `${cx}:${cy}`;
    }
  }

  add(box: Box, owner: string): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push({ box, owner });
      else this.cells.set(key, [{ box, owner }]);
    }
  }

  /** Whether the box overlaps one in the grid that is not owned by `owner` (a node does not block its own label). */
  hits(box: Box, owner: string): boolean {
    for (const key of this.keys(box)) {
      for (const entry of this.cells.get(key) ?? []) {
        if (entry.owner !== owner && overlaps(box, entry.box)) return true;
      }
    }
    return false;
  }
}

/**
 * The labels to draw, most important first, and where: each inside the viewport, overlapping no label chosen
 * before and no node body (`nodes`, rendered boxes by id) but its own node's (an edge's label covers no node at
 * all). A node's label goes below it, centred if it can, else to the left or right.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  nodes: readonly { id: string; box: Box }[],
  viewport: { width: number; height: number },
  { limit = Infinity }: { limit?: number } = {},
): Map<string, LabelAlign> {
  const bodies = new BoxGrid();
  for (const node of nodes) bodies.add(node.box, node.id);
  const drawn = new BoxGrid();
  const chosen = new Map<string, LabelAlign>();
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority);
  for (const candidate of ordered) {
    if (chosen.size >= limit) break;
    for (const align of candidate.below === 0 ? ALIGNS.slice(0, 1) : ALIGNS) {
      const box = labelBox(candidate, align);
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > viewport.width || box.y2 > viewport.height) continue;
      if (drawn.hits(box, '\0') || bodies.hits(box, candidate.id)) continue;
      drawn.add(box, candidate.id);
      chosen.set(candidate.id, align);
      break;
    }
  }
  return chosen;
}
