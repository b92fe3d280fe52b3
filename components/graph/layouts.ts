import type { LayoutName } from '@/lib/view-state';

/**
 * The layouts the canvas offers, as plain options (no Cytoscape import here), so that the benchmark's bare
 * Cytoscape page (bench/) runs exactly the layout the app runs.
 */
export const LAYOUTS: Record<LayoutName, { name: string; [option: string]: unknown }> = {
  fcose: { name: 'fcose', animate: false, randomize: true, nodeRepulsion: 20000, idealEdgeLength: 140, nodeSeparation: 90, packComponents: true },
  concentric: { name: 'concentric', animate: false, minNodeSpacing: 40 },
  circle: { name: 'circle', animate: false },
  breadthfirst: { name: 'breadthfirst', animate: false, directed: true, spacingFactor: 1.2 },
  grid: { name: 'grid', animate: false },
};

/** Every layout fits the graph to the canvas, with this margin. */
export const LAYOUT_FIT = { fit: true, padding: 40 } as const;
