'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { type BaseSyntheticEvent, useRef, useState } from 'react';
import {
  type ArrayPath,
  type DefaultValues,
  type FieldArray,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
  useFieldArray,
  useForm,
  useWatch,
} from 'react-hook-form';
import type { z } from 'zod';
import { newIdempotencyKey } from '@/lib/authoring-client';
import { changesOfDirtyFields, fieldErrorsFromApi, fieldErrorsOfForm, plainIssueMessage } from '@/lib/authoring-forms';
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

export interface RecordFormConfig<Values extends FieldValues, Result> {
  /** A create's empty values, or the record mapped once to the fields its PATCH route takes. */
  defaultValues: Values;
  /** The version the record had when the form opened; edits only. */
  version?: number;
  /** The request body of these values: a create's, or an edit's `changes` with every editable field. */
  toBody: (values: Values) => Record<string, unknown>;
  /**
   * The schema the server checks the body with, here before anything is sent: the create schema, or the update
   * schema's `changes` (an edit sends only what the analyst changed, with the version).
   */
  schema: z.ZodType<Record<string, unknown>, Record<string, unknown>>;
  send: (body: unknown, headers: Record<string, string>) => Promise<Result>;
  onSaved: (result: Result) => void;
  /** Turns the current record of a 409 into form values, so the analyst can reload them. */
  fromCurrent?: (current: unknown, typed: Values) => { values: Values; version: number } | null;
}

/** The form's own message, and whether it is only about the fields (then it goes once they are all valid). */
interface FormMessage {
  text: string;
  aboutFields: boolean;
}

/**
 * What the authoring forms share, on react-hook-form: validation with the shared zod schema through its resolver
 * (an error goes as soon as its field is valid), the server's 400 issues set on the same fields (they stay until
 * their field is changed), the write as a mutation that invalidates what the records show, one idempotency key per
 * form instance (retries and double clicks reuse it), an edit that sends only its dirty fields, and the edit
 * conflict with a way to reload the current values.
 */
export function useRecordForm<Values extends FieldValues, Result>(config: RecordFormConfig<Values, Result>) {
  const editing = config.version !== undefined;
  const [validate] = useState(() => zodResolver(config.schema, { error: plainIssueMessage }));
  const resolver: Resolver<Values, unknown, Record<string, unknown>> = (values, context, options) =>
    validate(config.toBody(values), context, options as never) as ReturnType<Resolver<Values, unknown, Record<string, unknown>>>;
  const form = useForm<Values, unknown, Record<string, unknown>>({
    defaultValues: config.defaultValues as DefaultValues<Values>,
    resolver,
    shouldFocusError: false,
  });
  const [version, setVersion] = useState(config.version);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [conflict, setConflict] = useState<EditConflict<Values> | null>(null);
  /** Bumped each time errors are shown, so the form can move focus to the first one. */
  const [errorRound, setErrorRound] = useState(0);
  const [idempotencyKey] = useState(newIdempotencyKey);
  // A second click can come before the render that disables Save: it must not send a second request.
  const inFlight = useRef(false);
  const save = useMutation({
    mutationFn: (body: unknown) => config.send(body, { 'Idempotency-Key': idempotencyKey }),
    meta: { changes: 'records' },
  });

  const values = useWatch({ control: form.control }) as Values;
  // Read while rendering: react-hook-form renders again on changes of only the form state that is read.
  const { dirtyFields, isSubmitted, isSubmitting } = form.formState;
  const errors = fieldErrorsOfForm(form.formState.errors);
  // "See the messages next to the fields" says nothing once they have all gone.
  const formError = message && !(message.aboutFields && Object.keys(errors).length === 0) ? message.text : null;

  const show = (text: string, aboutFields = false) => {
    setMessage({ text, aboutFields });
    setErrorRound((round) => round + 1);
  };

  /**
   * Sets a field; after a submit, the field is checked again at `errorPath`, its path in the request body
   * (`subjectId` for the subject picker), so its error goes once it is valid.
   */
  const change = <Name extends Path<Values>>(name: Name, value: PathValue<Values, Name>, errorPath: string = name) => {
    form.setValue(name, value, { shouldDirty: true });
    if (isSubmitted) void form.trigger(errorPath as Path<Values>);
  };

  const onValid = async (body: Record<string, unknown>) => {
    let request: unknown = body;
    if (editing) {
      const changes = changesOfDirtyFields(body, dirtyFields);
      if (Object.keys(changes).length === 0) {
        show('Nothing has changed: edit a field first, or cancel.');
        return;
      }
      request = { version, changes };
    }
    setMessage(null);
    try {
      config.onSaved(await save.mutateAsync(request));
    } catch (error) {
      handleFailure(error);
    }
  };

  const handleFailure = (error: unknown) => {
    if (!(error instanceof ApiClientError)) {
      show(error instanceof Error ? error.message : 'Saving failed. Try again.');
      return;
    }
    if (error.status === 400 && error.issues.length > 0) {
      for (const [field, text] of Object.entries(fieldErrorsFromApi(error.issues))) {
        form.setError(field as Path<Values>, { type: 'server', message: text });
      }
      show(`${error.message} Nothing was saved: see the messages next to the fields.`, true);
      return;
    }
    const current = (error.body as { error?: { current?: unknown } } | null)?.error?.current;
    const typed = form.getValues();
    const reloadable = error.status === 409 && current !== undefined ? config.fromCurrent?.(current, typed) : null;
    if (reloadable) {
      setConflict({ message: error.message, current: reloadable.values, currentVersion: reloadable.version, typed, reloaded: false });
      setMessage(null);
      return;
    }
    // Network failures keep the key: trying again cannot create the record twice.
    show(error.message);
  };

  const submit = async (event?: BaseSyntheticEvent) => {
    event?.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    let refused = false;
    try {
      await form.handleSubmit(onValid, () => {
        refused = true;
      })(event);
    } finally {
      inFlight.current = false;
    }
    // Only now are the field errors in the form state: the focus then goes to the first field that has one.
    if (refused) show('Some fields need attention: see the messages next to them.', true);
  };

  const reloadCurrent = () => {
    if (!conflict) return;
    // The current values become the defaults, so that what is sent next is what changed against them.
    form.reset(conflict.current);
    setVersion(conflict.currentVersion);
    setConflict({ ...conflict, reloaded: true });
  };

  return {
    control: form.control,
    values,
    change,
    errors,
    formError,
    saving: isSubmitting || save.isPending,
    conflict,
    errorRound,
    submit,
    reloadCurrent,
    dismissConflict: () => setConflict(null),
  };
}

export type RecordForm<Values extends FieldValues> = ReturnType<typeof useRecordForm<Values, unknown>>;

/** What a list field needs of its rows: their identities, and ways to add, remove and change them. */
export interface RecordRows<Row> {
  ids: string[];
  add: (row: Row) => void;
  remove: (index: number) => void;
  set: <Field extends keyof Row & string>(index: number, field: Field, value: Row[Field]) => void;
}

/**
 * The rows of a list field (citations, participants, aliases) on react-hook-form's field array: each row keeps its
 * identity as rows are added and removed; a row's field is set in place, and after a submit the whole list is
 * checked again, as its errors are the list's.
 */
export function useRecordRows<Values extends FieldValues, Name extends ArrayPath<Values>>(form: RecordForm<Values>, name: Name): RecordRows<FieldArray<Values, Name>> {
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  return {
    ids: fields.map((field) => field.id),
    add: (row) => append(row),
    remove: (index) => remove(index),
    set: (index, field, value) => form.change(`${name}.${index}.${field}` as Path<Values>, value as PathValue<Values, Path<Values>>, name),
  };
}
