/**
 * Every language, in real Chromium: its start page prerendered and readable with no script; and a
 * journey to signposting on a 360 px phone, in the right direction, with the machine-translation
 * notice where the language was made by machine, no axe violation, and nothing scrolling sideways
 * at 320 px. SCREENSHOTS=<folder> also saves each language's outcome page there.
 *
 * Then, in the right-to-left languages and those whose dates and hours the browser cannot write
 * itself, one journey through a chargeable outcome, a bill and a plan to signposting: every date,
 * time and amount in the language's own words and conventions, and no English in brackets left
 * unisolated. SCREENSHOTS=<folder> saves a screen of each where they show (SCREENSHOT_TYPE=png to view them).
 */
import { mkdirSync } from 'node:fs';
import { unisolatedLatin } from '../../scripts/bidi';
import { addFormatTable, formatDate, formatMoney, formatterFor } from '../../src/lib/format';
import { tableFormatters } from '../../src/lib/formatTable';
import { REVIEWED } from '../../src/rules/sources';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LANGUAGES, LANGUAGE_CODES } from '../../src/i18n/languages';
import { translationOf } from '../../src/i18n/translations';
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

addFormatTable(tableFormatters());

/** Languages written right to left, and those whose dates Chromium cannot write (src/lib/formatTable.ts). */
const CHECKED = ['fa', 'ur', 'ckb', 'ps', 'ti', 'so', 'ar'];

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
        if (process.env.SCREENSHOTS && !CHECKED.includes(code)) {
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

/** The answer chosen at each question: a visitor with a bill, from a visa, treated in hospital in London. */
const ANSWERS: Record<string, string> = {
  audience: 'self',
  nation: 'england',
  care: 'hospital',
  cause: 'no',
  cameForTreatment: 'no',
  status: 'visa',
  visaType: 'visit',
  special: 'none',
  bill: 'yes',
  collectors: 'letters',
  invoiceAge: 'over-two-months',
  treatmentDate: 'between-2016-2021',
  eeaNational: 'no',
  // No plan agreed yet: the plan page then weighs one, with the bill against the threshold.
  planAgreed: 'no',
  act: 'casework',
  region: 'london',
};

/**
 * Text in the page that sits in a right-to-left text (not in an element marked left to right) and
 * has English in brackets or quotes that is not isolated: a bracket the reader may see on the wrong side.
 */
async function bareEnglish(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (element.closest('[dir="ltr"], bdi, code, [lang="en"]')) continue;
      if (getComputedStyle(element).direction === 'rtl') out.push(node.textContent ?? '');
    }
    return out;
  });
  return texts.flatMap((text) => unisolatedLatin(text).map((run) => `${run} in: ${text.slice(0, 80)}`));
}

/** A screen of the page (360 × 740) with the element in view, or the top of the page. */
async function save(page: Page, name: string, at?: Locator) {
  if (!process.env.SCREENSHOTS) return;
  mkdirSync(process.env.SCREENSHOTS, { recursive: true });
  if (at) await at.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  const png = process.env.SCREENSHOT_TYPE === 'png';
  await page.screenshot({ path: join(process.env.SCREENSHOTS, `${name}.${png ? 'png' : 'jpeg'}`), ...(png ? {} : { type: 'jpeg', quality: 40 }), scale: 'css' });
}

describe.each(CHECKED)('%s: dates, hours and amounts in the language, brackets where they belong', (code) => {
  test('a chargeable outcome, a plan and signposting at 360 px', async () => {
    const { context, page, errors } = await phonePage(browser);
    await gotoApp(page, `${baseUrl()}?lang=${code}`);
    const main = page.locator('main');
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const step = (await stepOf(page))!;
      seen.push(step);
      expect(await bareEnglish(page), `${code} ${step}`).toEqual([]);
      expect(await main.innerText(), `${code} ${step}: a raw date`).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      if (step === 'result') {
        // The date the rules were checked is in "Why we think this", folded for a person.
        await save(page, `${code}-outcome`);
        await page.locator('details[data-why] > summary').click();
        await main.locator('.meta', { hasText: formatDate(REVIEWED, code) }).waitFor();
        expect(await main.innerText()).toContain(formatDate(REVIEWED, code));
        await save(page, `${code}-outcome-dates`, main.locator('.meta', { hasText: formatDate(REVIEWED, code) }));
      }
      if (step === 'planResult') {
        // The amounts are below "What to do now", drawn just after the page's first paint.
        await main.locator('p', { hasText: formatMoney(1250_00, code) }).first().waitFor();
        const text = await main.innerText();
        expect(text).toContain(formatMoney(1250_00, code));
        expect(text).toContain(formatMoney(500_00, code));
        expect(text).not.toMatch(/GBP|UK£/);
        await save(page, `${code}-plan`, main.locator('p', { hasText: formatMoney(1250_00, code) }).first());
      }
      if (step === 'signposting') {
        await page.locator('[data-organisation]').first().waitFor();
        const text = await main.innerText();
        // Doctors of the World answers Monday to Friday: the days and the 24-hour times in the language.
        const days = formatterFor(code);
        expect(text).toContain(days.weekday(0));
        expect(text).toContain(days.weekday(4));
        expect(text).toContain(days.time('10:00'));
        expect(text).not.toMatch(/Monday|Friday|\b[AP]M\b/);
        await save(page, `${code}-signposting`, main.locator('[data-organisation="doctors-of-the-world"]'));
        break;
      }
      const value = ANSWERS[step];
      const choice = value ? page.locator(`main input[value="${value}"]`) : page.locator('main input[type=radio], main input[type=checkbox]').first();
      if (await choice.count()) await choice.check();
      else if (await page.locator('main input[inputmode=decimal]').count()) await page.locator('main input[inputmode=decimal]').fill('1250');
      await page.locator('main .button:not(.button--secondary)').first().click();
      await expect.poll(() => stepOf(page), { message: `stuck at ${step}` }).not.toBe(step);
    }
    expect(seen).toEqual(expect.arrayContaining(['result', 'planResult', 'signposting']));
    expect(errors).toEqual([]);
    await context.close();
  });
});
