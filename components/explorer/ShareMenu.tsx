'use client';

import { useMutation } from '@tanstack/react-query';
import type { Core } from 'cytoscape';
import { useRef, useState } from 'react';
import { sendJson } from '@/lib/api-client';
import { CSV_TABLES } from '@/lib/export/csv';
import { viewQueryString, type ViewState } from '@/lib/view-state';
import { RequireRole } from '../session/RequireRole';

interface ShareMenuProps {
  view: ViewState;
  cy: Core | null;
}

/** The SVG extension needs the browser, so it is loaded only when a picture is asked for. */
async function downloadPicture(cy: Core, format: 'png' | 'svg'): Promise<void> {
  const picture = await import('../graph/picture');
  picture.downloadPicture(cy, format);
}

function exportHref(view: ViewState, format: string, table?: string): string {
  const params = new URLSearchParams(viewQueryString(view).replace(/^\?/, ''));
  params.set('format', format);
  if (table) params.set('table', table);
  return `/api/export?${params.toString()}`;
}

type CopiedLink = 'live' | 'snapshot';

function CopyOutcome({ what, copied }: { what: CopiedLink; copied: boolean }) {
  if (copied) {
    return (
      <p role="status" className="muted">
        {what === 'live' ? 'Link to the view copied.' : 'Snapshot link copied.'}
      </p>
    );
  }
  return (
    <p role="alert" className="field-error">
      {what === 'live'
        ? 'Copy failed: copy the address from the browser’s address bar instead.'
        : 'Copy failed: the link above is selected; copy it with Ctrl+C (⌘C on a Mac).'}
    </p>
  );
}

/** Links to paste into a report: the live view, a frozen snapshot, and the view as files for other tools. */
export function ShareMenu({ view, cy }: ShareMenuProps) {
  const [copy, setCopy] = useState<{ what: CopiedLink; copied: boolean } | null>(null);
  const snapshotInput = useRef<HTMLInputElement>(null);
  const snapshot = useMutation({
    mutationFn: () => {
      if (!cy) throw new Error('The graph is not drawn yet.');
      const positions = Object.fromEntries(cy.nodes().map((node) => [node.id(), node.position()]));
      return sendJson<{ id: string; url: string }>(
        'POST',
        '/api/snapshots',
        { view: viewQueryString(view), positions, zoom: cy.zoom(), pan: cy.pan() },
      );
    },
  });

  const copyLink = async (text: string, what: CopiedLink) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy({ what, copied: true });
    } catch {
      // The browser refused (no permission, no secure context): say so, and leave the link ready to copy by hand.
      setCopy({ what, copied: false });
      if (what === 'snapshot') snapshotInput.current?.focus();
    }
  };
  const snapshotUrl = snapshot.data ? `${window.location.origin}${snapshot.data.url}` : null;

  return (
    <div className="menus">
      <details className="menu">
        <summary>Share</summary>
        <div className="menu-body" role="group" aria-label="Share this view">
          <button type="button" onClick={() => void copyLink(window.location.href, 'live')}>
            Copy link to this view
          </button>
          <p className="muted">The link shows the same actors, filters and selection, with the data as it is when opened.</p>
          {/* A snapshot is stored, so it needs an account (any role); visitors still copy live links. */}
          <RequireRole role="viewer" otherwise="notice" action="share a snapshot of this exact picture">
            <button type="button" onClick={() => snapshot.mutate()} disabled={!cy || snapshot.isPending}>
              {snapshot.isPending ? 'Saving the snapshot…' : 'Share this exact picture'}
            </button>
          </RequireRole>
          <p className="muted">A snapshot keeps the positions and the content as they are now, even if the graph changes later.</p>
          {snapshot.error && (
            <p className="field-error" role="alert">
              {snapshot.error.message}
            </p>
          )}
          {snapshotUrl && (
            <div className="snapshot-link">
              <label htmlFor="snapshot-url">Snapshot link</label>
              <input id="snapshot-url" ref={snapshotInput} readOnly value={snapshotUrl} onFocus={(event) => event.target.select()} />
              <button type="button" onClick={() => void copyLink(snapshotUrl, 'snapshot')}>
                Copy
              </button>
            </div>
          )}
          {copy && <CopyOutcome {...copy} />}
        </div>
      </details>
      <details className="menu">
        <summary>Export</summary>
        <div className="menu-body" role="group" aria-label="Export this view">
          <p className="muted">What the view shows, filters applied, with the sources it cites.</p>
          <button type="button" disabled={!cy} onClick={() => cy && void downloadPicture(cy, 'png')}>
            Picture (PNG)
          </button>
          <button type="button" disabled={!cy} onClick={() => cy && void downloadPicture(cy, 'svg')}>
            Picture (SVG)
          </button>
          <a href={exportHref(view, 'json')} download>
            Data with citations (JSON)
          </a>
          <a href={exportHref(view, 'graphml')} download>
            Graph for Gephi (GraphML)
          </a>
          {CSV_TABLES.map((table) => (
            <a key={table} href={exportHref(view, 'csv', table)} download>
              Table of {table} (CSV)
            </a>
          ))}
        </div>
      </details>
    </div>
  );
}
