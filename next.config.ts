import type { NextConfig } from 'next';
import { nearEndRules, onHoverRules } from './components/lesson-pager/lesson-pager.contract';
import { headScriptHash } from './lib/server/head-script';
import { inlineHash } from './lib/server/inline-hash';

const isDev = process.env.NODE_ENV === 'development';

/*
 * The pages ship no framework runtime and no inline script but the head script (theme, then the
 * loader of the stylesheet and islands), which the policy allows by its hash (lib/server/head-script.ts); islands are module scripts from our own
 * origin. The only third party is the YouTube embed, which loads only after the reader presses
 * play. `next dev` hydrates the pages with React, which needs 'unsafe-eval' and inline scripts.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  // And the lesson pager's two speculation rules (JSON that prerenders the next lesson), by their
  // hashes too: Chromium 156 blocked them with only 'inline-speculation-rules' (tried here).
  `script-src 'self' ${isDev ? "'unsafe-inline' 'unsafe-eval'" : [headScriptHash, inlineHash(onHoverRules), inlineHash(nearEndRules)].join(' ')}`,
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
  // The build type-checks the site's own code only: tests and the sample checks need the
  // development dependencies, which an image build (npm ci --omit=dev) does not install.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // Next's file server refuses dotfiles under public/ with a 400 error page; a plain 404 is the
  // honest answer (the example folder's .dockerignore ships inside /examples/dash-app.zip).
  ...(staticExport
    ? {}
    : {
        async rewrites() {
          return { beforeFiles: [{ source: '/:path*/.:dotfile', destination: '/404' }], afterFiles: [], fallback: [] };
        },
      }),
  reactStrictMode: true,
  // `next dev` serves its own development files in ways these headers break (nosniff, HMR).
  ...(staticExport || isDev
    ? {}
    : {
        async headers() {
          return [
            { source: '/:path*', headers: securityHeaders },
            // Island files are named by their content's hash: they never change under a name.
            { source: '/islands/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
          ];
        },
      }),
};

export default nextConfig;
