'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { sourceSearchQuery } from '@/lib/authoring-client';
import type { SourceSummary } from '@/lib/graph';
import { useDebouncedValue } from './useDebouncedValue';
import { FieldError } from './Field';
import styles from './forms.module.css';

interface SourcePickerProps {
  value: Pick<SourceSummary, 'id' | 'title'> | null;
  onChange: (source: Pick<SourceSummary, 'id' | 'title'>) => void;
  error?: string;
}

function describeSource(source: SourceSummary): string {
  return [source.title, source.publisher, source.publishedAt, `reliability ${source.reliability}`].filter(Boolean).join(' · ');
}

/** Finds a recorded source by title or publisher and picks it from a radio group (keyboard: arrows). */
export function SourcePicker({ value, onChange, error }: SourcePickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const settled = useDebouncedValue(text.trim(), 250);
  const search = useQuery(sourceSearchQuery(settled));
  const sources = search.data?.sources ?? [];
  const chosenShown = value !== null && sources.some((source) => source.id === value.id);

  return (
    <div className={styles.field}>
      <label htmlFor={`${id}-search`} className={styles.label}>
        Search the sources
      </label>
      <input
        id={`${id}-search`}
        className={styles.input}
        type="search"
        value={text}
        placeholder="Title or publisher"
        onChange={(event) => setText(event.target.value)}
        // Enter searches as one types already; it must not submit the form.
        onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
      />
      <fieldset className={styles.group} aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined}>
        <legend>Source</legend>
        {value && !chosenShown && (
          <p className={styles.status}>
            Chosen: <strong>{value.title}</strong>
          </p>
        )}
        {search.isPending && <p className={styles.status} role="status">Looking for sources…</p>}
        {search.isError && <p className={styles.error} role="alert">{search.error.message}</p>}
        {search.isSuccess && sources.length === 0 && (
          <p className={styles.status} role="status">
            {settled ? `No source matches “${settled}”. Create it as a new source instead.` : 'No source is recorded yet: create a new one.'}
          </p>
        )}
        <div className={`${styles.plainList} ${styles.results}`}>
          {sources.map((source) => (
            <label key={source.id} className={styles.check}>
              <input
                type="radio"
                name={`${id}-source`}
                value={source.id}
                checked={value?.id === source.id}
                onChange={() => onChange({ id: source.id, title: source.title })}
              />
              {describeSource(source)}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
