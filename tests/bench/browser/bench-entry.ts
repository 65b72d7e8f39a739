// The benchmarks that run inside Chromium, over the app's own database modules; the runner calls
// them through `window.bench` and prints the figures.
import { exchangeBenchmarks } from './exchange-bench';
import { importBenchmarks } from './import-bench';
import { loadBenchmarks } from './load-bench';
import { queryBenchmarks } from './query-bench';
import { trainingBenchmarks } from './training-bench';

const benchmarks = {
  ...loadBenchmarks,
  ...queryBenchmarks,
  ...exchangeBenchmarks,
  ...importBenchmarks,
  ...trainingBenchmarks,
};

declare global {
  var bench: typeof benchmarks;
}

globalThis.bench = benchmarks;
document.body.dataset.benchReady = 'true';
