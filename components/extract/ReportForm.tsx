'use client';

import { useId, type FormEvent } from 'react';
import { textOrNull, type FieldErrors } from '@/lib/authoring-forms';
import { MAX_REPORT_CHARACTERS } from '@/lib/schemas/extract';
import type { NewSourceDraft } from '../authoring/drafts';
import formStyles from '../authoring/forms.module.css';
import { NewSourceFields } from '../authoring/NewSourceFields';
import { SourcePicker } from '../authoring/SourcePicker';
import styles from './Extract.module.css';

export interface SourceDraft {
  mode: 'new' | 'existing';
  existing: { id: string; title: string } | null;
  fresh: NewSourceDraft;
}

/** What the review sends as the source of the claims it records: a new one with the analyst's metadata, or a recorded one. */
export function sourceChoiceOf(source: SourceDraft) {
  if (source.mode === 'existing') return { id: source.existing?.id ?? '' };
  const { fresh } = source;
  return {
    new: {
      title: fresh.title,
      url: textOrNull(fresh.url),
      publisher: textOrNull(fresh.publisher),
      publishedAt: textOrNull(fresh.publishedAt),
      language: fresh.language,
      reliability: fresh.reliability,
    },
  };
}

interface ReportFormProps {
  text: string;
  onText: (text: string) => void;
  source: SourceDraft;
  onSource: (source: SourceDraft) => void;
  /** The source's fields as `source.new.title` and so on, from the server's 400. */
  errors: FieldErrors;
  pending: boolean;
  error: string | null;
  onSubmit: () => void;
}

/** The report, pasted, and the source it is: a new one (its metadata; the language is detected when left empty) or one recorded. */
export function ReportForm({ text, onText, source, onSource, errors, pending, error, onSubmit }: ReportFormProps) {
  const ids = { text: useId(), count: useId(), status: useId() };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  const tooLong = text.length > MAX_REPORT_CHARACTERS;
  return (
    <form className={styles.reportForm} onSubmit={submit} aria-busy={pending} aria-describedby={ids.status}>
      <div className={formStyles.field}>
        <label htmlFor={ids.text} className={formStyles.label}>
          Text of the report
        </label>
        <textarea
          id={ids.text}
          className={`${formStyles.input} ${styles.pasteArea}`}
          value={text}
          onChange={(event) => onText(event.target.value)}
          placeholder="Paste an article, a cable or a statement, in French, English, Turkish or any other language."
          aria-describedby={ids.count}
          aria-invalid={tooLong || undefined}
          spellCheck={false}
          autoFocus
        />
        <p id={ids.count} className={tooLong ? formStyles.error : formStyles.hint}>
          {text.length.toLocaleString('en')} of {MAX_REPORT_CHARACTERS.toLocaleString('en')} characters
          {tooLong ? ': paste the report in parts' : ''}
        </p>
      </div>

      <fieldset className={formStyles.group}>
        <legend>The source</legend>
        <div className={formStyles.radios}>
          <label>
            <input type="radio" name="source-mode" checked={source.mode === 'new'} onChange={() => onSource({ ...source, mode: 'new' })} /> A new source
          </label>
          <label>
            <input type="radio" name="source-mode" checked={source.mode === 'existing'} onChange={() => onSource({ ...source, mode: 'existing' })} /> A source
            already recorded
          </label>
        </div>
        {source.mode === 'new' ? (
          <NewSourceFields value={source.fresh} onChange={(fresh) => onSource({ ...source, fresh })} errors={errors} path="source.new" />
        ) : (
          <SourcePicker value={source.existing} onChange={(existing) => onSource({ ...source, existing })} error={errors['source.id']} />
        )}
        <p className={formStyles.hint}>Leave the language empty to have it detected. Every claim you accept will cite this source.</p>
      </fieldset>

      <div className={formStyles.actions}>
        <button type="submit" className={formStyles.primary} disabled={pending || tooLong || !/[\p{L}\p{N}]/u.test(text)}>
          {pending ? 'Reading the report…' : 'Find claims'}
        </button>
        <p id={ids.status} role="status" className={formStyles.status}>
          {pending ? 'Reading the report: finding its actors and the claims its sentences make…' : ''}
        </p>
      </div>
      {error && (
        <p className={formStyles.error} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
