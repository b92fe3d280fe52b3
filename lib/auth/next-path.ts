// Any origin would do as long as it is this one: `next` is resolved against it and kept only if it stays on it.
const APP_ORIGIN = 'http://parley.invalid';

/**
 * Where to go after signing in: only a path on this site, so that a crafted link cannot send the user elsewhere.
 * `next` is resolved the way a browser resolves it (which drops tabs and newlines and reads `\` as `/`, so
 * `/\t/evil.example` means `//evil.example`) and kept only when it stays on this origin; the resolved path is what
 * is returned, so what is checked is what the browser follows. Anything else is `/`.
 */
export function safeNextPath(next: string | string[] | undefined | null): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value?.startsWith('/')) return '/';
  let resolved: URL;
  try {
    resolved = new URL(value, APP_ORIGIN);
  } catch {
    // No URL can be made of it, so it leads nowhere safe: like any other unsafe `next`, to the start.
    return '/';
  }
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // A path that resolves to `//…` (from `/.//evil.example`) would itself be read as another host.
  if (resolved.origin !== APP_ORIGIN || path.startsWith('//')) return '/';
  return path;
}
