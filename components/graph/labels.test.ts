import { describe, expect, it } from 'vitest';
import { LINE_MARGIN } from './clearance';
import { chooseLabels, labelBox, type LabelCandidate } from './labels';

const node = (id: string, x: number, y: number, priority: number, width = 60): LabelCandidate => ({ id, x, y, below: 10, width, height: 16, priority });
const body = (candidate: LabelCandidate) => ({ id: candidate.id, box: { x1: candidate.x - 10, y1: candidate.y - 10, x2: candidate.x + 10, y2: candidate.y + 10 } });

describe('chooseLabels', () => {
  const viewport = { width: 800, height: 600 };

  it('draws the most important label where it wants, and moves a crowded one aside', () => {
    const hub = node('hub', 100, 100, 0);
    const crowded = node('crowded', 125, 100, 5);
    const apart = node('apart', 400, 300, 9);
    const chosen = chooseLabels([crowded, apart, hub], [hub, crowded, apart].map(body), viewport);
    expect(Object.fromEntries(chosen)).toEqual({ hub: 'below', crowded: 'below-right', apart: 'below' });
    // With no room anywhere around it, the less important label is not drawn.
    const hemmed = [hub, crowded, node('left', 40, 104, 1), node('right', 200, 104, 2), node('over', 125, 60, 3), node('beside', 175, 100, 4)];
    expect(chooseLabels(hemmed, hemmed.map(body), viewport).has('crowded')).toBe(false);
  });

  it('draws no label over another node, nor outside the canvas', () => {
    const top = node('top', 200, 100, 0);
    const under = node('under', 200, 130, 1); // its body sits where top's label would
    const edge = node('edge', 790, 300, 2);
    const chosen = chooseLabels([top, under, edge], [top, under, edge].map(body), viewport);
    // top's label would cover under's body below top: it goes above; edge's fits only to its left.
    expect(chosen.get('top')).toBe('above');
    expect(chosen.get('under')).toBe('below');
    expect(chosen.get('edge')).toBe('below-left');
    expect(chooseLabels([node('corner', 795, 595, 0)], [], viewport).size).toBe(0);
  });

  it('puts a label where no other element’s line runs under it, or leaves it out when the lines must stay clear', () => {
    const hub = node('hub', 200, 200, 0);
    // A line of two other actors runs just below the hub, through where its label would be centred.
    const below = { points: [{ x: 100, y: 220 }, { x: 300, y: 220 }], owners: ['a', 'b'] };
    expect(chooseLabels([hub], [body(hub)], viewport, { lines: [below] }).get('hub')).toBe('above');
    // Nor one that passes just beside where the label would be: as drawn, it would graze the label.
    const grazing = { points: [{ x: 100, y: 211 }, { x: 300, y: 211 }], owners: ['a', 'b'] };
    expect(labelBox(hub, 'below').y1 - 211).toBeLessThan(LINE_MARGIN);
    expect(chooseLabels([hub], [body(hub)], viewport, { lines: [grazing], underLines: 'avoid' }).get('hub')).toBe('above');
    // The hub's own lines do not count against its label.
    expect(chooseLabels([hub], [body(hub)], viewport, { lines: [{ ...below, owners: ['hub', 'b'] }] }).get('hub')).toBe('below');
    // Lines all round: a dense picture still names the hub; a cleared one does not draw a label over a line.
    const around = [100, 185, 200, 215, 230].map((y) => ({ points: [{ x: 0, y }, { x: 800, y }], owners: ['a', 'b'] }));
    expect(chooseLabels([hub], [body(hub)], viewport, { lines: around, underLines: 'prefer' }).get('hub')).toBe('below');
    expect(chooseLabels([hub], [body(hub)], viewport, { lines: around, underLines: 'avoid' }).has('hub')).toBe(false);
  });

  it('never lets two drawn labels overlap, on a crowd of a thousand', () => {
    const crowd = Array.from({ length: 1000 }, (_, index) => node(`n${index}`, (index * 37) % 800, (index * 53) % 600, index, 40 + (index % 5) * 20));
    const chosen = chooseLabels(crowd, [], viewport);
    const boxes = crowd.filter((candidate) => chosen.has(candidate.id)).map((candidate) => labelBox(candidate, chosen.get(candidate.id)));
    expect(boxes.length).toBeGreaterThan(20);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
    }
  });
});
