'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { sendJson } from '@/lib/api-client';
import { fieldErrorsFromApi, textOrNull } from '@/lib/authoring-forms';
import type { Extraction } from '@/lib/extract/extract';
import { ApiClientError } from '@/lib/query-client';
import { emptyCitation } from '../authoring/drafts';
import styles from './Extract.module.css';
import { ReportForm, type SourceDraft } from './ReportForm';
import { ReviewPanel } from './ReviewPanel';
import { startReview, type ReviewState } from './useReview';

/** The first line of a report, as the title its source is given until the analyst writes one. */
function firstLine(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 199).trimEnd()}…` : line;
}

/**
 * `/extract`: paste a report and say what source it is; Parley proposes the claims its sentences make, each
 * quoting it word for word; review them (accept, edit, reject, or add one from a selection of the text) and
 * record the accepted ones, which then show on the graph with their quotes.
 */
export function ExtractWorkbench() {
  const [text, setText] = useState('');
  const [source, setSource] = useState<SourceDraft>({ mode: 'new', existing: null, fresh: emptyCitation().newSource });
  const [review, setReview] = useState<ReviewState | null>(null);
  const [round, setRound] = useState(0);
  const extract = useMutation({
    mutationFn: (body: { text: string; language: string | null }) => sendJson<Extraction>('POST', '/api/extract', body),
  });

  const find = async () => {
    try {
      const extraction = await extract.mutateAsync({ text, language: textOrNull(source.fresh.language)?.toLowerCase() ?? null });
      setSource((current) => ({
        ...current,
        fresh: {
          ...current.fresh,
          title: current.fresh.title || firstLine(text),
          language: current.fresh.language || (extraction.language ?? ''),
        },
      }));
      setReview(startReview(text, extraction));
      setRound((value) => value + 1);
    } catch {
      // Said by the form, from the mutation's error.
    }
  };

  const error = extract.error;
  const message =
    error instanceof ApiClientError && error.issues.length > 0
      ? `${error.message} ${Object.entries(fieldErrorsFromApi(error.issues))
          .map(([field, problem]) => `${field === 'text' ? 'The text' : field === 'language' ? 'The language' : field}: ${problem}.`)
          .join(' ')}`
      : (error?.message ?? null);

  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <h1 className={styles.title}>Claims from a report</h1>
        {review && (
          <button
            type="button"
            onClick={() => {
              setReview(null);
              extract.reset();
            }}
          >
            Paste another report
          </button>
        )}
      </header>
      {review ? (
        <ReviewPanel key={round} initial={review} source={source} onSource={setSource} />
      ) : (
        <>
          <p className={styles.intro}>
            Paste a report: Parley finds the actors it names — however it spells them — and proposes the ties and meetings its sentences state, each
            quoting the report word for word, with the words that prompted it. Nothing is written until you accept claims and record them.
          </p>
          <ReportForm text={text} onText={setText} source={source} onSource={setSource} errors={{}} pending={extract.isPending} error={message} onSubmit={() => void find()} />
        </>
      )}
    </div>
  );
}
