/**
 * Cross-site request forgery: a state-changing request is only accepted when the browser says it comes from this
 * very site. Browsers send `Origin` with every non-GET request; where it is absent, `Sec-Fetch-Site` says the same.
 * A request with neither (not a browser, or a very old one) is refused too: the API is for this site's pages, and
 * scripts can send the header themselves.
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function changesState(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** `host` is the request's own `Host` (`localhost:3000`); the origin must name the same host and port. */
export function isSameOrigin(headers: Headers, host: string | null): boolean {
  const origin = headers.get('origin');
  if (origin !== null) {
    if (!host) return false;
    try {
      return new URL(origin).host.toLowerCase() === host.toLowerCase();
    } catch {
      // `Origin: null` (sandboxed frames, some redirects) and garbage name no site at all.
      return false;
    }
  }
  return headers.get('sec-fetch-site') === 'same-origin';
}

export const CROSS_SITE_MESSAGE =
  'This request did not come from a Parley page (its Origin is another site, or missing), so it was refused to protect ' +
  'your account. Use the app itself, or send an Origin header naming this site.';
