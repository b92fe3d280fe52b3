import { LINE_MARGIN, segmentCrossesBox, type Box } from './clearance';

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


/** Room kept between two labels, and between a label and a node, in pixels. */
const GAP = 2;
/** A label sits this far below its node. */
export const LABEL_OFFSET = 3;
const CELL = 64;

/**
 * Where a node's label sits: below it, centred, as a rule; near an edge of the canvas, or to find room in a crowd,
 * below to its left or right, above it, or beside it.
 */
export const LABEL_PLACES = ['below', 'below-left', 'below-right', 'above', 'right', 'left'] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

export function labelBox(candidate: LabelCandidate, place: LabelPlace = 'below'): Box {
  const { x, y, width, height } = candidate;
  if (candidate.below === 0) return { x1: x - width / 2, y1: y - height / 2, x2: x + width / 2, y2: y + height / 2 };
  const radius = candidate.below;
  const below = y + radius + LABEL_OFFSET;
  const corners: Record<LabelPlace, [number, number]> = {
    below: [x - width / 2, below],
    'below-left': [x - radius - width, below],
    'below-right': [x + radius, below],
    above: [x - width / 2, y - radius - LABEL_OFFSET - height],
    right: [x + radius + LABEL_OFFSET, y - height / 2],
    left: [x - radius - LABEL_OFFSET - width, y - height / 2],
  };
  const [x1, y1] = corners[place];
  return { x1, y1, x2: x1 + width, y2: y1 + height };
}

function grown(box: Box, margin: number): Box {
  return { x1: box.x1 - margin, y1: box.y1 - margin, x2: box.x2 + margin, y2: box.y2 + margin };
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

/** A drawn line, as straight pieces in rendered pixels, and the elements it belongs to (its ends, itself). */
export interface LineOnScreen {
  points: readonly { x: number; y: number }[];
  owners: readonly string[];
}

/** Lines indexed by the grid cells their pieces' boxes cover. */
class LineGrid {
  private readonly cells = new Map<string, { a: { x: number; y: number }; b: { x: number; y: number }; owners: readonly string[] }[]>();

  constructor(lines: readonly LineOnScreen[]) {
    for (const line of lines) {
      for (let i = 1; i < line.points.length; i++) {
        const a = line.points[i - 1]!;
        const b = line.points[i]!;
        for (let cx = Math.floor(Math.min(a.x, b.x) / CELL); cx <= Math.floor(Math.max(a.x, b.x) / CELL); cx++) {
          for (let cy = Math.floor(Math.min(a.y, b.y) / CELL); cy <= Math.floor(Math.max(a.y, b.y) / CELL); cy++) {
            const key = `${cx}:${cy}`;
            const cell = this.cells.get(key);
            const piece = { a, b, owners: line.owners };
            if (cell) cell.push(piece);
            else this.cells.set(key, [piece]);
          }
        }
      }
    }
  }

  /** Whether a line that is not `owner`'s crosses the box. */
  crosses(box: Box, owner: string): boolean {
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++) {
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++) {
        for (const piece of this.cells.get(`${cx}:${cy}`) ?? []) {
          if (!piece.owners.includes(owner) && segmentCrossesBox(piece.a, piece.b, box)) return true;
        }
      }
    }
    return false;
  }
}

/**
 * The labels to draw, most important first, and where: each inside the viewport, overlapping no label chosen
 * before and no node body (`nodes`, rendered boxes by id) but its own node's (an edge's label covers no node at
 * all). A node's label goes below it, centred if it can, else in the first of the other places with room. A place
 * no other element's line crosses or passes within `LINE_MARGIN` of comes first; `lines: 'avoid'` takes no other (a
 * picture whose lines were cleared stays honest), `'prefer'` falls back to a place with a line under it (a dense
 * core, where names matter most).
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  nodes: readonly { id: string; box: Box }[],
  viewport: { width: number; height: number },
  { limit = Infinity, lines = [], underLines = 'prefer' }: { limit?: number; lines?: readonly LineOnScreen[]; underLines?: 'avoid' | 'prefer' } = {},
): Map<string, LabelPlace> {
  const bodies = new BoxGrid();
  for (const node of nodes) bodies.add(node.box, node.id);
  const lineGrid = new LineGrid(lines);
  const drawn = new BoxGrid();
  const chosen = new Map<string, LabelPlace>();
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority);
  for (const candidate of ordered) {
    if (chosen.size >= limit) break;
    const places = candidate.below === 0 ? LABEL_PLACES.slice(0, 1) : LABEL_PLACES;
    let fallback: { place: LabelPlace; box: Box } | undefined;
    let found: { place: LabelPlace; box: Box } | undefined;
    for (const place of places) {
      const box = labelBox(candidate, place);
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > viewport.width || box.y2 > viewport.height) continue;
      if (drawn.hits(box, '\0') || bodies.hits(box, candidate.id)) continue;
      // In a picture whose lines were cleared, lines keep the clearance's margin from a label: the box here is
      // measured, and Cytoscape draws the text (from the node's body, inside its border) and its background a pixel
      // or two off it, so a line that misses the box by less runs under the label as drawn. A dense core, where a
      // label may sit over a line anyway, keeps the bare box: the margin there cost names (19 of 30 drawn, once).
      if (!lineGrid.crosses(underLines === 'avoid' ? grown(box, LINE_MARGIN) : box, candidate.id)) {
        found = { place, box };
        break;
      }
      fallback ??= { place, box };
    }
    const choice = found ?? (underLines === 'prefer' ? fallback : undefined);
    if (!choice) continue;
    drawn.add(choice.box, candidate.id);
    chosen.set(candidate.id, choice.place);
  }
  return chosen;
}
