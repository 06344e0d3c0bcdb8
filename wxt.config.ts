import { defineConfig } from 'wxt';
import { CLASSIFIER_SIGNALS } from './engine/classifier.ts';
import { lexiconExpressions } from './engine/relevance-matcher.ts';

// One config for both browsers: Chrome MV3 is the default target, `-b firefox` builds the Firefox one.
export default defineConfig({
  // Explicit imports everywhere: a newcomer can follow every name to its file, and the Node tools
  // (scripts/) import the same modules without WXT's auto-import step.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    define: {
      // The classifier's expressions, built here once instead of on every page load (classifier.ts).
      __NK_CLASSIFIER_EXPRESSIONS__: JSON.stringify(lexiconExpressions(CLASSIFIER_SIGNALS)),
    },
  }),
  manifest: ({ browser }) => ({
    name: 'NK Context',
    description:
      "Explains North Korea terms on news pages with the testimony of former Workers' Party members.",
    // Least privilege; each one is justified in README.md ("Permissions").
    permissions: ['storage', 'contextMenus'],
    // Rebindable at chrome://extensions/shortcuts (Firefox: about:addons → Manage Extension Shortcuts).
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Switch NK Context on or off for this site',
      },
      // The keyboard's way to marks, which cannot take focus: move to one and open its popover.
      'next-term': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next marked term and open its explanation',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous marked term and open its explanation',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'nk-context@nk-context.example',
              // 140 is the first Firefox with data_collection_permissions (and CSS.highlights).
              strict_min_version: '140.0',
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    excludeSources: ['docs/**', '**/*.log', 'test-results/**', '.ci/**'],
  },
});
