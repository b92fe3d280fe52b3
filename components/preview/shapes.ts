/**
 * Cytoscape's node shapes as SVG, for the link-preview picture: it reads each kind's shape from the canvas's
 * visual style (components/graph/visual-style.ts), so that it draws them as the canvas and the legend do.
 */
export type PreviewShape =
  | { element: 'ellipse' }
  | { element: 'rect'; rounded: boolean }
  /** Corners in a box from -1 to 1 each way, as Cytoscape fits its polygons to the node's box. */
  | { element: 'polygon'; points: [number, number][] };

const SIDES: Record<string, number> = { triangle: 3, pentagon: 5, hexagon: 6, heptagon: 7, octagon: 8 };
/** A five-pointed star's inner corners, on a circle this fraction of the outer one (a regular star). */
const STAR_INNER_RADIUS = (3 - Math.sqrt(5)) / 2;

/** The drawing of one of Cytoscape's shape names ("round-hexagon" as a hexagon), or null for one it does not know. */
export function previewShape(shape: string): PreviewShape | null {
  const base = shape.replace(/^round-/, '');
  if (base === 'ellipse') return { element: 'ellipse' };
  if (base === 'rectangle') return { element: 'rect', rounded: shape.startsWith('round-') };
  if (base === 'diamond') return { element: 'polygon', points: [[0, -1], [1, 0], [0, 1], [-1, 0]] };
  if (base === 'star') return { element: 'polygon', points: fitToBox(starPoints()) };
  const sides = SIDES[base];
  return sides ? { element: 'polygon', points: fitToBox(regularPolygon(sides)) } : null;
}

/** Cytoscape's orientation: a corner at the top when the sides are odd, a flat top when they are even. */
function regularPolygon(sides: number, radius = 1, offset = 0): [number, number][] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + offset;
  return Array.from({ length: sides }, (_, index) => [Math.cos(start + index * step), -Math.sin(start + index * step)].map((v) => v * radius) as [number, number]);
}

function starPoints(): [number, number][] {
  const outer = regularPolygon(5);
  const inner = regularPolygon(5, STAR_INNER_RADIUS, Math.PI / 5);
  return outer.flatMap((point, index) => [point, inner[index]!]);
}

/** Stretched to fill the box from -1 to 1, both ways: a node's width and height are those of its shape. */
function fitToBox(points: [number, number][]): [number, number][] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map(([x, y]) => [((x - minX) / (maxX - minX)) * 2 - 1, ((y - minY) / (maxY - minY)) * 2 - 1]);
}
