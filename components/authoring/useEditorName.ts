'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { storedEditorName, storeEditorName } from '@/lib/editor-client';

const CHANGE_EVENT = 'parley:editor-name';

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** The name this browser signs changes with (null until given), and a way to set it; every user of it updates. */
export function useEditorName() {
  const name = useSyncExternalStore(subscribe, storedEditorName, () => null);
  const setName = useCallback((next: string) => {
    storeEditorName(next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [name, setName] as const;
}
