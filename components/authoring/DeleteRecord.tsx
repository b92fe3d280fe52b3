'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { actorDeletionQuery, recordPath } from '@/lib/authoring-client';
import { sendJson } from '@/lib/api-client';
import { describeActorDeletion } from '@/lib/deletion';
import { plural } from '@/lib/words';
import { ApiClientError } from '@/lib/query-client';
import type { ActorDeletionPreview, RecordCounts } from '@/lib/records';
import { StatusMessage } from '../StatusMessage';
import styles from './forms.module.css';
import { usePermissions } from './usePermissions';

interface DeleteRecordProps {
  record: 'actor' | 'tie' | 'meeting';
  id: string;
  name: string;
  version: number;
  onDeleted: (counts: RecordCounts) => void;
  onCancel: () => void;
}

type Step = { kind: 'confirm' } | { kind: 'dangling'; ties: number; meetings: number } | { kind: 'failed'; message: string };

const NOUN = { actor: 'actor', tie: 'tie', meeting: 'meeting' } as const;

/** Whether deleting the actor takes claims with it, which the server only does when asked (`withClaims`). */
function takesClaims(preview: ActorDeletionPreview | undefined): boolean {
  return Boolean(preview && preview.ties.length + preview.meetingsDeleted.length > 0);
}

/**
 * Deleting asks first, and says at once what goes with an actor: its ties and the meetings it leaves with fewer
 * than two participants, and the meetings it is only removed from. Should more have come since (another analyst's
 * tie), the server refuses and the analyst is asked again. Everything deleted can be restored — by an admin.
 */
export function DeleteRecord({ record, id, name, version, onDeleted, onCancel }: DeleteRecordProps) {
  const [step, setStep] = useState<Step>({ kind: 'confirm' });
  const { administer } = usePermissions();
  const consequences = useQuery({ ...actorDeletionQuery(id, record === 'actor'), refetchOnMount: 'always' });
  const deletion = useMutation({
    mutationFn: (withClaims: boolean) => {
      const query = new URLSearchParams({ version: String(version), ...(withClaims ? { withClaims: 'true' } : {}) });
      return sendJson<{ deleted: RecordCounts }>('DELETE', `${recordPath(record, id)}?${query}`);
    },
    meta: { changes: 'records' },
    onSuccess: (result) => onDeleted(result.deleted),
    onError: (error) => {
      const dangling = error instanceof ApiClientError ? (error.body as { error?: { dangling?: { ties: number; meetings: number } } } | null)?.error?.dangling : undefined;
      if (dangling) setStep({ kind: 'dangling', ...dangling });
      else setStep({ kind: 'failed', message: error.message || 'Deleting failed. Try again.' });
    },
  });
  const busy = deletion.isPending;
  const remove = (withClaims: boolean) => {
    if (!busy) deletion.mutate(withClaims);
  };

  const restoring = administer
    ? 'Its history stays, and it can be restored from Deleted records.'
    : 'Its history stays, and an admin can restore it from Deleted records.';

  if (step.kind === 'dangling') {
    const what = `${plural(step.ties, 'tie')} and ${plural(step.meetings, 'meeting')}`;
    return (
      <div className={styles.form}>
        <section className={styles.warning} role="alert" aria-labelledby="dangling-title">
          <h3 id="dangling-title">“{name}” has {what} that would be left dangling</h3>
          <p>
            {consequences.isSuccess ? 'They were added since this dialog opened. ' : ''}Delete them with it, or cancel. Restoring the actor later brings them all back
            {administer ? '' : ' (an admin can restore it)'}.
          </p>
        </section>
        <div className={styles.actions}>
          <button type="button" className={styles.danger} disabled={busy} onClick={() => remove(true)}>
            {busy ? 'Deleting…' : `Delete with its ${what}`}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  if (record === 'actor' && consequences.isPending) return <StatusMessage kind="loading">Checking what goes with “{name}”…</StatusMessage>;
  const summary = consequences.data ? describeActorDeletion(name, consequences.data) : null;
  return (
    <div className={styles.form}>
      <p>
        Delete the {NOUN[record]} “{name}”? It disappears from every view. {restoring}
      </p>
      {summary && (
        <p className={styles.warning} data-testid="deletion-consequences">
          {summary} Restoring it brings all of this back.
        </p>
      )}
      {consequences.isError && (
        <p className={styles.alert} role="alert">
          What goes with it could not be read ({consequences.error.message}); deleting asks again if it takes ties or meetings along.
        </p>
      )}
      {step.kind === 'failed' && (
        <p className={styles.alert} role="alert">
          {step.message}
        </p>
      )}
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.danger}
          disabled={busy || step.kind === 'failed'}
          onClick={() => remove(takesClaims(consequences.data))}
        >
          {busy ? 'Deleting…' : 'Delete'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
