'use client';

import { useId, type ReactNode } from 'react';
import styles from './forms.module.css';

/** What a form control needs to be labelled and described: its id, and its hint and error wired for screen readers. */
export interface ControlProps {
  id: string;
  className: string | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled field: the label, the control, a hint, and the field's error next to it (aria-invalid + aria-describedby). */
export function Field({ label, error, hint, optional = false, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {optional && <span className={styles.optional}> (optional)</span>}
      </label>
      {children({ id, className: styles.input, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** The error of a field or a group, said next to it. */
export function FieldError({ id, error }: { id?: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className={styles.error}>
      {error}
    </p>
  );
}

interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  lang?: string;
  type?: 'text' | 'url' | 'search';
  autoFocus?: boolean;
}

export function TextField({ label, value, onChange, error, hint, optional, multiline = false, type = 'text', ...rest }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} optional={optional}>
      {(control) =>
        multiline ? (
          <textarea {...control} {...rest} value={value} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...control} {...rest} type={type} value={value} onChange={(event) => onChange(event.target.value)} />
        )
      }
    </Field>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> {
  label: ReactNode;
  value: T | '';
  onChange: (value: T) => void;
  choices: readonly Choice<T>[];
  /** Shown while nothing is chosen; without it the first choice is the default. */
  placeholder?: string;
  error?: string;
  hint?: ReactNode;
}

export function SelectField<T extends string>({ label, value, onChange, choices, placeholder, error, hint }: SelectFieldProps<T>) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as T)}>
          {placeholder && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Choices from a label map, in the order of its keys. */
export function choicesOf<T extends string>(values: readonly T[], labels: Record<T, string>): Choice<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
