// The first-load size from scripts/report-size.mjs (which fails a build over budget: here its
// figure is only printed).
import { spawnSync } from 'node:child_process';
import { root } from './serve.mjs';

export function firstLoad() {
  const run = spawnSync('node', ['scripts/report-size.mjs'], { cwd: root, encoding: 'utf8' });
  if (run.error) throw run.error;
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const total = /([\d.]+) KB\s+total/.exec(run.stdout);
  if (!total) throw new Error('scripts/report-size.mjs printed no total');
  return Number(total[1]) * 1024;
}
