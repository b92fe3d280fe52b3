'use client';

import { useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '@/lib/authoring-forms';
import { rowKey } from './drafts';
import { FieldError, TextField } from './Field';
import styles from './forms.module.css';

export interface AliasDraft {
  key: string;
  text: string;
}

/** Every other spelling of the name met in sources, in any script: a list to add to and remove from. */
export function AliasesField({ value, onChange, errors }: { value: AliasDraft[]; onChange: (value: AliasDraft[]) => void; errors: FieldErrors }) {
  const listRef = useRef<HTMLDivElement>(null);
  const [added, setAdded] = useState<string | null>(null);

  // A new row takes the keyboard, so one can type the alias straight away.
  useEffect(() => {
    if (added) listRef.current?.querySelector<HTMLInputElement>(`[data-row="${added}"] input`)?.focus();
  }, [added]);

  return (
    <fieldset className={styles.group}>
      <legend>Aliases</legend>
      {value.length === 0 && <p className={styles.status}>No other spelling yet: add each one a source uses (Haniye, هنية…).</p>}
      <div ref={listRef} className={styles.plainList}>
        {value.map((alias, index) => (
          <div key={alias.key} data-row={alias.key} className={styles.listItem}>
            <TextField
              label={`Alias ${index + 1}`}
              value={alias.text}
              onChange={(text) => onChange(value.map((item) => (item.key === alias.key ? { ...item, text } : item)))}
              error={errors[`aliases.${index}`]}
              maxLength={300}
            />
            <button type="button" onClick={() => onChange(value.filter((item) => item.key !== alias.key))}>
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
            const key = rowKey();
            onChange([...value, { key, text: '' }]);
            setAdded(key);
          }}
        >
          Add an alias
        </button>
      </div>
    </fieldset>
  );
}
