/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or WebAssembly server packages are loaded by Node, not bundled.
  serverExternalPackages: ['@node-rs/argon2', '@electric-sql/pglite', 'pg', 'pino'],
  poweredByHeader: false,
  typedRoutes: false,
};

module.exports = nextConfig;
