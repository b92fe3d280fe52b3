'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { deletedRecordsQuery, newIdempotencyKey, recordPath } from '@/lib/authoring-client';
import { sendJson } from '@/lib/api-client';
import type { DeletedRecord, RecordCounts } from '@/lib/records';
import { DEFAULT_VIEW, viewQueryString } from '@/lib/view-state';
import { plural } from '@/lib/words';
import { FormDialog } from '../authoring/FormDialog';
import { HistoryView } from '../authoring/HistoryView';
import { SignedAs } from '../authoring/SignedAs';
import { usePermissions } from '../authoring/usePermissions';
import formStyles from '../authoring/forms.module.css';
import { StatusMessage } from '../StatusMessage';
import styles from './RecordPage.module.css';
import { elementRef } from '@/lib/element-refs';

const KIND_LABELS = { actor: 'Actor', tie: 'Tie', meeting: 'Meeting', source: 'Source' } as const;

function nameOf(record: DeletedRecord): string {
  return record.kind === 'actor' ? record.name : record.title;
}

function describeCounts(counts: RecordCounts): string {
  const parts = [
    counts.actors && plural(counts.actors, 'actor'),
    counts.ties && plural(counts.ties, 'tie'),
    counts.meetings && plural(counts.meetings, 'meeting'),
    counts.sources && plural(counts.sources, 'source'),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing';
}

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Where a restored record can be seen in the explorer. */
function explorerLink(record: DeletedRecord): string | null {
  if (record.kind === 'actor') return `/${viewQueryString({ ...DEFAULT_VIEW, actors: [record.id], selected: elementRef.actor(record.id) })}`;
  if (record.kind === 'meeting') return `/${viewQueryString({ ...DEFAULT_VIEW, selected: elementRef.meeting(record.id) })}`;
  if (record.kind === 'source') return `/sources/${encodeURIComponent(record.id)}`;
  return null;
}

type Dialog = { kind: 'restore' | 'history'; record: DeletedRecord };

/**
 * Every tombstoned record, newest first, each with Restore and History: nothing deleted is lost. Listing and
 * restoring are an admin's; anyone else is told so, and who can help, instead of meeting a refusal.
 */
export function DeletedRecords() {
  const { user, administer } = usePermissions();
  const deleted = useQuery(deletedRecordsQuery(administer));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [restored, setRestored] = useState<{ record: DeletedRecord; counts: RecordCounts } | null>(null);

  return (
    <div className={styles.inner}>
      <h1 className={styles.title}>Deleted records</h1>
      <p className="muted">Deleting keeps a record’s history and lets it be restored. Restoring a record brings back everything deleted with it.</p>
      <SignedAs />
      {!administer && (
        <StatusMessage kind="empty">
          {user
            ? 'Only admins list and restore deleted records: nothing you deleted is lost, and an admin can restore it.'
            : 'Sign in as an admin to list and restore deleted records: nothing deleted is lost, and an admin can restore it.'}
        </StatusMessage>
      )}
      {restored && (
        <p role="status" className={formStyles.warning}>
          Restored {describeCounts(restored.counts)}: “{nameOf(restored.record)}”{restored.counts.actors + restored.counts.ties + restored.counts.meetings > 1 ? ' and what was deleted with it' : ''}.{' '}
          {explorerLink(restored.record) && (
            <Link href={explorerLink(restored.record) ?? '/'} className={styles.link}>
              Show it
            </Link>
          )}
        </p>
      )}
      {administer && deleted.isPending && <StatusMessage kind="loading">Loading the deleted records…</StatusMessage>}
      {deleted.isError && (
        <StatusMessage kind="error" action={{ label: 'Try again', onClick: () => void deleted.refetch() }}>
          {deleted.error.message}
        </StatusMessage>
      )}
      {deleted.isSuccess && deleted.data.records.length === 0 && <StatusMessage kind="empty">Nothing has been deleted.</StatusMessage>}
      {deleted.isSuccess && deleted.data.records.length > 0 && (
        <table className={styles.table}>
          <caption>{plural(deleted.data.records.length, 'deleted record')}</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Kind</th>
              <th scope="col">Deleted</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {deleted.data.records.map((record) => (
              <tr key={`${record.kind}:${record.id}`}>
                <th scope="row">{nameOf(record)}</th>
                <td>{KIND_LABELS[record.kind]}</td>
                <td>
                  {when(record.deletedAt)} by {record.deletedBy}
                </td>
                <td>
                  <div className={styles.actions}>
                    <button type="button" onClick={() => setDialog({ kind: 'restore', record })} aria-label={`Restore ${nameOf(record)}`}>
                      Restore
                    </button>
                    <button type="button" onClick={() => setDialog({ kind: 'history', record })} aria-label={`History of ${nameOf(record)}`}>
                      History
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dialog?.kind === 'history' && (
        <FormDialog title={`History of “${nameOf(dialog.record)}”`} onClose={() => setDialog(null)}>
          <HistoryView record={dialog.record.kind} id={dialog.record.id} />
        </FormDialog>
      )}
      {dialog?.kind === 'restore' && (
        <FormDialog title={`Restore “${nameOf(dialog.record)}”`} onClose={() => setDialog(null)}>
          <RestoreConfirm
            record={dialog.record}
            onRestored={(counts) => {
              setRestored({ record: dialog.record, counts });
              setDialog(null);
            }}
            onCancel={() => setDialog(null)}
          />
        </FormDialog>
      )}
    </div>
  );
}

function RestoreConfirm({ record, onRestored, onCancel }: { record: DeletedRecord; onRestored: (counts: RecordCounts) => void; onCancel: () => void }) {
  const [key] = useState(newIdempotencyKey);
  const restoring = useMutation({
    mutationFn: () => sendJson<{ restored: RecordCounts }>('POST', recordPath(record.kind, record.id, '/restore'), undefined, { 'Idempotency-Key': key }),
    meta: { changes: 'records' },
    onSuccess: (result) => onRestored(result.restored),
  });
  const busy = restoring.isPending;
  const error = restoring.error ? restoring.error.message || 'Restoring failed. Try again.' : null;
  const restore = () => {
    if (!busy) restoring.mutate();
  };
  return (
    <div className={formStyles.form}>
      <p>
        Restore the {KIND_LABELS[record.kind].toLowerCase()} “{nameOf(record)}”, and everything deleted with it? It comes back into every view.
      </p>
      {error && (
        <p className={formStyles.alert} role="alert">
          {error}
        </p>
      )}
      <div className={formStyles.actions}>
        <button type="button" className={formStyles.primary} disabled={busy} onClick={restore}>
          {busy ? 'Restoring…' : 'Restore'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
