'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { sendJson } from '@/lib/api-client';
import { ApiClientError } from '@/lib/query-client';
import styles from './Session.module.css';

/** Changes the signed-in user's password; their other sessions end. */
export function PasswordForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const change = useMutation({
    mutationFn: (passwords: { currentPassword: string; newPassword: string }) => sendJson('POST', '/api/account/password', passwords),
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    if (form.get('newPassword') !== form.get('repeat')) {
      setMessage({ ok: false, text: 'The two new passwords differ.' });
      return;
    }
    try {
      await change.mutateAsync({
        currentPassword: String(form.get('currentPassword') ?? ''),
        newPassword: String(form.get('newPassword') ?? ''),
      });
      formElement.reset();
      setMessage({ ok: true, text: 'Your password is changed. Your other sessions were signed out.' });
    } catch (reason) {
      const issue = reason instanceof ApiClientError ? reason.issues.find((item) => item.field === 'newPassword') : undefined;
      setMessage({ ok: false, text: issue ? `New password: ${issue.message}.` : reason instanceof Error ? reason.message : 'Failed.' });
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-label="Change your password">
      <label>
        Current password
        <input name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label>
        New password (at least 10 characters)
        <input name="newPassword" type="password" autoComplete="new-password" minLength={10} maxLength={200} required />
      </label>
      <label>
        New password again
        <input name="repeat" type="password" autoComplete="new-password" required />
      </label>
      {message && (
        <p className={message.ok ? styles.success : styles.error} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={change.isPending}>
        {change.isPending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
