/**
 * Money in every language (issue 20): in each of the 23 languages, the language's own example and
 * the English example are accepted in the bill amount and in the income sheet, the plan page is
 * reached, and going Back or switching language never turns an accepted amount into an error.
 */
import type { Page } from 'playwright-core';
import { TABLE_LANGUAGES } from '../../src/lib/format';
import { tableFormatters } from '../../src/lib/formatTable';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { gotoApp, launch, phonePage } from './support/browser';
import { stepOf } from './support/journey';

let browser: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const mainButton = (page: Page) => page.locator('main .button:not(.button--secondary)').first();

/** Answers by the options' values, which are the same in every language. */
async function answer(page: Page, value: string | null) {
  const before = await stepOf(page);
  if (value) await page.locator(`main input[value="${value}"]`).check();
  await mainButton(page).click();
  await page.waitForFunction((b) => document.querySelector('[data-step]')?.getAttribute('data-step') !== b, before);
}

/**
 * An amount as the page's language writes it, as the app does: by the format table for the
 * languages Chromium has no number data for, otherwise by the browser's own Intl.
 */
async function written(page: Page, pence: number) {
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (TABLE_LANGUAGES.includes(lang)) return tableFormatters()[lang]!.amount(pence);
  return page.evaluate((p) => {
    const lang = document.documentElement.lang;
    const locale = lang === 'en' ? 'en-GB' : ['ar', 'fa', 'ps', 'ur', 'ckb'].includes(lang) ? `${lang}-u-nu-latn` : lang === 'zh' ? 'zh-Hans' : lang;
    return new Intl.NumberFormat(locale, { minimumFractionDigits: p % 100 ? 2 : 0, maximumFractionDigits: 2 }).format(p / 100);
  }, pence);
}

async function switchTo(page: Page, code: string) {
  await page.locator('#language-menu').selectOption(code);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe(code);
  // The page's own texts have come (the Continue button is translated with them).
  await page.locator('main .button').first().waitFor();
}

const amount = (page: Page) => page.locator('main input[inputmode=decimal]').first();
const noErrors = async (page: Page) => expect(await page.locator('main .error-summary, main .error-message').count()).toBe(0);

let session: Awaited<ReturnType<typeof phonePage>>;
beforeAll(async () => {
  session = await phonePage(browser);
  const { page } = session;
  await gotoApp(page);
  // The Plan phase asks whether a plan is already agreed before it asks the amount.
  for (const value of [null, 'self', 'england', 'hospital', 'no', 'visa', 'visit', 'none', null, 'yes', 'letters', null, 'no']) await answer(page, value);
  expect(await stepOf(page)).toBe('billAmount');
});
afterAll(async () => {
  expect(session.errors).toEqual([]);
  await session.context.close();
});

// One journey, in one language after another: each language meets the amounts the last one accepted.
test.each(LANGUAGE_CODES.map((code, i) => [code, i]))(
  'in %s, the own and the English examples are accepted, kept through Back and the switch from the last language, in the bill amount and the income sheet',
  async (code, index) => {
    const { page } = session;
    const failures: string[] = [];
    await switchTo(page, code as string);
    // What was accepted in the previous language is shown in this one.
    if (index !== 0) {
      const shown = await amount(page).inputValue();
      if (shown !== (await written(page, 125050))) failures.push(`after the switch the field shows ${JSON.stringify(shown)}`);
    }
    const own = await written(page, 125050);
    for (const typed of [own, '1,250', '1250.50']) {
      await amount(page).fill(typed);
      await mainButton(page).click();
      await expect.poll(() => page.locator('main .error-message').count().then(async (n) => n > 0 || (await stepOf(page)) === 'invoiceAge')).toBe(true);
      if ((await stepOf(page)) !== 'invoiceAge') {
        failures.push(`${JSON.stringify(typed)} refused: ${await page.locator('main .error-message').first().textContent()}`);
        continue;
      }
      await page.locator('[data-step] > .back-link').first().click();
      await expect.poll(() => stepOf(page)).toBe('billAmount');
      const expected = await written(page, typed === '1,250' ? 125000 : 125050);
      if ((await amount(page).inputValue()) !== expected) failures.push(`after Back ${JSON.stringify(typed)} shows ${JSON.stringify(await amount(page).inputValue())}`);
    }
    // On to the plan page with the language's own example.
    await amount(page).fill(own);
    await answer(page, null);
    await answer(page, 'under-two-months');
    await answer(page, 'since-2021');
    expect(await stepOf(page)).toBe('planResult');

    // The income sheet: what the last language accepted, then the own example and the English one.
    await page.locator('.journey-links .link-button').nth(2).click();
    await page.locator('#sheet-earnings').waitFor();
    await page.locator('.sheet button[type=submit]').click();
    if (await page.locator('.sheet .error-summary').count()) failures.push('the sheet from the previous language is refused');
    await page.locator('#sheet-earnings').fill(own);
    await page.locator('#sheet-rent').fill('1,250');
    await page.locator('#sheet-food').fill('0.50');
    await page.locator('.sheet button[type=submit]').click();
    if (await page.locator('.sheet .error-summary').count()) failures.push(`the sheet refused ${own}, 1,250 or 0.50`);
    else if ((await page.locator('#sheet-earnings').inputValue()) !== own) failures.push(`the sheet shows ${await page.locator('#sheet-earnings').inputValue()}`);
    await page.locator('.back-link').first().click();
    await expect.poll(() => stepOf(page)).toBe('planResult');
    for (const step of ['treatmentDate', 'invoiceAge', 'billAmount']) {
      await page.locator('[data-step] > .back-link').first().click();
      await expect.poll(() => stepOf(page)).toBe(step);
    }
    await noErrors(page);
    expect(failures).toEqual([]);
  },
);
