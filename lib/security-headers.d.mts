export function contentSecurityPolicy(nonce: string, development: boolean): string;
export const API_CONTENT_SECURITY_POLICY: string;
export const STATIC_PAGE_CONTENT_SECURITY_POLICY: string;
export const STATIC_SECURITY_HEADERS: Record<string, string>;
export function securityHeaders(policy: string): Record<string, string>;
export function withSecurityHeaders<R extends { headers: Headers }>(response: R, policy: string): R;
