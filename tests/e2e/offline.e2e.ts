/** Offline: after a first visit, a person who loses signal can reload and finish, in any language. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';
import { seeded, walk } from './support/journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('load, go offline, reload, and complete a journey in English and in Arabic', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-step]').waitFor({ state: 'attached' });
  const random = seeded(17);
  const visited = await walk(page, (n) => Math.floor(random() * n));
  expect(visited.at(-1)).toBe('signposting');
  await gotoApp(page, `${baseUrl()}?lang=ar`);
  await walk(page, (n) => Math.floor(random() * n));
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  await context.close();
});
