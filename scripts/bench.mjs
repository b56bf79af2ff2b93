// npm run bench: builds the app, serves it, runs Lighthouse 12 (mobile preset) in Debian's
// Chromium on it and on the same first screen as plain HTML with every script removed, and prints
// the scores, both LCPs, their ratio and the first-load size. A benchmark: it prints figures and
// fails only if something cannot run.
//
// Both pages are served as the app is in production: over HTTPS with HTTP/2 (the service worker
// needs HTTPS, and every static host that offers it speaks HTTP/2), using a throwaway self-signed
// certificate made with openssl. `npm run bench -- --http1` serves plain HTTP/1.1 instead, for
// comparison: Lighthouse's network model then gives boot.js a second connection of its own, and the
// app's LCP comes out 1.22-1.29 times the plain page's (see docs/status.md).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, cpSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = new URL('..', import.meta.url).pathname;
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

// The plain copy: the prerendered first screen with every script and preload removed.
const plainDir = join(root, 'node_modules/.bench-plain');
rmSync(plainDir, { recursive: true, force: true });
mkdirSync(plainDir, { recursive: true });
cpSync(join(root, 'dist'), plainDir, { recursive: true });
const html = readFileSync(join(root, 'dist/index.html'), 'utf8')
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<link rel="modulepreload"[^>]*>/g, '');
writeFileSync(join(plainDir, 'index.html'), html);
rmSync(join(plainDir, 'sw.js'));

const http1 = process.argv.includes('--http1');
function certificate() {
  const dir = join(root, 'node_modules/.bench-cert');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30',
        '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    } catch {
      throw new Error('npm run bench needs openssl to make a local HTTPS certificate (or run it with -- --http1)');
    }
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
// Vite's preview server speaks HTTP/2 when it is given a certificate.
const https = http1 ? undefined : certificate();
const scheme = http1 ? 'http' : 'https';
const app = await preview({ root, preview: { host: '127.0.0.1', port: 4300, https }, logLevel: 'error' });
const plain = await preview({ root, build: { outDir: plainDir }, preview: { host: '127.0.0.1', port: 4301, https }, logLevel: 'error' });

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(http1 ? [] : ['--ignore-certificate-errors'])],
});

async function audit(url) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
  const { categories, audits } = result.lhr;
  return {
    performance: categories.performance.score,
    accessibility: categories.accessibility.score,
    bestPractices: categories['best-practices'].score,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    observedLcp: audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint,
    longTasks: (audits['long-tasks']?.details?.items ?? []).map((i) => `${String(i.url).split('/').pop()} ${Math.round(i.duration)}ms@${Math.round(i.startTime)}`).join(', '),
    protocol: audits['network-requests']?.details?.items?.[0]?.protocol ?? '?',
    element: audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '?',
  };
}

try {
  const appResult = await audit(`${scheme}://127.0.0.1:4300/`);
  const plainResult = await audit(`${scheme}://127.0.0.1:4301/`);
  const row = (name, r) =>
    `${name.padEnd(24)} perf ${r.performance.toFixed(2)}  a11y ${r.accessibility.toFixed(2)}  best ${r.bestPractices.toFixed(2)}  ` +
    `LCP ${Math.round(r.lcp)} ms (observed ${Math.round(r.observedLcp)} ms, ${r.element})  FCP ${Math.round(r.fcp)} ms  TBT ${Math.round(r.tbt)} ms`;
  console.log(`\nLighthouse 12, mobile preset, Debian Chromium, served over ${scheme.toUpperCase()} (${appResult.protocol})`);
  console.log(row('app', appResult));
  console.log(row('plain HTML, no scripts', plainResult));
  console.log(`long tasks in the app: ${appResult.longTasks || 'none'}`);
  console.log(`LCP ratio app / plain: ${(appResult.lcp / plainResult.lcp).toFixed(2)}`);
} finally {
  await chrome.kill();
  await app.close();
  await plain.close();
}
execFileSync('node', ['scripts/report-size.mjs'], { cwd: root, stdio: 'inherit' });
