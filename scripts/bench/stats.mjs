// Small helpers for printing figures.
import { loadavg } from 'node:os';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const ms = (value) => `${Math.round(value)} ms`;
/** Event Timing reports nothing under 16 ms: a value below it is said as such. */
export const under16 = (value) => (value < 16 ? '< 16 ms' : ms(value));
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The machine's load averages (1, 5, 15 minutes), printed beside every figure: a busy machine slows them all. */
export const load = () => `load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;

export const heading = (text) => console.log(`\n== ${text} (${load()})`);
