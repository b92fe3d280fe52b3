// Plain JavaScript (typed by early-refusal.d.mts) because the HTTP server in db/stack/server.mjs runs it before Next
// and without a TypeScript step.
import { API_CONTENT_SECURITY_POLICY, securityHeaders, STATIC_PAGE_CONTENT_SECURITY_POLICY } from './security-headers.mjs';

/** Every method some route of the app answers. */
export const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/**
 * The answer to a request Next cannot handle, given before Next sees it: `405` (with `Allow`) for TRACE, `400` for
 * a path whose percent-encoding does not decode (`/v/%ZZ`), which Next fails on in its routing. JSON under `/api`,
 * a short page elsewhere; `null` for every other request.
 */
export function earlyRefusal(method, url) {
  const path = (url ?? '/').split(/[?#]/, 1)[0];
  const api = path === '/api' || path.startsWith('/api/');
  // Fetch's Request refuses TRACE, so Next cannot even build the request and answers 500. (It refuses CONNECT and
  // TRACK too, but neither reaches a request handler: Node's server closes a CONNECT and its parser refuses TRACK.)
  if (method === 'TRACE') {
    return refusal(api, 405, 'method_not_allowed', 'This server does not answer TRACE requests.', { Allow: ALLOWED_METHODS });
  }
  if (!decodes(path)) {
    return refusal(api, 400, 'bad_request', 'The address is not valid: each “%” in its path must start a UTF-8 percent-encoding such as “%C3%BC” (write “%” itself as “%25”).');
  }
  return null;
}

function decodes(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function refusal(api, status, code, message, extraHeaders = {}) {
  const common = { 'Cache-Control': 'no-store', ...extraHeaders };
  if (api) {
    return {
      status,
      headers: { ...securityHeaders(API_CONTENT_SECURITY_POLICY), ...common, 'Content-Type': 'application/json' },
      body: JSON.stringify({ error: { code, message } }),
    };
  }
  const title = status === 405 ? 'Method not allowed' : 'Address not valid';
  return {
    status,
    headers: { ...securityHeaders(STATIC_PAGE_CONTENT_SECURITY_POLICY), ...common, 'Content-Type': 'text/html; charset=utf-8' },
    body: page(title, message),
  };
}

// The message is ours and holds no markup; nothing of the request is written into the page.
function page(title, message) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Parley</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #0f172a">
<h1 style="font-size: 1.5rem">${title}</h1>
<p>${message}</p>
<p><a href="/">Go to the graph</a></p>
</body>
</html>
`;
}
