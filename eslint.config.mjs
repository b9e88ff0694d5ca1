import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // The pages ship no client router (unstable_runtimeJS: false): a plain <a> is the link, and
      // next/link would only render the same <a>.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    files: ['pages/_document.tsx'],
    rules: {
      // The island scripts are type="module", which browsers always defer; the rule only sees a src.
      '@next/next/no-sync-scripts': 'off',
    },
  },
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'out/**',
      'node_modules/**',
      'next-env.d.ts',
      'public/**',
      'test-results/**',
      'playwright-report/**',
      '.scratch/**',
    ],
  },
];

export default config;
