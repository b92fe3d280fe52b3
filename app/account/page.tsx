import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PasswordForm } from '@/components/session/PasswordForm';
import styles from '@/components/session/Session.module.css';
import Link from 'next/link';
import { DeleteSnapshot } from '@/components/snapshot/DeleteSnapshot';
import { currentPrincipal } from '@/db/accounts/request';
import { listSnapshotsOf } from '@/db/queries/snapshots';

export const metadata: Metadata = { title: 'Your account' };
export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const user = await currentPrincipal();
  if (!user) redirect('/signin?next=/account');
  const { snapshots, quota } = await listSnapshotsOf(user);
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
      <h2>Your snapshots</h2>
      {snapshots.length === 0 ? (
        <p>You keep no snapshots. “Share → Share this exact picture” on a view keeps its picture under a short link.</p>
      ) : (
        <>
          <p>
            {snapshots.length.toLocaleString('en')} of the {quota.toLocaleString('en')} one account may keep, newest first.
          </p>
          <ul className={styles.snapshots}>
            {snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                <Link href={`/v/${snapshot.id}`}>{snapshot.title}</Link> <span className="muted">taken {snapshot.createdAt.slice(0, 10)}</span>
                <DeleteSnapshot snapshot={{ id: snapshot.id, createdById: user.id }} title={snapshot.title} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Change your password</h2>
      <PasswordForm />
    </div>
  );
}
