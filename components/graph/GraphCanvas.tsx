'use client';

import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { STYLESHEET } from './stylesheet';

cytoscape.use(fcose);

export const LAYOUTS = {
  fcose: { name: 'fcose', animate: false, randomize: true, nodeRepulsion: 20000, idealEdgeLength: 140, nodeSeparation: 90, packComponents: true },
  concentric: { name: 'concentric', animate: false, minNodeSpacing: 40 },
  circle: { name: 'circle', animate: false },
  breadthfirst: { name: 'breadthfirst', animate: false, directed: true, spacingFactor: 1.2 },
  grid: { name: 'grid', animate: false },
} as const satisfies Record<string, LayoutOptions | { name: 'fcose'; [option: string]: unknown }>;
export type LayoutName = keyof typeof LAYOUTS;

function runLayout(cy: Core, layout: LayoutName): void {
  cy.layout(LAYOUTS[layout] as LayoutOptions).run();
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  onSelect?: (elementId: string | null) => void;
  /** Receives the instance once it exists, for the zoom and fit controls; null when it is destroyed. */
  onReady?: (cy: Core | null) => void;
}

/**
 * The one component that owns the Cytoscape instance. React renders only the container; elements are diffed by
 * id and patched in a batch, and the layout runs when the set of nodes first appears or the layout changes.
 */
export default function GraphCanvas({ elements, layout, onSelect, onReady }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef({ onSelect, onReady });
  callbacks.current = { onSelect, onReady };
  const layoutInUse = useRef(layout);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: STYLESHEET,
      minZoom: 0.1,
      maxZoom: 4,
    });
    cy.on('tap', (event) => {
      const target = event.target as Core | cytoscape.SingularElementReturnValue;
      callbacks.current.onSelect?.(target === cy ? null : (target as cytoscape.SingularElementReturnValue).id());
    });
    cyRef.current = cy;
    callbacks.current.onReady?.(cy);
    return () => {
      callbacks.current.onReady?.(null);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Map(elements.map((element) => [element.data.id as string, element]));
    let added = 0;
    cy.batch(() => {
      cy.elements().forEach((element) => {
        if (!wanted.has(element.id())) element.remove();
      });
      const missing = elements.filter((element) => cy.getElementById(element.data.id as string).empty());
      // Nodes before edges, so that every edge finds its ends.
      cy.add(missing.filter((element) => element.group === 'nodes'));
      cy.add(missing.filter((element) => element.group === 'edges'));
      added = missing.length;
      for (const element of elements) {
        const existing = cy.getElementById(element.data.id as string);
        if (existing.nonempty()) existing.data(element.data);
      }
    });
    if (added > 0) runLayout(cy, layoutInUse.current);
  }, [elements]);

  useEffect(() => {
    if (layoutInUse.current === layout || !cyRef.current) return;
    layoutInUse.current = layout;
    runLayout(cyRef.current, layout);
  }, [layout]);

  return <div ref={container} className="graph-canvas" aria-hidden="true" data-testid="graph-canvas" />;
}
