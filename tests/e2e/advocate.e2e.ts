/**
 * An advocate with a member: English and Arabic side by side, the printed case summary, a letter
 * downloaded, and a case saved to a file and opened again in a fresh browser.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { gotoApp, launch, phonePage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function answer(page: Page, label: string | RegExp) {
  await page.getByLabel(label, { exact: typeof label === 'string' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function exemptMember(page: Page) {
  await gotoApp(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, 'Someone I support');
  await page.getByLabel("Show the questions in your member's language too").selectOption('ar');
  // The member's language speaks to the member ("the care"), not as the advocate reads it.
  await page.getByText('في أي جزء من المملكة المتحدة الرعاية؟').waitFor();
  expect(await page.getByText('في أي جزء من المملكة المتحدة الرعاية؟').getAttribute('dir')).toBe('rtl');
  expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
  await answer(page, /England/);
  await answer(page, /Other hospital treatment/);
  await answer(page, /^No/);
  await answer(page, /Claimed asylum/);
  await answer(page, /Waiting for a decision/);
  await page.getByText('أنتم معفَون من رسوم الخدمة الصحية الوطنية').waitFor();
}

test('English and Arabic side by side, then a printed summary with nothing interactive on it', async () => {
  const { context, page, errors } = await phonePage(browser, 1024, 900);
  await exemptMember(page);
  await page.getByRole('button', { name: 'Case summary to print' }).click();
  await page.getByLabel("Add the member's language after the English").selectOption('ar');
  await page.locator('section[lang="ar"][dir="rtl"]').waitFor();
  await page.emulateMedia({ media: 'print' });
  const visibleControls = await page.evaluate(() =>
    [...document.querySelectorAll('button, select, input, textarea, [role="button"]')].filter((el) => {
      const r = (el as HTMLElement).getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    }).length,
  );
  expect(visibleControls).toBe(0);
  const text = await page.locator('main').innerText();
  expect(text).toContain('Basis: reg 15(b) and (ba) of SI 2015/238');
  expect(text).toContain('https://www.doctorsoftheworld.org.uk/');
  expect(text).toContain('ملخص الحالة');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);
  expect(errors).toEqual([]);
  await context.close();
});

test('a letter downloads as a text file with the exemption in it', async () => {
  const { context, page } = await phonePage(browser, 1024, 900);
  await exemptMember(page);
  await page.getByRole('button', { name: 'Letters and tools' }).click();
  await page.getByLabel('The letter, in English').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a text file' }).click()]);
  expect(download.suggestedFilename()).toBe('ovm-letter.txt');
  const content = readFileSync((await download.path())!, 'utf8');
  expect(content).toContain('exempt from charges under reg 15(b) and (ba) of SI 2015/238');
  await context.close();
});

test('a case saved to a file opens again, with its log and sheet, in a fresh browser', async () => {
  const first = await phonePage(browser, 1024, 900);
  await exemptMember(first.page);
  await first.page.getByRole('button', { name: 'Letters and tools' }).click();
  await first.page.getByLabel('Earnings from work').fill('950');
  await first.page.getByLabel('Date').fill('2026-11-20');
  await first.page.getByLabel('Time').fill('09:30');
  await first.page.getByLabel('Who contacted').fill('ABC Collections');
  await first.page.getByLabel('How').selectOption('visit');
  await first.page.getByLabel('What was said').fill('Came to the door');
  await first.page.getByRole('button', { name: 'Add to the log' }).click();
  const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: 'Save this case to a file' }).click()]);
  // Keep a copy: the browser deletes its downloads when the context closes.
  const file = join(mkdtempSync(join(tmpdir(), 'case-')), 'case.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(1);
  await first.context.close();

  const second = await phonePage(browser, 1024, 900);
  await gotoApp(second.page);
  await second.page.getByRole('button', { name: 'Start now' }).click();
  await answer(second.page, 'Myself');
  await answer(second.page, 'Scotland');
  await answer(second.page, /A GP/);
  await second.page.getByRole('button', { name: 'Letters and tools' }).click();
  await second.page.getByLabel('Open a case file').setInputFiles(file);
  await second.page.getByText('The case file was opened.').waitFor();
  expect(await second.page.getByLabel('Earnings from work').inputValue()).toBe('950');
  expect(await second.page.getByRole('cell', { name: 'ABC Collections' }).count()).toBe(1);
  await second.page.locator('.back-link').first().click();
  expect(await second.page.getByRole('heading', { level: 1 }).textContent()).toContain('Your member is exempt');
  expect(second.errors).toEqual([]);
  await second.context.close();
});

test('the built stylesheet has print rules', () => {
  const dist = join(__dirname, '../../dist/assets');
  const css = readdirSync(dist).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dist, f), 'utf8')).join('');
  expect(css).toContain('@media print');
});

test('the summary and the letters and tools pages have no axe violations, and fit 320 px', async () => {
  const { context, page } = await phonePage(browser, 320, 700);
  await exemptMember(page);
  const check = async (where: string) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), `${where} scrolls sideways`).toBe(false);
  };
  await page.getByRole('button', { name: 'Case summary to print' }).click();
  await page.locator('section[lang="en"]').waitFor();
  await check('summary');
  await page.locator('.back-link').first().click();
  await page.getByRole('button', { name: 'Letters and tools' }).click();
  await page.getByLabel('The letter, in English').waitFor();
  await page.getByRole('button', { name: 'Add to the log' }).click();
  await check('letters and tools');
  await context.close();
});
