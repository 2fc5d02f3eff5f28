// Test runner settings: unit, HTTP and database tests sit beside the code; browser tests in test/e2e.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A JSON line per request would bury the test report; warnings and errors still show.
    env: { SALA_LOG_LEVEL: 'warn' },
    // Verbose, so a suite skipped for want of PostgreSQL or Chromium says so by name.
    reporters: ['verbose'],
  },
});
