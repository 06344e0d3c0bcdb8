// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    name: 'nk-context/ignores',
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'docs/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    name: 'nk-context/typescript',
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      // Glossary text is data: it is rendered as text, never as markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with Preact or textContent, never innerHTML.' },
        { property: 'outerHTML', message: 'Render text with Preact or textContent, never outerHTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: extensions may not run built code.',
        },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: same as eval.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Node tools and tests may read files and spawn processes.
    name: 'nk-context/node',
    files: ['scripts/**', 'tests/**', '*.config.{ts,js}'],
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    // The e2e tests serialise page DOM on purpose, to prove we never change it.
    name: 'nk-context/tests',
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
