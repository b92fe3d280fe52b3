'use client';

import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import type { LayoutName } from '@/lib/view-state';
import { clearDrawnLines } from './clear-lines';
import { LAYOUT_FIT, layoutOptions } from './layouts';
import { placeNewNodes } from './placement';
import { STYLESHEET } from './stylesheet';

cytoscape.use(fcose);

/**
 * Runs a layout and, once it has stopped and the next frame is drawn, stamps the container with
 * `data-layout-done` (milliseconds since navigation): the signal end-to-end tests and the benchmark wait for.
 */
function runLayout(cy: Core, layout: LayoutName): void {
  const running = cy.layout(layoutOptions(layout, cy.elements().length) as LayoutOptions);
  running.one('layoutstop', () => {
    // No layout keeps lines off the nodes they do not touch: clear them, then fit what moved.
    clearDrawnLines(cy);
    cy.fit(undefined, LAYOUT_FIT.padding);
    limitFitZoom(cy);
    markDrawn(cy);
  });
  running.run();
}

/** Fitting a handful of nodes would blow them up to poster size: beyond this zoom, centre them instead. */
const MAX_FIT_ZOOM = 1.3;

function limitFitZoom(cy: Core): void {
  if (cy.zoom() <= MAX_FIT_ZOOM) return;
  cy.zoom(MAX_FIT_ZOOM);
  cy.center();
}

function markDrawn(cy: Core): void {
  const container = cy.container();
  // Two frames: the first draws what the layout placed, the second starts once it is on screen.
  requestAnimationFrame(() => requestAnimationFrame(() => container?.setAttribute('data-layout-done', String(Math.round(performance.now())))));
}

function isInViewport(cy: Core, box: { x1: number; y1: number; x2: number; y2: number }): boolean {
  const extent = cy.extent();
  return box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  /** Cytoscape id of the selected element. */
  selected: string | null;
  /** Cytoscape ids to highlight (a path); everything else is dimmed. Null highlights nothing. */
  highlighted: ReadonlySet<string> | null;
  onSelect: (elementId: string | null) => void;
  /** Receives the instance once it exists, for the zoom and fit controls; null when it is destroyed. */
  onReady?: (cy: Core | null) => void;
  /** A picture to reproduce (a snapshot): node positions by id and the viewport, instead of a layout. */
  picture?: { positions: Readonly<Record<string, Position>>; zoom: number; pan: Position };
}

/**
 * The one component that owns the Cytoscape instance. React renders only the container; elements are diffed by
 * id and patched in a batch. The whole layout runs for the first picture and when the analyst picks another one;
 * elements added later are placed near their neighbours, and elements filtered out come back where they were.
 */
export default function GraphCanvas({ elements, layout, selected, highlighted, onSelect, onReady, picture }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef({ onSelect, onReady });
  callbacks.current = { onSelect, onReady };
  const layoutInUse = useRef(layout);
  const rememberedPositions = useRef(new Map<string, Position>(Object.entries(picture?.positions ?? {})));

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({ container: container.current, style: STYLESHEET, minZoom: 0.05, maxZoom: 4 });
    cy.on('tap', (event) => {
      callbacks.current.onSelect(event.target === cy ? null : (event.target as NodeSingular).id());
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
    const firstPicture = cy.nodes().empty();
    const wanted = new Set(elements.map((element) => element.data.id as string));
    const newNodes: NodeSingular[] = [];
    cy.batch(() => {
      cy.elements().forEach((element) => {
        if (wanted.has(element.id())) return;
        if (element.isNode()) rememberedPositions.current.set(element.id(), { ...element.position() });
        element.remove();
      });
      const additions: ElementDefinition[] = [];
      for (const element of elements) {
        const id = element.data.id as string;
        const existing = cy.getElementById(id);
        if (existing.nonempty()) {
          existing.data(element.data);
          continue;
        }
        const remembered = rememberedPositions.current.get(id);
        additions.push(remembered ? { ...element, position: remembered } : element);
      }
      // One call for all of them (one per element costs a collection and a style pass each); Cytoscape adds
      // the nodes of a list before its edges, so that every edge finds its ends.
      cy.add(additions)
        .nodes()
        .forEach((node) => {
          if (!rememberedPositions.current.has(node.id())) newNodes.push(node);
        });
    });
    if (firstPicture && picture) {
      cy.viewport({ zoom: picture.zoom, pan: picture.pan });
      if (newNodes.length > 0) placeNewNodes(cy, newNodes);
      markDrawn(cy);
    } else if (firstPicture) {
      if (cy.nodes().nonempty()) runLayout(cy, layoutInUse.current);
    } else if (newNodes.length > 0) {
      placeNewNodes(cy, newNodes);
    }
    // The picture is read once, when the canvas first fills.
  }, [elements]);

  useEffect(() => {
    if (layoutInUse.current === layout || !cyRef.current) return;
    layoutInUse.current = layout;
    runLayout(cyRef.current, layout);
  }, [layout]);

  const lastRevealed = useRef<string | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const target = selected ? cy.getElementById(selected) : null;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      target?.select();
    });
    // Bring a newly selected element into sight once, when it exists (it may arrive with the next data).
    if (target?.nonempty() && lastRevealed.current !== selected) {
      lastRevealed.current = selected;
      if (!isInViewport(cy, target.boundingBox())) cy.animate({ center: { eles: target } }, { duration: 250 });
    }
  }, [selected, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      // Only where the classes are: touching every element's classes restyles all of them, thousands for nothing.
      cy.elements('.on-path, .faded').removeClass('on-path faded');
      if (!highlighted) return;
      cy.elements().forEach((element) => {
        element.addClass(highlighted.has(element.id()) ? 'on-path' : 'faded');
      });
    });
  }, [highlighted, elements]);

  return <div ref={container} className="graph-canvas" aria-hidden="true" data-testid="graph-canvas" />;
}
