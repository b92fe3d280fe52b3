/**
 * Keeps the drawing honest: a line that passes through a node it does not touch, or under another node's label,
 * reads as a tie to that node. Given where the nodes are, how big they and their labels are, and the lines between
 * them, this moves the fewest nodes the least: each node in a line's way goes to the nearest place tried (first just
 * off the line, perpendicular to it; then further, or another way) where it is in no line's way and its own lines
 * pass through no node; rounds repeat until nothing is in the way, no move helps, or the rounds run out; if lines
 * are still in the way, the drawing is spread about its centre (its shape kept) and cleared again. Two
 * spatial grids (nodes, lines) keep each question to a neighbourhood: 500 nodes and 1,500 lines take under a second.
 * Pure: no Cytoscape here (`clear-lines.ts` reads the canvas into it), so that it is tested on plain numbers.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ClearanceNode {
  id: string;
  x: number;
  y: number;
  radius: number;
  /** The label's box relative to the node's centre (labels sit below the node); null when it has none. */
  label: Box | null;
  /** Part of a picture the analyst already has: moved only when moving the others cannot clear the lines. */
  pinned?: boolean;
}

export interface ClearanceEdge {
  source: string;
  target: string;
  /**
   * Parallel lines between one pair are drawn as quadratic Bézier curves: the signed distance of the control
   * point from the middle of the chord, to the left of source → target. 0 or absent: a straight line.
   */
  bend?: number;
}

export interface ClearanceOptions {
  /** How far a line stays from a node or a label it does not touch, in pixels. */
  margin?: number;
  /** Rounds of pushing before giving up on what is still in the way. */
  maxRounds?: number;
  /**
   * Milliseconds of work after which clearing stops where it is: a crowd of thousands (seconds to clear fully)
   * is not read line by line, and the canvas must not wait for it.
   */
  budgetMs?: number;
}

export interface ClearanceResult {
  /** The new position of every node that moved. */
  moved: Map<string, Point>;
  rounds: number;
  /** Lines still in the way of a node or label, and nodes still on each other, when nothing more helped: 0 when the drawing is honest. */
  remaining: number;
}

/**
 * How far, in pixels, a line stays from a node or a label it does not touch, here and where labels are chosen
 * (labels.ts): a line that grazes a label reads as running under it.
 */
export const LINE_MARGIN = 6;
const DEFAULT_ROUNDS = 40;
const DEFAULT_BUDGET_MS = 1_000;
/** Segments a curved line is cut into: at 40 px of bend, the chords stay within half a pixel of the curve. */
const CURVE_SEGMENTS = 8;
/** A push lands this much beyond the edge of clearance, so that rounding does not bring the conflict back. */
const OVERSHOOT = 0.5;
/**
 * Where a node may go: along the perpendiculars of the lines in its way and a compass of directions, this many
 * steps each, each step half the node (with its label) long.
 */
const SEARCH_STEPS = 6;
const COMPASS = compass(12);
/** When clearing alone leaves lines in the way, the whole drawing is spread by this factor (and cleared again). */
const SPREAD = 1.25;
const MAX_SPREADS = 3;

function compass(directions: number): Point[] {
  return Array.from({ length: directions }, (_, k) => ({ x: Math.cos((2 * Math.PI * k) / directions), y: Math.sin((2 * Math.PI * k) / directions) }));
}

/** Perpendiculars tried per node: the lines in its way beyond these are cleared by later rounds. */
const MAX_NORMALS = 3;

interface Obstacle {
  /** The node's disk and label, grown by the margin; the label relative to the node's centre. */
  radius: number;
  label: Box | null;
  /** Both together, relative to the centre: what the spatial grid files. */
  extent: Box;
  /** How far apart the places tried along a direction are. */
  step: number;
}

interface Line {
  source: number;
  target: number;
  bend: number;
}

/** A way out for a node: a direction and how far. */
interface Move {
  direction: Point;
  distance: number;
}

export function clearLines(nodes: readonly ClearanceNode[], edges: readonly ClearanceEdge[], options: ClearanceOptions = {}): ClearanceResult {
  const margin = options.margin ?? LINE_MARGIN;
  const maxRounds = options.maxRounds ?? DEFAULT_ROUNDS;
  const deadline = performance.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  let drawing = new Drawing(nodes, edges, margin, deadline);
  let rounds = drawing.clear(maxRounds);
  let remaining = drawing.conflicts();
  // Spreading the drawing about its centre moves every line away from every node it does not touch (distances
  // grow, nodes and labels do not), without changing the picture's shape. Not over a picture the analyst has.
  for (let spread = 0; remaining > 0 && spread < MAX_SPREADS && !nodes.some((node) => node.pinned) && performance.now() < deadline; spread++) {
    drawing = new Drawing(drawing.spread(nodes, SPREAD), edges, margin, deadline);
    rounds += drawing.clear(maxRounds);
    remaining = drawing.conflicts();
  }
  const moved = new Map<string, Point>();
  nodes.forEach((node, i) => {
    if (drawing.xs[i] !== node.x || drawing.ys[i] !== node.y) moved.set(node.id, { x: drawing.xs[i]!, y: drawing.ys[i]! });
  });
  return { moved, rounds, remaining };
}

/**
 * The drawing as it is being cleared: positions, and two spatial grids kept up to date as nodes move — nodes (with
 * their labels) by the cells they cover, and lines by the cells they pass through — so that asking "what is in
 * this node's way" and "what is in this line's way" costs the neighbourhood, not the whole drawing.
 */
class Drawing {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  private readonly obstacles: Obstacle[];
  private readonly lines: Line[];
  private readonly incident: number[][];
  private readonly cellSize: number;
  private readonly nodeGrid = new Map<number, Set<number>>();
  private readonly lineGrid = new Map<number, Set<number>>();
  private readonly nodeCells: number[][];
  private readonly lineCells: number[][];
  // What was last looked at under which stamp, so that one met in several cells is tested once.
  private readonly seenNode: Int32Array;
  private readonly seenLine: Int32Array;
  private stamp = 0;
  /** Each line's points as it is drawn now; forgotten when one of its ends moves. */
  private readonly drawn: (Point[] | undefined)[] = [];

  constructor(
    private readonly nodes: readonly ClearanceNode[],
    edges: readonly ClearanceEdge[],
    private readonly margin: number,
    private readonly deadline: number,
  ) {
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    this.xs = Float64Array.from(nodes, (node) => node.x);
    this.ys = Float64Array.from(nodes, (node) => node.y);
    this.obstacles = nodes.map((node) => toObstacle(node, margin));
    this.lines = edges
      .map((edge) => ({ source: index.get(edge.source), target: index.get(edge.target), bend: edge.bend ?? 0 }))
      .filter((line): line is Line => line.source !== undefined && line.target !== undefined && line.source !== line.target);
    this.incident = nodes.map(() => []);
    this.lines.forEach((line, l) => {
      this.incident[line.source]!.push(l);
      this.incident[line.target]!.push(l);
    });
    this.cellSize = gridCellSize(this.obstacles);
    this.seenNode = new Int32Array(nodes.length);
    this.seenLine = new Int32Array(this.lines.length);
    this.nodeCells = nodes.map(() => []);
    this.lineCells = this.lines.map(() => []);
    nodes.forEach((_, i) => this.fileNode(i));
    this.lines.forEach((_, l) => this.fileLine(l));
  }

  /** Rounds of relieving until nothing is in the way or no move helps; answers how many rounds moved something. */
  clear(maxRounds: number): number {
    let rounds = 0;
    while (rounds < maxRounds) {
      // Nodes of the picture the analyst already has move only when moving the others could not help.
      const moved = this.relieve(false, true).moved || this.relieve(false, false).moved || this.relieve(true, true).moved || this.relieve(true, false).moved;
      if (!moved) break;
      rounds++;
    }
    return rounds;
  }

  /** The nodes at their current positions, spread by `factor` about their centre. */
  spread(nodes: readonly ClearanceNode[], factor: number): ClearanceNode[] {
    const cx = this.xs.reduce((sum, x) => sum + x, 0) / Math.max(1, this.xs.length);
    const cy = this.ys.reduce((sum, y) => sum + y, 0) / Math.max(1, this.ys.length);
    return nodes.map((node, i) => ({ ...node, x: cx + (this.xs[i]! - cx) * factor, y: cy + (this.ys[i]! - cy) * factor }));
  }

  /**
   * One pass over the pinned or the free nodes: each goes to the nearest place tried where it is in nobody's way
   * and its lines pass through nobody, or failing that where there are fewer such conflicts. `obstaclesOnly`: only
   * the nodes in the way of a line (the cheapest to move, just off the line), not the ends of lines in the way.
   */
  relieve(pinned: boolean, obstaclesOnly: boolean): { moved: boolean } {
    let moved = false;
    for (let i = 0; i < this.nodes.length && performance.now() < this.deadline; i++) {
      if (Boolean(this.nodes[i]!.pinned) !== pinned) continue;
      const normals: Move[] = [];
      const now = this.conflictsAt(i, this.xs[i]!, this.ys[i]!, Infinity, normals);
      if (now.total === 0 || (obstaclesOnly && now.inTheWay === 0)) continue;
      const best = this.bestMove(i, now.total, normals);
      if (best) {
        this.move(i, this.xs[i]! + best.direction.x * best.distance, this.ys[i]! + best.direction.y * best.distance);
        moved = true;
      }
    }
    return { moved };
  }

  /**
   * Every (line, node) pair where the line passes through a node it does not touch or under its label, and every
   * pair of nodes sitting on each other.
   */
  conflicts(): number {
    let count = 0;
    this.lines.forEach((line, l) => {
      count += this.nodesInTheWay(line, this.points(l));
    });
    let overlaps = 0;
    for (let i = 0; i < this.nodes.length; i++) overlaps += this.overlapsAt(i, this.xs[i]!, this.ys[i]!);
    return count + overlaps / 2;
  }

  private bestMove(i: number, now: number, normals: readonly Move[]): Move | null {
    const step = this.obstacles[i]!.step;
    // Alternate which side comes first, so that a row of nodes astride one line opens into a zigzag.
    const sides = (i % 2 === 0 ? normals : [...normals].reverse()).slice(0, 2 * MAX_NORMALS);
    const tries: Move[] = [];
    for (const first of [...sides, ...COMPASS.map((direction) => ({ direction, distance: step }))]) {
      for (let k = 0; k <= SEARCH_STEPS; k++) tries.push({ direction: first.direction, distance: first.distance + k * step });
    }
    tries.sort((a, b) => a.distance - b.distance);
    let best: Move | null = null;
    let fewest = now;
    for (const attempt of tries) {
      const x = this.xs[i]! + attempt.direction.x * attempt.distance;
      const y = this.ys[i]! + attempt.direction.y * attempt.distance;
      const conflicts = this.conflictsAt(i, x, y, fewest).total;
      if (conflicts < fewest) {
        best = attempt;
        fewest = conflicts;
        if (conflicts === 0) break;
      }
    }
    return best;
  }

  /**
   * How many lines node i would be in the way of at (x, y), and in all, with how many nodes its own lines would
   * pass through; counting stops at `limit`. `normals` receives, for each line in its way, the two perpendicular
   * moves that would just clear it.
   */
  private conflictsAt(i: number, x: number, y: number, limit: number, normals?: Move[]): { inTheWay: number; total: number } {
    let inTheWay = 0;
    const stamp = ++this.stamp;
    this.forEachCellOf(i, x, y, (cell) => {
      for (const l of this.lineGrid.get(cell) ?? []) {
        if (this.seenLine[l] === stamp || inTheWay >= limit) continue;
        this.seenLine[l] = stamp;
        const line = this.lines[l]!;
        if (line.source === i || line.target === i) continue;
        const points = this.points(l);
        const hit = this.firstHit(i, x, y, points);
        if (hit < 0) continue;
        inTheWay++;
        if (normals) normals.push(...this.clearingMoves(i, x, y, points[hit]!, points[hit + 1]!));
      }
    });
    inTheWay += this.overlapsAt(i, x, y);
    let total = inTheWay;
    for (const l of this.incident[i]!) {
      if (total >= limit) break;
      total += this.nodesInTheWay(this.lines[l]!, this.points(l, i, x, y));
    }
    return { inTheWay, total };
  }

  /**
   * How many nodes node i would sit on at (x, y) (its disk on theirs or under their label, or theirs under its
   * label): a node on a node hides their lines, so moving one off a line must not put it there.
   */
  private overlapsAt(i: number, x: number, y: number): number {
    let count = 0;
    const stamp = ++this.stamp;
    const mine = this.obstacles[i]!;
    this.forEachCellOf(i, x, y, (cell) => {
      for (const j of this.nodeGrid.get(cell) ?? []) {
        if (j === i || this.seenNode[j] === stamp) continue;
        this.seenNode[j] = stamp;
        const theirs = this.obstacles[j]!;
        const jx = this.xs[j]!;
        const jy = this.ys[j]!;
        // Margins count once between two nodes, as between a node and a line.
        const apart = mine.radius + theirs.radius - this.margin;
        if (Math.hypot(x - jx, y - jy) < apart || diskMeetsBox(x, y, mine.radius, theirs.label, jx, jy) || diskMeetsBox(jx, jy, theirs.radius, mine.label, x, y)) count++;
      }
    });
    return count;
  }

  /** How many nodes, other than its ends, the line drawn through `points` passes through or under the label of. */
  private nodesInTheWay(line: Line, points: readonly Point[]): number {
    let count = 0;
    const stamp = ++this.stamp;
    for (let s = 0; s + 1 < points.length; s++) {
      forEachCell(points[s]!, points[s + 1]!, this.cellSize, (cell) => {
        for (const j of this.nodeGrid.get(cell) ?? []) {
          if (this.seenNode[j] === stamp || j === line.source || j === line.target) continue;
          this.seenNode[j] = stamp;
          if (this.firstHit(j, this.xs[j]!, this.ys[j]!, points) >= 0) count++;
        }
      });
    }
    return count;
  }

  /** The first segment of `points` that enters node j's disk or label with the node at (x, y); -1 for none. */
  private firstHit(j: number, x: number, y: number, points: readonly Point[]): number {
    const { radius, label, extent } = this.obstacles[j]!;
    for (let s = 0; s + 1 < points.length; s++) {
      const a = points[s]!;
      const b = points[s + 1]!;
      if (Math.max(a.x, b.x) < x + extent.x1 || Math.min(a.x, b.x) > x + extent.x2) continue;
      if (Math.max(a.y, b.y) < y + extent.y1 || Math.min(a.y, b.y) > y + extent.y2) continue;
      if (distanceToSegment({ x, y }, a, b) < radius) return s;
      if (label && segmentCrossesBox(a, b, { x1: x + label.x1, y1: y + label.y1, x2: x + label.x2, y2: y + label.y2 })) return s;
    }
    return -1;
  }

  /** The two moves perpendicular to segment a–b that take node j (with its label, as one) just clear of it. */
  private clearingMoves(j: number, x: number, y: number, a: Point, b: Point): Move[] {
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) return [];
    const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
    const offset = (px: number, py: number) => (px - a.x) * normal.x + (py - a.y) * normal.y;
    const { radius, label } = this.obstacles[j]!;
    const centre = offset(x, y);
    let low = centre - radius;
    let high = centre + radius;
    if (label) {
      for (const [cx, cy] of [
        [label.x1, label.y1],
        [label.x2, label.y1],
        [label.x1, label.y2],
        [label.x2, label.y2],
      ] as const) {
        low = Math.min(low, offset(x + cx, y + cy));
        high = Math.max(high, offset(x + cx, y + cy));
      }
    }
    return [
      { direction: normal, distance: OVERSHOOT - low },
      { direction: { x: -normal.x, y: -normal.y }, distance: OVERSHOOT + high },
    ].filter((move) => move.distance > 0);
  }

  private move(i: number, x: number, y: number): void {
    this.unfile(this.nodeGrid, this.nodeCells[i]!, i);
    for (const l of this.incident[i]!) this.unfile(this.lineGrid, this.lineCells[l]!, l);
    this.xs[i] = x;
    this.ys[i] = y;
    for (const l of this.incident[i]!) this.drawn[l] = undefined;
    this.fileNode(i);
    for (const l of this.incident[i]!) this.fileLine(l);
  }

  /** The line as drawn, centre to centre (with node `moving` at (x, y)): two points when straight, a sampled curve when bent. */
  private points(l: number, moving = -1, x = 0, y = 0): Point[] {
    const line = this.lines[l]!;
    if (moving < 0) return (this.drawn[l] ??= linePoints({ x: this.xs[line.source]!, y: this.ys[line.source]! }, { x: this.xs[line.target]!, y: this.ys[line.target]! }, line.bend));
    const at = (i: number) => (i === moving ? { x, y } : { x: this.xs[i]!, y: this.ys[i]! });
    return linePoints(at(line.source), at(line.target), line.bend);
  }

  private forEachCellOf(i: number, x: number, y: number, visit: (cell: number) => void): void {
    const { extent } = this.obstacles[i]!;
    const size = this.cellSize;
    for (let column = Math.floor((x + extent.x1) / size); column <= Math.floor((x + extent.x2) / size); column++) {
      for (let row = Math.floor((y + extent.y1) / size); row <= Math.floor((y + extent.y2) / size); row++) visit(cellKey(column, row));
    }
  }

  private fileNode(i: number): void {
    this.forEachCellOf(i, this.xs[i]!, this.ys[i]!, (cell) => this.file(this.nodeGrid, this.nodeCells[i]!, cell, i));
  }

  private fileLine(l: number): void {
    const points = this.points(l);
    for (let s = 0; s + 1 < points.length; s++) {
      forEachCell(points[s]!, points[s + 1]!, this.cellSize, (cell) => this.file(this.lineGrid, this.lineCells[l]!, cell, l));
    }
  }

  private file(grid: Map<number, Set<number>>, cells: number[], cell: number, item: number): void {
    const members = grid.get(cell);
    if (members) members.add(item);
    else grid.set(cell, new Set([item]));
    cells.push(cell);
  }

  private unfile(grid: Map<number, Set<number>>, cells: number[], item: number): void {
    for (const cell of cells) grid.get(cell)?.delete(item);
    cells.length = 0;
  }
}

function toObstacle(node: ClearanceNode, margin: number): Obstacle {
  const radius = node.radius + margin;
  const label = node.label && {
    x1: node.label.x1 - margin,
    y1: node.label.y1 - margin,
    x2: node.label.x2 + margin,
    y2: node.label.y2 + margin,
  };
  const extent = {
    x1: Math.min(-radius, label?.x1 ?? 0),
    y1: Math.min(-radius, label?.y1 ?? 0),
    x2: Math.max(radius, label?.x2 ?? 0),
    y2: Math.max(radius, label?.y2 ?? 0),
  };
  const step = Math.max(8, Math.max(extent.x2 - extent.x1, extent.y2 - extent.y1) / 2);
  return { radius, label, extent, step };
}

/** Cells about twice the typical obstacle, so that most obstacles sit in one to four of them. */
function gridCellSize(obstacles: readonly Obstacle[]): number {
  if (obstacles.length === 0) return 1;
  const sizes = obstacles.map((obstacle) => 2 * obstacle.step).sort((a, b) => a - b);
  return 2 * sizes[Math.floor(sizes.length / 2)]!;
}

/** Cells are keyed by one number; 2^20 cells a side is far beyond any drawing. */
const cellKey = (column: number, row: number) => (column + 2 ** 20) * 2 ** 21 + (row + 2 ** 20);

/** Every cell the segment passes through, row by row: as many cells as the segment is long, not its box. */
function forEachCell(a: Point, b: Point, cellSize: number, visit: (cell: number) => void): void {
  const row1 = Math.floor(Math.min(a.y, b.y) / cellSize);
  const row2 = Math.floor(Math.max(a.y, b.y) / cellSize);
  for (let row = row1; row <= row2; row++) {
    let xa = a.x;
    let xb = b.x;
    if (a.y !== b.y) {
      const top = Math.max(row * cellSize, Math.min(a.y, b.y));
      const bottom = Math.min((row + 1) * cellSize, Math.max(a.y, b.y));
      xa = a.x + ((top - a.y) / (b.y - a.y)) * (b.x - a.x);
      xb = a.x + ((bottom - a.y) / (b.y - a.y)) * (b.x - a.x);
    }
    const column1 = Math.floor(Math.min(xa, xb) / cellSize);
    const column2 = Math.floor(Math.max(xa, xb) / cellSize);
    for (let column = column1; column <= column2; column++) visit(cellKey(column, row));
  }
}

function linePoints(start: Point, end: Point, bend: number): Point[] {
  if (bend === 0) return [start, end];
  const length = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  // The left normal of source → target, in screen coordinates (y down).
  const normal = { x: (end.y - start.y) / length, y: -(end.x - start.x) / length };
  const control = { x: (start.x + end.x) / 2 + normal.x * bend, y: (start.y + end.y) / 2 + normal.y * bend };
  return Array.from({ length: CURVE_SEGMENTS + 1 }, (_, step) => quadraticPoint(start, control, end, step / CURVE_SEGMENTS));
}

export function quadraticPoint(start: Point, control: Point, end: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * start.x + 2 * u * t * control.x + t * t * end.x, y: u * u * start.y + 2 * u * t * control.y + t * t * end.y };
}

/** Whether a disk at (x, y) meets a label box placed relative to (bx, by). */
function diskMeetsBox(x: number, y: number, radius: number, box: Box | null, bx: number, by: number): boolean {
  if (!box) return false;
  const nearestX = Math.max(bx + box.x1, Math.min(x, bx + box.x2));
  const nearestY = Math.max(by + box.y1, Math.min(y, by + box.y2));
  return Math.hypot(x - nearestX, y - nearestY) < radius;
}

/** Where the point's foot falls on the segment, from 0 at `a` to 1 at `b`. */
function projection(point: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const squared = dx * dx + dy * dy;
  if (squared === 0) return 0;
  return Math.min(1, Math.max(0, ((point.x - a.x) * dx + (point.y - a.y) * dy) / squared));
}

export function distanceToSegment(point: Point, a: Point, b: Point): number {
  const t = projection(point, a, b);
  return Math.hypot(point.x - (a.x + t * (b.x - a.x)), point.y - (a.y + t * (b.y - a.y)));
}

/** Whether the segment enters the box (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}
