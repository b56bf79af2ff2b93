/**
 * Input as people really give it: digits from their own keyboard, and double clicks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';
import { answerSteps, stepOf } from './support/journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Likely to be charged, with a bill and debt collectors, up to the information page before the plan. */
const TO_SUPPORT_ADVICE = [null, 'Myself', 'England', 'Other hospital treatment', 'No', /A visa or permission/, /A visit visa/, 'None of these', null, /Yes, I have a bill/, 'Letters'];

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
  await expect.poll(() => stepOf(page)).toBe('planAgreed');
  await page.locator('main input[value=no]').check();
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
  await page.getByRole('button', { name: 'الحساب' }).click();
  expect(await page.locator('.sheet [role=status]').innerText()).toContain('549.50');
  expect(errors).toEqual([]);
  await context.close();
});

async function doubleClickMainButton(page: Page) {
  const box = (await page.locator('main .button:not(.button--secondary)').first().boundingBox())!;
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
}

test('a double click on Continue on an information page does not submit the next question empty', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  await answerSteps(page, TO_SUPPORT_ADVICE);
  await expect.poll(() => stepOf(page)).toBe('supportAdvice');
  // The first click of a double click on Continue, then its second click on the next page's
  // Continue, wherever the layout puts it (the browser counts it as the second click: detail 2).
  const button = page.locator('main .button:not(.button--secondary)').first();
  const first = (await button.boundingBox())!;
  await page.mouse.click(first.x + first.width / 2, first.y + first.height / 2);
  await expect.poll(() => stepOf(page)).toBe('planAgreed');
  const second = (await button.boundingBox())!;
  await page.mouse.move(second.x + second.width / 2, second.y + second.height / 2);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await expect.poll(() => stepOf(page)).toBe('planAgreed');
  expect(await page.locator('.error-summary').count()).toBe(0);
  // The second click did land on the new page's Continue (the mouse press focused it).
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Continue');

  // The same on the start page: one double click, one step.
  await gotoApp(page);
  await doubleClickMainButton(page);
  await expect.poll(() => stepOf(page)).toBe('audience');
  expect(await page.locator('.error-summary').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
