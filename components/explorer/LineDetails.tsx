'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { lineClaimsQuery } from '@/lib/api-client';
import { lineSentence } from '@/lib/fold';
import type { LineClaim } from '@/lib/graph';
import { MEETING_KIND_LABELS } from '@/lib/schemas/meeting';
import { describeTie, FAMILY_LABELS } from '@/lib/taxonomy';
import { elementRef, type ElementRef } from '@/lib/element-refs';
import type { ViewState } from '@/lib/view-state';
import { StatusMessage } from '../StatusMessage';
import { CitationList } from './CitationList';
import type { DetailsActions } from './DetailsPanel';
import { dates } from './dates';
import { DetailsHeading } from './details-focus';

/** A folded line: what it folds, then its claims a page at a time, newest first, each with its quotes. */
export function LineDetails({ lineRef, view, actions }: { lineRef: ElementRef; view: ViewState; actions: DetailsActions }) {
  const [page, setPage] = useState(1);
  const { data, error, isPending, isPlaceholderData } = useQuery(lineClaimsQuery(view, lineRef, page));
  if (isPending) return <StatusMessage kind="loading">Loading the claims of this line…</StatusMessage>;
  if (error) return <StatusMessage kind="error">{error.message}</StatusMessage>;
  const { line, ends, total, pageCount, claims } = data;
  const names = new Map(ends.map((end) => [end.id, end.name]));
  const name = (id: string) => names.get(id) ?? id;
  const title = lineSentence(line, name);
  const open = (ref: ElementRef) => actions.select(ref, [line.sourceId, line.targetId], lineRef);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        {line.kind === 'met' ? 'Meetings' : 'Ties'} folded into one line
        {line.family && (
          <>
            {' · '}
            <span className={`family family-${line.family}`}>{FAMILY_LABELS[line.family]}</span>
          </>
        )}
      </p>
      <DetailsHeading>{title}</DetailsHeading>
      <dl className="facts">
        <dt>Claims</dt>
        <dd>{total.toLocaleString('en')}</dd>
        <dt>Dates</dt>
        <dd>{dates(line.since, line.until)}</dd>
        <dt>Best source</dt>
        <dd>{line.bestReliability ?? 'no graded source'}</dd>
        {line.kind === 'met' && (
          <>
            <dt>Kinds</dt>
            <dd>{line.meetingKinds.map((kind) => MEETING_KIND_LABELS[kind]).join(', ')}</dd>
          </>
        )}
      </dl>
      <div className="button-row">
        {ends.map((end) => (
          <button key={end.id} type="button" onClick={() => actions.select(elementRef.actor(end.id), [end.id])}>
            {end.name}
          </button>
        ))}
        <button type="button" onClick={() => actions.hide(lineRef)}>
          Hide this line
        </button>
      </div>
      <section aria-labelledby="line-claims-title" aria-busy={isPlaceholderData}>
        <h3 id="line-claims-title">
          Claims, newest first{pageCount > 1 && ` (page ${data.page} of ${pageCount})`}
        </h3>
        <ol className="line-claims">
          {claims.map((claim) => (
            <LineClaimItem key={claimRef(claim)} claim={claim} name={name} onOpen={() => open(claimRef(claim))} />
          ))}
        </ol>
        {pageCount > 1 && (
          <div className="button-row" role="group" aria-label="Pages of claims">
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Newer
            </button>
            <button type="button" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
              Older
            </button>
          </div>
        )}
      </section>
    </article>
  );
}

export function claimRef(claim: LineClaim): ElementRef {
  return claim.kind === 'tie' ? elementRef.tie(claim.tie.id) : elementRef.meeting(claim.meeting.id);
}

/** One claim of a line: its date, what it says (a button that opens it as itself) and its quotes. */
export function LineClaimItem({ claim, name, onOpen }: { claim: LineClaim; name: (id: string) => string; onOpen: () => void }) {
  const heading =
    claim.kind === 'tie'
      ? describeTie(name(claim.tie.subjectId), claim.tie.type, name(claim.tie.objectId), claim.tie.cameoCode)
      : `${claim.meeting.title} (${MEETING_KIND_LABELS[claim.meeting.kind]})`;
  const when = claim.kind === 'tie' ? dates(claim.tie.since, claim.tie.until) : (claim.meeting.date ?? 'undated');
  return (
    <li className="line-claim">
      <p>
        <span className="date">{when}</span>{' '}
        <button type="button" className="link-button" onClick={onOpen}>
          {heading}
        </button>
      </p>
      <CitationList citations={claim.citations} />
    </li>
  );
}
