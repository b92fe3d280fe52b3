'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { expandPreviewQuery, fetchNeighbourhood } from '@/lib/api-client';
import { MEETING_CONNECTION, type ConnectionKind, type Neighbourhood } from '@/lib/graph';
import { EXPAND_CAP } from '@/lib/schemas/requests';
import { TIE_TYPES } from '@/lib/taxonomy';
import { StatusMessage } from '../StatusMessage';

export function connectionLabel(connection: ConnectionKind): string {
  return connection === MEETING_CONNECTION ? 'Met at a meeting' : TIE_TYPES[connection].verb;
}

interface ExpandControlsProps {
  actorId: string;
  actorName: string;
  /** The actors the view shows now, so that an expansion says when it has nothing left to add. */
  inView: ReadonlySet<string>;
  onAdd: (actorIds: string[]) => void;
  onFocus: (actorIds: string[]) => void;
}

/**
 * Adds an actor's neighbours to the view. It first shows how many there are by kind of connection, lets the
 * analyst pick, and adds at most EXPAND_CAP at once unless asked for all.
 */
export function ExpandControls({ actorId, actorName, inView, onAdd, onFocus }: ExpandControlsProps) {
  const [hops, setHops] = useState<1 | 2>(1);
  const [excluded, setExcluded] = useState<ReadonlySet<ConnectionKind>>(new Set());
  const preview = useQuery(expandPreviewQuery(actorId, hops));
  const [lastResult, setLastResult] = useState<{ result: Neighbourhood; focus: boolean; added: number } | null>(null);

  const available = preview.data?.byConnection ?? [];
  const chosen = available.filter((entry) => !excluded.has(entry.connection));
  const allChosen = chosen.length === available.length;
  // Counts estimated from samples (lib/reach.ts) say so wherever they are shown.
  const about = preview.data?.estimated ? 'about ' : '';
  const estimate = allChosen ? (preview.data?.total ?? 0) : Math.min(preview.data?.total ?? 0, chosen.reduce((sum, entry) => sum + entry.count, 0));

  const expand = useMutation({
    mutationFn: ({ limit, focus }: { limit: number; focus: boolean }) =>
      fetchNeighbourhood(actorId, hops, allChosen ? null : chosen.map((entry) => entry.connection), limit, focus),
    onSuccess: (result, { focus }) => {
      setLastResult({ result, focus, added: result.actorIds.filter((id) => !inView.has(id)).length });
      if (focus) onFocus(result.actorIds);
      else onAdd(result.actorIds);
    },
  });

  // Everything this choice reaches is shown already: say so instead of offering to add it again.
  const nothingLeft = lastResult !== null && !lastResult.focus && !lastResult.result.truncated && lastResult.result.hops === hops && allChosen && lastResult.result.actorIds.every((id) => inView.has(id));

  const toggle = (connection: ConnectionKind) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(connection)) next.delete(connection);
      else next.add(connection);
      return next;
    });

  return (
    <section className="expand" aria-labelledby="expand-title">
      <h3 id="expand-title">Neighbours of {actorName}</h3>
      <div className="segmented" role="radiogroup" aria-label="How far">
        {([1, 2] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="hops" value={value} checked={hops === value} onChange={() => setHops(value)} />
            {value === 1 ? '1 step' : '2 steps'}
          </label>
        ))}
      </div>
      {preview.isPending && <StatusMessage kind="loading">Counting neighbours…</StatusMessage>}
      {preview.error && <StatusMessage kind="error">{preview.error.message}</StatusMessage>}
      {preview.data && preview.data.total === 0 && <p className="muted">{actorName} has no recorded connections.</p>}
      {preview.data && preview.data.total > 0 && (
        <>
          <fieldset className="connection-choices">
            <legend>
              {preview.data.estimated && 'About '}
              {preview.data.total} {preview.data.total === 1 ? 'neighbour' : 'neighbours'} within {hops} {hops === 1 ? 'step' : 'steps'}, by connection
              {hops === 2 && ' on the way (one may count under several)'}
              {preview.data.estimated && ': estimated from samples of the best-connected actors’ ties'}
            </legend>
            {available.map((entry) => (
              <label key={entry.connection}>
                <input type="checkbox" checked={!excluded.has(entry.connection)} onChange={() => toggle(entry.connection)} />
                {connectionLabel(entry.connection)} <span className="count">{about}{entry.count}</span>
              </label>
            ))}
          </fieldset>
          {estimate > EXPAND_CAP && (
            <p className="warning" role="note">
              That is {preview.data.estimated ? 'about' : 'up to'} {estimate} actors: the {EXPAND_CAP} best-connected are added unless you ask for all.
            </p>
          )}
          <div className="button-row">
            <button type="button" disabled={chosen.length === 0 || expand.isPending || nothingLeft} onClick={() => expand.mutate({ limit: EXPAND_CAP, focus: false })}>
              {nothingLeft
                ? 'All shown'
                : estimate > EXPAND_CAP
                  ? `Add the ${EXPAND_CAP} best-connected`
                  : `Add ${estimate} ${estimate === 1 ? 'neighbour' : 'neighbours'}`}
            </button>
            {estimate > EXPAND_CAP && (
              <button type="button" disabled={expand.isPending} onClick={() => expand.mutate({ limit: Math.min(estimate, 1000), focus: false })}>
                {preview.data.estimated ? `Add up to ${Math.min(estimate, 1000)}` : `Add all ${Math.min(estimate, 1000)}`}
              </button>
            )}
            <button type="button" disabled={chosen.length === 0 || expand.isPending} onClick={() => expand.mutate({ limit: EXPAND_CAP, focus: true })}>
              Show only this neighbourhood
            </button>
          </div>
          {expand.error && <StatusMessage kind="error">{expand.error.message}</StatusMessage>}
          {lastResult && (
            <p className="muted" role="status" data-testid="expand-outcome">
              {lastResult.focus
                ? `Showing ${actorName} with ${lastResult.result.actorIds.length} of ${lastResult.result.estimated ? 'about ' : ''}${lastResult.result.total} neighbours${lastResult.result.truncated ? ' (the best-connected, as many as one readable picture holds)' : ''}.`
                : lastResult.added === 0
                  ? `All ${lastResult.result.actorIds.length} of these neighbours are in the view already: nothing left to add.`
                  : `Added ${lastResult.added} ${lastResult.added === 1 ? 'actor' : 'actors'}${lastResult.result.truncated ? ` (the best-connected of ${lastResult.result.estimated ? 'about ' : ''}${lastResult.result.total} neighbours)` : ''}.`}
            </p>
          )}
        </>
      )}
    </section>
  );
}
