'use client';

import { useQuery } from '@tanstack/react-query';
import type { Core } from 'cytoscape';
import dynamic from 'next/dynamic';
import { useMemo, useState } from 'react';
import { overviewQuery } from '@/lib/api-client';
import { toElements } from './graph/elements';
import type { LayoutName } from './graph/GraphCanvas';
import { Legend } from './Legend';
import { StatusMessage } from './StatusMessage';
import { ViewTable } from './ViewTable';

// Cytoscape needs the DOM: the canvas is rendered in the browser only.
const GraphCanvas = dynamic(() => import('./graph/GraphCanvas'), {
  ssr: false,
  loading: () => <StatusMessage kind="loading">Drawing the graph…</StatusMessage>,
});

const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric',
  circle: 'Circle',
  breadthfirst: 'Breadth-first',
  grid: 'Grid',
};

export function Explorer() {
  const { data: graph, error, isPending, refetch, isFetching } = useQuery(overviewQuery());
  const [layout, setLayout] = useState<LayoutName>('fcose');
  const [cy, setCy] = useState<Core | null>(null);
  const elements = useMemo(() => (graph ? toElements(graph) : []), [graph]);

  if (isPending) return <StatusMessage kind="loading">Loading the graph…</StatusMessage>;
  if (error) {
    return (
      <StatusMessage kind="error" action={{ label: isFetching ? 'Retrying…' : 'Try again', onClick: () => void refetch() }}>
        {error.message}
      </StatusMessage>
    );
  }
  if (graph.actors.length === 0) {
    return <StatusMessage kind="empty">The graph is empty: no actors have been recorded yet.</StatusMessage>;
  }

  return (
    <div className="explorer">
      <div className="canvas-pane">
        <div className="toolbar" role="toolbar" aria-label="Graph view">
          <label>
            Layout{' '}
            <select value={layout} onChange={(event) => setLayout(event.target.value as LayoutName)}>
              {Object.entries(LAYOUT_LABELS).map(([name, label]) => (
                <option key={name} value={name}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => cy?.fit(undefined, 40)} disabled={!cy}>
            Fit
          </button>
          <button type="button" onClick={() => cy?.zoom({ level: cy.zoom() * 1.25, renderedPosition: center(cy) })} disabled={!cy} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => cy?.zoom({ level: cy.zoom() / 1.25, renderedPosition: center(cy) })} disabled={!cy} aria-label="Zoom out">
            −
          </button>
        </div>
        <GraphCanvas elements={elements} layout={layout} onReady={setCy} />
      </div>
      <aside className="side-pane">
        <Legend />
        <ViewTable graph={graph} />
      </aside>
    </div>
  );
}

function center(cy: Core) {
  return { x: cy.width() / 2, y: cy.height() / 2 };
}
