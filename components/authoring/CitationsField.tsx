'use client';

import type { FieldErrors } from '@/lib/authoring-forms';
import { CitationEditor } from './CitationEditor';
import { emptyCitation, type CitationDraft } from './drafts';
import { FieldError } from './Field';
import styles from './forms.module.css';

interface CitationsFieldProps {
  value: CitationDraft[];
  onChange: (value: CitationDraft[]) => void;
  errors: FieldErrors;
}

/** The citations of a new tie or meeting: at least one, each its own group with a way to remove it. */
export function CitationsField({ value, onChange, errors }: CitationsFieldProps) {
  const replace = <K extends keyof CitationDraft>(index: number, field: K, fieldValue: CitationDraft[K]) =>
    onChange(value.map((item, i) => (i === index ? { ...item, [field]: fieldValue } : item)));
  return (
    <section className={styles.field} aria-label="Citations">
      {value.map((draft, index) => (
        <fieldset key={draft.key} className={styles.group}>
          <legend>Citation {index + 1}</legend>
          <CitationEditor value={draft} onChange={(field, fieldValue) => replace(index, field, fieldValue)} errors={errors} path={`citations.${index}`} />
          {value.length > 1 && (
            <div className={styles.actions}>
              <button type="button" onClick={() => onChange(value.filter((_, i) => i !== index))}>
                Remove citation {index + 1}
              </button>
            </div>
          )}
        </fieldset>
      ))}
      <FieldError error={errors.citations} />
      <div className={styles.actions}>
        <button type="button" onClick={() => onChange([...value, emptyCitation()])}>
          Add another citation
        </button>
      </div>
    </section>
  );
}
