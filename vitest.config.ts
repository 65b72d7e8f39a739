// Unit and interop tests run under Node; database tests use fake-indexeddb, never a hand-made fake.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
      '@renderer': fileURLToPath(new URL('./renderer', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/interop/**/*.test.ts'],
    environment: 'node',
    // A real IndexedDB implementation for database tests, installed before Dexie loads.
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 30_000,
  },
});
