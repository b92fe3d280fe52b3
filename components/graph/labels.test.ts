import { describe, expect, it } from 'vitest';
import { chooseLabels, labelBox, type LabelCandidate } from './labels';

const node = (id: string, x: number, y: number, priority: number, width = 60): LabelCandidate => ({ id, x, y, below: 10, width, height: 16, priority });
const body = (candidate: LabelCandidate) => ({ id: candidate.id, box: { x1: candidate.x - 10, y1: candidate.y - 10, x2: candidate.x + 10, y2: candidate.y + 10 } });

describe('chooseLabels', () => {
  const viewport = { width: 800, height: 600 };

  it('draws the most important label of two that would overlap, and every label that fits', () => {
    const hub = node('hub', 100, 100, 0);
    const crowded = node('crowded', 125, 100, 5);
    const apart = node('apart', 400, 300, 9);
    const chosen = chooseLabels([crowded, apart, hub], [hub, crowded, apart].map(body), viewport);
    expect([...chosen].sort()).toEqual(['apart', 'hub']);
  });

  it('draws no label over another node, nor outside the canvas', () => {
    const top = node('top', 200, 100, 0);
    const under = node('under', 200, 130, 1); // its body sits where top's label would
    const edge = node('edge', 790, 300, 2);
    const chosen = chooseLabels([top, under, edge], [top, under, edge].map(body), viewport);
    expect(chosen.has('top')).toBe(false);
    expect(chosen.has('under')).toBe(true);
    expect(chosen.has('edge')).toBe(false);
  });

  it('never lets two drawn labels overlap, on a crowd of a thousand', () => {
    const crowd = Array.from({ length: 1000 }, (_, index) => node(`n${index}`, (index * 37) % 800, (index * 53) % 600, index, 40 + (index % 5) * 20));
    const chosen = chooseLabels(crowd, [], viewport);
    const boxes = crowd.filter((candidate) => chosen.has(candidate.id)).map(labelBox);
    expect(boxes.length).toBeGreaterThan(20);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
    }
  });
});
