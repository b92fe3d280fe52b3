'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getJson, sendJson } from '@/lib/api-client';
import { ROLES, type Role, type UserAccount } from '@/lib/auth/roles';
import { ApiClientError } from '@/lib/query-client';
import { queryKeys } from '@/lib/query-keys';
import { StatusMessage } from '../StatusMessage';
import { useSession } from './SessionProvider';
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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const create = useMutation({
    mutationFn: (body: { username: string; name: string; role: Role; password: string }) =>
      sendJson<{ user: UserAccount }>('POST', '/api/users', body),
    meta: { changes: 'users' },
  });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    try {
      const { user } = await create.mutateAsync({
        username: String(form.get('username') ?? ''),
        name: String(form.get('name') ?? ''),
        role: String(form.get('role') ?? 'viewer') as Role,
        password: String(form.get('password') ?? ''),
      });
      formElement.reset();
      setMessage({ ok: true, text: `Created ${user.username} (${user.role}). Give them the initial password; they can change it.` });
    } catch (reason) {
      setMessage({ ok: false, text: errorText(reason) });
    }
  };
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-label="New account">
      <h2>New account</h2>
      <label>
        Username
        <input name="username" required maxLength={40} autoComplete="off" />
      </label>
      <label>
        Display name
        <input name="name" required maxLength={80} autoComplete="off" />
      </label>
      <label>
        Role
        <select name="role" defaultValue="viewer">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </label>
      <label>
        Initial password (at least 10 characters)
        <input name="password" type="password" required minLength={10} maxLength={200} autoComplete="new-password" />
      </label>
      {message && (
        <p className={message.ok ? styles.success : styles.error} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
