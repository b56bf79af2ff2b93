/**
 * A person on a 360 px phone goes from the first page to signposting, in English and in Arabic,
 * choosing answers at random (seeded, so a failure can be replayed). They are never stuck, the
 * page never scrolls sideways, focus lands on each new heading, and nothing logs an error.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';
import { seeded, stepOf, walk } from './support/journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['en', 'ar'] as const)('on a 360 px phone, in %s', (language) => {
  // Four journeys a test, so each stays well inside its time limit (twelve in one took 25-28 s of
  // 60). The paths of all of them are counted by the last test.
  const paths = new Set<string>();
  test.each([[1, 4], [5, 8], [9, 12]])('random journeys %i to %i all reach signposting with no console errors', async (from, to) => {
    const { context, page, errors } = await phonePage(browser);
    for (let seed = from; seed <= to; seed++) {
      const random = seeded(seed * 7919 + (language === 'ar' ? 1 : 0));
      await gotoApp(page, `${baseUrl()}?lang=${language}`);
      let previous = '';
      const visited = await walk(page, (n) => Math.floor(random() * n), async (step) => {
        const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        expect(scrolls, `horizontal scroll at ${step}`).toBe(false);
        if (previous) expect(await page.evaluate(() => document.activeElement?.tagName), `focus after ${previous}`).toBe('H1');
        previous = step;
      });
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.locator('[data-organisation]').count()).toBeGreaterThan(0);
      paths.add(visited.join('>'));
    }
    expect(errors).toEqual([]);
    await context.close();
  });
  test('the twelve journeys took more than three different paths', () => {
    expect(paths.size).toBeGreaterThan(3);
  });
});

test('switching to Arabic mid-journey keeps the place and the answers', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('Myself').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('England').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#language-menu').selectOption('ar');
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await stepOf(page)).toBe('care');
  await page.locator('main .button').first().click(); // Continue with nothing chosen: an error, in Arabic
  await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
  await page.locator('.back-link').click();
  expect(await page.locator('#nation').isChecked()).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test('the Arabic start page is prerendered at ar/ and readable before any script runs', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(new URL('ar/', baseUrl()).toString());
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await page.locator('h1').textContent()).not.toBe('');
  await page.goto(baseUrl());
  expect(await page.locator('h1').textContent()).toBe('Check if you have to pay for NHS care');
  // Without scripts, the start page still gives the free advice lines to call.
  expect(await page.locator('noscript').innerHTML()).toContain('href="tel:+448081647686"');
  await context.close();
});

test("the phone's Back button steps back through the questions, keeping the answers", async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('Myself').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Wales').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => stepOf(page)).toBe('care');
  await page.goBack();
  await expect.poll(() => stepOf(page)).toBe('nation');
  expect(await page.getByLabel('Wales').isChecked()).toBe(true);
  expect(page.url()).toBe(baseUrl());
  await page.goBack();
  await expect.poll(() => stepOf(page)).toBe('audience');
  // The guide's own Back link and the browser stay together.
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.back-link').click();
  await expect.poll(() => stepOf(page)).toBe('audience');
  expect(errors).toEqual([]);
  await context.close();
});
