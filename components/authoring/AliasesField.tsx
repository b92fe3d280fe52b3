'use client';

import { useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '@/lib/authoring-forms';
import { FieldError, TextField } from './Field';
import styles from './forms.module.css';
import type { RecordRows } from './useRecordForm';

/** An alias row: an object, as a field array's rows are. */
export interface AliasDraft {
  text: string;
}

/** Every other spelling of the name met in sources, in any script: a list to add to and remove from. */
export function AliasesField({ rows, value, errors }: { rows: RecordRows<AliasDraft>; value: AliasDraft[]; errors: FieldErrors }) {
  const listRef = useRef<HTMLDivElement>(null);
  const [rowsAdded, setRowsAdded] = useState(0);

  // A new row, always the last, takes the keyboard, so one can type the alias straight away.
  useEffect(() => {
    if (rowsAdded > 0) listRef.current?.querySelector<HTMLInputElement>(':scope > :last-child input')?.focus();
  }, [rowsAdded]);

  return (
    <fieldset className={styles.group}>
      <legend>Aliases</legend>
      {value.length === 0 && <p className={styles.status}>No other spelling yet: add each one a source uses (Haniye, هنية…).</p>}
      <div ref={listRef} className={styles.plainList}>
        {value.map((alias, index) => (
          <div key={rows.ids[index]} className={styles.listItem}>
            <TextField
              label={`Alias ${index + 1}`}
              value={alias.text}
              onChange={(text) => rows.set(index, 'text', text)}
              error={errors[`aliases.${index}`]}
              maxLength={300}
            />
            <button type="button" onClick={() => rows.remove(index)}>
              Remove alias {index + 1}
            </button>
          </div>
        ))}
      </div>
      <FieldError error={errors.aliases} />
      <div className={styles.actions}>
        <button
          type="button"
          onClick={() => {
            rows.add({ text: '' });
            setRowsAdded((count) => count + 1);
          }}
        >
          Add an alias
        </button>
      </div>
    </fieldset>
  );
}
