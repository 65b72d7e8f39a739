// Runs the benchmarks in Debian's Chromium against a production build and prints each figure as
// `bench <name> <value> <unit>`. Figures are reported, never asserted.
import { build, preview } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { trainingFigures } from './training-figures.mjs';

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 200_000);
// Attendance marks for the training part: ten per volunteer, 2,000,000 for the whole corps.
const MARKS = Number(process.env.BENCH_MARKS ?? VOLUNTEERS * 10);
// BENCH_ONLY picks parts, comma-separated: load, queries, list, exchange, training, import, or
// `registry` for the registry's own (queries, list, exchange and training run over the load, which
// they then include).
const PARTS = ['load', 'queries', 'list', 'exchange', 'training', 'import'];
const only = (process.env.BENCH_ONLY ?? PARTS.join(','))
  .split(',')
  .flatMap((part) =>
    part.trim() === 'registry' ? ['load', 'queries', 'list', 'import'] : [part.trim()],
  );
const unknown = only.filter((part) => !PARTS.includes(part));
if (unknown.length)
  throw new Error(`BENCH_ONLY: unknown part ${unknown.join(', ')} (${PARTS.join(', ')})`);
const runs = (part) => only.includes(part);
const needsLoad = ['load', 'queries', 'list', 'exchange', 'training'].some(runs);
// Another port and output folder let two runs share a machine.
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const configFile = new URL('./vite.config.ts', import.meta.url).pathname;

function print(name, value, unit) {
  const shown = Number.isInteger(value) ? value : Number(value.toFixed(value < 10 ? 3 : 1));
  console.log(`bench ${name} ${shown} ${unit}`);
}

const appConfig = new URL('../../renderer/vite.config.ts', import.meta.url).pathname;
const benchOut = process.env.BENCH_OUT_DIR ?? new URL('./output/build', import.meta.url).pathname;

await build({ configFile, logLevel: 'warn', build: { outDir: benchOut, emptyOutDir: true } });
// The real app beside the benchmark page, on the same origin, so that it opens the same database.
await build({
  configFile: appConfig,
  logLevel: 'warn',
  build: { outDir: `${benchOut}/app`, emptyOutDir: true },
});
const server = await preview({
  configFile,
  build: { outDir: benchOut },
  preview: { port: PORT, strictPort: true },
});
// A profile on disk, as the app has: an ordinary (incognito) context would keep IndexedDB in memory.
const profile = mkdtempSync(join(tmpdir(), 'opm-bench-'));
const browser = await chromium.launchPersistentContext(profile, {
  headless: true,
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Exact heap sizes, and a collection before each is read.
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});

/**
 * Scrolls the list's body to a share of its height, and times it until a row numbered within
 * `[low, high]` shows its record.
 */
function timeScroll(app, share, [low, high]) {
  return app.evaluate(
    async ({ share, low, high }) => {
      const started = performance.now();
      const body = document.querySelectorAll('[role=table] [role=rowgroup]')[1];
      body.scrollTop = body.scrollHeight * share;
      const isShown = (row) => {
        const index = Number(row.getAttribute('aria-rowindex'));
        return index >= low && index <= high && row.querySelector('a') !== null;
      };
      await new Promise((resolve, reject) => {
        const poll = () => {
          if ([...document.querySelectorAll('[role=row][aria-rowindex]')].some(isShown)) resolve();
          else if (performance.now() - started > 60_000) reject(new Error(`no row ${low}–${high}`));
          else requestAnimationFrame(poll);
        };
        poll();
      });
      return performance.now() - started;
    },
    { share, low, high },
  );
}

/** Opens the real app on the loaded database and times its list screen. */
async function listFigures(k, bench, namesLoadMs) {
  // A page of the same browser context: the same origin's storage, so the same database.
  const app = await bench.context().newPage();
  await app.setViewportSize({ width: 1366, height: 768 });
  app.on('pageerror', (error) => console.error(`[app] ${error.message}`));
  app.on('console', (message) => {
    if (message.type() === 'error') console.error(`[app] ${message.text()}`);
  });
  // Open the app at home first (its one-time start: code, database, reference data), then time
  // what a person waits for: the registry from the menu.
  await app.goto(`http://127.0.0.1:${PORT}/app/#/`);
  await app.getByRole('heading', { name: /ยินดีต้อนรับ/ }).waitFor();
  // A person reads the home screen before reaching for the menu: a second, then an idle moment
  // (BENCH_CLICK_AFTER_MS=0 clicks as soon as the heading shows).
  const pause = Number(process.env.BENCH_CLICK_AFTER_MS ?? 1000);
  if (pause > 0) {
    await app.waitForTimeout(pause);
    await app.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  }
  // Timed inside the page, from the navigation to the moment the row is on screen, so that the
  // driver's own round trips are not counted. The frames that took longer than 50 ms on the way
  // are where the time went (BENCH_TRACE=1 prints them).
  const { firstPageMs, frames } = await app.evaluate(async () => {
    const frames = [];
    const observer = new PerformanceObserver((list) => frames.push(...list.getEntries()));
    observer.observe({ type: 'long-animation-frame' });
    const started = performance.now();
    location.hash = '#/volunteers';
    await untilPainted(() => document.querySelector('[role=row][aria-rowindex="2"] a'));
    const firstPageMs = performance.now() - started;
    observer.disconnect();
    return {
      firstPageMs,
      frames: frames
        .filter((f) => f.startTime + f.duration > started)
        .map((f) => ({
          at: Math.round(f.startTime - started),
          ms: Math.round(f.duration),
          scripts: f.scripts.map((s) => `${s.invoker} ${Math.round(s.duration)} ms`),
        })),
    };

    function untilPainted(found) {
      return new Promise((resolve, reject) => {
        const poll = () => {
          if (found()) resolve();
          else if (performance.now() - started > 60_000) reject(new Error('no first row'));
          else requestAnimationFrame(poll);
        };
        poll();
      });
    }
  });
  if (process.env.BENCH_TRACE) console.log(`long frames: ${JSON.stringify(frames)}`);
  print(`volunteers-list-first-page-${k}`, firstPageMs, 'ms');
  // Rows are numbered from 2 (the header is row 1).
  const scrollMs = await timeScroll(app, 1, [VOLUNTEERS + 1, VOLUNTEERS + 1]);
  print(`volunteers-list-scroll-to-end-${k}`, scrollMs, 'ms');
  const heap = await app.evaluate(() => {
    globalThis.gc?.();
    return performance.memory?.usedJSHeapSize ?? 0;
  });
  print(`volunteers-list-page-heap-${k}`, heap / 1024 / 1024, 'MB');
  // The middle of the list, as a scrollbar dragged there asks, once the app's worker holds the
  // names (which give any position in name order, where the sort index steps over every entry
  // before it): after as long again as loading them took in the queries part, with a margin.
  await app.waitForTimeout(namesLoadMs * 1.5 + 1000);
  const middle = VOLUNTEERS / 2;
  const middleMs = await timeScroll(app, 0.5, [middle - 100, middle + 100]);
  print(`volunteers-list-scroll-to-middle-${k}`, middleMs, 'ms');
  // The same in order of the date joined: its order is made in the worker on the way, the first
  // time it is read there. The baseline steps a raw IndexedDB key cursor over that index to the
  // middle and reads a screen of keys, as the list had to before the worker held the order.
  await app.evaluate(() => (location.hash = '#/volunteers?sort=joinedOn'));
  await app.locator('[role=row][aria-rowindex="2"] a').waitFor();
  const joinedMs = await timeScroll(app, 0.5, [middle - 100, middle + 100]);
  const rawJoinedMs = await app.evaluate(rawMiddleOfIndex, { index: 'ix.joined', middle });
  print(`volunteers-list-scroll-to-middle-by-joined-${k}`, joinedMs, 'ms');
  print(`volunteers-list-scroll-to-middle-by-joined-${k}-raw-indexeddb`, rawJoinedMs, 'ms');
  print(
    `volunteers-list-scroll-to-middle-by-joined-${k}-ratio-to-raw`,
    joinedMs / rawJoinedMs,
    'x',
  );
  // Another place in the same order, now made.
  const quarter = VOLUNTEERS / 4;
  const againMs = await timeScroll(app, 0.25, [quarter - 100, quarter + 100]);
  print(`volunteers-list-scroll-to-quarter-by-joined-${k}`, againMs, 'ms');
}

/** Runs in the page: a key cursor over an index of the app's database, to its middle, then 30 keys. */
async function rawMiddleOfIndex({ index, middle }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('opm-centre');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const store = db.transaction('volunteers').objectStore('volunteers');
    const request = store.index(index).openKeyCursor();
    let read = -1;
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || read >= 30) return resolve();
      if (read++ === -1) cursor.advance(middle);
      else cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
  const ms = performance.now() - started;
  db.close();
  return ms;
}

async function loadFigures(k, page, layer) {
  const raw = await page.evaluate((n) => globalThis.bench.rawIndexedDb(n), VOLUNTEERS);
  print(`demo-generate-${k}`, layer.generateMs, 'ms');
  print(`volunteers-load-${k}`, layer.loadMs, 'ms');
  print(`volunteers-load-${k}-rate`, Math.round(VOLUNTEERS / (layer.loadMs / 1000)), 'records/s');
  print(`volunteers-load-${k}-raw-indexeddb`, raw.loadMs, 'ms');
  print(`volunteers-load-${k}-ratio-to-raw`, layer.loadMs / raw.loadMs, 'x');
  print('volunteers-index-entries-per-record', layer.indexEntries, 'entries');
}

async function queryFigures(k, page) {
  const queries = await page.evaluate(() => globalThis.bench.queries());
  print(`volunteers-names-load-${k}`, queries.namesLoadMs, 'ms');
  print(`volunteers-names-load-${k}-raw-indexeddb-read`, queries.rawReadAllMs, 'ms');
  print(`volunteers-names-load-${k}-ratio-to-raw`, queries.namesLoadMs / queries.rawReadAllMs, 'x');
  print(`volunteers-search-name-prefix-${k}-median`, queries.name.medianMs, 'ms');
  print(`volunteers-search-name-prefix-${k}-found`, queries.name.averageFound, 'records');
  print(`volunteers-search-first-and-last-name-${k}-median`, queries.fullName.medianMs, 'ms');
  print(`volunteers-search-national-id-${k}-median`, queries.id.medianMs, 'ms');
  print(`volunteers-three-filters-${k}-median`, queries.threeFilters.medianMs, 'ms');
  print(`volunteers-group-and-skill-${k}-median`, queries.groupAndSkill.medianMs, 'ms');
  print(`volunteers-group-and-skill-${k}-found`, queries.groupAndSkill.averageFound, 'records');
  print(`volunteers-names-worker-heap-${k}`, queries.directoryHeapBytes / 1024 / 1024, 'MB');
  return queries.namesLoadMs;
}

/** The whole registry as one bundle: written by its installation, checked and applied by another. */
async function exchangeFigures(k, page) {
  const exchanged = await page.evaluate(() => globalThis.bench.exchange());
  const seconds = (ms) => ms / 1000;
  const importMs = exchanged.verifyMs + exchanged.planMs + exchanged.applyMs;
  print(`bundle-size-${k}`, exchanged.megabytes, 'MB');
  print(`bundle-export-${k}`, seconds(exchanged.exportMs), 's');
  print(`bundle-export-${k}-throughput`, exchanged.megabytes / seconds(exchanged.exportMs), 'MB/s');
  print(`bundle-verify-${k}-in-browser`, seconds(exchanged.verifyMs), 's');
  print(`bundle-plan-${k}`, seconds(exchanged.planMs), 's');
  print(`bundle-apply-${k}`, seconds(exchanged.applyMs), 's');
  print(`bundle-import-${k}-total`, seconds(importMs), 's');
  print(`bundle-import-${k}-throughput`, exchanged.megabytes / seconds(importMs), 'MB/s');
  print(`bundle-import-${k}-records-applied`, exchanged.records, 'records');
}

/**
 * Spreadsheet import, last because it starts its own database: 10,000 rows (a centre's whole
 * registry at once), fewer when the load is smaller.
 */
async function importFigures(page) {
  const IMPORT_ROWS = Math.min(10_000, VOLUNTEERS);
  const imported = await page.evaluate((n) => globalThis.bench.importXlsx(n), IMPORT_ROWS);
  const ik = `${Math.round(IMPORT_ROWS / 1000)}k`;
  print(`volunteers-import-${ik}`, imported.totalMs, 'ms');
  print(`volunteers-import-${ik}-read`, imported.readMs, 'ms');
  print(`volunteers-import-${ik}-check`, imported.checkMs, 'ms');
  print(`volunteers-import-${ik}-write`, imported.writeMs, 'ms');
  print(`volunteers-import-${ik}-write-raw-indexeddb`, imported.rawWriteMs, 'ms');
}

try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[page] ${message.text()}`);
  });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForFunction(() => document.body.dataset.benchReady === 'true');
  page.setDefaultTimeout(600_000);

  const k = `${Math.round(VOLUNTEERS / 1000)}k`;
  if (needsLoad) {
    const layer = await page.evaluate((n) => globalThis.bench.writeLayer(n), VOLUNTEERS);
    if (runs('load')) await loadFigures(k, page, layer);
  }
  // How long the names took to load for search (estimated from 200,000 in 12 s when not measured).
  const namesLoadMs = runs('queries')
    ? await queryFigures(k, page)
    : (VOLUNTEERS / 200_000) * 12_000;
  // The app's own list screen over the same database: the first page, then the end of the list.
  if (runs('list')) {
    await listFigures(k, page, namesLoadMs).catch((error) =>
      console.error(`list figures not measured: ${error.message}`),
    );
  }
  if (runs('exchange')) await exchangeFigures(k, page);
  if (runs('training')) {
    await trainingFigures({ page, port: PORT, print, volunteers: VOLUNTEERS, marks: MARKS });
  }
  if (runs('import')) await importFigures(page);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  await new Promise((resolve) => server.httpServer.close(resolve));
}
