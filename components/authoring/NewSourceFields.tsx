'use client';

import type { FieldErrors } from '@/lib/authoring-forms';
import { RELIABILITY_GRADES, RELIABILITY_LABELS } from '@/lib/schemas/common';
import type { NewSourceDraft } from './drafts';
import { at } from './drafts';
import { SelectField, TextField } from './Field';
import styles from './forms.module.css';

const RELIABILITY_CHOICES = RELIABILITY_GRADES.map((grade) => ({ value: grade, label: `${grade} — ${RELIABILITY_LABELS[grade]}` }));

interface NewSourceFieldsProps {
  value: NewSourceDraft;
  onChange: (value: NewSourceDraft) => void;
  errors: FieldErrors;
  /** Path of the source in the request body, e.g. `citations.0.source.new`. */
  path: string;
}

/** A source created inside a citation: its title, web address, publisher, date, language and Admiralty grade. */
export function NewSourceFields({ value, onChange, errors, path }: NewSourceFieldsProps) {
  const set = (field: keyof NewSourceDraft) => (text: string) => onChange({ ...value, [field]: text });
  return (
    <>
      <TextField label="Source title" value={value.title} onChange={set('title')} error={errors[at(path, 'title')]} maxLength={300} />
      <div className={styles.row}>
        <TextField
          label="Web address"
          type="url"
          optional
          value={value.url}
          onChange={set('url')}
          error={errors[at(path, 'url')]}
          hint="http:// or https:// only"
        />
        <TextField label="Publisher" optional value={value.publisher} onChange={set('publisher')} error={errors[at(path, 'publisher')]} />
      </div>
      <div className={styles.row}>
        <TextField
          label="Published"
          optional
          value={value.publishedAt}
          onChange={set('publishedAt')}
          error={errors[at(path, 'publishedAt')]}
          hint="YYYY, YYYY-MM or YYYY-MM-DD"
          maxLength={10}
        />
        <TextField
          label="Language"
          value={value.language}
          onChange={set('language')}
          error={errors[at(path, 'language')]}
          hint="A code such as fr, en, tr, ar"
          maxLength={3}
        />
      </div>
      <SelectField
        label="Reliability of the source (Admiralty)"
        value={value.reliability}
        onChange={set('reliability')}
        choices={RELIABILITY_CHOICES}
        error={errors[at(path, 'reliability')]}
      />
    </>
  );
}
