import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/session/SignInForm';
import styles from '@/components/session/Session.module.css';
import { currentPrincipal } from '@/db/accounts/request';
import { safeNextPath } from '@/lib/auth/next-path';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  const user = await currentPrincipal().catch(() => null);
  return (
    <div className={styles.page}>
      <h1>Sign in to Parley</h1>
      {user ? (
        <p>
          You are signed in as {user.name} ({user.role}). <Link href={next}>Go on</Link>
        </p>
      ) : (
        <>
          <p className="muted">Accounts are made by an admin. Ask yours if you have none.</p>
          <SignInForm next={next} />
        </>
      )}
    </div>
  );
}
