// Lint rules: typescript-eslint's recommended set, a ban on every network API in Margin's own code
// (Margin makes no network requests, ever) and on dangerouslySetInnerHTML, and the layering as import
// bans: entrypoints → components → lib, and in-page code free of Zod, Preact and Dexie. The demo
// case-record system is a host page, not Margin, and may use the network on loopback.
// tests/unit/meta/conventions.test.ts checks that IN_PAGE covers every file the in-page bundle
// (entrypoints/margin-page.ts) actually contains.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NO_NETWORK = 'Margin makes no network requests: no fetch, XHR, WebSocket, EventSource or beacon.';

/**
 * The code bundled into entrypoints/margin-page.ts, which public/margin-loader.js imports into the case
 * system's page: folders, plus the few files it uses from folders that are otherwise extension-side.
 */
export const IN_PAGE = [
  'entrypoints/margin-page.ts',
  'entrypoints/margin-friction.ts',
  'entrypoints/margin-anchoring.ts',
  'entrypoints/margin-picker.ts',
  'entrypoints/margin-friction-layer.ts',
  'lib/page/**',
  'lib/anchoring/**',
  'lib/highlights/**',
  'lib/friction/capture/**',
  'lib/sidebar-frame/**',
  'lib/adapters/**',
  'lib/page-bridge/protocol.ts',
  'lib/page-bridge/frame-token.ts',
  'lib/friction/capture-setting.ts',
  'lib/friction/signal-labels.ts',
  'lib/messaging/client.ts',
  'lib/model/observation-kinds.ts',
];

/** An import path into a top-level folder, by the `@`/`~` aliases or relatively (`../../components`). */
const into = (...folders) => `^(?:[@~]{1,2}/|(?:\\.{1,2}/)+)(?:${folders.join('|')})(?:/|$)`;

const UP_FROM_LIB = {
  regex: into('components', 'entrypoints'),
  message:
    'lib/ is the bottom layer: it imports nothing from components/ or entrypoints/. Move what you need into lib/.',
};
const UP_FROM_COMPONENTS = {
  regex: into('entrypoints'),
  message:
    'components/ imports nothing from entrypoints/ (entrypoints only wire). Move it into components/ or lib/.',
};
const HEAVY_IN_PAGE =
  'In-page code runs inside the case system: keep Zod, Preact and Dexie out of its bundle. ' +
  '`import type` is fine; validate on the extension side (background) instead.';
const IN_PAGE_BANS = {
  paths: ['zod', 'preact', 'dexie'].map((name) => ({ name, message: HEAVY_IN_PAGE, allowTypeImports: true })),
  patterns: [
    { group: ['zod/*', 'preact/*', 'dexie/*', '@preact/*'], message: HEAVY_IN_PAGE, allowTypeImports: true },
  ],
};

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
        {
          // Preact's innerHTML path, which Firefox's linter flags, stays unused (docs/security.md).
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Margin renders text, never markup: no dangerouslySetInnerHTML.',
        },
      ],
    },
  },
  // Later blocks replace an earlier block's options for the same rule, so each repeats what applies.
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UP_FROM_COMPONENTS] }] },
  },
  {
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UP_FROM_LIB] }] },
  },
  {
    // `wxt/testing` also loads WXT's Vitest plugin (seconds per test file); the fake browser alone is light.
    files: ['tests/unit/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'wxt/testing',
              message:
                "Import fakeBrowser from 'wxt/testing/fake-browser': 'wxt/testing' loads all of WXT per test file.",
            },
          ],
        },
      ],
    },
  },
  {
    files: IN_PAGE,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: IN_PAGE_BANS.paths, patterns: [UP_FROM_LIB, ...IN_PAGE_BANS.patterns] },
      ],
    },
  },
);
