'use client';

import { useEffect, useState } from 'react';

type Diagnosis = 'checking' | 'database' | 'hung' | 'other';

const SAID: Record<Diagnosis, { heading: string; text: string }> = {
  checking: { heading: 'This page could not be shown', text: 'Parley could not load this page. Checking whether the database is reachable…' },
  database: {
    heading: 'The database is unavailable',
    text: 'Parley cannot reach Neo4j right now. Nothing you recorded is lost; Parley reconnects by itself once the database is back.',
  },
  hung: {
    heading: 'The database is not answering',
    text:
      'Neo4j accepts connections but does not reply in time (it may be paused, out of disk or cut off). Nothing you ' +
      'recorded is lost; Parley carries on by itself once it answers again.',
  },
  other: { heading: 'This page could not be shown', text: 'Something went wrong on the server; the error has been logged.' },
};

/**
 * Why a page failed, in words: the server hides error details from the browser, so this asks the health check
 * whether the database is the cause. "Try again" re-renders the page, which works as soon as Neo4j is back.
 */
export function DatabaseAwareError({ onRetry }: { onRetry: () => void }) {
  const [diagnosis, setDiagnosis] = useState<Diagnosis>('checking');
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/health', { signal: controller.signal, cache: 'no-store' })
      .then(async (response) => {
        if (response.status !== 503) return setDiagnosis('other');
        const body = (await response.json().catch(() => null)) as { database?: { status?: string } } | null;
        setDiagnosis(body?.database?.status === 'not answering' ? 'hung' : 'database');
      })
      // No answer at all: the server is down too, which looks the same to the reader.
      .catch(() => setDiagnosis(controller.signal.aborted ? 'checking' : 'database'));
    return () => controller.abort();
  }, []);
  return (
    <div className="status status-error error-page" role="alert">
      <h1>{SAID[diagnosis].heading}</h1>
      <p>{SAID[diagnosis].text}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
