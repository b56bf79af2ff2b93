/**
 * Input as people really give it: digits from their own keyboard, and double clicks.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';
import { stepOf } from './support/journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('native digits: the bill amount in Arabic-Indic digits, and the income sheet in Persian digits, in Arabic', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page, `${baseUrl()}?lang=ar`);
  await page.locator('main .button').first().click();
  const labels = ['لنفسي', 'إنجلترا', /علاج آخر في المستشفى/, /^لا$/, /تأشيرة أو إذن/, /تأشيرة زيارة/, /^لا شيء من هذه$/];
  for (const label of labels) {
    const before = await stepOf(page);
    await page.getByLabel(label).check();
    await page.locator('main .button').first().click();
    await expect.poll(() => stepOf(page)).not.toBe(before);
  }
  await expect.poll(() => stepOf(page)).toBe('result');
  await page.locator('main .button').first().click();
  await page.getByLabel(/نعم، لديّ فاتورة/).check();
  await page.locator('main .button').first().click();
  await page.getByLabel('رسائل', { exact: true }).check();
  await page.locator('main .button').first().click();
  await expect.poll(() => stepOf(page)).toBe('supportAdvice');
  await page.locator('main .button').first().click();
  await expect.poll(() => stepOf(page)).toBe('billAmount');
  await page.locator('main input[inputmode=decimal]').fill('١٬٢٥٠٫٥٠');
  await page.locator('main .button').first().click();
  await expect.poll(() => stepOf(page)).toBe('invoiceAge');
  expect(await page.locator('.error-summary').count()).toBe(0);

  // The letters and tools are among this page's links once the outcome has been reached.
  await page.getByRole('button', { name: 'الرسائل والأدوات' }).click();
  await page.getByRole('heading', { level: 1, name: 'الرسائل والأدوات' }).waitFor();
  await page.locator('#sheet-earnings').fill('۱۲۰۰');
  await page.locator('#sheet-rent').fill('۶۵۰٫۵۰');
  await page.getByRole('button', { name: 'احسب' }).click();
  expect(await page.locator('.sheet [role=status]').innerText()).toContain('549.50');
  expect(errors).toEqual([]);
  await context.close();
});
