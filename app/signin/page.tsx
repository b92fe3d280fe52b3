import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/session/SignInForm';
import styles from '@/components/session/Session.module.css';
import { currentPrincipal } from '@/db/accounts/request';
import { safeNextPath } from '@/lib/auth/next-path';
import type { Principal } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

/**
 * Who is signed in already; when the database cannot say (it is down or busy), nobody, with the reason, which the
 * page shows above the form: signing in fails for the same reason until it is back.
 */
async function signedInUser(): Promise<{ user: Principal | null; problem: AppError | null }> {
  try {
    return { user: await currentPrincipal(), problem: null };
  } catch (error) {
    if (error instanceof AppError) return { user: null, problem: error };
    throw error;
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  const { user, problem } = await signedInUser();
  return (
    <div className={styles.page}>
      <h1>Sign in to Parley</h1>
      {user ? (
        <p>
          You are signed in as {user.name} ({user.role}). <Link href={next}>Go on</Link>
        </p>
      ) : (
        <>
          {problem && (
            <p className="status status-error" role="alert">
              {problem.message}
            </p>
          )}
          <p className="muted">Accounts are made by an admin. Ask yours if you have none.</p>
          <SignInForm next={next} />
        </>
      )}
    </div>
  );
}
