'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { sourceProfileQuery } from '@/lib/authoring-client';
import type { BackedClaim } from '@/lib/records';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, webUrlSchema } from '@/lib/schemas/common';
import { describeTie } from '@/lib/taxonomy';
import { DEFAULT_VIEW, viewQueryString } from '@/lib/view-state';
import { FormDialog } from '../authoring/FormDialog';
import { HistoryView } from '../authoring/HistoryView';
import { StatusMessage } from '../StatusMessage';
import styles from './RecordPage.module.css';
import { elementRef } from '@/lib/element-refs';

/** The explorer, showing a claim selected with the actors it needs. */
function claimLink(claim: BackedClaim): string {
  if (claim.kind === 'tie') {
    return `/${viewQueryString({ ...DEFAULT_VIEW, actors: [claim.subject.id, claim.object.id], selected: elementRef.tie(claim.id) })}`;
  }
  return `/${viewQueryString({ ...DEFAULT_VIEW, selected: elementRef.meeting(claim.id) })}`;
}

function claimTitle(claim: BackedClaim): string {
  if (claim.kind === 'tie') return describeTie(claim.subject.name, claim.type, claim.object.name, claim.cameoCode);
  return `${claim.title} (${claim.date ?? 'undated'})`;
}

/** A source, its grading, and every claim it backs with the quote it gives for each. */
export function SourceProfileView({ id }: { id: string }) {
  const profile = useQuery(sourceProfileQuery(id));
  const [showHistory, setShowHistory] = useState(false);
  if (profile.isPending) return <StatusMessage kind="loading">Loading the source…</StatusMessage>;
  if (profile.isError) return <StatusMessage kind="error">{profile.error.message}</StatusMessage>;
  const { source, claims } = profile.data;
  const href = source.url && webUrlSchema.safeParse(source.url).success ? source.url : null;
  return (
    <article className={styles.inner} aria-labelledby="source-title">
      <p className="eyebrow">Source</p>
      <h1 id="source-title" className={styles.title}>
        {source.title}
      </h1>
      <dl className="facts">
        {source.publisher && (
          <>
            <dt>Publisher</dt>
            <dd>{source.publisher}</dd>
          </>
        )}
        {source.publishedAt && (
          <>
            <dt>Published</dt>
            <dd>{source.publishedAt}</dd>
          </>
        )}
        {source.section && (
          <>
            <dt>Section</dt>
            <dd>{source.section}</dd>
          </>
        )}
        <dt>Language</dt>
        <dd>{source.language}</dd>
        <dt>Reliability</dt>
        <dd>
          {source.reliability} — {RELIABILITY_LABELS[source.reliability]}
        </dd>
        <dt>Address</dt>
        <dd>
          {href ? (
            <a className={styles.link} href={href} target="_blank" rel="noopener noreferrer nofollow">
              {href}
            </a>
          ) : (
            'no link recorded'
          )}
        </dd>
      </dl>
      <div className={styles.actions}>
        <button type="button" onClick={() => setShowHistory(true)}>
          History
        </button>
        <Link href="/" className={styles.link}>
          Back to the explorer
        </Link>
      </div>
      <section aria-labelledby="claims-title">
        <h2 id="claims-title" className={styles.subtitle}>
          Claims it backs ({claims.length})
        </h2>
        {claims.length === 0 && <p className="muted">No tie or meeting cites this source.</p>}
        <ol className={styles.claims}>
          {claims.map((claim, index) => (
            <li key={`${claim.kind}-${claim.id}-${index}`} className={styles.claim}>
              <p className="eyebrow">{claim.kind === 'tie' ? `Tie · ${claim.type}` : 'Meeting'}</p>
              <Link href={claimLink(claim)} className={styles.link}>
                {claimTitle(claim)}
              </Link>
              <blockquote lang={source.language}>{claim.quote}</blockquote>
              <p className="muted">
                Information {claim.credibility} — {CREDIBILITY_LABELS[claim.credibility]}
              </p>
            </li>
          ))}
        </ol>
      </section>
      {showHistory && (
        <FormDialog title={`History of “${source.title}”`} onClose={() => setShowHistory(false)}>
          <HistoryView record="source" id={source.id} />
        </FormDialog>
      )}
    </article>
  );
}
