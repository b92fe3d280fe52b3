'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { sendJson } from '@/lib/api-client';
import { hasRole } from '@/lib/auth/roles';
import { useSession } from './SessionProvider';
import styles from './Session.module.css';

/** The header's account corner: "Sign in", or who is signed in with their role, account, admin and sign-out. */
export function UserMenu() {
  const { user } = useSession();
  const signOut = useMutation({
    mutationFn: () => sendJson('DELETE', '/api/session'),
    // A full load, so that nothing rendered for the signed-in user stays on screen or in the cache.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a client navigation would keep both
    onSuccess: () => window.location.assign('/'),
  });
  if (!user) {
    return (
      <Link href="/signin" className={styles.signInLink}>
        Sign in
      </Link>
    );
  }
  return (
    <details className={styles.menu}>
      <summary aria-label={`Signed in as ${user.name} (${user.role})`}>
        {user.name} · {user.role}
      </summary>
      <div className={styles.menuBody} role="group" aria-label="Your account">
        <span className="muted">
          Signed in as <strong>{user.username}</strong>
        </span>
        <Link href="/account">Account and password</Link>
        {hasRole(user, 'admin') && <Link href="/admin/users">Manage users</Link>}
        <button type="button" onClick={() => signOut.mutate()}>
          Sign out
        </button>
        {signOut.error && (
          <p className={styles.error} role="alert">
            {signOut.error.message || 'Signing out failed.'}
          </p>
        )}
      </div>
    </details>
  );
}
