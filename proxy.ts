import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from '@/lib/security-headers';

/**
 * Next's request hook (the file must sit at the project root): gives every page a fresh CSP nonce, which Next
 * puts on its own scripts, and sets the security headers on every response.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build output carries no nonce to check and needs no per-request work.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
