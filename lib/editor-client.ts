'use client';

const STORAGE_KEY = 'parley.editorName';

/**
 * Before accounts, the browser signed its changes with a name kept here and sent as X-Parley-Editor. The server now
 * takes the name from the signed-in session and ignores the header; the stored name is kept only until the forms
 * stop asking for it.
 * @deprecated Use the session (components/session/SessionProvider's useSession) instead.
 */
export function storedEditorName(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private windows, policies).
    return null;
  }
}

/** @deprecated See storedEditorName. */
export function storeEditorName(name: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, name);
  } catch {
    // See storedEditorName: nothing to keep it in.
  }
}

/** @deprecated The session cookie identifies the user: no header is sent any more. */
export function editorHeaders(): Record<string, string> {
  return {};
}
