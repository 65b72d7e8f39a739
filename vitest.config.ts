// Unit and interop tests run under Node; database tests use fake-indexeddb, never a hand-made fake.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/interop/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
