// What a first visit downloads before the start page is idle, at 4x CPU slowdown on the phone.
//
// "Idle": the load event has fired and then no request (the page's or its service worker's) has
// been in flight for QUIET_MS. A file counts when its response finished before that moment.
// Bytes are as transferred (gzipped by the server, as a host sends them, plus headers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phonePage, throttleCpu } from './browser.mjs';
import { root } from './serve.mjs';
import { kb } from './stats.mjs';

const QUIET_MS = 2000;
const LONGEST_MS = 30_000;

/**
 * What each file is for: the start page (the files its HTML and boot.js name, and the texts of
 * dist/first-load.json), the next page (the question texts: "Who are you checking for?"), or later.
 */
function purposes(dist = join(root, 'dist')) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const start = new Set(
    [...html.matchAll(/(?:src|href|data-app|data-preload)="([^"]+)"/g)].flatMap((m) => m[1].split(' ')).map((u) => u.replace(/^\.\//, '')),
  );
  const firstTexts = JSON.parse(readFileSync(join(dist, 'first-load.json'), 'utf8'));
  return (url) => {
    const path = new URL(url).pathname.replace(/^\//, '');
    if (start.has(path) || firstTexts.some((ns) => path.startsWith(`assets/locale-en-${ns}-`))) return 'start page';
    if (path.startsWith('assets/locale-en-questions-')) return 'next page';
    return 'later';
  };
}

export async function bytesUntilIdle(browser, url, rate = 4) {
  const { context, page } = await phonePage(browser);
  try {
    await throttleCpu(page, rate);
    const started = Date.now();
    const inFlight = new Set();
    let quietSince = Date.now();
    const files = [];
    const settle = (request) => {
      inFlight.delete(request);
      if (inFlight.size === 0) quietSince = Date.now();
    };
    context.on('request', (request) => inFlight.add(request));
    context.on('requestfailed', settle);
    context.on('requestfinished', async (request) => {
      const finished = Date.now() - started;
      settle(request);
      const sizes = await request.sizes().catch(() => null);
      const response = await request.response().catch(() => null);
      files.push({
        url: request.url(),
        type: request.resourceType(),
        contentType: (await response?.headerValue('content-type').catch(() => null)) ?? '',
        fromWorker: !!request.serviceWorker(),
        bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
        finished,
      });
    });
    await page.goto(url, { waitUntil: 'load' });
    const loaded = Date.now() - started;
    while (Date.now() - started < LONGEST_MS) {
      if (inFlight.size === 0 && Date.now() - quietSince >= QUIET_MS) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Quiet since before the load event: idle begins at the load event.
    const idle = Math.max(quietSince - started, loaded);
    const isScriptOrStyle = (f) => /javascript|css/.test(f.contentType) || /\.(m?js|css)$/.test(new URL(f.url).pathname);
    const before = files.filter((f) => f.finished <= idle + 1 && isScriptOrStyle(f)).sort((a, b) => a.finished - b.finished);
    const purposeOf = purposes();
    for (const f of before) f.purpose = f.fromWorker ? 'offline copy' : purposeOf(f.url);
    const sum = (list) => list.reduce((total, f) => total + f.bytes, 0);
    const byPurpose = Object.fromEntries(['start page', 'next page', 'later', 'offline copy'].map((p) => [p, sum(before.filter((f) => f.purpose === p))]));
    return {
      byPurpose, loaded, idle, files: before, page: sum(before.filter((f) => !f.fromWorker)), worker: sum(before.filter((f) => f.fromWorker)) };
  } finally {
    await context.close();
  }
}

export function printBytes({ loaded, idle, files, page, worker, byPurpose }) {
  console.log(`JS + CSS transferred until idle (load at ${loaded} ms, idle from ${idle} ms: no request in flight for ${QUIET_MS / 1000} s after load), 4x CPU:`);
  for (const f of files) {
    console.log(`  ${kb(f.bytes).padStart(9)}  ${String(f.finished).padStart(6)} ms  ${f.purpose.padEnd(12)}  ${new URL(f.url).pathname.split('/').pop()}`);
  }
  console.log(`  ${kb(page).padStart(9)}  by the page`);
  console.log(`  ${kb(worker).padStart(9)}  by its service worker (the copy kept for offline use)`);
  console.log(`  by purpose: ${Object.entries(byPurpose).map(([p, b]) => `${p} ${kb(b)}`).join(', ')}`);
}
