/**
 * WCAG 2.2 AA in real Chromium: axe on every page of several journeys in English and Arabic, a
 * keyboard-only journey, reflow at 320 px (400% zoom of a 1280 px window), touch targets and
 * reduced motion.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';
import { seeded, stepOf, walk } from './support/journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const axe = expectNoAxeViolations;

describe.each(['en', 'ar'] as const)('axe, in %s', (language) => {
  // One journey and one part of its pages a test (half of the questions, the other half, or the
  // pages that answer), so each stays well inside its time limit: the five journeys in one test
  // took 40-47 s of 60, and the first journey's new question pages alone 18-19 s (axe takes about
  // 2 s a page). They run in order; a page already checked in an earlier test is not checked again.
  const seen = new Set<string>();
  const PARTS = ['questions, first half', 'questions, second half', 'answers'] as const;
  const partOf = (step: string, isQuestion: boolean) => (isQuestion ? PARTS[[...step].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 2]! : 'answers');
  const cases = [3, 11, 29, 47, 83].flatMap((seed) => PARTS.map((part) => [seed, part] as const));
  test.each(cases)('finds no violation on any new page of journey %i (%s)', async (seed, part) => {
    const { context, page } = await phonePage(browser);
    const random = seeded(seed);
    await gotoApp(page, `${baseUrl()}?lang=${language}`);
    await walk(page, (n) => Math.floor(random() * n), async (step) => {
      if (seen.has(step) || partOf(step, (await page.locator('main input').count()) > 0) !== part) return;
      seen.add(step);
      await axe(page, `${language} ${step}`);
    });
    await context.close();
  });
  test('the journeys checked at least 12 kinds of page', () => {
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });

  // Apart from the journeys, so that each test stays well inside its time limit on a busy machine.
  test('finds no violation on the error summary and "Your answers"', async () => {
    const { context, page } = await phonePage(browser);
    await gotoApp(page, `${baseUrl()}?lang=${language}`);
    await page.locator('main .button').first().click();
    await page.locator('main .button').first().click();
    await page.locator('.error-summary').waitFor();
    await axe(page, `${language} error summary`);
    await page.locator('main input[type=radio]').first().check();
    await page.locator('main .button').first().click();
    await page.locator('.journey-links .link-button').first().click();
    await axe(page, `${language} your answers`);
    await context.close();
  });

  test('finds no violation on the reference pages', async () => {
    const { context, page } = await phonePage(browser);
    await gotoApp(page, `${baseUrl()}?lang=${language}`);
    await page.locator('.journey-links .link-button').first().click();
    // The reference pages load after the start page: checked once drawn, not in between.
    await page.locator('[data-rule]').first().waitFor();
    await axe(page, `${language} exemptions`);
    await gotoApp(page, `${baseUrl()}?lang=${language}`);
    await page.locator('.journey-links .link-button').nth(1).click();
    await page.locator('main h1').waitFor();
    await axe(page, `${language} staying safe`);
    await context.close();
  });
});

describe.each(['en', 'ar'] as const)('axe on the messages for when something fails, in %s', (language) => {
  test('a page that could not be fetched, a language that could not be loaded, and saved progress that could not be restored, also at 320 px', async () => {
    const { context, page } = await phonePage(browser, 320, 640, 'block');
    await gotoApp(page, `${baseUrl()}?lang=${language}`);
    for (let i = 0; i < 3; i++) {
      if (i > 0) await page.locator('main input[type=radio]').first().check();
      await page.locator('main .button').first().click();
    }
    await context.setOffline(true);
    await page.locator('#language-menu').selectOption(language === 'en' ? 'ar' : 'en');
    await page.getByRole('alert').waitFor();
    await axe(page, `${language} language not loaded`);
    // Any answer to "care" that reaches the outcome, then the case summary's file cannot be fetched.
    await context.setOffline(false);
    await page.locator('main input[type=radio]').first().check();
    await page.locator('main .button').first().click();
    await expect.poll(() => stepOf(page)).toBe('result');
    await context.setOffline(true);
    await page.locator('.journey-links .link-button').nth(1).click();
    await page.locator('.problem').waitFor();
    await axe(page, `${language} page problem`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    await context.setOffline(false);
    await page.evaluate(() => localStorage.setItem('nhs-charges-helper:progress', '{"version":1}'));
    await gotoApp(page, `${baseUrl()}?lang=${language}`);
    await page.locator('.inset h2').first().waitFor();
    await axe(page, `${language} could not restore`);
    await context.close();
  });
});

test('a keyboard alone can go from the start page to signposting', async () => {
  const { context, page } = await phonePage(browser);
  await gotoApp(page);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName, type: (el as HTMLInputElement | null)?.type, primary: !!el?.matches('main .button:not(.button--secondary)') };
  });
  for (let pageCount = 0; pageCount < 30; pageCount++) {
    const step = await stepOf(page);
    if (step === 'signposting') break;
    let chosen = false;
    for (let tabs = 0; tabs < 80; tabs++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (!chosen && f.tag === 'INPUT' && (f.type === 'radio' || f.type === 'checkbox')) {
        await page.keyboard.press('Space');
        chosen = true;
      } else if (!chosen && f.tag === 'INPUT' && f.type === 'text') {
        await page.keyboard.type('750');
        chosen = true;
      } else if (f.primary) {
        await page.keyboard.press('Enter');
        break;
      }
    }
    await expect.poll(() => stepOf(page), { message: `keyboard stuck at ${step}` }).not.toBe(step);
  }
  expect(await stepOf(page)).toBe('signposting');
  await context.close();
});

test('at 320 px wide (400% zoom) nothing scrolls sideways, and touch targets are at least 24 px', async () => {
  const { context, page } = await phonePage(browser, 320, 256);
  await gotoApp(page);
  const random = seeded(5);
  await walk(page, (n) => Math.floor(random() * n), async (step) => {
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(wide, `horizontal scroll at ${step}`).toBe(false);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, .back-link')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ el }) => el.outerHTML.slice(0, 80)),
    );
    expect(small, `small targets at ${step}`).toEqual([]);
  });
  await context.close();
});

test('with reduced motion asked for, nothing animates', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await gotoApp(page);
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0 || s.scrollBehavior === 'smooth';
    }).length,
  );
  expect(moving).toBe(0);
  await context.close();
});
