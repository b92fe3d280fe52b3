'use client';

import { useEffect, useState } from 'react';

type Diagnosis = 'checking' | 'database' | 'other';

/**
 * Why a page failed, in words: the server hides error details from the browser, so this asks the health check
 * whether the database is the cause. "Try again" re-renders the page, which works as soon as Neo4j is back.
 */
export function DatabaseAwareError({ onRetry }: { onRetry: () => void }) {
  const [diagnosis, setDiagnosis] = useState<Diagnosis>('checking');
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/health', { signal: controller.signal, cache: 'no-store' })
      .then((response) => setDiagnosis(response.status === 503 ? 'database' : 'other'))
      // No answer at all: the server is down too, which looks the same to the reader.
      .catch(() => setDiagnosis(controller.signal.aborted ? 'checking' : 'database'));
    return () => controller.abort();
  }, []);
  return (
    <div className="status status-error error-page" role="alert">
      <h1>{diagnosis === 'database' ? 'The database is unavailable' : 'This page could not be shown'}</h1>
      <p>
        {diagnosis === 'database'
          ? 'Parley cannot reach Neo4j right now. Nothing you recorded is lost; Parley reconnects by itself once the database is back.'
          : diagnosis === 'checking'
            ? 'Parley could not load this page. Checking whether the database is reachable…'
            : 'Something went wrong on the server; the error has been logged.'}
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
