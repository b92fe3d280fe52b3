'use client';

import { hasRole } from '@/lib/auth/roles';
import { useSession } from '../session/SessionProvider';

/** What the signed-in user may do here: editors write, admins also read histories and restore deleted records. */
export function usePermissions() {
  const { user } = useSession();
  return { user, write: hasRole(user, 'editor'), administer: hasRole(user, 'admin') };
}
