'use client';

import styles from './forms.module.css';
import { usePermissions } from './usePermissions';

/** Whose name the revisions of a change will carry: the signed-in account's. */
export function SignedAs() {
  const { user } = usePermissions();
  if (!user) return null;
  return (
    <p className={styles.status}>
      Changes are signed by your account, <strong>{user.name}</strong>.
    </p>
  );
}
