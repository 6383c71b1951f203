// Three tiers over fixture banks: pure functions, built sites read as HTML, and a real browser
// against a built site; and a check of the bank's own content, which builds nothing.
import { defineConfig } from 'vitest/config';

// The product's tests read the fixture taxonomy, never content/competencies.yaml: every build,
// import and check they run (child processes too) inherits it.
const FIXTURE_ENV = { BANK_TAXONOMY: 'tests/fixtures/bank/competencies.yaml' };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          env: FIXTURE_ENV,
          include: ['tests/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          // The bank's own questions and taxonomy (content/): the only tests that read it.
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'build',
          env: FIXTURE_ENV,
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-bank.ts'],
          // Each file builds sites with Astro; two at once would only fight over two cores.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          env: FIXTURE_ENV,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build-bank.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
