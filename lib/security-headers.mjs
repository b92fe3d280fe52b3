// Plain JavaScript (typed by security-headers.d.mts) because the HTTP server in db/stack/server.mjs sets these
// headers on the answers it gives before Next, and runs without a TypeScript step.

/**
 * The browser-facing security policy. Scripts run only from this origin and with the per-request nonce (Next's
 * own inline bootstrap carries it), so injected markup cannot run script; the app cannot be framed; links to
 * sources leave no full URL behind; and no response is sniffed into another type.
 */
export function contentSecurityPolicy(nonce, development) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // Inline style attributes are how React and Cytoscape place elements; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** For JSON and files from `/api`: nothing in them may load or run anything, nor be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** For a page of plain text written without Next (no script, its style inline). */
export const STATIC_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

export const STATIC_SECURITY_HEADERS = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** Every header of the policy: the `Content-Security-Policy` given and the static ones. */
export function securityHeaders(policy) {
  return { 'Content-Security-Policy': policy, ...STATIC_SECURITY_HEADERS };
}

/** Sets the security headers on a response, which it returns. */
export function withSecurityHeaders(response, policy) {
  for (const [name, value] of Object.entries(securityHeaders(policy))) response.headers.set(name, value);
  return response;
}
