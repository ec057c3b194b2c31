import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'demo-dist/',
      'node_modules/',
      'custom-elements.json',
      'reports/',
      'bench/.generated/',
      'tests/frameworks/dist/',
      'dist-wordpress/',
      'release/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/recommended'],
  { languageOptions: { globals: { ...globals.browser } } },
  {
    // What ships: the promises of PRODUCT.md, enforced.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No HTML from strings.' },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No HTML from strings.',
        },
        {
          selector: 'Identifier[name=/^(localStorage|sessionStorage|indexedDB)$/]',
          message: 'No storage, ever.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'lit/directives/unsafe-html.js',
            'lit/directives/style-map.js',
            'lit/directives/unsafe-svg.js',
          ],
        },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'tests/wordpress/**/*.mjs',
      'tests/release/**/*.mjs',
      '*.mjs',
      '*.js',
      '*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's property assertions (`to.exist`) read as bare expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
