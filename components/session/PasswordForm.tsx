'use client';

import { sendJson } from '@/lib/api-client';
import { passwordChangeFormSchema } from '@/lib/schemas/account';
import { Field } from '../authoring/Field';
import { useAccountForm } from './useAccountForm';
import styles from './Session.module.css';

/** Changes the signed-in user's password; their other sessions end. */
export function PasswordForm() {
  const { form, mutation, submit, errorOf, failure, busy } = useAccountForm({
    schema: passwordChangeFormSchema,
    defaultValues: { currentPassword: '', newPassword: '', repeat: '' },
    send: ({ currentPassword, newPassword }) => sendJson('POST', '/api/account/password', { currentPassword, newPassword }),
    onSuccess: () => form.reset(),
    failureMessage: 'Failed.',
  });

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-label="Change your password" noValidate>
      <Field label="Current password" error={errorOf('currentPassword')}>
        {(control) => <input {...control} {...form.register('currentPassword')} type="password" autoComplete="current-password" required />}
      </Field>
      <Field label="New password (at least 10 characters)" error={errorOf('newPassword')}>
        {(control) => (
          <input {...control} {...form.register('newPassword')} type="password" autoComplete="new-password" minLength={10} maxLength={200} required />
        )}
      </Field>
      <Field label="New password again" error={errorOf('repeat')}>
        {(control) => <input {...control} {...form.register('repeat')} type="password" autoComplete="new-password" required />}
      </Field>
      {failure && (
        <p className={styles.error} role="alert">
          {failure}
        </p>
      )}
      {mutation.isSuccess && (
        <p className={styles.success} role="status">
          Your password is changed. Your other sessions were signed out.
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
