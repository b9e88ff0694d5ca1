import type { NextConfig } from 'next';

const isDev = process.env.NODE_ENV === 'development';

/*
 * Static pages cannot carry per-request nonces, and Next's App Router bootstraps hydration
 * with inline <script> tags (self.__next_f.push), so script-src needs 'unsafe-inline'.
 * Everything else is locked to our own origin; the only third party is the YouTube embed,
 * which loads only after the reader presses play. Dev mode also needs 'unsafe-eval' for
 * React's debugging tools.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  'frame-src https://www.youtube-nocookie.com',
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

const staticExport = Boolean(process.env.STATIC_EXPORT);

const nextConfig: NextConfig = {
  // Lets two builds (e.g. a test run and a benchmark) share one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  output: staticExport ? 'export' : process.env.STANDALONE ? 'standalone' : undefined,
  // A static host serves out/lessons/x/index.html for /lessons/x/ without any rewrite rules.
  trailingSlash: staticExport,
  poweredByHeader: false,
  reactStrictMode: true,
  // No experimental.inlineCss: it wrote our 54 KB stylesheet into every page three times (a
  // <style> plus two copies in the RSC payload, vercel/next.js#98079), which cost more main-thread
  // time on a phone than the one cached stylesheet request it saves.
  ...(staticExport
    ? {}
    : {
        async headers() {
          return [{ source: '/:path*', headers: securityHeaders }];
        },
      }),
};

export default nextConfig;
