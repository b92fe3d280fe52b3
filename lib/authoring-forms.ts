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

/** The zod error map of the forms' resolver: a missing choice or value said plainly, other messages as the schema words them. */
export function plainIssueMessage(issue: { code: string; message?: string }): string | undefined {
  if (issue.code === 'invalid_value') return 'Choose one of the options';
  if (issue.code === 'invalid_type') return 'Required';
  return undefined;
}

/** A node of react-hook-form's error tree: a field's error, errors of nested fields, or both. */
interface ErrorNode {
  message?: unknown;
  [key: string]: unknown;
}

/**
 * react-hook-form's error tree as one message per dotted path (`citations.0.quote`); an array's own error
 * (which it files under `root`) at the array's path.
 */
export function fieldErrorsOfForm(tree: object, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  const node = tree as ErrorNode;
  if (prefix && typeof node.message === 'string' && node.message) errors[prefix] = node.message;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'message' || key === 'type' || key === 'ref' || key === 'types' || !child || typeof child !== 'object') continue;
    const path = key === 'root' ? prefix : prefix ? `${prefix}.${key}` : key;
    for (const [field, message] of Object.entries(fieldErrorsOfForm(child, path))) errors[field] ??= message;
  }
  return errors;
}

/** What an edit sends: the checked fields the analyst changed (react-hook-form's `dirtyFields`, by top-level field). */
export function changesOfDirtyFields(body: Record<string, unknown>, dirtyFields: Partial<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([field]) => isDirty(dirtyFields[field])));
}

/** A dirty mark: `true`, or an object or array of them for a list or nested field. */
function isDirty(mark: unknown): boolean {
  if (mark === true) return true;
  if (Array.isArray(mark)) return mark.some(isDirty);
  return typeof mark === 'object' && mark !== null && Object.values(mark).some(isDirty);
}

export function fieldErrorsFromApi(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[fieldPath(issue.field)] ??= plainMessage('', issue.message);
  return errors;
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
