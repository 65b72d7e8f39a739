// Runs the benchmarks in Debian's Chromium against a production build and prints each figure as
// `bench <name> <value> <unit>`. Figures are reported, never asserted.
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 200_000);
const configFile = new URL('./vite.config.ts', import.meta.url).pathname;

function print(name, value, unit) {
  const shown = Number.isInteger(value) ? value : Number(value.toFixed(value < 10 ? 3 : 1));
  console.log(`bench ${name} ${shown} ${unit}`);
}

await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile, preview: { port: 4190, strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[page] ${message.text()}`);
  });
  await page.goto('http://127.0.0.1:4190/');
  await page.waitForFunction(() => document.body.dataset.benchReady === 'true');
  page.setDefaultTimeout(600_000);

  const k = `${Math.round(VOLUNTEERS / 1000)}k`;
  const layer = await page.evaluate((n) => globalThis.bench.writeLayer(n), VOLUNTEERS);
  const raw = await page.evaluate((n) => globalThis.bench.rawIndexedDb(n), VOLUNTEERS);
  print(`demo-generate-${k}`, layer.generateMs, 'ms');
  print(`volunteers-load-${k}`, layer.loadMs, 'ms');
  print(`volunteers-load-${k}-rate`, Math.round(VOLUNTEERS / (layer.loadMs / 1000)), 'records/s');
  print(`volunteers-load-${k}-raw-indexeddb`, raw.loadMs, 'ms');
  print(`volunteers-load-${k}-ratio-to-raw`, layer.loadMs / raw.loadMs, 'x');
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
