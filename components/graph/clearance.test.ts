import { describe, expect, it } from 'vitest';
import { clearLines, distanceToSegment, quadraticPoint, segmentCrossesBox, type ClearanceEdge, type ClearanceNode, type Point } from './clearance';

/** A label as the stylesheet draws it: centred under the node, 4 px below its edge. */
const labelBelow = (radius: number, width: number, height = 16) => ({ x1: -width / 2, y1: radius + 2, x2: width / 2, y2: radius + 2 + height });

function node(id: string, x: number, y: number, extra: Partial<ClearanceNode> = {}): ClearanceNode {
  return { id, x, y, radius: 15, label: labelBelow(15, 60), ...extra };
}

function placed(nodes: readonly ClearanceNode[], moved: Map<string, Point>): ClearanceNode[] {
  return nodes.map((n) => ({ ...n, ...moved.get(n.id) }));
}

/** Every (line, node) pair where the line, sampled finely, enters a node it does not touch or its label. */
function misleadingLines(nodes: readonly ClearanceNode[], edges: readonly ClearanceEdge[]): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const found: string[] = [];
  for (const edge of edges) {
    const start = byId.get(edge.source)!;
    const end = byId.get(edge.target)!;
    const length = Math.hypot(end.x - start.x, end.y - start.y);
    const control = {
      x: (start.x + end.x) / 2 + ((end.y - start.y) / length) * (edge.bend ?? 0),
      y: (start.y + end.y) / 2 - ((end.x - start.x) / length) * (edge.bend ?? 0),
    };
    const samples = Array.from({ length: 33 }, (_, i) => quadraticPoint(start, control, end, i / 32));
    for (const other of nodes) {
      if (other.id === edge.source || other.id === edge.target) continue;
      const label = other.label && { x1: other.x + other.label.x1, y1: other.y + other.label.y1, x2: other.x + other.label.x2, y2: other.y + other.label.y2 };
      for (let i = 0; i + 1 < samples.length; i++) {
        const a = samples[i]!;
        const b = samples[i + 1]!;
        if (distanceToSegment(other, a, b) < other.radius || (label && segmentCrossesBox(a, b, label))) {
          found.push(`${edge.source}→${edge.target} through ${other.id}`);
          break;
        }
      }
    }
  }
  return found;
}

/** A small deterministic generator, so that the large case is the same drawing every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

describe('clearLines', () => {
  it('moves a node off a line it does not touch, perpendicular and just clear of it', () => {
    const nodes = [node('a', 0, 0), node('b', 100, 0, { label: null }), node('c', 200, 0)];
    const edges = [{ source: 'a', target: 'c' }];
    expect(misleadingLines(nodes, edges)).toEqual(['a→c through b']);

    const { moved, remaining } = clearLines(nodes, edges, { margin: 6 });

    expect(remaining).toBe(0);
    expect([...moved.keys()]).toEqual(['b']);
    const b = moved.get('b')!;
    expect(b.x).toBeCloseTo(100);
    expect(Math.abs(b.y)).toBeGreaterThanOrEqual(21);
    expect(Math.abs(b.y)).toBeLessThan(22);
    expect(misleadingLines(placed(nodes, moved), edges)).toEqual([]);
  });

  it('moves a node whose label a line runs under, the shorter way', () => {
    // The line passes 25 px below b's centre: through its label, clear of its disk.
    const nodes = [node('a', 0, 25), node('b', 100, 0), node('c', 200, 25)];
    const edges = [{ source: 'a', target: 'c' }];
    expect(misleadingLines(nodes, edges)).toEqual(['a→c through b']);

    const { moved } = clearLines(nodes, edges);

    // Up out of the way costs about 20 px; down, below the label, would cost 30.
    expect(moved.get('b')!.y).toBeGreaterThan(25 - 15 - 6 - 33 - 1);
    expect(moved.get('b')!.y).toBeLessThan(0);
    expect(misleadingLines(placed(nodes, moved), edges)).toEqual([]);
  });

  it('does not move a node off a line onto another node', () => {
    // Just above and below b, where a perpendicular push would land it, sit d and e.
    const bare = { label: null };
    const nodes = [node('a', 0, 0, bare), node('b', 100, 0, bare), node('c', 200, 0, bare), node('d', 100, -30, bare), node('e', 100, 30, bare)];
    const edges = [{ source: 'a', target: 'c' }];

    const { moved, remaining } = clearLines(nodes, edges);

    expect(remaining).toBe(0);
    const after = placed(nodes, moved);
    expect(misleadingLines(after, edges)).toEqual([]);
    for (const [first, second] of [['b', 'd'], ['b', 'e'], ['b', 'a'], ['b', 'c']]) {
      const [p, q] = [after.find((n) => n.id === first)!, after.find((n) => n.id === second)!];
      expect(Math.hypot(p.x - q.x, p.y - q.y), `${first} and ${second} apart`).toBeGreaterThanOrEqual(30);
    }
  });

  it('leaves a line through the label of its own end: it reads as that node’s tie', () => {
    const nodes = [node('a', 0, 0), node('b', 0, 200)];
    expect(clearLines(nodes, [{ source: 'a', target: 'b' }]).moved.size).toBe(0);
  });

  it('follows curved lines: moves what a curve crosses, leaves what lies between two curves', () => {
    const between = node('between', 100, 0, { radius: 8, label: null });
    const nodes = [node('a', 0, 0, { label: null }), node('c', 200, 0, { label: null }), between];
    // Two parallel ties bend 40 px each way: the curves pass 20 px either side of the chord's middle.
    const pair = [
      { source: 'a', target: 'c', bend: 40 },
      { source: 'c', target: 'a', bend: 40 },
    ];
    expect(clearLines(nodes, pair, { margin: 6 }).moved.size).toBe(0);

    const onTheCurve = node('on-curve', 100, -20, { radius: 8, label: null });
    const withCurveNode = [...nodes.slice(0, 2), onTheCurve];
    expect(misleadingLines(withCurveNode, pair)).toHaveLength(1);
    const { moved, remaining } = clearLines(withCurveNode, pair);
    expect(remaining).toBe(0);
    expect(misleadingLines(placed(withCurveNode, moved), pair)).toEqual([]);
  });

  it('keeps a pinned node where it is and moves the new end of the line instead', () => {
    const nodes = [node('a', 0, 0, { pinned: true, label: null }), node('b', 100, 0, { pinned: true, label: null }), node('new', 200, 0, { label: null })];
    const edges = [{ source: 'a', target: 'new' }];

    const { moved } = clearLines(nodes, edges);

    expect([...moved.keys()]).toEqual(['new']);
    expect(misleadingLines(placed(nodes, moved), edges)).toEqual([]);
  });

  it('moves a pinned node when both ends of the line are pinned too: honesty first', () => {
    const nodes = [node('a', 0, 0, { pinned: true }), node('b', 100, 0, { pinned: true }), node('c', 200, 0, { pinned: true })];
    const { moved } = clearLines(nodes, [{ source: 'a', target: 'c' }]);
    expect([...moved.keys()]).toEqual(['b']);
  });

  it('opens a row of nodes tied across each other (a grid row, a concentric spoke) into an honest drawing', () => {
    const nodes = Array.from({ length: 7 }, (_, i) => node(`n${i}`, 0, i * 60));
    const edges = [
      { source: 'n0', target: 'n6' },
      { source: 'n0', target: 'n3' },
      { source: 'n1', target: 'n5' },
      { source: 'n2', target: 'n4' },
      { source: 'n3', target: 'n6' },
    ];
    expect(misleadingLines(nodes, edges).length).toBeGreaterThan(5);

    const { moved, remaining } = clearLines(nodes, edges);

    expect(remaining).toBe(0);
    expect(misleadingLines(placed(nodes, moved), edges)).toEqual([]);
  });

  it('clears a drawing of 500 nodes and 1,500 lines', () => {
    const next = random(18);
    // As a force-directed layout leaves a view of that size: nodes about 130 px apart, ties mostly between near
    // neighbours, a few across; every tenth pair tied twice (two curves).
    const side = Math.ceil(Math.sqrt(500));
    const nodes = Array.from({ length: 500 }, (_, i) =>
      node(`n${i}`, (i % side) * 130 + next() * 60, Math.floor(i / side) * 130 + next() * 60, {
        label: labelBelow(15, 40 + next() * 80, next() < 0.3 ? 30 : 16),
      }),
    );
    const edges: ClearanceEdge[] = [];
    while (edges.length < 1500) {
      const source = nodes[Math.floor(next() * nodes.length)]!;
      const reach = next() < 0.9 ? 300 : 700;
      const near = nodes.filter((other) => other !== source && Math.hypot(other.x - source.x, other.y - source.y) < reach);
      const target = near[Math.floor(next() * near.length)]!;
      if (edges.length % 10 === 0) {
        edges.push({ source: source.id, target: target.id, bend: 20 }, { source: target.id, target: source.id, bend: 20 });
      } else {
        edges.push({ source: source.id, target: target.id });
      }
    }
    const before = misleadingLines(nodes, edges).length;

    const started = performance.now();
    // No time budget here: this measures how long clearing all of it takes.
    const { moved, rounds, remaining } = clearLines(nodes, edges, { budgetMs: Infinity });
    const elapsed = performance.now() - started;

    const after = misleadingLines(placed(nodes, moved), edges).length;
    const displacements = [...moved].map(([id, point]) => {
      const original = nodes.find((n) => n.id === id)!;
      return Math.hypot(point.x - original.x, point.y - original.y);
    });
    console.info(
      `clearLines, 500 nodes / ${edges.length} lines: ${elapsed.toFixed(0)} ms, ${rounds} rounds; ` +
        `misleading lines ${before} → ${after}; ${moved.size} nodes moved (spreading moves all), ` +
        `median ${displacements.sort((a, b) => a - b)[Math.floor(displacements.length / 2)]?.toFixed(0)} px`,
    );
    expect(remaining).toBe(0);
    expect(after).toBe(0);
    // Seconds on an idle machine, half a minute on a loaded one: it is a measure, not a race.
  }, 120_000);
});
