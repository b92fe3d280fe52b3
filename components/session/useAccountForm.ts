'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { type DefaultValues, type FieldValues, type Path, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { fieldErrorsFromApi, plainIssueMessage } from '@/lib/authoring-forms';
import { ApiClientError } from '@/lib/query-client';
import type { ChangeKind } from '@/lib/query-keys';

interface AccountFormConfig<Input extends FieldValues, Output extends FieldValues, Result> {
  /** The schema of `lib/schemas/account.ts` the server checks the body with, here before anything is sent. */
  schema: z.ZodType<Output, Input>;
  defaultValues: DefaultValues<Input>;
  send: (values: Output) => Promise<Result>;
  onSuccess?: (result: Result) => void;
  /** Said when a failure brings no message of its own. */
  failureMessage: string;
  /** Which cached queries the answer changes (the query client's `meta.changes`). */
  changes?: ChangeKind;
}

/**
 * The account forms (sign-in, password, new account) on react-hook-form: the shared schema through the zod
 * resolver, the write as a mutation, the server's 400 issues set on their fields (focus on the first) and any
 * other refusal as the form's own message, under `root.server`.
 */
export function useAccountForm<Input extends FieldValues, Output extends FieldValues, Result>(config: AccountFormConfig<Input, Output, Result>) {
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(config.schema, { error: plainIssueMessage }),
    defaultValues: config.defaultValues,
  });
  const mutation = useMutation({ mutationFn: config.send, onSuccess: config.onSuccess, meta: { changes: config.changes } });

  const showFailure = (reason: unknown) => {
    if (reason instanceof ApiClientError && reason.status === 400 && reason.issues.length > 0) {
      Object.entries(fieldErrorsFromApi(reason.issues)).forEach(([field, message], index) =>
        form.setError(field as Path<Input>, { type: 'server', message }, { shouldFocus: index === 0 }),
      );
    }
    form.setError('root.server', { type: 'server', message: (reason instanceof Error && reason.message) || config.failureMessage });
  };

  const submit = form.handleSubmit(
    async (values) => {
      try {
        await mutation.mutateAsync(values);
      } catch (reason) {
        showFailure(reason);
      }
    },
    // The last answer's message goes with the values it was about.
    () => mutation.reset(),
  );

  const { errors, isSubmitting } = form.formState;
  return {
    form,
    mutation,
    submit,
    /** Each field's error, by name. */
    errorOf: (name: Path<Input>) => form.getFieldState(name, form.formState).error?.message,
    failure: errors.root?.server?.message ?? null,
    busy: isSubmitting || mutation.isPending,
  };
}
