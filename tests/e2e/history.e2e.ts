/**
 * The browser's own Back and Forward buttons follow the flow one step per press, even in bursts; a
 * reload starts cleanly; quick exit leaves at most one entry of the guide behind it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { gotoApp, launch, phonePage } from './support/browser';
import { answerSteps, stepOf } from './support/journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const NEUTRAL = 'https://www.bbc.co.uk/weather';
/** start > audience > nation > care > cause > status > visaType */
const TO_VISA_TYPE = [null, 'Myself', 'England', 'Other hospital treatment', 'No', /A visa or permission/];

/** Presses the browser's Back (or Forward) `times` times without waiting in between. */
const burst = (page: Page, delta: -1 | 1, times: number) =>
  page.evaluate(
    ([d, n]) => {
      for (let i = 0; i < n; i++) history.go(d);
    },
    [delta, times] as const,
  );

test('Back twice then Forward from visaType lands on status, one step forward', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  await answerSteps(page, TO_VISA_TYPE);
  await expect.poll(() => stepOf(page)).toBe('visaType');
  await page.goBack();
  await expect.poll(() => stepOf(page)).toBe('status');
  await page.goBack();
  await expect.poll(() => stepOf(page)).toBe('cause');
  await page.goForward();
  await expect.poll(() => stepOf(page)).toBe('status');
  expect(await page.getByLabel(/A visa or permission/).isChecked()).toBe(true);
  await page.goForward();
  await expect.poll(() => stepOf(page)).toBe('visaType');
  expect(errors).toEqual([]);
  await context.close();
});

test('bursts of Back and Forward move one step per press', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  await answerSteps(page, TO_VISA_TYPE);
  await expect.poll(() => stepOf(page)).toBe('visaType');
  await burst(page, -1, 3);
  await expect.poll(() => stepOf(page)).toBe('care');
  await burst(page, 1, 2);
  await expect.poll(() => stepOf(page)).toBe('status');
  await burst(page, -1, 4);
  await expect.poll(() => stepOf(page)).toBe('audience');
  await burst(page, 1, 5);
  await expect.poll(() => stepOf(page)).toBe('visaType');
  // The guide's own Back link and the browser's stay in step.
  await page.locator('.back-link').click();
  await expect.poll(() => stepOf(page)).toBe('status');
  await page.goForward();
  await expect.poll(() => stepOf(page)).toBe('visaType');
  expect(await page.locator('h1').count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('a reload mid-journey leaves no dead Back entries: one Back leaves the guide', async () => {
  const { context, page, errors } = await phonePage(browser);
  await page.goto('about:blank');
  await gotoApp(page);
  await answerSteps(page, [null, 'Myself', 'England', 'Other hospital treatment']);
  await expect.poll(() => stepOf(page)).toBe('cause');
  await page.reload();
  await page.locator('[data-step]').waitFor({ state: 'attached' });
  expect(await stepOf(page)).toBe('start');
  await page.goBack();
  await expect.poll(() => page.url()).toBe('about:blank');
  expect(errors).toEqual([]);
  await context.close();
});

test('quick exit leaves history.length at most one more than when the guide was opened, and that entry is a fresh start page', async () => {
  const { context, page } = await phonePage(browser);
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  await page.goto('about:blank');
  await gotoApp(page);
  const opened = await page.evaluate(() => history.length);
  // A 16-step journey.
  await answerSteps(page, [null, 'Myself', 'England', 'Other hospital treatment', 'No', /A visa or permission/, /A visit visa/, 'None of these']);
  await expect.poll(() => stepOf(page)).toBe('result');
  await answerSteps(page, [null, /Yes, I have a bill/, 'Letters', null, 'No']);
  await expect.poll(() => stepOf(page)).toBe('billAmount');
  await page.getByLabel('How much is the bill?').fill('1250');
  await page.getByRole('button', { name: 'Continue' }).click();
  await answerSteps(page, ['Less than two months ago', 'On or after 1 July 2021']);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const walked = await page.evaluate(() => history.length);
  expect(walked).toBeGreaterThan(opened + 10);

  await page.getByRole('link', { name: 'Exit this page' }).click();
  await page.waitForURL(`${NEUTRAL}**`);
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(opened + 1);
  // The one entry left behind is the guide's start page, with nothing answered.
  await page.goBack();
  await page.locator('[data-step]').waitFor({ state: 'attached' });
  expect(await stepOf(page)).toBe('start');
  expect(await page.locator('main input').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Your answers' }).count()).toBe(0);
  await page.goBack();
  await expect.poll(() => page.url()).toBe('about:blank');
  await context.close();
});

test('a page opened over the flow is one step: Back closes it, Forward opens it again', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  await answerSteps(page, [null, 'Myself']);
  await expect.poll(() => stepOf(page)).toBe('nation');
  await page.getByRole('button', { name: 'Your answers' }).waitFor();
  await page.goBack();
  await expect.poll(() => stepOf(page)).toBe('audience');
  await page.goBack();
  await expect.poll(() => stepOf(page)).toBe('start');
  await page.getByRole('button', { name: 'Staying safe online' }).click();
  await page.getByRole('heading', { level: 1, name: 'Staying safe online' }).waitFor();
  await page.goBack();
  await expect.poll(() => stepOf(page)).toBe('start');
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Staying safe online' }).waitFor();
  expect(await page.locator('[data-step]').count()).toBe(0);
  await page.locator('.back-link').click();
  await expect.poll(() => stepOf(page)).toBe('start');
  expect(errors).toEqual([]);
  await context.close();
});
