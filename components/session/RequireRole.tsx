'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { hasRole, roleNeededMessage, type Role } from '@/lib/auth/roles';
import { useSession } from './SessionProvider';
import styles from './Session.module.css';

interface RequireRoleProps {
  role: Role;
  children: ReactNode;
  /**
   * What to show instead: nothing (the default: anonymous visitors see no write buttons), or a short notice —
   * "Sign in to …" for visitors, "You need the editor role …" for users whose role is too low.
   */
  otherwise?: 'nothing' | 'notice';
  /** Ends the sign-in notice: "Sign in to share a snapshot". */
  action?: string;
}

/**
 * Shows its children only to users with at least `role`. The server refuses the write anyway (401/403); this only
 * keeps the UI from offering what would be refused.
 */
export function RequireRole({ role, children, otherwise = 'nothing', action = 'do this' }: RequireRoleProps) {
  const { user } = useSession();
  if (hasRole(user, role)) return <>{children}</>;
  if (otherwise === 'nothing') return null;
  return <RoleNotice role={role} signedIn={user !== null} action={action} />;
}

export function RoleNotice({ role, signedIn, action = 'do this' }: { role: Role; signedIn: boolean; action?: string }) {
  if (!signedIn) {
    return (
      <p className={styles.notice} role="note">
        <Link href="/signin">Sign in</Link> to {action}.
      </p>
    );
  }
  return (
    <p className={styles.notice} role="note">
      {roleNeededMessage(role)}
    </p>
  );
}
