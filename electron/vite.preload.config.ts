// Builds the preload into one CommonJS file. A sandboxed preload may require only 'electron', so
// everything else it uses is bundled in, and a bundle that would require anything else fails.
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

const requiresOnlyElectron: Plugin = {
  name: 'preload-requires-only-electron',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      const others = [...output.imports, ...output.dynamicImports].filter(
        (id) => id !== 'electron',
      );
      if (others.length > 0) {
        this.error(`The sandboxed preload may require only electron, not ${others.join(', ')}`);
      }
    }
  },
};

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  plugins: [requiresOnlyElectron],
  ssr: { noExternal: true, external: ['electron'] },
  build: {
    ssr: 'preload.ts',
    outDir: '../dist-electron',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'preload.cjs' },
    },
  },
});
