/**
 * The review page for native speakers, in Chromium: never fetched on an ordinary visit, opened by
 * ?review=<code>, accessible, and an unknown code leads to the list of languages instead.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';
import { walk } from './support/journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The review page's own files (its texts come with the Translations page, which offers it). */
const reviewFiles = (requests: string[]) => requests.filter((url) => /TranslationReview|-_source-/.test(url));

test('an ordinary journey, the Translations page included, fetches nothing of the review page', async () => {
  const { context, page, requests } = await phonePage(browser);
  await gotoApp(page, `${baseUrl()}?lang=fa`);
  await walk(page, () => 0);
  await page.locator('footer button').click();
  await page.locator('#check-language').waitFor();
  expect(reviewFiles(requests)).toEqual([]);
  await context.close();
});

test('?review=ps opens the review page for Pashto: accessible, grouped by page, English beside the Pashto', async () => {
  const { context, page, requests, errors } = await phonePage(browser);
  // The review page opens over the flow: there is no question page ([data-step]) to wait for.
  await page.goto(`${baseUrl()}?review=ps`);
  await page.locator('h1', { hasText: 'Check the translation: پښتو' }).waitFor();
  await page.getByText(/^You have checked 0 of \d+ texts\.$/).waitFor();
  expect(reviewFiles(requests).length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'visaType' }).click();
  const first = page.locator('[data-key^="questions:visaType."]').first();
  expect(await first.locator('[lang="ps"]').getAttribute('dir')).toBe('rtl');
  await first.getByLabel('No, it needs a change').check();
  await expect.poll(() => first.getByLabel('Your better translation').evaluate((e) => e === document.activeElement)).toBe(true);
  await expectNoAxeViolations(page, 'review page, a page open and a change written');
  expect(errors).toEqual([]);
  await context.close();
});

test('?review= with a language the guide has not translated opens the list of languages', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${baseUrl()}?review=xx`);
  await page.locator('h1', { hasText: /^Translations$/ }).waitFor();
  await page.getByRole('button', { name: 'Check this translation' }).waitFor();
  await context.close();
});
