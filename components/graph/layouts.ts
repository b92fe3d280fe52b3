import type { LayoutName } from '@/lib/view-state';

/**
 * The layouts the canvas offers, as plain options (no Cytoscape import here), so that the benchmark's bare
 * Cytoscape page (bench/) runs exactly the layout the app runs.
 */
const LAYOUTS: Record<LayoutName, { name: string; [option: string]: unknown }> = {
  fcose: { name: 'fcose', animate: false, randomize: true, nodeRepulsion: 20000, idealEdgeLength: 140, nodeSeparation: 90, packComponents: true },
  concentric: { name: 'concentric', animate: false, minNodeSpacing: 40 },
  circle: { name: 'circle', animate: false },
  breadthfirst: { name: 'breadthfirst', animate: false, directed: true, spacingFactor: 1.2 },
  grid: { name: 'grid', animate: false },
};

/** Every layout fits the graph to the canvas, with this margin. */
export const LAYOUT_FIT = { fit: true, padding: 40 } as const;

/**
 * Above this many elements, fcose's force-directed pass takes seconds (about 20 s at 5,000 elements on two
 * cores) and barely changes the picture of such a crowd: its spectral draft alone, spread wider, takes about one.
 */
const LARGE_VIEW = 1_000;
const LARGE_FCOSE = { quality: 'draft', nodeSeparation: 250 } as const;

/**
 * Dense views (a core of hubs, each with lines to most others) need room between nodes, or the lines bury the
 * nodes and their labels: fcose's edges get longer and its repulsion stronger with the lines per node.
 */
function spreadForDensity(nodeCount: number, edgeCount: number): Record<string, number> {
  const density = Math.min(8, edgeCount / Math.max(1, nodeCount));
  return { idealEdgeLength: 140 + 15 * density, nodeRepulsion: 20000 * (1 + 1.5 * density), nodeSeparation: 90 + 5 * density };
}

/** The options of a layout for a view of `nodeCount` nodes and `edgeCount` edges, fit included. */
export function layoutOptions(layout: LayoutName, nodeCount: number, edgeCount = 0): { name: string; [option: string]: unknown } {
  if (layout !== 'fcose') return { ...LAYOUTS[layout], ...LAYOUT_FIT };
  const large = nodeCount + edgeCount > LARGE_VIEW ? LARGE_FCOSE : spreadForDensity(nodeCount, edgeCount);
  return { ...LAYOUTS[layout], ...large, ...LAYOUT_FIT };
}
