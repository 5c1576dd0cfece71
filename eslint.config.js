import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // Leaving props out with a rest pattern is how a component passes the others on.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The pure parts run in workers, in the build and in tests: no UI or map library.
    files: [
      'src/story/**',
      'src/time/**',
      'src/symbols/**',
      'src/import/**',
      'src/state/selectors.ts',
      'src/state/actions.ts',
      'src/state/memo.ts',
      'src/state/url.ts',
      'src/state/filter.ts',
      'src/search/**',
      'src/export/data/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'maplibre-gl'].map((name) => ({ name, message: 'Keep this module pure: no React, DOM or map library.' })),
          patterns: [{ group: ['react/*', 'react-dom/*', 'maplibre-gl/*'], message: 'Keep this module pure: no React, DOM or map library.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'tests/e2e/**', 'geodata/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
);
