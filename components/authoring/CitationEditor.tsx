'use client';

import { useId } from 'react';
import type { FieldErrors } from '@/lib/authoring-forms';
import { CREDIBILITY_LABELS } from '@/lib/schemas/common';
import { at, type CitationDraft } from './drafts';
import { SelectField, TextField } from './Field';
import styles from './forms.module.css';
import { NewSourceFields } from './NewSourceFields';
import { SourcePicker } from './SourcePicker';

const CREDIBILITY_CHOICES = [1, 2, 3, 4, 5, 6].map((grade) => ({ value: String(grade), label: `${grade} — ${CREDIBILITY_LABELS[grade]}` }));

interface CitationEditorProps {
  value: CitationDraft;
  onChange: <K extends keyof CitationDraft>(field: K, value: CitationDraft[K]) => void;
  errors: FieldErrors;
  /** Path of the citation in the request body: `citations.0`, or '' when the body is the citation itself. */
  path: string;
}

/** One citation: an existing source or a new one, the exact quote, and the credibility of the information. */
export function CitationEditor({ value, onChange, errors, path }: CitationEditorProps) {
  const id = useId();
  return (
    <>
      <div className={styles.radios} role="radiogroup" aria-label="Source to cite">
        <label>
          <input type="radio" name={`${id}-mode`} checked={value.mode === 'existing'} onChange={() => onChange('mode', 'existing')} />
          A recorded source
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={value.mode === 'new'} onChange={() => onChange('mode', 'new')} />
          A new source
        </label>
      </div>
      {value.mode === 'existing' ? (
        <SourcePicker value={value.source} onChange={(source) => onChange('source', source)} error={errors[at(path, 'source.id')] ?? errors[at(path, 'source')]} />
      ) : (
        <NewSourceFields value={value.newSource} onChange={(source) => onChange('newSource', source)} errors={errors} path={at(path, 'source.new')} />
      )}
      <TextField
        label="Quote"
        multiline
        value={value.quote}
        onChange={(quote) => onChange('quote', quote)}
        error={errors[at(path, 'quote')]}
        hint="The exact words of the source, in its language."
        maxLength={5000}
      />
      <SelectField
        label="Credibility of the information"
        value={value.credibility}
        onChange={(credibility) => onChange('credibility', credibility)}
        choices={CREDIBILITY_CHOICES}
        error={errors[at(path, 'credibility')]}
      />
    </>
  );
}
