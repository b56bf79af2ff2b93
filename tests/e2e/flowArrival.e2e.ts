/**
 * The start page runs before the flow's machine has arrived: its code (XState and the rules) is
 * fetched as soon as the page is drawn, not as part of the first load (issue 22). A tap on "Start
 * now" before it arrives is kept and done once it does; a machine that cannot be fetched is said,
 * and "Try again" fetches it and goes on.
 */
import type { Browser, Route } from 'playwright-core';
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

const FLOW_CODE = '**/assets/flowRuntime-*.js';

test('"Start now" before the flow has arrived: the first question comes when it does, once', async () => {
  const { context, page, errors } = await phonePage(browser, 360, 740, 'block');
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await context.route(FLOW_CODE, async (route: Route) => {
    asked++;
    await held;
    await route.continue();
  });
  await gotoApp(page);
  await expect.poll(() => asked).toBe(1);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.waitForTimeout(300);
  expect(await stepOf(page)).toBe('start');
  release();
  await page.getByRole('heading', { level: 1, name: 'Who are you checking for?' }).waitFor();
  expect(await stepOf(page)).toBe('audience');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  // The flow runs on as usual: one question, then the browser's Back returns to it.
  await answerSteps(page, ['Myself']);
  expect(await stepOf(page)).toBe('nation');
  await page.goBack();
  await expect.poll(() => stepOf(page)).toBe('audience');
  expect(errors).toEqual([]);
  await context.close();
});

test('the flow cannot be fetched: "Start now" says so, with quick exit, and Try again goes on', async () => {
  const { context, page } = await phonePage(browser, 360, 740, 'block');
  await context.route(FLOW_CODE, (route: Route) => route.abort('failed'));
  await gotoApp(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('heading', { level: 1, name: 'This page could not be shown' }).waitFor();
  expect(await page.getByRole('link', { name: 'Exit this page' }).isVisible()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

  await context.unroute(FLOW_CODE);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Who are you checking for?' }).waitFor();
  expect(await stepOf(page)).toBe('audience');
  await context.close();
});
