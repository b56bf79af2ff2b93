/**
 * Quick exit and the prerendered language pages: the exit is a real link (it works before the app
 * starts, with scripts off), it stays on screen on every page however far down the person scrolls,
 * its keyboard shortcut is named on the start page, and no prerendered language page asks for a
 * file that is not there.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';
import { seeded, walk } from './support/journey';

const NEUTRAL = 'https://www.bbc.co.uk/weather';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the quick exit and the page's first heading are on screen. */
const placeOf = (page: Page) =>
  page.evaluate(() => {
    const exit = document.querySelector('.quick-exit__button')!.getBoundingClientRect();
    return { top: exit.top, bottom: exit.bottom, left: exit.left, right: exit.right, width: innerWidth, height: innerHeight };
  });

// Half the languages a test, so each stays well inside its time limit (all 22 took 19 s of 60).
const OTHER_LANGUAGES = LANGUAGE_CODES.filter((c) => c !== 'en');
const HALF = Math.ceil(OTHER_LANGUAGES.length / 2);
test.each([
  ['first', OTHER_LANGUAGES.slice(0, HALF)],
  ['second', OTHER_LANGUAGES.slice(HALF)],
])('no request of any prerendered language page fails (%s half of the languages)', async (_half, codes) => {
  const { context, page } = await phonePage(browser, 360, 740, 'block');
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
  for (const code of codes) {
    await gotoApp(page, new URL(`${code}/`, baseUrl()).href);
    // The app has started from the language's folder, in that language.
    expect(await page.locator('html').getAttribute('lang')).toBe(code);
    // Let the texts it loads in the background arrive before the next page cuts them short.
    await page.waitForLoadState('networkidle');
  }
  expect(failed).toEqual([]);
  await context.close();
});

test('quick exit is a link to the neutral site, on the prerendered page of every language', async () => {
  const { context, page } = await phonePage(browser, 360, 740, 'block');
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  for (const code of ['en', 'ar', 'ta']) {
    const response = await context.request.get(new URL(code === 'en' ? './' : `${code}/`, baseUrl()).href);
    expect(await response.text()).toMatch(/<a [^>]*href="https:\/\/www\.bbc\.co\.uk\/weather" class="quick-exit__button"/);
  }
  // With scripts off, it still leaves.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(new URL('ta/', baseUrl()).href);
  await page.locator('.quick-exit__button').click();
  await page.waitForURL(`${NEUTRAL}**`);
  await context.close();
});

test.each([320, 360, 1024])('at %i px the quick exit is on screen on every page, after scrolling to the bottom, and covers no heading', async (width) => {
  const { context, page, errors } = await phonePage(browser, width, 640);
  for (const [seed, lang] of [[4, 'en'], [11, 'ar']] as const) {
    const random = seeded(seed);
    await gotoApp(page, `${baseUrl()}?lang=${lang}`);
    await walk(page, (n) => Math.floor(random() * n), async (step) => {
      // The page's heading (which takes focus on each new page) is below the quick exit, not under it.
      const heading = await page.locator('h1').evaluate((h) => h.getBoundingClientRect().top);
      const exit = await placeOf(page);
      expect(heading, step).toBeGreaterThanOrEqual(exit.bottom);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const place = await placeOf(page);
      expect(place.top, step).toBeGreaterThanOrEqual(0);
      expect(place.bottom, step).toBeLessThanOrEqual(place.height);
      expect(place.left, step).toBeGreaterThanOrEqual(0);
      expect(place.right, step).toBeLessThanOrEqual(place.width);
      await page.evaluate(() => window.scrollTo(0, 0));
    });
  }
  expect(errors).toEqual([]);
  await context.close();
});

test('the start page names the keyboard shortcut, and the shortcut works', async () => {
  const { context, page } = await phonePage(browser, 1024, 768);
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await gotoApp(page);
  expect(await page.locator('main').innerText()).toContain('You can also leave fast by pressing the Shift key 3 times.');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(`${NEUTRAL}**`);
  await context.close();
});
