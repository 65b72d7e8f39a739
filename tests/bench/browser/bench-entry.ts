// The benchmarks that run inside Chromium, over the app's own database modules; the runner calls
// them through `window.bench` and prints the figures.
import { loadBenchmarks } from './load-bench';

declare global {
  var bench: typeof loadBenchmarks;
}

globalThis.bench = loadBenchmarks;
document.body.dataset.benchReady = 'true';
