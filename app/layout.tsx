import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { DatabaseStatus } from '@/components/DatabaseStatus';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  // Link previews need absolute addresses: PARLEY_PUBLIC_URL is where readers reach this server.
  metadataBase: new URL(process.env.PARLEY_PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`),
  title: { default: 'Parley', template: '%s · Parley' },
  description: 'A sourced knowledge graph of diplomatic actors, their meetings and relationships.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, so each gets the nonce its CSP expects.
  await headers();
  return (
    <html lang="en">
      <body>
        <Providers>
          <header className="app-header">
            <Link href="/" className="brand">
              Parley
            </Link>
            <span className="tagline">Diplomatic actors, meetings and ties — every line traced to a quote</span>
            <DatabaseStatus />
          </header>
          <main>{children}</main>
        </Providers>
      </body>
    </html>
  );
}
