import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PasswordForm } from '@/components/session/PasswordForm';
import styles from '@/components/session/Session.module.css';
import { currentPrincipal } from '@/db/accounts/request';

export const metadata: Metadata = { title: 'Your account' };
export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const user = await currentPrincipal();
  if (!user) redirect('/signin?next=/account');
  return (
    <div className={styles.page}>
      <h1>Your account</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Username</dt>
        <dd>{user.username}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
      </dl>
      <h2>Change your password</h2>
      <PasswordForm />
    </div>
  );
}
