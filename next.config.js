/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so that they never disturb a running `npm start`.
  distDir: process.env.PARLEY_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['neo4j-driver'],
  // What proxy.ts gives a page, for every answer of the API (which does not pass there): set by Next's router from
  // this list, at no cost per request worth measuring.
  async headers() {
    const { API_CONTENT_SECURITY_POLICY, securityHeaders } = await import('./lib/security-headers.mjs');
    const headers = Object.entries(securityHeaders(API_CONTENT_SECURITY_POLICY)).map(([key, value]) => ({ key, value }));
    return [{ source: '/api/:path*', headers }];
  },
  async redirects() {
    const { OLD_TIES_WORD } = await import('./lib/old-names.mjs');
    // Links and clients from before ties were called ties keep working; a 308 keeps the method and the body.
    return [{ source: `/api/${OLD_TIES_WORD}/:path*`, destination: '/api/ties/:path*', permanent: true }];
  },
};

module.exports = nextConfig;
