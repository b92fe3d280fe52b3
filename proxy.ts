import { NextResponse, type NextRequest } from 'next/server';
import { anonymousReadAllowed, isOpenPath, PATH_HEADER } from '@/lib/auth/access';
import { CROSS_SITE_MESSAGE, changesState, isSameOrigin, ownOrigin } from '@/lib/auth/same-origin';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { contentSecurityPolicy, withSecurityHeaders } from '@/lib/security-headers.mjs';

/**
 * Next's request hook for pages (the file must sit at the project root). First, it refuses state-changing requests
 * (server actions) from other sites (the data layer checks roles); then, when anonymous reading is off, it sends
 * visitors without a session to sign in (the pages check the session itself). It gives every page a fresh CSP nonce,
 * which Next puts on its own scripts, and sets the security headers on every response. The API does not pass here:
 * see `config`.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const refusal = crossSiteRefusal(request) ?? signInRedirect(request);
  if (refusal) return withSecurityHeaders(refusal, policy);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  // The root layout sends visitors to sign in when anonymous reading is off; it needs to know where they were going.
  requestHeaders.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set('Content-Security-Policy', policy);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

/** Any method but GET, HEAD and OPTIONS (a server action) must come from this site. */
function crossSiteRefusal(request: NextRequest): NextResponse | null {
  if (!changesState(request.method)) return null;
  if (isSameOrigin(request.headers, ownOrigin(request))) return null;
  return NextResponse.json({ error: { code: 'forbidden', message: CROSS_SITE_MESSAGE } }, { status: 403 });
}

function signInRedirect(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (anonymousReadAllowed() || request.cookies.has(SESSION_COOKIE) || isOpenPath(pathname)) return null;
  const target = new URL('/signin', request.url);
  target.searchParams.set('next', `${pathname}${search}`);
  return NextResponse.redirect(target);
}

export const config = {
  // Static build output carries no nonce to check and needs no per-request work. Nor does the API: each route makes
  // the checks itself (app/api/guard.ts: same origin, rate limits, the session) and next.config.js gives its answers
  // their headers, while passing here cost every request more than the rest of Next's work for a 400 (bench
  // --floor). It also keeps uploads whole: Next holds in memory, and silently cuts at `proxyClientMaxBodySize`
  // (10 MB), every body it hands to this hook, and the import route reads its own (up to 50 MB).
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
};
