'use client';

import { useState } from 'react';
import { recordPath } from '@/lib/authoring-client';
import { sendJson } from '@/lib/api-client';
import { ApiError } from '@/lib/query-client';
import type { RecordCounts } from '@/lib/records';
import styles from './forms.module.css';

interface DeleteRecordProps {
  record: 'actor' | 'relation' | 'meeting';
  id: string;
  name: string;
  version: number;
  onDeleted: (counts: RecordCounts) => void;
  onCancel: () => void;
}

type Step = { kind: 'confirm' } | { kind: 'dangling'; relations: number; meetings: number } | { kind: 'failed'; message: string };

const NOUN = { actor: 'actor', relation: 'tie', meeting: 'meeting' } as const;

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Deleting asks first. An actor that still has ties or meetings is not deleted alone: the analyst sees what would be
 * left dangling and may delete them with it. Everything deleted can be restored from Deleted records.
 */
export function DeleteRecord({ record, id, name, version, onDeleted, onCancel }: DeleteRecordProps) {
  const [step, setStep] = useState<Step>({ kind: 'confirm' });
  const [busy, setBusy] = useState(false);

  const remove = async (withClaims: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      const query = new URLSearchParams({ version: String(version), ...(withClaims ? { withClaims: 'true' } : {}) });
      const result = await sendJson<{ deleted: RecordCounts }>('DELETE', `${recordPath(record, id)}?${query}`);
      onDeleted(result.deleted);
    } catch (error) {
      const dangling = error instanceof ApiError ? (error.body as { error?: { dangling?: { relations: number; meetings: number } } } | null)?.error?.dangling : undefined;
      if (dangling) setStep({ kind: 'dangling', ...dangling });
      else setStep({ kind: 'failed', message: error instanceof Error ? error.message : 'Deleting failed. Try again.' });
    } finally {
      setBusy(false);
    }
  };

  if (step.kind === 'dangling') {
    const what = `${plural(step.relations, 'tie')} and ${plural(step.meetings, 'meeting')}`;
    return (
      <div className={styles.form}>
        <section className={styles.warning} role="alert" aria-labelledby="dangling-title">
          <h3 id="dangling-title">“{name}” still has {what}</h3>
          <p>Deleting the actor alone would leave them dangling. Delete them with it, or cancel. Restoring the actor later brings them all back.</p>
        </section>
        <div className={styles.actions}>
          <button type="button" className={styles.danger} disabled={busy} onClick={() => void remove(true)}>
            {busy ? 'Deleting…' : `Delete with its ${what}`}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.form}>
      <p>
        Delete the {NOUN[record]} “{name}”? It disappears from every view. Its history stays, and it can be restored from Deleted records.
      </p>
      {step.kind === 'failed' && (
        <p className={styles.alert} role="alert">
          {step.message}
        </p>
      )}
      <div className={styles.actions}>
        <button type="button" className={styles.danger} disabled={busy || step.kind === 'failed'} onClick={() => void remove(false)}>
          {busy ? 'Deleting…' : 'Delete'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
