'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { changesQuery } from '@/lib/api-client';
import { CHANGE_LABELS, sinceSchema, type ChangedRecord, type ChangeMarks } from '@/lib/changes';
import { plural } from '@/lib/words';
import { StatusMessage } from '../StatusMessage';
import styles from './ChangesPanel.module.css';

/** "2025-01-05 10:22 UTC" for a moment; a day as it is. */
function describeSince(since: string): string {
  return since.length === 10 ? since : `${since.slice(0, 10)} ${since.slice(11, 16)} UTC`;
}

export interface ChangesPanelProps {
  since: string | null;
  /** When the analyst's last visit started (./last-visit), if known. */
  lastVisit: string | null;
  /** What the canvas marks of the view (the picture's `changes`). */
  marks: ChangeMarks | null;
  onSinceChange: (since: string | null) => void;
  /** Shows a record that is still there, with the actors it needs. */
  onShow: (change: ChangedRecord) => void;
}

/** "Changes since <date or last visit>": the records added, edited or deleted since, each with who did it. */
export function ChangesPanel({ since, lastVisit, marks, onSinceChange, onShow }: ChangesPanelProps) {
  const headingId = useId();
  const fieldId = useId();
  const errorId = useId();
  const [text, setText] = useState(since ?? '');
  const [error, setError] = useState<string | null>(null);
  const [shownSince, setShownSince] = useState(since);
  if (since !== shownSince) {
    // Set from elsewhere (a link, "last visit"): the field says it.
    setShownSince(since);
    setText(since ?? '');
    setError(null);
  }
  const choose = () => {
    const parsed = sinceSchema.safeParse(text.trim());
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Not a date');
    setError(null);
    onSinceChange(parsed.data);
  };
  const marked = marks ? Object.values(marks) : [];
  const added = marked.filter((mark) => mark === 'added').length;

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>Changes</h2>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          choose();
        }}
      >
        <label htmlFor={fieldId}>Changes since</label>
        <input
          id={fieldId}
          value={text}
          placeholder="YYYY-MM-DD"
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">Show</button>
        {error && (
          <p id={errorId} className={styles.error} aria-live="polite">
            {error}
          </p>
        )}
      </form>
      <div className="button-row">
        {lastVisit && lastVisit !== since && (
          <button type="button" onClick={() => onSinceChange(lastVisit)}>
            Since my last visit ({describeSince(lastVisit)})
          </button>
        )}
        {since && (
          <button type="button" onClick={() => onSinceChange(null)}>
            Stop marking changes
          </button>
        )}
      </div>
      {since ? (
        <>
          <p className={styles.marked} role="status" data-testid="changes-marked">
            {marked.length === 0
              ? 'Nothing drawn on the canvas changed since then.'
              : `Marked on the canvas: ${plural(added, 'added element', 'added elements')} (solid ring or green halo), ${plural(marked.length - added, 'edited', 'edited')} (dashed ring or blue halo).`}
          </p>
          <ChangesList since={since} onShow={onShow} />
        </>
      ) : (
        <p className={styles.note}>Choose a day, or your last visit, to list what was added, edited or deleted since and mark it on the canvas.</p>
      )}
    </section>
  );
}

function ChangesList({ since, onShow }: { since: string; onShow: (change: ChangedRecord) => void }) {
  const listId = useId();
  const changes = useQuery(changesQuery(since));
  if (changes.isPending) return <StatusMessage kind="loading">Loading the changes…</StatusMessage>;
  if (changes.isError) {
    return (
      <StatusMessage kind="error" action={{ label: changes.isFetching ? 'Retrying…' : 'Try again', onClick: () => void changes.refetch() }}>
        {changes.error.message}
      </StatusMessage>
    );
  }
  const { changes: listed, total } = changes.data;
  if (total === 0) return <StatusMessage kind="empty">Nothing was added, edited or deleted since {describeSince(since)}.</StatusMessage>;
  return (
    <div aria-busy={changes.isFetching}>
      <p id={listId} className={styles.summary}>
        {plural(total, 'record', 'records')} changed since {describeSince(since)}, the latest first
      </p>
      <ol className={styles.list} aria-labelledby={listId}>
        {listed.map((change) => (
          <li key={`${change.kind}:${change.id}`} className={styles.entry}>
            <span className={`${styles.badge} ${styles[change.change]}`}>{CHANGE_LABELS[change.change]}</span>{' '}
            <span className={styles.kind}>{change.kind}</span>{' '}
            {change.change === 'deleted' ? (
              <span className={styles.title}>{change.title}</span>
            ) : (
              <button type="button" className={styles.show} onClick={() => onShow(change)}>
                {change.title}
              </button>
            )}
            <span className={styles.who}>
              by {change.editors.join(', ')} · <time dateTime={change.at}>{describeSince(change.at)}</time>
            </span>
          </li>
        ))}
      </ol>
      {total > listed.length && <p className={styles.note}>and {(total - listed.length).toLocaleString('en')} more</p>}
    </div>
  );
}
