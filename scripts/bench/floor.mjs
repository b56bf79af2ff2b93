// The floor of the tap measure: the same taps, timed the same way, on a page that does almost
// nothing (a button whose handler changes one word). Whatever an app does, its taps cannot come out
// faster than these on this machine and browser: in headless Chromium an input waits for the next
// frame before the page sees it, and Event Timing rounds every duration to 8 ms. Read the journeys'
// figures against this one (docs/performance.md, "The floor").
import { interactionsFrom, observeInteractions } from './eventTiming.mjs';
import { phonePage, throttleCpu } from './browser.mjs';
import { tap, tapAtRandomPhases } from './journeys.mjs';
import { median, ms } from './stats.mjs';

const PAGE = `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width">
<title>Floor</title><main><h1>Nothing here</h1><button type="button">Tapped 0 times</button></main>
<script>let n = 0; document.querySelector('button').onclick = (e) => { e.target.textContent = 'Tapped ' + ++n + ' times'; };</script>`;
const ADDRESS = 'https://floor.invalid/';

/** `taps` taps at `rate` times CPU slowdown; the Event Timing durations, with none under 16 ms reported. */
export async function tapFloor(browser, rate, taps = 20, { lockedPhase = false } = {}) {
  const { context, page } = await phonePage(browser);
  try {
    // Served from memory: no request leaves the machine.
    await page.route(ADDRESS, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    tapAtRandomPhases(page, 4242 + rate, lockedPhase);
    await page.addInitScript(observeInteractions);
    await throttleCpu(page, rate);
    await page.goto(ADDRESS);
    for (let i = 0; i < taps; i++) await tap(page, 'main button');
    // The last tap's entry arrives after its paint.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const measured = interactionsFrom(await page.evaluate(() => window.__benchInteractions())).map((i) => i.duration);
    // Event Timing reports nothing under 16 ms: a tap it did not report took less.
    const durations = [...measured, ...Array(Math.max(0, taps - measured.length)).fill(15)];
    return { rate, taps, durations, median: median(durations), worst: Math.max(...durations), unreported: taps - measured.length };
  } finally {
    await context.close();
  }
}

export function printFloor({ rate, taps, durations, median: mid, worst, unreported }) {
  const sorted = [...durations].sort((a, b) => a - b).map((d) => (d < 16 ? '<16' : d));
  console.log(`  ${rate}x CPU, ${taps} taps on a page that does almost nothing: median ${mid < 16 ? 'under 16 ms' : ms(mid)}, worst ${ms(worst)}${unreported ? ` (${unreported} under 16 ms)` : ''}`);
  console.log(`    ${sorted.join(', ')} ms`);
}
