'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { GraphData } from '@/lib/graph';
import { countChanges, selectionOf, type Snapshot, type SnapshotChanges } from '@/lib/snapshot';
import { pictureOf } from '@/lib/picture';
import { TIE_TYPES } from '@/lib/taxonomy';
import type { ElementRef } from '@/lib/element-refs';
import { DEFAULT_FILTERS, parseViewState } from '@/lib/view-state';
import { toElements } from '../graph/elements';
import { Legend } from '../Legend';
import { StatusMessage } from '../StatusMessage';
import { summarizeView } from '../explorer/view-summary';
import { ViewTable } from '../explorer/ViewTable';
import { CitationList } from '../explorer/CitationList';
import { DeleteSnapshot } from './DeleteSnapshot';

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
  // The bundle holds the claims the view showed; they are folded as the view folded them when it was taken.
  const picture = useMemo(
    () => pictureOf(graph, { filters: DEFAULT_FILTERS, hidden: [], fold: parseViewState(new URLSearchParams(snapshot.view.replace(/^\?/, ''))).state.fold }),
    [graph, snapshot.view],
  );
  const elements = useMemo(() => toElements(picture), [picture]);
  const [selected, setSelected] = useState<ElementRef | null>(() => selectionOf(snapshot));
  const claimsOf = (ref: ElementRef) => {
    const line = picture.lines.find((candidate) => candidate.id === ref);
    const ids = new Set(line ? line.claimIds : [ref.slice(ref.indexOf(':') + 1)]);
    const kind = line ? (line.kind === 'met' ? 'meeting' : 'tie') : ref.slice(0, ref.indexOf(':'));
    return kind === 'meeting' ? bundle.meetings.filter((meeting) => ids.has(meeting.id)) : kind === 'tie' ? bundle.ties.filter((tie) => ids.has(tie.id)) : [];
  };
  const selectedClaims = selected ? claimsOf(selected) : [];
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
        <DeleteSnapshot snapshot={snapshot} />
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
          {selectedClaims.map((claim) => (
            <section key={claim.id} aria-label={'title' in claim ? claim.title : TIE_TYPES[claim.type].verb}>
              <h2>{'title' in claim ? claim.title : TIE_TYPES[claim.type].verb}</h2>
              <CitationList
                citations={claim.citations.flatMap((citation) => {
                  const source = sources.get(citation.sourceId);
                  return source ? [{ quote: citation.quote, credibility: citation.credibility, source }] : [];
                })}
              />
            </section>
          ))}
          <ViewTable picture={picture} selected={selected} onSelect={setSelected} />
        </div>
      </aside>
    </div>
  );
}
