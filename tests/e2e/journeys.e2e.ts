/**
 * A person on a 360 px phone goes from the first page to signposting, in English and in Arabic,
 * choosing answers at random (seeded, so a failure can be replayed). They are never stuck, the
 * page never scrolls sideways, focus lands on each new heading, and nothing logs an error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch, phonePage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A small seeded random number generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const step = (page: Page) => page.locator('[data-step]').getAttribute('data-step');

async function answerRandomly(page: Page, next: () => number) {
  const choices = page.locator('input[type=radio], input[type=checkbox]');
  const count = await choices.count();
  if (count > 0) {
    await choices.nth(Math.floor(next() * count)).check();
  } else if (await page.locator('input[inputmode=decimal]').count()) {
    await page.locator('input[inputmode=decimal]').fill(String(Math.floor(next() * 3000)));
  }
  await page.locator('main .button:not(.button--secondary)').first().click();
}

async function journey(page: Page, seed: number, language: 'en' | 'ar'): Promise<string[]> {
  const next = random(seed);
  await page.goto(`${baseUrl()}?lang=${language}`);
  await expect.poll(() => step(page)).toBe('start');
  const visited: string[] = [];
  for (let i = 0; i < 40; i++) {
    const current = await step(page);
    visited.push(current!);
    if (current === 'signposting') return visited;
    const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrolls, `horizontal scroll at ${current}`).toBe(false);
    await answerRandomly(page, next);
    await expect.poll(() => step(page), { message: `stuck at ${current}` }).not.toBe(current);
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(focused, `focus after ${current}`).toBe('H1');
  }
  throw new Error(`no signposting after 40 pages: ${visited.join(' > ')}`);
}

describe.each(['en', 'ar'] as const)('on a 360 px phone, in %s', (language) => {
  test('random journeys all reach signposting with no console errors', async () => {
    const { context, page, errors } = await phonePage(browser);
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const visited = await journey(page, seed * 7919 + (language === 'ar' ? 1 : 0), language);
      expect(visited.at(-1)).toBe('signposting');
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.locator('[data-organisation]').count()).toBeGreaterThan(0);
      outcomes.add(visited.join('>'));
    }
    expect(outcomes.size).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });
});

test('switching to Arabic mid-journey keeps the place and the answers', async () => {
  const { context, page, errors } = await phonePage(browser);
  await page.goto(baseUrl());
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('Myself').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('England').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await step(page)).toBe('care');
  await page.locator('main .button').first().click(); // Continue with nothing chosen: an error, in Arabic
  await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
  await page.locator('.back-link').click();
  expect(await page.locator('#nation').isChecked()).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});
