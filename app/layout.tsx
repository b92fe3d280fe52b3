import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import type { CSSProperties, ReactNode } from 'react';
import { DatabaseStatus } from '@/components/DatabaseStatus';
import { FAMILY_CSS_VARIABLES } from '@/components/graph/visual-style';
import { SessionProvider } from '@/components/session/SessionProvider';
import { UserMenu } from '@/components/session/UserMenu';
import { isOpenPath, PATH_HEADER } from '@/lib/auth/access';
import { hasRole } from '@/lib/auth/roles';
import { pageUser, requirePageReader } from './page-guard';
import { Providers } from './providers';
import nav from './nav.module.css';
import './globals.css';

export const metadata: Metadata = {
  // Link previews need absolute addresses: PARLEY_PUBLIC_URL is where readers reach this server.
  metadataBase: new URL(process.env.PARLEY_PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`),
  title: { default: 'Parley', template: '%s · Parley' },
  description: 'A sourced knowledge graph of diplomatic actors, their meetings and relationships.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, so each gets the nonce its CSP expects.
  const requestHeaders = await headers();
  // The proxy only sent visitors without a cookie to sign in. Each page checks the session itself, since it renders
  // beside this layout and not after it; this check covers what has no page of its own, such as a 404.
  if (!isOpenPath((requestHeaders.get(PATH_HEADER) ?? '/').split('?')[0]!)) await requirePageReader();
  const user = await pageUser();
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
                {hasRole(user, 'editor') && (
                  <Link href="/extract" className={nav.link}>
                    From a report
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
