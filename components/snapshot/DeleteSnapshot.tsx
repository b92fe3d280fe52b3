'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/lib/api-client';
import { hasRole } from '@/lib/auth/roles';
import type { Snapshot } from '@/lib/snapshot';
import styles from '../authoring/forms.module.css';
import { useSession } from '../session/SessionProvider';

type Step = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'failed'; message: string };

/**
 * "Delete this snapshot", for the user who took it and for admins (the server checks it again). Asks first, as
 * nothing can bring a deleted snapshot back; once deleted, the page reloads and says the link shows nothing.
 */
export function DeleteSnapshot({ snapshot, title }: { snapshot: Pick<Snapshot, 'id' | 'createdById'>; title?: string }) {
  // In a list of snapshots, each button names its own; on a snapshot's page, "this snapshot" is enough.
  const what = title ? `“${title}”` : 'this snapshot';
  const { user } = useSession();
  const router = useRouter();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const deletion = useMutation({
    mutationFn: () => sendJson('DELETE', `/api/snapshots/${snapshot.id}`),
    onSuccess: () => router.refresh(),
    onError: (error) => setStep({ kind: 'failed', message: error.message || 'Deleting failed. Try again.' }),
  });
  // Still busy once deleted, until the page reloads without the snapshot.
  const busy = deletion.isPending || deletion.isSuccess;
  if (!user || (user.id !== snapshot.createdById && !hasRole(user, 'admin'))) return null;

  if (step.kind === 'idle') {
    return (
      <button type="button" onClick={() => setStep({ kind: 'confirm' })} aria-label={`Delete ${what}`}>
        {title ? 'Delete' : 'Delete this snapshot'}
      </button>
    );
  }
  return (
    <section className={styles.warning} aria-label={`Delete ${what}`}>
      <p>
        Delete {what}? Its link will show nothing to anyone it was shared with, and it cannot be brought back. The
        graph itself does not change.
      </p>
      {step.kind === 'failed' && (
        <p className={styles.alert} role="alert">
          {step.message}
        </p>
      )}
      <div className={styles.actions}>
        <button type="button" className={styles.danger} disabled={busy} onClick={() => deletion.mutate()}>
          {busy ? 'Deleting…' : 'Delete'}
        </button>
        <button type="button" disabled={busy} onClick={() => setStep({ kind: 'idle' })}>
          Cancel
        </button>
      </div>
    </section>
  );
}
