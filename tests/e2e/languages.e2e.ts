/**
 * Every language, in real Chromium: its start page prerendered and readable with no script; and a
 * journey to signposting on a 360 px phone, in the right direction, with the machine-translation
 * notice where the language was made by machine, no axe violation, and nothing scrolling sideways
 * at 320 px. SCREENSHOTS=<folder> also saves each language's outcome page there.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LANGUAGES, LANGUAGE_CODES } from '../../src/i18n/languages';
import { translationOf } from '../../src/i18n/translations';
import { expectNoAxeViolations } from './support/axe';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';
import { seeded, walk } from './support/journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const axe = expectNoAxeViolations;

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe.each(LANGUAGE_CODES)('%s', (code) => {
  const machine = translationOf(code)?.method === 'machine';
  const dir = LANGUAGES[code].dir;

  test('its start page is prerendered and readable before any script runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(new URL(code === 'en' ? './' : `${code}/`, baseUrl()).toString());
    expect(await page.locator('html').getAttribute('lang')).toBe(code);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    expect((await page.locator('h1').textContent())?.trim()).not.toBe('');
    expect(await page.locator('[data-machine-notice]').count()).toBe(machine ? 1 : 0);
    expect(await page.locator('nav.language-links a').count()).toBe(LANGUAGE_CODES.length - 1);
    await context.close();
  });

  test('a journey to signposting at 360 px: direction, notice, axe, nothing sideways at 320 px', async () => {
    const { context, page, errors } = await phonePage(browser);
    await gotoApp(page, `${baseUrl()}?lang=${code}`);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    expect(await page.locator('html').getAttribute('lang')).toBe(code);
    expect(await page.locator('[data-machine-notice]').count()).toBe(machine ? 1 : 0);
    await axe(page, `${code} start`);
    const random = seeded(7 + LANGUAGE_CODES.indexOf(code));
    await walk(page, (n) => Math.floor(random() * n), async (step) => {
      expect(await scrollsSideways(page), `${code} ${step} scrolls sideways`).toBe(false);
      if (step === 'result') {
        expect(await page.locator('[data-machine-notice]').count()).toBe(machine ? 1 : 0);
        await axe(page, `${code} outcome`);
        if (process.env.SCREENSHOTS) {
          mkdirSync(process.env.SCREENSHOTS, { recursive: true });
          await page.screenshot({ path: join(process.env.SCREENSHOTS, `${code}-outcome.jpeg`), type: 'jpeg', quality: 40, scale: 'css', fullPage: false });
        }
      }
    });
    await page.locator('[data-organisation]').first().waitFor();
    await axe(page, `${code} signposting`);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page), `${code} signposting at 320 px`).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
