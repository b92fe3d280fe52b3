'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { ConflictNotice, type ValueLine } from './ConflictNotice';
import styles from './forms.module.css';
import type { RecordForm } from './useRecordForm';

interface FormShellProps<Values extends FieldValues> {
  form: RecordForm<Values>;
  submitLabel: string;
  onCancel: () => void;
  /** The values as label/text lines, to compare what was typed with the current record after a conflict. */
  describe: (values: Values) => ValueLine[];
  children: ReactNode;
}

/** The frame every authoring form shares: the fields, the form's error, the edit conflict, Save and Cancel. */
export function FormShell<Values extends FieldValues>({ form, submitLabel, onCancel, describe, children }: FormShellProps<Values>) {
  const ref = useRef<HTMLFormElement>(null);

  // After a refused submit, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (form.errorRound === 0) return;
    const invalid = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? ref.current?.querySelector<HTMLElement>('[data-form-error]'))?.focus();
  }, [form.errorRound]);

  return (
    <form
      ref={ref}
      className={styles.form}
      noValidate
      aria-busy={form.saving}
      onSubmit={(event) => void form.submit(event)}
    >
      {children}
      {form.conflict && (
        <ConflictNotice
          conflict={form.conflict}
          describe={describe}
          onReload={form.reloadCurrent}
          onDismiss={form.dismissConflict}
        />
      )}
      {form.formError && (
        <p className={styles.alert} role="alert" tabIndex={-1} data-form-error>
          {form.formError}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={form.saving}>
          {form.saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
