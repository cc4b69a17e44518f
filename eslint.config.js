// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'storybook-static/**',
      'packages/elements/src/generated/**',
      '**/dist/**',
      '**/node_modules/**',
      '**/*.d.ts',
      '.tandem/**',
      '.tools/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Web components: lit and custom-element rules (the elements package lands with the widget issues).
    files: ['packages/elements/**/*.ts', 'examples/**/*.{js,ts}'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts', 'examples/**/*.{js,ts}'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Tests index into fixtures they just made.
    files: ['**/*.test.ts', '**/*.stories.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Command-line entry points and scripts talk to a terminal.
    files: ['**/scripts/**', 'packages/server/src/cli.ts', 'scripts/**', '**/bench/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
