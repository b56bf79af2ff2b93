/** Debian's Chromium, launched the way this project's machines need (see ../shared/toolchain.md). */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import CHROMIUM_FLAGS from '../../../scripts/chromium-flags.json';

/** The flags of ../shared/toolchain.md, shared with the bench (scripts/chromium-flags.json). */
export const CHROMIUM_ARGS: string[] = CHROMIUM_FLAGS;

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export const baseUrl = () => inject('baseUrl');

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** Records a page's console errors, uncaught errors and requests. */
export function watch(page: Page): Omit<Watched, 'context' | 'page'> {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  return { errors, requests };
}

/**
 * A new page at phone size, in a context of its own, that records console errors and every
 * request. `serviceWorkers: 'block'` stands for a first visit before the worker is installed.
 */
export async function phonePage(browser: Browser, width = 360, height = 740, serviceWorkers: 'allow' | 'block' = 'allow'): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers });
  const page = await context.newPage();
  return { context, page, ...watch(page) };
}

/** Waits until the service worker has installed its copy and serves this page. */
export async function untilServedByWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** Opens the app and waits until it is running (the prerendered page shows before it is). */
export async function gotoApp(page: Page, url: string = baseUrl()) {
  await page.goto(url);
  await page.locator('[data-step]').waitFor({ state: 'attached' });
}
