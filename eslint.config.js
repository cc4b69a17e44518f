// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Tests, stories and generated files are not the package's shipped source. */
const sourceOnly = ['**/*.test.ts', '**/*.stories.ts', '**/generated/**'];

/** A no-restricted-imports pattern refusing every module but these (and relative paths). */
const allowOnly = (/** @type {string[]} */ modules, /** @type {string} */ message) => ({
  regex: `^(?!(${modules.join('|')})(/|$)|\\.{1,2}/)`,
  message,
});

export default tseslint.config(
  {
    ignores: [
      'storybook-static/**',
      'packages/elements/src/generated/**',
      'packages/react/src/generated/**',
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
    // Type-aware rules, with each file's own tsconfig (the root tsconfig.json says which owns the tests).
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // DESIGN.md §2: the only allowed import directions, per package (its shipped source; tests and
  // stories may use their runners). Each pattern allows the package's own files and names the rest.
  {
    files: ['packages/contract/src/**/*.ts'],
    ignores: sourceOnly,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [allowOnly(['zod'], 'The contract imports zod only.')] },
      ],
    },
  },
  {
    files: ['packages/client/src/**/*.ts'],
    ignores: sourceOnly,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            allowOnly(
              ['@tandem/contract', 'zod', 'eventsource-parser'],
              'The client imports the contract, zod and its own dependencies.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ignores: sourceOnly,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            allowOnly(
              ['@tandem/client', '@tandem/contract', 'lit', '@lit/[\\w-]+', '@lit-labs/[\\w-]+'],
              'Elements import the client, the contract and the lit family: never server code, hono, drizzle, pg, jose or node:* (they run in the browser).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@tandem/elements(/|$)|(^|/)elements/src(/|$)',
              message: 'The server never imports the elements source (it serves their built bundle).',
            },
          ],
        },
      ],
    },
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
