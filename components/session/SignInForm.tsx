'use client';

import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { sendJson } from '@/lib/api-client';
import styles from './Session.module.css';

/** Username and password; on success, a full load of `next` so that the whole page knows who is signed in. */
export function SignInForm({ next }: { next: string }) {
  const signIn = useMutation({
    mutationFn: (credentials: { username: string; password: string }) => sendJson('POST', '/api/session', credentials),
    onSuccess: () => window.location.assign(next),
  });
  // Still busy once signed in, until the page it loads replaces this one.
  const pending = signIn.isPending || signIn.isSuccess;
  const error = signIn.error ? signIn.error.message || 'Signing in failed.' : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signIn.mutate({ username: String(form.get('username') ?? ''), password: String(form.get('password') ?? '') });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Sign in">
      <label>
        Username
        <input name="username" autoComplete="username" required autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
