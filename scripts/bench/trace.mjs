// npm run bench -- --trace: where the time of the slowest taps goes. The journeys are walked at 4x
// CPU on an unminified production build with source maps (the same React production build, only
// with readable names), with Chromium's tracing on: the main thread's tasks and V8's sampling
// profiler. For the slowest taps of each journey it prints the main thread's time by kind (script,
// style, layout, paint, garbage collection), the script time by origin (a package or a src/ file),
// the time spent inside each package and each src/ function, and the React components' own render.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { describeJourney, journeyOf, walkJourney } from './journeys.mjs';
import { root, serve } from './serve.mjs';
import { analyse, printAnalysis, printTotals } from './traceAnalysis.mjs';
import { heading, load } from './stats.mjs';

const TRACED_PER_JOURNEY = 3;
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

export async function traceSlowest(options) {
  const out = join(root, 'node_modules/.bench-trace');
  const dist = join(out, 'dist');
  heading('Building the app unminified, with source maps (production mode)');
  execFileSync('npx', ['vite', 'build', '--minify', 'false', '--sourcemap', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn', '--mode', 'production'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  mkdirSync(out, { recursive: true });
  const server = await serve('h2', undefined, dist);
  const browser = await launchBrowser();
  const analysed = [];
  try {
    for (const seed of options.seeds) {
      const journey = journeyOf(seed);
      heading(`Tracing ${describeJourney(journey)} at 4x CPU`);
      const result = await walkJourney(browser, server.appUrl, journey, 4, {
        onPage: (page) => browser.startTracing(page, { categories: CATEGORIES }),
        atEnd: async (page) => {
          // One mark whose time is known on both clocks: the page's and the trace's.
          const clock = await page.evaluate(() => performance.mark('bench-clock').startTime);
          const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
          return { clock, trace };
        },
      });
      const file = join(out, `seed-${seed}.json`);
      writeFileSync(file, JSON.stringify(result.trace));
      const { clock, interactions, visited } = result;
      writeFileSync(join(out, `seed-${seed}.taps.json`), JSON.stringify({ clock, interactions, visited }));
      console.log(`trace written to ${file} (open it in Chromium's DevTools, Performance panel) (${load()})`);
      // The start: from the address being opened to the first tap ("Start now").
      const firstTap = Math.min(...result.interactions.map((x) => x.start));
      const opening = analyse(result.trace, result.clock, { start: 0, duration: firstTap }, dist);
      printAnalysis({ ...opening, label: 'from opening the address to the first tap' });
      const slowest = [...result.interactions].sort((a, b) => b.duration - a.duration).slice(0, TRACED_PER_JOURNEY);
      for (const interaction of slowest) {
        const next = result.visited[result.visited.indexOf(interaction.step) + 1];
        const analysis = analyse(result.trace, result.clock, interaction, dist);
        printAnalysis({ ...analysis, label: `${interaction.step} → ${next}, ${interaction.what}` });
        analysed.push(analysis);
      }
    }
    printTotals(analysed);
  } finally {
    await browser.close();
    await server.close();
  }
}
