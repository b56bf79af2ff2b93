// Debian's Chromium through playwright-core, launched as ../shared/toolchain.md says, at the size
// of a cheap phone. The certificate is the bench's own throwaway one, so its errors are ignored
// (the flag too, not only the context option: Chromium refuses a service worker otherwise).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

// The flags of ../shared/toolchain.md, shared with the browser tests (tests/e2e/support/browser.ts).
const FLAGS = JSON.parse(readFileSync(new URL('../chromium-flags.json', import.meta.url), 'utf8'));
export const CHROMIUM_ARGS = [...FLAGS, '--ignore-certificate-errors'];

export const PHONE = { width: 360, height: 740 };

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A fresh context (a first visit: empty cache, no service worker yet) with one phone-sized page. */
export async function phonePage(browser) {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    ignoreHTTPSErrors: true,
  });
  const page = await context.newPage();
  return { context, page };
}

/** Slows the page's CPU `rate` times, as Lighthouse's mobile preset does (4). */
export async function throttleCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}
