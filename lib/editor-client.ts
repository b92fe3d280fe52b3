'use client';

import { EDITOR_HEADER } from './editor';

const STORAGE_KEY = 'parley.editorName';

/** The name this browser signs its changes with, kept locally until accounts exist. */
export function storedEditorName(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private windows, policies): changes are then signed as anonymous.
    return null;
  }
}

export function storeEditorName(name: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, name);
  } catch {
    // See storedEditorName: nothing to keep it in.
  }
}

export function editorHeaders(): Record<string, string> {
  const name = storedEditorName();
  // Header values carry only Latin-1: names in other scripts travel percent-encoded, and the server decodes them.
  return name ? { [EDITOR_HEADER]: encodeURIComponent(name) } : {};
}
