'use client';

import { useRouter } from 'next/navigation';
import { startTransition } from 'react';
import { DatabaseAwareError } from '@/components/session/DatabaseAwareError';

/** A page that failed to render (a database outage, usually): says so, and retries on request. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const retry = () =>
    startTransition(() => {
      // Fetch the page again from the server, then re-render it in place.
      router.refresh();
      reset();
    });
  return <DatabaseAwareError onRetry={retry} />;
}
