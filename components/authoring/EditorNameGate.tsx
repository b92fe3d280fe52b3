'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { editorNameSchema } from '@/lib/schemas/authoring';
import { TextField } from './Field';
import styles from './forms.module.css';
import { useEditorName } from './useEditorName';
import { usePermissions } from './usePermissions';

/**
 * Asks once for the name that signs this browser's changes; then shows what it guards. A signed-in user's account
 * signs the changes, so it is asked only of someone who is not signed in.
 */
export function EditorNameGate({ children }: { children: ReactNode }) {
  const { user } = usePermissions();
  const [storedName, setName] = useEditorName();
  const name = user?.name ?? storedName;
  const [justSigned, setJustSigned] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  // The name form is gone: carry the keyboard on to the first field of what it guarded.
  useEffect(() => {
    if (justSigned) ref.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, [justSigned]);

  if (name) return <div ref={ref}>{children}</div>;
  return (
    <EditorNameForm
      onSave={(next) => {
        setName(next);
        setJustSigned(true);
      }}
    />
  );
}

export function EditorNameForm({ onSave, initial = '' }: { onSave: (name: string) => void; initial?: string }) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string>();
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = editorNameSchema.safeParse(text);
        if (parsed.success) onSave(parsed.data);
        else setError(parsed.error.issues[0]?.message);
      }}
    >
      <p className={styles.status}>Every change is signed in the record’s history. This browser will remember the name.</p>
      <TextField label="Your name" value={text} onChange={setText} error={error} hint="Shown as the editor in each history entry." maxLength={80} />
      <div className={styles.actions}>
        <button type="submit" className={styles.primary}>
          Continue
        </button>
      </div>
    </form>
  );
}
