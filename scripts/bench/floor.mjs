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
//
// The page floor: Continue on copies of the guide's own pages, with its stylesheet, drawn by React
// alone (scripts/bench/pageFloor.js), at the journeys' pace: a moment to read, a choice, then
// Continue. The pages are copied from a journey through the built app, so this floor follows the
// pages as they grow. What is between it and the journeys is the guide's work on a tap; what is
// between it and the React floor is the weight of the pages and the choice before each Continue.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interactionsFrom, observeInteractions } from './eventTiming.mjs';
import { phonePage, throttleCpu } from './browser.mjs';
import { CHOOSE_MS, CONTINUE, READ_MS, holdTouches, journeyOf, painted, tap, tapAtRandomPhases, walkJourney } from './journeys.mjs';
import { root } from './serve.mjs';
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

/** A page's script: `entry` built for production by vite into one inline script. */
async function inlineScript(entry) {
  // Vite only when a floor's page is built, not whenever the bench starts (--help, a wrong option).
  const { build } = await import('vite');
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: true, lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['iife'], name: 'floor' } },
  });
  return (Array.isArray(built) ? built[0] : built).output[0].code.replaceAll('</script', '<\\/script');
}

/** The React floor's page: reactFloor.js (built once). */
let reactPage;
const reactFloorPage = () => (reactPage ??= inlineScript('reactFloor.js').then((script) => floorPage('React floor', `<div id="root"></div><script>${script}</script>`)));

/**
 * The guide's pages as a journey shows them, for the page floor: each page's <main> as first
 * drawn (the part drawn after the paint is not waited for), if it has a Continue, and the header
 * and footer. Walked at 1x, with nothing measured.
 */
export async function capturePages(browser, url, seed) {
  const watch = (continueButton) => {
    window.__benchPages = [];
    let heading = '';
    new MutationObserver(() => {
      const main = document.querySelector('main');
      const now = main?.querySelector('h1')?.textContent ?? '';
      if (!now || now === heading) return;
      heading = now;
      // Only pages with a Continue: the floor taps Continue on each one.
      requestAnimationFrame(() => document.querySelector(continueButton) && window.__benchPages.push(main.innerHTML));
    }).observe(document, { subtree: true, childList: true, characterData: true });
  };
  const result = await walkJourney(browser, url, journeyOf(seed), 1, {
    onPage: (page) => page.addInitScript(watch, CONTINUE),
    atEnd: (page) =>
      page.evaluate(() => ({
        pages: window.__benchPages,
        header: document.querySelector('.app > header').outerHTML,
        footer: document.querySelector('.app > footer')?.outerHTML ?? '',
      })),
  });
  return { seed, pages: result.pages, header: result.header, footer: result.footer };
}

/** The page floor's page for each set of captured pages (built once, for all the rates). */
const pageFloorPages = new WeakMap();
function pageFloorPage(captured) {
  if (!pageFloorPages.has(captured)) pageFloorPages.set(captured, buildPageFloorPage(captured));
  return pageFloorPages.get(captured);
}

/** The page floor's page: pageFloor.js, the captured pages, and the built app's stylesheet. */
async function buildPageFloorPage(captured) {
  const index = readFileSync(join(root, 'dist/index.html'), 'utf8');
  const sheet = /href="\.\/(assets\/styles-[^"]+\.css)"/.exec(index);
  if (!sheet) throw new Error('dist/index.html links no stylesheet: is dist/ built?');
  const css = readFileSync(join(root, 'dist', sheet[1]), 'utf8');
  const data = JSON.stringify({ pages: captured.pages, header: captured.header, footer: captured.footer }).replaceAll('</', '<\\/');
  const script = await inlineScript('pageFloor.js');
  return floorPage('Page floor', `<style>${css}</style><div id="root"></div><script type="application/json" id="pages">${data}</script><script>${script}</script>`);
}

/** The journeys' pace on a page floor's copy: read, then tick the first choice if it has any. */
async function chooseFirst(page) {
  await painted(page);
  await page.waitForTimeout(READ_MS);
  if (!(await page.evaluate(() => document.querySelector('main .choice__label') !== null))) return;
  await tap(page, 'main .choice__label');
  await painted(page);
  await page.waitForTimeout(CHOOSE_MS);
}

/**
 * `taps` taps at `rate` times CPU slowdown: each one's Event Timing duration, in order. The first
 * is given apart: a page's first tap often costs Chromium more (24-104 ms at 4x in five runs here,
 * against a median of 24 ms for the next ones; 32 ms at 1x), and "Start now" is such a tap.
 */
export async function tapFloor(browser, rate, taps = 20, { lockedPhase = false, holdMs = 0, react = false, pages } = {}) {
  const body = pages ? await pageFloorPage(pages) : react ? await reactFloorPage() : PAGE;
  const button = pages ? CONTINUE : 'main button';
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
    await page.waitForSelector(button);
    for (let i = 0; i < taps; i++) {
      // On the guide's pages, as in the journeys: a moment to read, then a choice, then Continue.
      // The choice's own tap is not counted (it only ticks a copy's radio), but it comes just
      // before the Continue, as a person's does, and its work can still be in the way.
      if (pages) await chooseFirst(page);
      await tap(page, button);
    }
    // The last tap's entry arrives after its paint.
    await painted(page);
    const noted = await page.evaluate(() => window.__benchInteractions());
    const measured = interactionsFrom(noted);
    // A tap's interaction is the one that began at its touch or after, before the next tap (its
    // first reported event may be the click, when the touch's own events took under 16 ms). Event
    // Timing reports nothing under 16 ms: a tap with no interaction took less (15 here).
    const durations = noted.inputs
      .map((input, i) => {
        const next = noted.inputs[i + 1]?.time ?? Infinity;
        return { input, duration: measured.find((m) => m.start >= input.time - 0.5 && m.start < next)?.duration ?? 15 };
      })
      .filter(({ input }) => input.what !== 'choice')
      .map(({ duration }) => duration);
    const rest = durations.slice(1);
    return { react, pages: pages && { seed: pages.seed, count: pages.pages.length }, rate, taps, durations, first: durations[0], median: median(rest), worst: Math.max(...rest), unreported: durations.filter((d) => d < 16).length };
  } finally {
    await context.close();
  }
}

/** What a floor's taps were on, for its heading and its line. */
export const floorName = ({ react, pages }) =>
  pages ? `copies of the guide's ${pages.count} pages from journey ${pages.seed}, drawn by React alone, a choice tapped before each Continue` : react ? 'a page of React alone, each drawing a new question' : 'a page that does almost nothing';

export function printFloor({ react, pages, rate, taps, durations, first, median: mid, worst, unreported }) {
  console.log(`  ${rate}x CPU, ${taps} taps on ${floorName({ react, pages })}: the first ${under16(first)} (a page's first tap often costs more); the others median ${under16(mid)}, worst ${ms(worst)}${unreported ? ` (${unreported} under 16 ms)` : ''}`);
  console.log(`    in order: ${durations.map((d) => (d < 16 ? '<16' : d)).join(', ')} ms`);
}
