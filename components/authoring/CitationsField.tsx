'use client';

import type { FieldErrors } from '@/lib/authoring-forms';
import { CitationEditor } from './CitationEditor';
import { emptyCitation, type CitationDraft } from './drafts';
import { FieldError } from './Field';
import styles from './forms.module.css';
import type { RecordRows } from './useRecordForm';

interface CitationsFieldProps {
  rows: RecordRows<CitationDraft>;
  value: CitationDraft[];
  errors: FieldErrors;
}

/** The citations of a new tie or meeting: at least one, each its own group with a way to remove it. */
export function CitationsField({ rows, value, errors }: CitationsFieldProps) {
  return (
    <section className={styles.field} aria-label="Citations">
      {value.map((draft, index) => (
        <fieldset key={rows.ids[index]} className={styles.group}>
          <legend>Citation {index + 1}</legend>
          <CitationEditor value={draft} onChange={(field, fieldValue) => rows.set(index, field, fieldValue)} errors={errors} path={`citations.${index}`} />
          {value.length > 1 && (
            <div className={styles.actions}>
              <button type="button" onClick={() => rows.remove(index)}>
                Remove citation {index + 1}
              </button>
            </div>
          )}
        </fieldset>
      ))}
      <FieldError error={errors.citations} />
      <div className={styles.actions}>
        <button type="button" onClick={() => rows.add(emptyCitation())}>
          Add another citation
        </button>
      </div>
    </section>
  );
}
