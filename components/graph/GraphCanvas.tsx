'use client';

import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { LayoutName } from '@/lib/view-state';
import { clearDrawnLines, linesCanBeCleared } from './clear-lines';
import { applyFocus } from './focus';
import { createLabelController, type LabelController } from './label-controller';
import { LAYOUT_FIT, layoutOptions } from './layouts';
import { placeNewNodes } from './placement';
import { STYLESHEET } from './stylesheet';
import { attachHoverCard } from './hover-card';
import { describeNode, DIRECTION_WORDS, isArrowKey, neighbourTowards, startNode } from './keyboard-nav';

cytoscape.use(fcose);

/**
 * Above this many elements the canvas draws with Cytoscape's WebGL renderer (3.31+), which keeps panning fluid
 * where the 2D canvas redraws every edge each frame — on a graphics processor. Where WebGL is emulated on the CPU
 * (SwiftShader, llvmpipe: headless browsers, remote desktops, machines without drivers), it pans at a seventh of
 * the 2D canvas's frame rate (bench/browser.ts measures both), so it is used only when the browser reports a GPU.
 */
export const WEBGL_ELEMENTS = 3_000;

function hasHardwareWebgl(): boolean {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return !/swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer);
}

/** Fitting a handful of nodes would blow them up to poster size: beyond this zoom, centre them instead. */
const MAX_FIT_ZOOM = 1.3;

function limitFitZoom(cy: Core): void {
  if (cy.zoom() <= MAX_FIT_ZOOM) return;
  cy.zoom(MAX_FIT_ZOOM);
  cy.center();
}

function isInViewport(cy: Core, box: { x1: number; y1: number; x2: number; y2: number }): boolean {
  const extent = cy.extent();
  return box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  /** Cytoscape id of the selected element: it, its lines and its neighbours are in focus, the rest dimmed. */
  selected: string | null;
  /** Cytoscape ids to highlight (a path); everything else is dimmed. Null highlights nothing. */
  highlighted: ReadonlySet<string> | null;
  onSelect: (elementId: string | null) => void;
  /** Enter on the canvas: show the selected element in full (Details). */
  onOpen?: (elementId: string) => void;
  /** Receives the instance once it exists, for the zoom and fit controls; null when it is destroyed. */
  onReady?: (cy: Core | null) => void;
  /** A picture to reproduce (a snapshot): node positions by id and the viewport, instead of a layout. */
  picture?: { positions: Readonly<Record<string, Position>>; zoom: number; pan: Position };
  /** Bumped to lay the whole picture out again ("Re-arrange"). */
  arrangement?: number;
}

/**
 * The one component that owns the Cytoscape instance. React renders only the container; elements are diffed by
 * id and patched in a batch. The whole layout runs for the first picture and when the analyst picks another one
 * or asks to re-arrange; elements added later are placed near their neighbours and brought into sight, and
 * elements filtered out come back where they were.
 *
 * The container says what it drew, for tests and checks: `data-drawn-nodes`, `data-drawn-edges`,
 * `data-labelled-nodes` (labels drawn at the current zoom) and `data-layout-done` (ms since navigation, two frames
 * after a layout stopped), updated after every layout, zoom, filter or fold change.
 */
export default function GraphCanvas({ elements, layout, selected, highlighted, onSelect, onOpen, onReady, picture, arrangement = 0 }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const labels = useRef<LabelController | null>(null);
  // The instance outlives renders: its listeners and its teardown call the callbacks of the latest render.
  const selectFromCanvas = useEffectEvent((elementId: string | null) => onSelect(elementId));
  const announceInstance = useEffectEvent((cy: Core | null) => onReady?.(cy));
  const layoutInUse = useRef(layout);
  const arranged = useRef(arrangement);
  const rememberedPositions = useRef(new Map<string, Position>(Object.entries(picture?.positions ?? {})));

  useEffect(() => {
    if (!container.current) return;
    // The renderer is chosen once, from the first picture's size: WebGL for the largest views, on a GPU.
    const webgl = elements.length > WEBGL_ELEMENTS && hasHardwareWebgl();
    const cy = cytoscape({
      container: container.current,
      style: STYLESHEET,
      minZoom: 0.05,
      maxZoom: 4,
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    });
    container.current.setAttribute('data-renderer', webgl ? 'webgl' : 'canvas');
    cy.on('tap', (event) => {
      selectFromCanvas(event.target === cy ? null : (event.target as NodeSingular).id());
    });
    labels.current = createLabelController(cy);
    const detachHoverCard = attachHoverCard(cy);
    cyRef.current = cy;
    announceInstance(cy);
    return () => {
      announceInstance(null);
      detachHoverCard();
      labels.current?.dispose();
      labels.current = null;
      cy.destroy();
      cyRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one instance per mount; its renderer follows the first picture's size
  }, []);

  /** Runs a layout; once it has stopped and the next frame is drawn, the container is stamped. */
  const runLayout = (cy: Core, name: LayoutName) => {
    const running = cy.layout(layoutOptions(name, cy.nodes().length, cy.edges().length) as LayoutOptions);
    running.one('layoutstop', () => {
      fitAndClear(cy, labels.current);
      labels.current?.refresh({ stampLayout: true });
    });
    running.run();
  };

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
      labels.current?.refresh({ stampLayout: true });
    } else if (firstPicture) {
      if (cy.nodes().nonempty()) runLayout(cy, layoutInUse.current);
      else labels.current?.refresh({ stampLayout: true });
    } else if (newNodes.length > 0) {
      placeNewNodes(cy, newNodes);
      revealAdded(cy, newNodes);
      labels.current?.refresh();
    } else {
      labels.current?.refresh();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the picture is read once, when the canvas first fills
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || (layoutInUse.current === layout && arranged.current === arrangement)) return;
    layoutInUse.current = layout;
    arranged.current = arrangement;
    runLayout(cy, layout);
  }, [layout, arrangement]);

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
    applyFocus(cy, { highlighted, selected });
    labels.current?.setFocus(highlighted ? null : selected);
  }, [highlighted, selected, elements]);

  const keysId = useId();
  /** What the live region says after a key: the actor reached, or why nothing moved. */
  const [announcement, setAnnouncement] = useState('');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isArrowKey(event.key)) {
      event.preventDefault();
      const from = startNode(cy, selected);
      if (!from) return setAnnouncement('The graph is empty.');
      // The first arrow, with nothing selected, starts at the best-connected actor.
      const to = selected && cy.getElementById(selected).nonempty() ? neighbourTowards(from, event.key) : from;
      if (!to) return setAnnouncement(`No neighbour of ${from.data('label')} ${DIRECTION_WORDS[event.key]}.`);
      onSelect(to.id());
      setAnnouncement(describeNode(to));
    } else if (event.key === 'Enter' && selected) {
      event.preventDefault();
      onOpen?.(selected);
    } else if (event.key === 'Escape' && selected) {
      event.preventDefault();
      onSelect(null);
      setAnnouncement('Selection cleared.');
    }
  };

  // The drawing itself is hidden from assistive technology: the frame is what a keyboard enters, and the Table
  // tab lists the same view as tables.
  return (
    <div
      className="graph-frame"
      id="graph-canvas-frame"
      tabIndex={0}
      role="application"
      aria-roledescription="graph"
      aria-label="Graph canvas"
      aria-describedby={keysId}
      onKeyDown={onKeyDown}
      data-testid="graph-frame"
    >
      <div ref={container} className="graph-canvas" aria-hidden="true" data-testid="graph-canvas" />
      <p id={keysId} hidden>
        Arrow keys move the selection to the nearest neighbour that way, Enter shows it in Details, Escape clears the selection. The Table tab lists the same view.
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announcement">
        {announcement}
      </p>
    </div>
  );
}

/**
 * Fits the picture and clears its lines (no layout keeps lines off the nodes they do not touch, or from under the
 * labels drawn): the labels are chosen at the fitted zoom first, so that lines are cleared of the labels that show,
 * then the picture is fitted again around what moved.
 */
function fitAndClear(cy: Core, labels: LabelController | null): void {
  cy.fit(undefined, LAYOUT_FIT.padding);
  limitFitZoom(cy);
  if (!linesCanBeCleared(cy)) return;
  labels?.refresh();
  if (!clearDrawnLines(cy)) return;
  cy.fit(undefined, LAYOUT_FIT.padding);
  limitFitZoom(cy);
}

/** Nodes an expansion added are fitted into view (animated) with what they join, so that none lands off the canvas. */
function revealAdded(cy: Core, added: NodeSingular[]): void {
  let shown = cy.collection();
  for (const node of added) shown = shown.union(node.closedNeighborhood('node'));
  if (isInViewport(cy, shown.boundingBox())) return;
  cy.animate({ fit: { eles: cy.elements(), padding: LAYOUT_FIT.padding } }, { duration: 300 });
}
