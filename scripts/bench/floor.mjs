// The floor of the tap measure: the same taps, timed the same way, on a page that does almost
// nothing (a button whose handler changes one word). Whatever an app does, its taps cannot come out
// faster than these on this machine and browser: an input waits for the next frame before the page
// sees it, a tap's pointer, touch and mouse events (and a frame of their own) come before its click,
// and Event Timing rounds every duration to 8 ms. Read the journeys'
// figures against this one (docs/performance.md, "The floor").
//
// The React floor: the same taps on a page of React alone (scripts/bench/reactFloor.js), whose
// every Continue draws a new four-choice question and focuses its heading, as the guide's do. What
// is between it and the journeys is the guide's own work.
import { fileURLToPath } from 'node:url';
import { interactionsFrom, observeInteractions } from './eventTiming.mjs';
import { phonePage, throttleCpu } from './browser.mjs';
import { holdTouches, painted, tap, tapAtRandomPhases } from './journeys.mjs';
import { median, ms, under16 } from './stats.mjs';

/** A phone-sized page with `title` and `body`, as both floors serve it. */
const floorPage = (title, body) => `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width">
<title>${title}</title>${body}`;
const PAGE = floorPage(
  'Floor',
  `<main><h1>Nothing here</h1><button type="button">Tapped 0 times</button></main>
<script>let n = 0; document.querySelector('button').onclick = (e) => { e.target.textContent = 'Tapped ' + ++n + ' times'; };</script>`,
);
const ADDRESS = 'https://floor.invalid/';

/** The React floor's page: reactFloor.js built for production into one inline script (once). */
let reactPage;
const reactFloorPage = () => (reactPage ??= buildReactFloorPage());
async function buildReactFloorPage() {
  // Vite only when this page is built, not whenever the bench starts (--help, a wrong option).
  const { build } = await import('vite');
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: true, lib: { entry: fileURLToPath(new URL('reactFloor.js', import.meta.url)), formats: ['iife'], name: 'floor' } },
  });
  const script = (Array.isArray(built) ? built[0] : built).output[0].code.replaceAll('</script', '<\\/script');
  return floorPage('React floor', `<div id="root"></div><script>${script}</script>`);
}

/**
 * `taps` taps at `rate` times CPU slowdown: each one's Event Timing duration, in order. The first
 * is given apart: a page's first tap often costs Chromium more (24-104 ms at 4x in five runs here,
 * against a median of 24 ms for the next ones; 32 ms at 1x), and "Start now" is such a tap.
 */
export async function tapFloor(browser, rate, taps = 20, { lockedPhase = false, holdMs = 0, react = false } = {}) {
  const body = react ? await reactFloorPage() : PAGE;
  const { context, page } = await phonePage(browser);
  try {
    // Served from memory: no request leaves the machine (anything else asked of the address, such
    // as an icon, is answered "not found").
    await page.route(`${ADDRESS}**`, (route) =>
      route.request().url() === ADDRESS ? route.fulfill({ contentType: 'text/html', body }) : route.fulfill({ status: 404, body: '' }),
    );
    tapAtRandomPhases(page, 4242 + rate, lockedPhase);
    await holdTouches(page, holdMs);
    await page.addInitScript(observeInteractions);
    await throttleCpu(page, rate);
    await page.goto(ADDRESS);
    await page.waitForSelector('main button');
    for (let i = 0; i < taps; i++) await tap(page, 'main button');
    // The last tap's entry arrives after its paint.
    await painted(page);
    const noted = await page.evaluate(() => window.__benchInteractions());
    const measured = interactionsFrom(noted);
    // Event Timing reports nothing under 16 ms: a tap it did not report took less (15 here).
    const durations = noted.inputs.map((input) => measured.find((m) => Math.abs(m.start - input.time) < 1)?.duration ?? 15);
    const rest = durations.slice(1);
    return { react, rate, taps, durations, first: durations[0], median: median(rest), worst: Math.max(...rest), unreported: durations.filter((d) => d < 16).length };
  } finally {
    await context.close();
  }
}

export function printFloor({ react, rate, taps, durations, first, median: mid, worst, unreported }) {
  console.log(`  ${rate}x CPU, ${taps} taps on ${react ? 'a page of React alone, each drawing a new question' : 'a page that does almost nothing'}: the first ${under16(first)} (a page's first tap often costs more); the others median ${under16(mid)}, worst ${ms(worst)}${unreported ? ` (${unreported} under 16 ms)` : ''}`);
  console.log(`    in order: ${durations.map((d) => (d < 16 ? '<16' : d)).join(', ')} ms`);
}
