'use client';

import { useState } from 'react';
import { EditorNameForm } from './EditorNameGate';
import styles from './forms.module.css';
import { useEditorName } from './useEditorName';
import { usePermissions } from './usePermissions';

/** Who this browser's changes are signed as, with a way to change the name. */
export function SignedAs() {
  const { user } = usePermissions();
  const [name, setName] = useEditorName();
  const [changing, setChanging] = useState(false);
  if (user) {
    return (
      <p className={styles.status}>
        Changes are signed by your account, <strong>{user.name}</strong>.
      </p>
    );
  }
  if (changing) {
    return (
      <EditorNameForm
        initial={name ?? ''}
        onSave={(next) => {
          setName(next);
          setChanging(false);
        }}
      />
    );
  }
  return (
    <p className={styles.status}>
      {name ? (
        <>
          Changes are signed as <strong>{name}</strong>.{' '}
        </>
      ) : (
        'You will be asked for a name to sign your first change. '
      )}
      <button type="button" className="link-button" onClick={() => setChanging(true)}>
        {name ? 'Change name' : 'Give it now'}
      </button>
    </p>
  );
}
