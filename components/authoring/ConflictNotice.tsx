'use client';

import { FieldDiffTable } from './FieldDiffTable';
import styles from './forms.module.css';
import type { EditConflict } from './useRecordForm';

export interface ValueLine {
  label: string;
  text: string;
}

interface ConflictNoticeProps<Values> {
  conflict: EditConflict<Values>;
  describe: (values: Values) => ValueLine[];
  onReload: () => void;
  onDismiss: () => void;
}

/**
 * "This record was changed since you opened it…": offers the current values, and keeps what the analyst typed in
 * view (where it differs) so that it can be applied again on top of them.
 */
export function ConflictNotice<Values>({ conflict, describe, onReload, onDismiss }: ConflictNoticeProps<Values>) {
  const current = new Map(describe(conflict.current).map((line) => [line.label, line.text]));
  const yours = describe(conflict.typed).filter((line) => current.get(line.label) !== line.text);
  return (
    <section className={styles.alert} role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">Someone else saved this record first</h3>
      <p>{conflict.message}</p>
      {yours.length > 0 && (
        <>
          <p>{conflict.reloaded ? 'The form now shows the current values. Yours, to apply again:' : 'Where your values differ from the current ones:'}</p>
          <FieldDiffTable
            headings={['Yours', 'Now']}
            rows={yours.map((line) => ({ field: line.label, left: line.text || '—', right: current.get(line.label) || '—' }))}
          />
        </>
      )}
      <div className={styles.actions}>
        {!conflict.reloaded && (
          <button type="button" onClick={onReload}>
            Load the current values
          </button>
        )}
        {conflict.reloaded && (
          <button type="button" onClick={onDismiss}>
            Hide this message
          </button>
        )}
      </div>
    </section>
  );
}
