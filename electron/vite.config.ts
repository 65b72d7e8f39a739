// Builds the main process into one CommonJS file for Node 20, with electron and Node's own modules
// left to the runtime and everything else (zod, shared/) bundled in.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export const nodeExternals = ['electron', /^node:/, ...builtinModules];

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  ssr: { noExternal: true, external: ['electron'] },
  build: {
    ssr: 'main.ts',
    outDir: '../dist-electron',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: nodeExternals,
      output: { format: 'cjs', entryFileNames: 'main.cjs' },
    },
  },
});
