/**
 * Signposting in each nation other than England, in real Chromium on a 360 px phone: the journey
 * ends with an organisation local to that nation, a tel: link a phone can dial, an adviser line on
 * the outcome page, and no axe violation on the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { baseUrl, gotoApp, launch, phonePage } from './support/browser';
import { stepOf } from './support/journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Answers by option value (stable when wording changes); null presses the main button only. */
async function answerValues(page: Page, values: (string | null)[]) {
  for (const value of values) {
    const before = await stepOf(page);
    if (value !== null) await page.locator(`main input[value="${value}"]`).check();
    await page.locator('main .button:not(.button--secondary)').first().click();
    await expect.poll(() => stepOf(page), { message: `stuck at ${before}` }).not.toBe(before);
  }
}

const JOURNEYS = [
  {
    nation: 'scotland',
    // A person seeking asylum in Scotland, with a hospital bill.
    check: ['self', 'scotland', 'hospital', 'asylum', 'pending'],
    local: ['scottish-refugee-council', 'nhs-24'],
    tel: { org: 'scottish-refugee-council', href: 'tel:+441412237979' },
  },
  {
    nation: 'wales',
    check: ['self', 'wales', 'hospital', 'asylum'],
    local: ['citizens-advice-swansea-neath-port-talbot', 'nhs-111-wales'],
    tel: { org: 'citizens-advice-swansea-neath-port-talbot', href: 'tel:+443444772020' },
  },
  {
    nation: 'northern-ireland',
    check: ['self', 'northern-ireland', 'hospital', 'no-leave', 'none'],
    local: ['law-centre-ni', 'citizens-advice-belfast'],
    tel: { org: 'law-centre-ni', href: 'tel:+442890244401' },
  },
];

describe.each(JOURNEYS)('in $nation', ({ check, local, tel }) => {
  test('the journey ends with a local organisation, a tel: link and an adviser line, and axe is clean', async () => {
    const { context, page, errors } = await phonePage(browser);
    await gotoApp(page, baseUrl());
    await answerValues(page, [null, ...check]);
    // Whatever the outcome, its page starts with what to do now; where a charge may follow, an adviser to call.
    await expect.poll(() => stepOf(page)).toBe('result');
    const actions = page.locator('section.what-to-do');
    await actions.waitFor();
    const outcome = await page.locator('[data-outcome]').getAttribute('data-outcome');
    expect(await actions.locator('a[href^="tel:"]').count()).toBe(outcome === 'charged' || outcome === 'advice' ? 1 : 0);
    await answerValues(page, [null, 'yes', 'none', null]);
    // Plan questions appear only for some people; answer them when they do.
    for (let i = 0; i < 6 && (await stepOf(page)) !== 'act'; i++) {
      const step = await stepOf(page);
      if (step === 'billAmount') await page.locator('main input[inputmode=decimal]').fill('1200');
      else if ((await page.locator('main input[type=radio]').count()) > 0) await page.locator('main input[type=radio]').last().check();
      await page.locator('main .button:not(.button--secondary)').first().click();
      await expect.poll(() => stepOf(page)).not.toBe(step);
    }
    await answerValues(page, ['not-now']);
    await expect.poll(() => stepOf(page)).toBe('signposting');
    await page.locator('[data-organisation]').first().waitFor();

    const shown = await page.locator('.organisations [data-organisation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-organisation')));
    for (const id of local) expect(shown).toContain(id);

    const link = page.locator(`[data-organisation="${tel.org}"] a[href^="tel:"]`).first();
    expect(await link.getAttribute('href')).toBe(tel.href);
    // A working tel: link: the browser navigates to exactly that number when it is tapped.
    const dialled = new Promise<string>((resolve) => page.on('request', (r) => r.url().startsWith('tel:') && resolve(r.url())));
    await page.route('tel:*', (route) => route.abort());
    await link.click().catch(() => undefined);
    expect(await Promise.race([dialled, new Promise<string>((r) => setTimeout(() => r('no navigation'), 3000))])).toBe(tel.href);
    const box = await link.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(24);

    expect(await page.locator('.organisation__why').first().textContent()).toMatch(/^Suggested because/);
    const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrolls).toBe(false);
    await expectNoAxeViolations(page, 'signposting');
    expect(errors).toEqual([]);
    await context.close();
  });
});
