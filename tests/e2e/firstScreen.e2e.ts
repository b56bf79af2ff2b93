/**
 * The first screen of a phone (360 × 740): on every outcome kind in each of the four nations, for a
 * person checking alone and for an advocate, the verdict (the h1) and the whole of "What to do
 * now" are on screen without scrolling, and nothing scrolls sideways.
 *
 * `SCREENSHOTS=docs/screenshots/outcomes npx vitest run --config vitest.e2e.config.ts
 * tests/e2e/firstScreen.e2e.ts` also saves each first screen there as a small JPEG.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gotoApp, launch, phonePage } from './support/browser';
import { answerCase } from './support/journey';
import { OUTCOME_CASES, type Nation, type OutcomeKind } from './support/outcomeCases';

const WIDTH = 360;
const HEIGHT = 740;
const SCREENSHOTS = process.env.SCREENSHOTS;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launch();
  ({ context, page, errors } = await phonePage(browser, WIDTH, HEIGHT));
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const cases = (Object.entries(OUTCOME_CASES) as [Nation, Record<OutcomeKind, Record<string, string | string[]>>][]).flatMap(([nation, kinds]) =>
  (Object.entries(kinds) as [OutcomeKind, Record<string, string | string[]>][]).flatMap(([kind, answers]) =>
    (['self', 'supporter'] as const).map((audience) => ({ nation, kind, audience, answers })),
  ),
);

describe.each(cases)('$nation, $kind, $audience', ({ nation, kind, audience, answers }) => {
  test('the verdict and the whole of "What to do now" are on the first screen', async () => {
    await gotoApp(page);
    await answerCase(page, { audience, nation, ...answers }, 'result');
    await page.locator('.what-to-do li').first().waitFor();
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(kind);
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!.getBoundingClientRect();
      const actions = document.querySelector('.what-to-do')!.getBoundingClientRect();
      return {
        scrollY: window.scrollY,
        h1Top: h1.top,
        actionsBottom: actions.bottom,
        actions: document.querySelectorAll('.what-to-do li').length,
        sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      };
    });
    expect(box.scrollY).toBe(0);
    expect(box.actions).toBeGreaterThan(0);
    expect(box.h1Top).toBeGreaterThanOrEqual(0);
    expect(box.actionsBottom, `"What to do now" ends at ${Math.round(box.actionsBottom)} px`).toBeLessThanOrEqual(HEIGHT);
    expect(box.sideways).toBe(false);
    if (SCREENSHOTS) {
      const mode = audience === 'self' ? 'person' : 'advocate';
      await page.screenshot({ path: join(SCREENSHOTS, `${nation}-${kind}-${mode}.jpg`), type: 'jpeg', quality: 50, scale: 'css' });
    }
    expect(errors).toEqual([]);
  });
});
