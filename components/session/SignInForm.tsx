'use client';

import { useState, type FormEvent } from 'react';
import { sendJson } from '@/lib/api-client';
import styles from './Session.module.css';

/** Username and password; on success, a full load of `next` so that the whole page knows who is signed in. */
export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      await sendJson('POST', '/api/session', { username: String(form.get('username') ?? ''), password: String(form.get('password') ?? '') });
      window.location.assign(next);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : 'Signing in failed.');
      setPending(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-label="Sign in">
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
