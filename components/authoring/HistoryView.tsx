'use client';

import { useQuery } from '@tanstack/react-query';
import { historyQuery } from '@/lib/authoring-client';
import { revisionChanges } from '@/lib/authoring-forms';
import type { RecordKind, Revision, RevisionAction } from '@/lib/records';
import { StatusMessage } from '../StatusMessage';
import { FieldDiffTable } from './FieldDiffTable';
import styles from './forms.module.css';

const ACTION_LABELS: Record<RevisionAction, string> = {
  create: 'Created',
  update: 'Edited',
  delete: 'Deleted',
  restore: 'Restored',
  import: 'Imported',
  migrate: 'Migrated',
};

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Every revision of a record, newest first: when, who, what, and each field before and after. */
export function HistoryView({ record, id }: { record: RecordKind; id: string }) {
  const history = useQuery(historyQuery(record, id));
  if (history.isPending) return <StatusMessage kind="loading">Loading the history…</StatusMessage>;
  if (history.isError) return <StatusMessage kind="error">{history.error.message}</StatusMessage>;
  const { revisions } = history.data;
  if (revisions.length === 0) return <StatusMessage kind="empty">No revision is recorded for this record.</StatusMessage>;
  return (
    <ol className={styles.plainList} aria-label="Revisions">
      {revisions.map((revision) => (
        <RevisionEntry key={revision.id} revision={revision} />
      ))}
    </ol>
  );
}

function RevisionEntry({ revision }: { revision: Revision }) {
  const changes = revisionChanges(revision.before, revision.after);
  return (
    <li className={styles.group}>
      <p>
        <strong>{ACTION_LABELS[revision.action]}</strong> by {revision.editor} · <time dateTime={revision.at}>{when(revision.at)}</time>
      </p>
      {changes.length === 0 ? (
        <p className={styles.status}>No field changed.</p>
      ) : (
        <FieldDiffTable
          headings={['Before', 'After']}
          rows={changes.map((change) => ({ field: change.field, left: change.before, right: change.after }))}
        />
      )}
    </li>
  );
}
