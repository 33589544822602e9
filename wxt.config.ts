import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEMO_OPTIONAL_SITES, parseSites } from './lib/sites/build-sites';
import { extensionPagesCsp, parseSyncOrigin, syncHostPermissions } from './lib/team-sync/build-origin';

// The sites this build acts on: the loopback demo by default, a council's own origins via MARGIN_SITES.
const sites = parseSites(process.env.MARGIN_SITES);
// Sites users may enable themselves (Settings → Sites asks the browser for that origin only).
const optionalSites = parseSites(
  process.env.MARGIN_OPTIONAL_SITES,
  process.env.MARGIN_SITES ? [] : DEMO_OPTIONAL_SITES,
);

// The council's CouchDB origin for team sync (docs/deployment.md), or none: the only server Margin may reach.
const syncOrigin = parseSyncOrigin(process.env.MARGIN_SYNC_ORIGIN);
// Extension pages may run only their own packaged scripts and may open no network connection but to the
// sync origin (none at all when the build names none).
const EXTENSION_PAGES_CSP = extensionPagesCsp(syncOrigin);

export default defineConfig({
  // Manifest V3 for every browser: WXT's default for Firefox is MV2, and Firefox 140+ runs MV3.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // `wxt` dev mode would launch a browser, which fails as root on a headless machine: the demo script
  // launches Chromium itself.
  webExt: { disabled: true },
  // A build for the sync browser test goes to its own folder, so it never replaces the default build.
  ...(process.env.MARGIN_OUT_DIR ? { outDir: process.env.MARGIN_OUT_DIR } : {}),
  zip: { excludeSources: ['demo-output/**', 'test-results/**', 'playwright-report/**', 'bench/**'] },
  manifest: ({ browser }) => ({
    name: 'Margin',
    description:
      'Audit sidebar for case-record systems: observations, friction evidence and QA exports. Sends nothing anywhere.',
    permissions: optionalSites.length > 0 ? ['storage', 'alarms', 'scripting'] : ['storage', 'alarms'],
    host_permissions: [...sites, ...syncHostPermissions(syncOrigin)],
    ...(optionalSites.length > 0 ? { optional_host_permissions: optionalSites } : {}),
    action: { default_title: 'Margin: show or hide the sidebar' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Show or hide the Margin sidebar',
      },
      'flag-friction': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Flag friction on this screen',
      },
    },
    // The sidebar frame, and Margin's in-page code that the loader imports after the page has loaded.
    web_accessible_resources: [
      {
        // margin-page.js imports the others on first use (lib/page/chunks.ts).
        resources: [
          'sidebar.html',
          'margin-page.js',
          'margin-friction.js',
          'margin-anchoring.js',
          'margin-picker.js',
          'margin-friction-layer.js',
        ],
        matches: [...sites, ...optionalSites],
      },
    ],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // Council IT can preconfigure Margin through managed policy (docs/deployment.md). Chromium only:
    // Firefox reads managed storage from a native manifest instead.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'margin@margin-audit.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android knows data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The only content script: a tiny loader (public/margin-loader.js) on the sites of this build.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [{ matches: sites, js: ['margin-loader.js'], run_at: 'document_idle' }];
    },
  },
});
