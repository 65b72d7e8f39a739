// End-to-end tests: the built renderer, served by Vite's preview server, in Debian's Chromium.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

// Overridable so that several checkouts or runs can test side by side.
const port = Number(process.env.E2E_PORT ?? 4179);
const outDir =
  process.env.RENDERER_OUT_DIR ?? fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export default defineConfig({
  testDir: '.',
  outputDir: process.env.E2E_OUTPUT ?? './output/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --outDir ${outDir} --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
