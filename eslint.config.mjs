// ESLint (flat config), run by `npm run lint` and as the first step of `npm test`, with no warning allowed.
// ESLint's recommended rules; Next's core-web-vitals rules (React, react-hooks, jsx-a11y, @next/next); Next's
// typescript rules, which are typescript-eslint's recommended set. Not the type-aware set (recommendedTypeChecked):
// it triples the lint's time, and its 400 findings are mostly `any` read from `response.json()` in route tests
// and from Neo4j records (which issue 13's typed boundary addresses), not bugs.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'db/launcher/target/**',
    'test-results/**',
    'playwright-report/**',
    'blob-report/**',
    '.data/**',
    'e2e/.auth/**',
  ]),
  js.configs.recommended,
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Leaving keys out of a copy with a rest pattern (`const { links, ...properties } = record`) is the point.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
    },
  },
]);
