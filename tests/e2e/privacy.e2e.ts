/**
 * Privacy, proved in a real browser: every request goes to the app's own host, nothing is written
 * to cookies or storage unless the person asks, answers never appear in the address, and quick
 * exit leaves no way Back to the answers.
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

const storage = (page: import('playwright-core').Page) =>
  page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));

describe.each(['en', 'ar'] as const)('full journeys in %s', (language) => {
  test('request nothing from any other host, store nothing, and keep answers out of the address', async () => {
    const { context, page, requests } = await phonePage(browser);
    const origin = new URL(baseUrl()).origin;
    const start = `${baseUrl()}?lang=${language}`;
    for (const seed of [2, 9, 31, 77]) {
      const random = seeded(seed);
      await gotoApp(page, start);
      await walk(page, (n) => Math.floor(random() * n), async () => {
        expect(page.url()).toBe(start);
      });
      expect(await storage(page)).toEqual({ local: 0, session: 0, cookie: '' });
    }
    const elsewhere = requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'));
    expect(elsewhere).toEqual([]);
    expect((await context.cookies()).length).toBe(0);
    await context.close();
  });
});

test('the page carries a strict Content-Security-Policy and no inline script', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await stepOf(page);
  expect(errors).toEqual([]);
  await context.close();
});

describe('quick exit', () => {
  const NEUTRAL = 'https://www.bbc.co.uk/weather';

  test.each(['button', 'shift'] as const)('by %s: clears the answers, and Back does not show them', async (how) => {
    const { context, page } = await phonePage(browser);
    // The neutral site is outside this machine's network: answer for it locally.
    await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
    await page.goto('about:blank');
    await gotoApp(page);
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByLabel('Someone I support').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Scotland').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (how === 'button') await page.getByRole('link', { name: 'Exit this page' }).click();
    else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(`${NEUTRAL}**`);
    await page.goBack();
    // Back never leads to the answers: at most to a fresh start page of the guide.
    if (page.url() !== 'about:blank') {
      await page.locator('[data-step]').waitFor({ state: 'attached' });
      expect(await stepOf(page)).toBe('start');
      expect(await page.locator('input:checked').count()).toBe(0);
      expect(await page.locator('main input').count()).toBe(0);
    }
    await context.close();
  });
});

test('saving progress writes only when asked, and "forget" removes it', async () => {
  const { context, page } = await phonePage(browser);
  await gotoApp(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('Myself').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  expect(await storage(page)).toEqual({ local: 0, session: 0, cookie: '' });
  await page.getByRole('button', { name: 'Your answers' }).click();
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  expect((await storage(page)).local).toBe(1);
  await page.reload();
  await page.getByRole('button', { name: 'Continue where I left off' }).click();
  expect(await stepOf(page)).toBe('nation');
  await page.getByRole('button', { name: 'Your answers' }).click();
  await page.getByRole('button', { name: 'Forget my saved progress' }).click();
  expect(await storage(page)).toEqual({ local: 0, session: 0, cookie: '' });
  await context.close();
});

test('saved progress that no longer fits the flow is offered as "could not restore", and forgetting it removes it', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  // Saved before the guide asked who the check is for: it went from the start straight to "nation".
  await page.evaluate(() =>
    localStorage.setItem('nhs-charges-helper:progress', JSON.stringify({ version: 1, answers: { nation: 'england', care: 'gp' }, path: ['start', 'nation', 'care', 'result'] })),
  );
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'We could not restore your saved progress' }).waitFor();
  expect(await page.getByRole('button', { name: 'Continue where I left off' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Forget my saved progress' }).click();
  expect(await storage(page)).toEqual({ local: 0, session: 0, cookie: '' });
  await page.reload();
  await page.locator('[data-step=start]').waitFor({ state: 'attached' });
  expect(await page.getByText('We could not restore your saved progress').count()).toBe(0);
  expect(await page.getByText('You saved your progress on this device').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
