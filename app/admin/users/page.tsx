import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { RoleNotice } from '@/components/session/RequireRole';
import styles from '@/components/session/Session.module.css';
import { UsersAdmin } from '@/components/session/UsersAdmin';
import { currentPrincipal } from '@/db/accounts/request';
import { hasRole } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Manage users' };
export const dynamic = 'force-dynamic';

/** Admins manage accounts here; the API checks the role again on every call. */
export default async function UsersPage() {
  const user = await currentPrincipal();
  if (!user) redirect('/signin?next=/admin/users');
  return (
    <div className={styles.page}>
      <h1>Manage users</h1>
      {hasRole(user, 'admin') ? <UsersAdmin /> : <RoleNotice role="admin" signedIn action="manage users" />}
    </div>
  );
}
