/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so that they never disturb a running `npm start`.
  distDir: process.env.PARLEY_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['neo4j-driver'],
};

module.exports = nextConfig;
