// Builds the in-browser benchmarks from the app's own modules, the way the app itself is built.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./browser', import.meta.url));

export default defineConfig({
  root,
  base: './',
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('../../shared', import.meta.url)),
      '@renderer': fileURLToPath(new URL('../../renderer', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./output/build', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  preview: { host: '127.0.0.1' },
});
