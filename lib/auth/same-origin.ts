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

/**
 * The origin the browser addressed: the scheme Next gives the request's URL (https when the connection is TLS or,
 * behind a proxy that ends TLS, when it sends `X-Forwarded-Proto: https`) and the `Host` it was sent to.
 */
export function ownOrigin(request: { headers: Headers; nextUrl: URL }): string {
  return `${request.nextUrl.protocol}//${request.headers.get('host') ?? request.nextUrl.host}`;
}

/**
 * `own` is the request's own origin (`ownOrigin`); the `Origin` header must name the same scheme, host and port:
 * a page served over plain http (anyone on the network can write it) may not act on the https site.
 */
export function isSameOrigin(headers: Headers, own: string): boolean {
  const origin = headers.get('origin');
  if (origin !== null) {
    try {
      return new URL(origin).origin === new URL(own).origin;
    } catch {
      // `Origin: null` (sandboxed frames, some redirects), garbage and a garbled Host name no site at all.
      return false;
    }
  }
  return headers.get('sec-fetch-site') === 'same-origin';
}

export const CROSS_SITE_MESSAGE =
  'This request did not come from a Parley page (its Origin is another site, or missing), so it was refused to protect ' +
  'your account. Use the app itself, or send an Origin header naming this site.';
