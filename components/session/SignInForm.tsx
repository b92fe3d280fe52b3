'use client';

import { sendJson } from '@/lib/api-client';
import { signInSchema } from '@/lib/schemas/account';
import { Field } from '../authoring/Field';
import { useAccountForm } from './useAccountForm';
import styles from './Session.module.css';

/** Username and password; on success, a full load of `next` so that the whole page knows who is signed in. */
export function SignInForm({ next }: { next: string }) {
  const { form, mutation, submit, errorOf, failure, busy } = useAccountForm({
    schema: signInSchema,
    defaultValues: { username: '', password: '' },
    send: (credentials) => sendJson('POST', '/api/session', credentials),
    onSuccess: () => window.location.assign(next),
    failureMessage: 'Signing in failed.',
  });
  // Still busy once signed in, until the page it loads replaces this one.
  const pending = busy || mutation.isSuccess;

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-label="Sign in" noValidate>
      <Field label="Username" error={errorOf('username')}>
        {(control) => <input {...control} {...form.register('username')} autoComplete="username" required autoFocus />}
      </Field>
      <Field label="Password" error={errorOf('password')}>
        {(control) => <input {...control} {...form.register('password')} type="password" autoComplete="current-password" required />}
      </Field>
      {failure && (
        <p className={styles.error} role="alert">
          {failure}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
