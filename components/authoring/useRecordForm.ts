'use client';

import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import { newIdempotencyKey } from '@/lib/authoring-client';
import { fieldErrorsFromApi, fieldErrorsFromZod, type FieldErrors } from '@/lib/authoring-forms';
import { ApiClientError } from '@/lib/query-client';

/** A 409 on an edit: the record as it is now, as form values, and what the analyst had typed. */
export interface EditConflict<Values> {
  message: string;
  current: Values;
  currentVersion: number;
  typed: Values;
  /** Whether the form now shows the current values (the typed ones stay listed to apply again). */
  reloaded: boolean;
}

export interface RecordFormConfig<Values, Body, Result> {
  initial: Values;
  /** The version the record had when the form opened; edits only. */
  version?: number;
  /**
   * The request body for these values, or null when there is nothing to send (an edit that changes nothing).
   * `baseline`: the values the record had when the form opened, or when its current values were reloaded.
   */
  build: (values: Values, version: number | undefined, baseline: Values) => unknown;
  /** The schema the server checks the body with: the same one, here, before anything is sent. */
  schema: z.ZodType<Body>;
  send: (body: Body, headers: Record<string, string>) => Promise<Result>;
  onSaved: (result: Result) => void;
  /** Turns the current record of a 409 into form values, so the analyst can reload them. */
  fromCurrent?: (current: unknown, typed: Values) => { values: Values; version: number } | null;
}

/**
 * What the three forms share: their values, validation with the shared zod schema and the server's 400 issues
 * mapped to the same fields, the write as a mutation that invalidates what the records show, one idempotency key
 * per form instance (retries and double clicks reuse it), no second submit while one is in flight (the mutation's
 * pending state shows only at the next render), and the edit conflict with a way to reload the current values.
 */
export function useRecordForm<Values, Body, Result>(config: RecordFormConfig<Values, Body, Result>) {
  const [values, setValues] = useState(config.initial);
  const [version, setVersion] = useState(config.version);
  const [baseline, setBaseline] = useState(config.initial);
  /** The field errors as last reported, with where they came from and the values they were about. */
  const [reported, setReported] = useState<ReportedErrors<Values>>({ errors: {}, fromServer: false, values: config.initial });
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EditConflict<Values> | null>(null);
  /** Bumped each time errors are shown, so the form can move focus to the first one. */
  const [errorRound, setErrorRound] = useState(0);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const inFlight = useRef(false);
  const save = useMutation({
    mutationFn: (body: Body) => config.send(body, { 'Idempotency-Key': idempotencyKey }),
    meta: { changes: 'records' },
  });

  const showErrors = (next: FieldErrors, message: string | null, fromServer = false) => {
    setReported({ errors: next, fromServer, values });
    setFormError(message);
    setErrorRound((round) => round + 1);
  };
  const clearErrors = () => setReported({ errors: {}, fromServer: false, values });

  // A reported error goes as soon as its field is valid, not at the next submit: the schema checks the values as
  // they are now. The server's own verdicts (which the schema may not know) stay until their field is changed.
  const errors = stillFailing(reported, values, (current) => config.build(current, version, baseline), config.schema);
  // "See the messages next to the fields" says nothing once they have all gone.
  const shownFormError = formError && Object.keys(reported.errors).length > 0 && Object.keys(errors).length === 0 ? null : formError;

  const update = (change: (current: Values) => Values) => setValues(change);

  const submit = async () => {
    if (inFlight.current) return;
    const body = config.build(values, version, baseline);
    if (body === null) {
      showErrors({}, 'Nothing has changed: edit a field first, or cancel.');
      return;
    }
    const parsed = config.schema.safeParse(body);
    if (!parsed.success) {
      showErrors(fieldErrorsFromZod(parsed.error), 'Some fields need attention: see the messages next to them.');
      return;
    }
    inFlight.current = true;
    clearErrors();
    setFormError(null);
    try {
      config.onSaved(await save.mutateAsync(parsed.data));
    } catch (error) {
      handleFailure(error);
    } finally {
      inFlight.current = false;
    }
  };

  const handleFailure = (error: unknown) => {
    if (!(error instanceof ApiClientError)) {
      showErrors({}, error instanceof Error ? error.message : 'Saving failed. Try again.');
      return;
    }
    if (error.status === 400 && error.issues.length > 0) {
      showErrors(fieldErrorsFromApi(error.issues), `${error.message} Nothing was saved: see the messages next to the fields.`, true);
      return;
    }
    const current = (error.body as { error?: { current?: unknown } } | null)?.error?.current;
    const reloadable = error.status === 409 && current !== undefined ? config.fromCurrent?.(current, values) : null;
    if (reloadable) {
      setConflict({ message: error.message, current: reloadable.values, currentVersion: reloadable.version, typed: values, reloaded: false });
      setFormError(null);
      return;
    }
    // Network failures keep the key: trying again cannot create the record twice.
    showErrors({}, error.message);
  };

  const reloadCurrent = () => {
    if (!conflict) return;
    setValues(conflict.current);
    setBaseline(conflict.current);
    setVersion(conflict.currentVersion);
    clearErrors();
    setConflict({ ...conflict, reloaded: true });
  };

  return { values, update, errors, formError: shownFormError, saving: save.isPending, conflict, errorRound, submit, reloadCurrent, dismissConflict: () => setConflict(null) };
}

interface ReportedErrors<Values> {
  errors: FieldErrors;
  fromServer: boolean;
  values: Values;
}

function stillFailing<Values>(reported: ReportedErrors<Values>, values: Values, build: (values: Values) => unknown, schema: z.ZodType): FieldErrors {
  if (Object.keys(reported.errors).length === 0) return reported.errors;
  const body = build(values);
  const parsed = body === null ? null : schema.safeParse(body);
  const failing = parsed && !parsed.success ? fieldErrorsFromZod(parsed.error) : {};
  const reportedBody = reported.fromServer ? build(reported.values) : null;
  const shown: FieldErrors = {};
  for (const [field, message] of Object.entries(reported.errors)) {
    const now = failing[field] ?? (reported.fromServer && sameValueAt(body, reportedBody, field) ? message : undefined);
    if (now) shown[field] = now;
  }
  return shown;
}

/** Whether two request bodies hold the same value at a field's path (`citations.0.quote`; an edit's under `changes`). */
function sameValueAt(a: unknown, b: unknown, field: string): boolean {
  const at = (body: unknown) => {
    const root = body && typeof body === 'object' && 'changes' in body ? (body as { changes: unknown }).changes : body;
    return field.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), root);
  };
  return JSON.stringify(at(a) ?? null) === JSON.stringify(at(b) ?? null);
}

export type RecordForm<Values> = Pick<
  ReturnType<typeof useRecordForm<Values, unknown, unknown>>,
  'values' | 'update' | 'errors' | 'formError' | 'saving' | 'conflict' | 'errorRound' | 'submit' | 'reloadCurrent' | 'dismissConflict'
>;
