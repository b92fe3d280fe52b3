import type { z } from 'zod';
import type { FieldIssue } from './errors';

/**
 * Pure helpers of the authoring forms: field errors keyed by the dotted path of the request body
 * (`citations.0.quote`), whether they come from the zod schema in the browser or from the server's 400.
 */
export type FieldErrors = Record<string, string>;

/** Edits send `{version, changes: {…}}`: their fields are named without the `changes.` prefix, like a create's. */
function fieldPath(path: string): string {
  return path.startsWith('changes.') ? path.slice('changes.'.length) : path === 'changes' ? '' : path;
}

/** zod's own wording for a missing choice names every allowed value; a form says it plainly. */
function plainMessage(code: string, message: string): string {
  if (code === 'invalid_value' || message.startsWith('Invalid option')) return 'Choose one of the options';
  if (code === 'invalid_type') return 'Required';
  return message;
}

/** The first message for each field, as the schema reports them in order. */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = fieldPath(issue.path.map(String).join('.'));
    errors[path] ??= plainMessage(issue.code, issue.message);
  }
  return errors;
}

export function fieldErrorsFromApi(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[fieldPath(issue.field)] ??= plainMessage('', issue.message);
  return errors;
}

/** The fields of `next` whose value differs from `previous`: what an edit sends. */
export function changedFields<T extends Record<string, unknown>>(previous: T, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(previous[key] ?? null) !== JSON.stringify(next[key] ?? null)) changes[key] = next[key];
  }
  return changes;
}

/** A trimmed form text, or null when empty ("none"). */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** `2024` year, `2024-07` month, `2024-07-31` day: the precision of a partial date, said in words. */
export function describePrecision(date: string): string | null {
  const trimmed = date.trim();
  if (/^\d{4}$/.test(trimmed)) return 'precise to the year';
  if (/^\d{4}-\d{2}$/.test(trimmed)) return 'precise to the month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return 'precise to the day';
  return null;
}

/** A value of a revision, said as text: lists joined, nested records as compact JSON. */
export function formatRevisionValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(' · ');
  return JSON.stringify(value);
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** What a revision changed, field by field; bookkeeping fields (version, timestamps) are left out. */
export function revisionChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const skip = new Set(['version', 'createdAt', 'updatedAt', 'id']);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((field) => !skip.has(field));
  return fields
    .filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after?.[field] ?? null))
    .map((field) => ({ field, before: formatRevisionValue(before?.[field]), after: formatRevisionValue(after?.[field]) }));
}
