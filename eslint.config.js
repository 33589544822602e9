// Lint rules: typescript-eslint's recommended set, plus a ban on every network API in Margin's own
// code (Margin makes no network requests, ever). The demo case-record system is a host page, not
// Margin, and may use the network on loopback.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NO_NETWORK = 'Margin makes no network requests: no fetch, XHR, WebSocket, EventSource or beacon.';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Playwright fixtures take an empty destructuring pattern by design.
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['entrypoints/**', 'lib/**', 'components/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'].map((name) => ({
          name,
          message: NO_NETWORK,
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'navigator', property: 'sendBeacon', message: NO_NETWORK },
        { object: 'window', property: 'fetch', message: NO_NETWORK },
        { object: 'globalThis', property: 'fetch', message: NO_NETWORK },
        { object: 'self', property: 'fetch', message: NO_NETWORK },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource)$/]',
          message: NO_NETWORK,
        },
      ],
    },
  },
);
