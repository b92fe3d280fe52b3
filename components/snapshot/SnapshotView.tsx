'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { GraphData } from '@/lib/graph';
import { countChanges, selectionOf, type Snapshot, type SnapshotChanges } from '@/lib/snapshot';
import type { ElementRef } from '@/lib/view-state';
import { toElements } from '../graph/elements';
import { Legend } from '../Legend';
import { StatusMessage } from '../StatusMessage';
import { summarizeView } from '../explorer/view-summary';
import { ViewTable } from '../explorer/ViewTable';
import { CitationList } from '../explorer/CitationList';

const GraphCanvas = dynamic(() => import('../graph/GraphCanvas'), {
  ssr: false,
  loading: () => <StatusMessage kind="loading">Drawing the snapshot…</StatusMessage>,
});

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
}

function describeChanges(changes: SnapshotChanges): string {
  const parts = [
    [changes.actorsAdded.length, 'actor added', 'actors added'],
    [changes.actorsRemoved.length, 'actor removed', 'actors removed'],
    [changes.tiesAdded.length, 'tie added', 'ties added'],
    [changes.tiesRemoved.length, 'tie removed', 'ties removed'],
    [changes.meetingsAdded.length, 'meeting added', 'meetings added'],
    [changes.meetingsRemoved.length, 'meeting removed', 'meetings removed'],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`)
    .join(', ');
}

/** A snapshot as it was taken: the same picture, the same content and quotes, whatever changed since. */
export function SnapshotView({ snapshot, changes }: { snapshot: Snapshot; changes: SnapshotChanges | null }) {
  const { bundle } = snapshot;
  const graph: GraphData = bundle;
  const elements = useMemo(() => toElements(graph), [graph]);
  const [selected, setSelected] = useState<ElementRef | null>(() => selectionOf(snapshot));
  const selectedClaim = selected
    ? (bundle.ties.find((tie) => `tie:${tie.id}` === selected) ?? bundle.meetings.find((meeting) => `meeting:${meeting.id}` === selected))
    : undefined;
  const sources = new Map(bundle.sources.map((source) => [source.id, source]));

  return (
    <div className="explorer snapshot">
      <aside className="left-pane" aria-label="About this snapshot">
        <h1 className="snapshot-title">Snapshot</h1>
        <p>
          Taken on <time dateTime={snapshot.createdAt}>{formatTime(snapshot.createdAt)}</time> by {snapshot.createdBy}. It shows
          the view exactly as it was then and never changes.
        </p>
        <p className="view-summary" data-testid="snapshot-summary">
          {summarizeView(graph)}
        </p>
        {changes === null ? (
          <p className="muted">Whether the graph has changed since cannot be checked now.</p>
        ) : countChanges(changes) === 0 ? (
          <p role="status">The same view shows the same today.</p>
        ) : (
          <p role="status" className="warning">
            Changed since: {describeChanges(changes)}.
          </p>
        )}
        <Link href={`/${snapshot.view}`} className="button-link">
          Open the live view
        </Link>
        <Legend />
      </aside>
      <section className="canvas-pane" aria-label="Graph as it was">
        <GraphCanvas
          elements={elements}
          layout="fcose"
          selected={selected}
          highlighted={null}
          onSelect={(id) => setSelected(id && !id.startsWith('participation:') ? (id as ElementRef) : null)}
          picture={{ positions: snapshot.positions, zoom: snapshot.zoom, pan: snapshot.pan }}
        />
      </section>
      <aside className="right-pane" aria-label="Snapshot content">
        <div className="tab-panel">
          {selectedClaim && (
            <section aria-labelledby="snapshot-claim-title">
              <h2 id="snapshot-claim-title">{'title' in selectedClaim ? selectedClaim.title : selectedClaim.type}</h2>
              <CitationList
                citations={selectedClaim.citations.flatMap((citation) => {
                  const source = sources.get(citation.sourceId);
                  return source ? [{ quote: citation.quote, credibility: citation.credibility, source }] : [];
                })}
              />
            </section>
          )}
          <ViewTable graph={graph} selected={selected} onSelect={setSelected} />
        </div>
      </aside>
    </div>
  );
}
