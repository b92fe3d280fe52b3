'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '@/lib/api-client';
import { ROLES, type Role, type UserAccount } from '@/lib/auth/roles';
import { userCreateSchema } from '@/lib/schemas/account';
import { ApiClientError } from '@/lib/query-client';
import { queryKeys } from '@/lib/query-keys';
import { Field } from '../authoring/Field';
import { StatusMessage } from '../StatusMessage';
import { useSession } from './SessionProvider';
import { useAccountForm } from './useAccountForm';
import styles from './Session.module.css';

function errorText(error: unknown): string {
  if (error instanceof ApiClientError && error.issues.length > 0) {
    return `${error.message} ${error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** The admin's list of accounts: create one with a role and an initial password, change roles, disable or enable. */
export function UsersAdmin() {
  const { user: me } = useSession();
  const users = useQuery({ queryKey: queryKeys.users, queryFn: ({ signal }) => getJson<{ users: UserAccount[] }>('/api/users', signal) });
  const update = useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: { role?: Role; disabled?: boolean } }) =>
      sendJson<{ user: UserAccount }>('PATCH', `/api/users/${id}`, changes),
    meta: { changes: 'users' },
  });

  return (
    <>
      <h2>Accounts</h2>
      {users.isPending && <StatusMessage kind="loading">Loading the accounts…</StatusMessage>}
      {users.error && <StatusMessage kind="error">{users.error.message}</StatusMessage>}
      {update.error && (
        <p className={styles.error} role="alert">
          {errorText(update.error)}
        </p>
      )}
      {users.data && (
        <table className={styles.table} aria-label="Accounts">
          <thead>
            <tr>
              <th scope="col">Username</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.data.users.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.username}</th>
                <td>{account.name}</td>
                <td>
                  <select
                    aria-label={`Role of ${account.username}`}
                    value={account.role}
                    disabled={account.id === me?.id || update.isPending}
                    onChange={(event) => update.mutate({ id: account.id, changes: { role: event.target.value as Role } })}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {role}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {account.disabled ? 'Disabled' : 'Active'}{' '}
                  {account.id !== me?.id && (
                    <button
                      type="button"
                      disabled={update.isPending}
                      onClick={() => update.mutate({ id: account.id, changes: { disabled: !account.disabled } })}
                    >
                      {account.disabled ? `Enable ${account.username}` : `Disable ${account.username}`}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewUserForm />
    </>
  );
}

function NewUserForm() {
  const { form, mutation, submit, errorOf, failure, busy } = useAccountForm({
    schema: userCreateSchema,
    defaultValues: { username: '', name: '', role: 'viewer', password: '' },
    send: (input) => sendJson<{ user: UserAccount }>('POST', '/api/users', input),
    onSuccess: () => form.reset(),
    failureMessage: 'Something went wrong.',
    changes: 'users',
  });
  const created = mutation.data?.user;
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-label="New account" noValidate>
      <h2>New account</h2>
      <Field label="Username" error={errorOf('username')}>
        {(control) => <input {...control} {...form.register('username')} required maxLength={40} autoComplete="off" />}
      </Field>
      <Field label="Display name" error={errorOf('name')}>
        {(control) => <input {...control} {...form.register('name')} required maxLength={80} autoComplete="off" />}
      </Field>
      <Field label="Role" error={errorOf('role')}>
        {(control) => (
          <select {...control} {...form.register('role')}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Initial password (at least 10 characters)" error={errorOf('password')}>
        {(control) => (
          <input {...control} {...form.register('password')} type="password" required minLength={10} maxLength={200} autoComplete="new-password" />
        )}
      </Field>
      {failure && (
        <p className={styles.error} role="alert">
          {failure}
        </p>
      )}
      {created && (
        <p className={styles.success} role="status">
          Created {created.username} ({created.role}). Give them the initial password; they can change it.
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
