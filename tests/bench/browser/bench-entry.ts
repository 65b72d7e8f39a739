// The benchmarks that run inside Chromium, over the app's own database modules; the runner calls
// them through `window.bench` and prints the figures.
import { importBenchmarks } from './import-bench';
import { loadBenchmarks } from './load-bench';
import { queryBenchmarks } from './query-bench';

const benchmarks = { ...loadBenchmarks, ...queryBenchmarks, ...importBenchmarks };

declare global {
  var bench: typeof benchmarks;
}

globalThis.bench = benchmarks;
document.body.dataset.benchReady = 'true';
