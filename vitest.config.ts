import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default defineConfig({
  resolve: { conditions: ['tandem-source'] },
  ssr: { resolve: { conditions: ['tandem-source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'packages/{contract,client,server}/src/**/*.test.ts',
            'packages/{contract,client,server}/test/**/*.test.ts',
            'packages/*/scripts/**/*.test.ts',
            // The widgets' data controllers, which have no DOM, against the real server. The rest
            // of the component tests run in Chromium under @web/test-runner (packages/elements).
            'packages/elements/src/**/*.node.test.ts',
            'e2e/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // A shared 2-core machine: waiting on a condition gets seconds, never vitest's 1 s default.
          expect: { poll: { timeout: 15_000 } },
          // PGlite instances are memory-hungry; two workers match the two cores.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        // Every story is a test in Chromium, with the a11y addon's checks.
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
          setupFiles: ['.storybook/vitest.setup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
