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

/** The options of a layout for a view of `elementCount` elements, fit included. */
export function layoutOptions(layout: LayoutName, elementCount: number): { name: string; [option: string]: unknown } {
  const large = layout === 'fcose' && elementCount > LARGE_VIEW ? LARGE_FCOSE : {};
  return { ...LAYOUTS[layout], ...large, ...LAYOUT_FIT };
}
