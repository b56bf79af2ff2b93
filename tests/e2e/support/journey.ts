/** Walking the real app in a browser: answer whatever page is showing, and report the step. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const stepOf = (page: Page) => page.locator('[data-step]').getAttribute('data-step');

/** A small seeded random number generator (mulberry32), so a failing journey can be replayed. */
export function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an answer (by `choose`, an index into the options) and presses the page's main button. */
export async function answerPage(page: Page, choose: (count: number) => number) {
  const choices = page.locator('main input[type=radio], main input[type=checkbox]');
  const count = await choices.count();
  if (count > 0) await choices.nth(choose(count)).check();
  else if (await page.locator('main input[inputmode=decimal]').count()) {
    await page.locator('main input[inputmode=decimal]').fill(String(100 * choose(30)));
  }
  await page.locator('main .button:not(.button--secondary)').first().click();
}

/**
 * Answers page after page by label (a radio or checkbox), pressing Continue (or "Start now") after
 * each; `null` presses the page's main button without choosing anything (pages with no question).
 */
export async function answerSteps(page: Page, labels: (string | RegExp | null)[]) {
  for (const label of labels) {
    const before = await stepOf(page);
    if (label !== null) await page.getByLabel(label, { exact: typeof label === 'string' }).check();
    await page.locator('main .button:not(.button--secondary)').first().click();
    await expect.poll(() => stepOf(page), { message: `stuck at ${before}` }).not.toBe(before);
  }
}

/**
 * From the start page to signposting. `onPage` runs on every page before it is answered.
 * Returns the steps visited.
 */
export async function walk(page: Page, choose: (count: number) => number, onPage?: (step: string) => Promise<void>) {
  await expect.poll(() => stepOf(page)).toBe('start');
  const visited: string[] = [];
  for (let i = 0; i < 40; i++) {
    const step = (await stepOf(page))!;
    visited.push(step);
    await onPage?.(step);
    if (step === 'signposting') return visited;
    await answerPage(page, choose);
    await expect.poll(() => stepOf(page), { message: `stuck at ${step}` }).not.toBe(step);
  }
  throw new Error(`no signposting after 40 pages: ${visited.join(' > ')}`);
}

/**
 * Answers a case (answers by question id and option value; amounts in pence) page by page until
 * `stopAt`, pressing the page's main button on pages with no question. Fails on a question the
 * case does not answer.
 */
export async function answerCase(page: Page, answers: Record<string, string | string[] | number>, stopAt: string) {
  for (let i = 0; i < 40; i++) {
    const step = (await stepOf(page))!;
    if (step === stopAt) return;
    const value = answers[step];
    if (typeof value === 'number') await page.locator(`#${step}`).fill(String(value / 100));
    else if (value !== undefined) for (const v of ([] as string[]).concat(value)) await page.locator(`input[name="${step}"][value="${v}"]`).check();
    else if (await page.locator(`input[name="${step}"]`).count()) throw new Error(`the case does not answer ${step}`);
    await page.locator('main .button:not(.button--secondary)').first().click();
    await expect.poll(() => stepOf(page), { message: `stuck at ${step}` }).not.toBe(step);
  }
  throw new Error(`no ${stopAt} after 40 pages`);
}
