// npm run bench: how quickly the built app answers on a cheap phone (issue 22). It prints figures
// and fails only if something cannot run; nothing here is asserted. See docs/performance.md for
// the method and what the figures have been, and `npm run bench -- --help` for the options.
//
// 1. Journeys (scripts/bench/journeys.mjs): seeded journeys from "Start now" to signposting in
//    Debian's Chromium at 360 x 740, at 4x and 1x CPU slowdown, each tap timed with the Event
//    Timing API (input delay + processing + next paint, as INP) and put down to its step; then
//    the floors: the same taps on a page that does almost nothing, on a page of React alone that
//    draws a new question on each Continue, and on copies of the guide's own pages drawn by React
//    alone (scripts/bench/floor.mjs, reactFloor.js, pageFloor.js).
// 2. JS + CSS transferred before the start page is idle (scripts/bench/idleBytes.mjs).
// 3. Lighthouse 12, mobile, three runs each of the app and of the same first screen as plain HTML
//    (scripts/bench/lighthouse.mjs): TBT, scores, and the LCP ratio, over HTTP/2 and HTTP/1.1.
// 4. The first-load size (scripts/report-size.mjs).
// Everything is served as a host serves it: gzipped, over HTTPS with HTTP/2 (scripts/bench/serve.mjs).
import { parseOptions } from './bench/options.mjs';
import { buildApp, makePlainCopy, serve } from './bench/serve.mjs';
import { launchBrowser } from './bench/browser.mjs';
import { journeyOf, walkJourney } from './bench/journeys.mjs';
import { printJourney, printJourneySummary, summarise } from './bench/journeyReport.mjs';
import { bytesUntilIdle, printBytes } from './bench/idleBytes.mjs';
import { lighthouseRuns, printLighthouse } from './bench/lighthouse.mjs';
import { firstLoad } from './bench/firstLoad.mjs';
import { traceSlowest } from './bench/trace.mjs';
import { capturePages, floorName, printFloor, tapFloor } from './bench/floor.mjs';
import { heading, kb, load, ms, under16 } from './bench/stats.mjs';

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const began = Date.now();
const rows = [];
const row = (what, figure) => rows.push({ what, figure, load: load() });

if (options.trace) {
  await traceSlowest(options);
  process.exit(0);
}

if (options.build) {
  heading('Building the app (vite build, production)');
  buildApp();
}
const protocols = options.http1Only ? ['http1'] : ['h2', 'http1'];
const plainDir = options.journeysOnly ? undefined : makePlainCopy();

// Journeys, then the bytes before idle, over the first protocol.
let server = await serve(protocols[0], plainDir);
const browser = await launchBrowser();
const journeys = [];
let pages;
try {
  for (const rate of options.rates) {
    heading(`Journeys at ${rate}x CPU slowdown, ${server.scheme.toUpperCase()}, 360 x 740, ${options.lockedPhase ? 'tapping just after a paint' : 'tapping at a random moment of a frame'}, ${options.startReadMs} ms on the start page${options.holdMs ? `, each touch held ${options.holdMs} ms` : ''}`);
    for (const seed of options.seeds) {
      const result = await walkJourney(browser, server.appUrl, journeyOf(seed), rate, { lockedPhase: options.lockedPhase, startReadMs: options.startReadMs, holdMs: options.holdMs });
      printJourney(result, load());
      journeys.push(result);
    }
    const all = journeys.filter((r) => r.rate === rate).map(summarise);
    const span = (key) => {
      const [low, high] = [Math.min(...all.map(key)), Math.max(...all.map(key))];
      return low === high ? ms(low) : `${ms(low)} – ${ms(high)}`;
    };
    row(`slowest interaction in a journey, ${rate}× (seeds ${options.seeds.join(', ')})`, span((s) => s.worst.duration));
    row(`median step, ${rate}×`, span((s) => s.medianStep));
    row(`the Continue that opens the outcome page, ${rate}×`, span((s) => s.toOutcome));
    row(`"Start now", ${rate}×`, span((s) => s.startNow));
    pages ??= await capturePages(browser, server.appUrl, options.seeds[0]);
    const floors = [
      { kind: {}, heading: 'The floor: the same taps on', row: 'the floor: taps on a page that does almost nothing' },
      { kind: { react: true }, heading: 'The React floor: the same taps on', row: 'the React floor: Continue on a page of React alone' },
      { kind: { pages }, heading: 'The page floor: the same Continues on', row: "the page floor: Continue on copies of the guide's pages drawn by React alone, a choice first" },
    ];
    for (const { kind, heading: about, row: what } of floors) {
      const floor = await tapFloor(browser, rate, 20, { lockedPhase: options.lockedPhase, holdMs: options.holdMs, ...kind });
      console.log(`\n${about} ${floorName(floor)} (${load()})`);
      printFloor(floor);
      row(`${what}, ${rate}×: the first; the next ${floor.taps - 1}, median and worst`, `${under16(floor.first)}; ${under16(floor.median)}, ${ms(floor.worst)}`);
    }
  }
  printJourneySummary(journeys);
  if (!options.journeysOnly) {
    heading('JS + CSS before the start page is idle');
    const bytes = await bytesUntilIdle(browser, server.appUrl);
    printBytes(bytes);
    row('JS + CSS fetched by the page before idle (and by its service worker)', `${kb(bytes.page)} (+ ${kb(bytes.worker)})`);
  }
} finally {
  await browser.close();
  await server.close();
}

if (!options.journeysOnly) {
  for (const protocol of protocols) {
    const name = protocol === 'h2' ? 'HTTPS, HTTP/2' : 'plain HTTP/1.1';
    heading(`Lighthouse, ${name}`);
    server = await serve(protocol, plainDir);
    try {
      const result = await lighthouseRuns(server.appUrl, server.plainUrl, options.runs);
      printLighthouse(result, name);
      const m = result.median;
      if (protocol === protocols[0]) {
        row(`Lighthouse mobile TBT, start page, median of ${options.runs} (${result.app.map((r) => Math.round(r.tbt)).join(', ')} ms)`, ms(m.tbt));
        row('Lighthouse performance / accessibility / best practices, median', `${m.performance.toFixed(2)} / ${m.accessibility.toFixed(2)} / ${m.bestPractices.toFixed(2)}`);
      }
      row(`LCP, app ÷ static HTML, ${protocol === 'h2' ? 'HTTP/2' : 'HTTP/1.1'}, medians`, `${(m.appLcp / m.plainLcp).toFixed(2)}× (${ms(m.appLcp)} ÷ ${ms(m.plainLcp)})`);
    } finally {
      await server.close();
    }
  }
  heading('First load');
  row('first load (English start page, gzipped)', kb(firstLoad()));
}

console.log(`\n== Summary (${((Date.now() - began) / 1000).toFixed(0)} s; load averages are 1, 5 and 15 minutes: a busy machine slows every figure)\n`);
console.log('| what | figure | load |\n| --- | --- | --- |');
for (const r of rows) console.log(`| ${r.what} | ${r.figure} | ${r.load.replace('load ', '')} |`);
