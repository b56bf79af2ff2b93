// Lighthouse 12, mobile preset (4x CPU slowdown, simulated slow 4G, a 412 px phone), on the app's
// start page and on the same first screen as plain HTML, several runs each, alternating so that a
// busy spell on the machine falls on both.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './browser.mjs';
import { kb, median, ms } from './stats.mjs';

async function audit(port, url) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
  const { categories, audits } = result.lhr;
  const requests = audits['network-requests']?.details?.items ?? [];
  return {
    performance: categories.performance.score,
    accessibility: categories.accessibility.score,
    bestPractices: categories['best-practices'].score,
    lcp: audits['largest-contentful-paint'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    protocol: requests[0]?.protocol ?? '?',
    // Everything Lighthouse saw load before its own idle point (network and CPU quiet after load).
    scriptAndStyleBytes: requests.filter((r) => r.resourceType === 'Script' || r.resourceType === 'Stylesheet').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    longTasks: (audits['long-tasks']?.details?.items ?? []).map((i) => `${String(i.url).split('/').pop()} ${Math.round(i.duration)} ms`),
  };
}

/** `runs` audits of each page; returns every run and the medians. */
export async function lighthouseRuns(appUrl, plainUrl, runs) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const app = [];
  const plain = [];
  try {
    for (let i = 0; i < runs; i++) {
      app.push(await audit(chrome.port, appUrl));
      plain.push(await audit(chrome.port, plainUrl));
    }
  } finally {
    await chrome.kill();
  }
  const med = (list, key) => median(list.map((r) => r[key]));
  return {
    app,
    plain,
    median: {
      tbt: med(app, 'tbt'),
      performance: med(app, 'performance'),
      accessibility: med(app, 'accessibility'),
      bestPractices: med(app, 'bestPractices'),
      appLcp: med(app, 'lcp'),
      plainLcp: med(plain, 'lcp'),
      scriptAndStyleBytes: med(app, 'scriptAndStyleBytes'),
    },
  };
}

export function printLighthouse({ app, plain, median: m }, protocolName) {
  console.log(`Lighthouse 12, mobile preset, Debian Chromium, ${protocolName} (${app[0].protocol}), ${app.length} runs each`);
  app.forEach((r, i) => {
    console.log(`  app   run ${i + 1}: TBT ${ms(r.tbt).padStart(7)}  perf ${r.performance.toFixed(2)}  a11y ${r.accessibility.toFixed(2)}  best ${r.bestPractices.toFixed(2)}  LCP ${ms(r.lcp)}  FCP ${ms(r.fcp)}  JS+CSS ${kb(r.scriptAndStyleBytes)}  long tasks: ${r.longTasks.join(', ') || 'none'}`);
  });
  plain.forEach((r, i) => console.log(`  plain run ${i + 1}: LCP ${ms(r.lcp)}  FCP ${ms(r.fcp)}  TBT ${ms(r.tbt)}  perf ${r.performance.toFixed(2)}  long tasks: ${r.longTasks.join(", ") || "none"}`));
  console.log(`  median: TBT ${ms(m.tbt)}, performance ${m.performance.toFixed(2)}, accessibility ${m.accessibility.toFixed(2)}, best practices ${m.bestPractices.toFixed(2)}`);
  console.log(`  median LCP: app ${ms(m.appLcp)}, plain ${ms(m.plainLcp)}, ratio app / plain ${(m.appLcp / m.plainLcp).toFixed(2)}`);
  console.log(`  JS + CSS in Lighthouse's own load (until its network and CPU are quiet), median: ${kb(m.scriptAndStyleBytes)}`);
}
