import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { CSSProperties, ReactNode } from 'react';
import { DatabaseStatus } from '@/components/DatabaseStatus';
import { FAMILY_CSS_VARIABLES } from '@/components/graph/visual-style';
import { SessionProvider } from '@/components/session/SessionProvider';
import { UserMenu } from '@/components/session/UserMenu';
import { currentPrincipal } from '@/db/accounts/request';
import { anonymousReadAllowed, isOpenPath, PATH_HEADER } from '@/lib/auth/access';
import { hasRole, type Principal } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { Providers } from './providers';
import nav from './nav.module.css';
import './globals.css';

export const metadata: Metadata = {
  // Link previews need absolute addresses: PARLEY_PUBLIC_URL is where readers reach this server.
  metadataBase: new URL(process.env.PARLEY_PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`),
  title: { default: 'Parley', template: '%s · Parley' },
  description: 'A sourced knowledge graph of diplomatic actors, their meetings and relationships.',
};

/** The signed-in user; with the database down, the page still renders (as anonymous) and says what is wrong. */
async function signedInUser(): Promise<Principal | null> {
  try {
    return await currentPrincipal();
  } catch (error) {
    if (error instanceof AppError && error.code === 'database_unavailable') return null;
    throw error;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, so each gets the nonce its CSP expects.
  const requestHeaders = await headers();
  const user = await signedInUser();
  const path = requestHeaders.get(PATH_HEADER) ?? '/';
  // The proxy already sent visitors without a cookie to sign in; this catches expired or forged sessions.
  if (!user && !anonymousReadAllowed() && !isOpenPath(path.split('?')[0]!)) redirect(`/signin?next=${encodeURIComponent(path)}`);
  return (
    <html lang="en" style={FAMILY_CSS_VARIABLES as CSSProperties}>
      <body>
        <Providers>
          <SessionProvider user={user}>
            <header className="app-header">
              <Link href="/" className="brand">
                Parley
              </Link>
              <nav aria-label="Main">
                {hasRole(user, 'editor') && (
                  <Link href="/import" className={nav.link}>
                    Import
                  </Link>
                )}
                {hasRole(user, 'admin') && (
                  <Link href="/admin/users" className={nav.link}>
                    Users
                  </Link>
                )}
                {hasRole(user, 'admin') && (
                  <Link href="/deleted" className={nav.link}>
                    Deleted records
                  </Link>
                )}
              </nav>
              <span className="tagline">Diplomatic actors, meetings and ties — every line traced to a quote</span>
              <DatabaseStatus />
              <UserMenu />
            </header>
            <main>{children}</main>
          </SessionProvider>
        </Providers>
      </body>
    </html>
  );
}
