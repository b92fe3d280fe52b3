'use client';

import './globals.css';
import { DatabaseAwareError } from '@/components/session/DatabaseAwareError';

/** When even the root layout fails: a whole page of its own, since the layout cannot be used. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body>
        <main>
          <DatabaseAwareError onRetry={() => window.location.reload()} />
        </main>
      </body>
    </html>
  );
}
