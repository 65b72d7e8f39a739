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

const appConfig = new URL('../../renderer/vite.config.ts', import.meta.url).pathname;
const benchOut = new URL('./output/build', import.meta.url).pathname;

await build({ configFile, logLevel: 'warn' });
// The real app beside the benchmark page, on the same origin, so that it opens the same database.
await build({
  configFile: appConfig,
  logLevel: 'warn',
  build: { outDir: `${benchOut}/app`, emptyOutDir: true },
});
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

/** Opens the real app on the loaded database and times its list screen. */
async function listFigures(k) {
  const app = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const opened = Date.now();
  await app.goto('http://127.0.0.1:4190/app/#/volunteers');
  const table = app.getByRole('table', { name: 'รายชื่อ อพม.' });
  await table
    .getByRole('row')
    .nth(1)
    .getByRole('link')
    .waitFor()
    .catch(async (error) => {
      await app.screenshot({ path: new URL('./output/list-failed.png', import.meta.url).pathname });
      throw error;
    });
  print(`volunteers-list-first-page-${k}`, Date.now() - opened, 'ms');
  const scrolled = Date.now();
  await table
    .locator('[role=rowgroup]')
    .nth(1)
    .evaluate((el) => (el.scrollTop = el.scrollHeight));
  await table
    .locator(`[aria-rowindex="${VOLUNTEERS + 1}"]`)
    .getByRole('link')
    .waitFor();
  print(`volunteers-list-scroll-to-end-${k}`, Date.now() - scrolled, 'ms');
  const heap = await app.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  print(`volunteers-list-page-heap-${k}`, heap / 1024 / 1024, 'MB');
}

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

  const queries = await page.evaluate(() => globalThis.bench.queries());
  print(`volunteers-search-name-prefix-${k}-median`, queries.name.medianMs, 'ms');
  print(`volunteers-search-national-id-${k}-median`, queries.id.medianMs, 'ms');
  print(`volunteers-three-filters-${k}-median`, queries.threeFilters.medianMs, 'ms');

  // The app's own list screen over the same database: the first page, then the end of the list.
  await listFigures(k).catch((error) =>
    console.error(`list figures not measured: ${error.message}`),
  );

  // Spreadsheet import, last because it starts its own database: 10,000 rows (a centre's whole
  // registry at once), fewer when the load is smaller.
  const IMPORT_ROWS = Math.min(10_000, VOLUNTEERS);
  const imported = await page.evaluate((n) => globalThis.bench.importXlsx(n), IMPORT_ROWS);
  const ik = `${Math.round(IMPORT_ROWS / 1000)}k`;
  print(`volunteers-import-${ik}`, imported.totalMs, 'ms');
  print(`volunteers-import-${ik}-read`, imported.readMs, 'ms');
  print(`volunteers-import-${ik}-check`, imported.checkMs, 'ms');
  print(`volunteers-import-${ik}-write`, imported.writeMs, 'ms');
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
