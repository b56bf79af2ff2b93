/**
 * The five journeys of issue 19, on a 360 × 740 phone: the actions "What to do now" offers must
 * fit each person's answers, page after page. The advocate's journey also checks the two voices:
 * the English never says "you" of the member, and the member's-language view (Arabic here) covers
 * every text the member sees, with no English in it but names, citations and quoted law; and the
 * printed case summary (a PDF read back with pdftotext, from Debian's poppler-utils) holds the
 * bill's details, the income sheet, the contact log and what to do next.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { gotoApp, launch, phonePage } from './support/browser';
import { answerCase, stepOf } from './support/journey';
import { memberView, youOfTheMember } from './support/voice';
import { printedPages } from './support/pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const actionsShown = (page: Page) => page.locator('[data-action]').evaluateAll((els) => els.map((el) => el.getAttribute('data-action')));
const organisationsShown = (page: Page) => page.locator('[data-organisation]').evaluateAll((els) => els.map((el) => el.getAttribute('data-organisation')));

/** Goes on to `step` and waits for "What to do now" there. */
async function on(page: Page, answers: Record<string, string | string[] | number>, step: string) {
  await answerCase(page, answers, step);
  await page.locator('[data-action]').first().waitFor();
}

test('an undocumented pregnant woman in England, a £3,200 bill, debt collectors phoning', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  const answers = {
    audience: 'self', nation: 'england', care: 'maternity', cause: 'no', status: 'no-leave', special: 'none',
    bill: 'yes', collectors: ['calls'], planAgreed: 'no', billAmount: 320000, invoiceAge: 'under-two-months', treatmentDate: 'since-2021',
    act: 'not-now', region: 'london',
  };
  await on(page, answers, 'result');
  // Maternity care is never delayed for payment; an adviser before the hospital has her address.
  expect(await actionsShown(page)).toEqual(['urgent-care-england', 'adviser-before-details', 'keep-letters']);
  expect(await page.locator('[data-action="adviser-before-details"] a[href^="tel:"]').count()).toBe(1);
  await on(page, answers, 'supportAdvice');
  // Debt collectors phoning: write to them, keep a log, and the police only after advice, with no papers.
  expect(await actionsShown(page)).toEqual(['collector-letter', 'log-contacts', 'police-no-papers']);
  await on(page, answers, 'planResult');
  expect(await page.locator('[data-plan]').getAttribute('data-plan')).toBe('check-risk-first');
  expect(await actionsShown(page)).toEqual(['adviser-before-details', 'no-details-yet']);
  await answerCase(page, answers, 'signposting');
  const organisations = await organisationsShown(page);
  expect(organisations[0]).toBe('maternity-action');
  expect(organisations).not.toContain('medical-justice');
  expect(errors).toEqual([]);
  await context.close();
});

test('a refused asylum seeker on section 4 support, with proof to show and a card for the hospital', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  const answers = {
    audience: 'self', nation: 'england', care: 'hospital', cause: 'no', status: 'asylum', asylumStage: 'refused', asylumSupport: 's4',
    bill: 'yes', collectors: ['letters'], act: 'not-now', region: 'west-midlands',
  };
  await on(page, answers, 'result');
  expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('exempt');
  expect(await actionsShown(page)).toEqual(['show-proof', 'dispute-if-billed', 'show-card']);
  expect(await page.locator('[data-action="show-proof"]').textContent()).toContain('asylum support from the Home Office');
  await page.getByRole('button', { name: 'Hospital card' }).click();
  const card = page.locator('[data-card]');
  await expect.poll(() => card.textContent()).toContain('reg 15(d)');
  await page.getByRole('button', { name: 'Back' }).click();
  await on(page, answers, 'supportAdvice');
  // Exempt, so the bill is disputed, and collectors are asked to wait meanwhile.
  expect(await actionsShown(page)).toEqual(['dispute-letter', 'ask-hold', 'log-contacts']);
  await answerCase(page, answers, 'signposting');
  expect(await organisationsShown(page)).not.toContain('migrant-help');
  expect(errors).toEqual([]);
  await context.close();
});

test('a visitor in Scotland, told of urgent care under Scotland\'s own rules', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  const answers = { audience: 'self', nation: 'scotland', care: 'hospital', status: 'visa', ukPurpose: 'none', lawfulYear: 'no', special: 'none', bill: 'no', act: 'not-now' };
  await on(page, answers, 'result');
  expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('charged');
  expect(await actionsShown(page)).toEqual(['urgent-care-scotland', 'call-adviser', 'keep-letters']);
  await answerCase(page, answers, 'signposting');
  const organisations = await organisationsShown(page);
  expect(organisations).toContain('nhs-24');
  expect(organisations).not.toContain('nhs-111');
  expect(errors).toEqual([]);
  await context.close();
});

test('a student in Northern Ireland, exempt under its own rules', async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  const answers = { audience: 'self', nation: 'northern-ireland', care: 'hospital', status: 'visa', ukPurpose: 'study', bill: 'no', act: 'not-now' };
  await on(page, answers, 'result');
  expect(await page.locator('[data-outcome]').getAttribute('data-basis')).toBe('ni-work-study-settle');
  // No proof named for this rule: the hospital card says what was found instead.
  expect(await actionsShown(page)).toEqual(['show-card', 'dispute-if-billed', 'keep-letters']);
  await answerCase(page, answers, 'signposting');
  expect(await organisationsShown(page)).toContain('law-centre-ni');
  expect(errors).toEqual([]);
  await context.close();
});

/** The advocate's case: a member's £7,000 bill, debt collectors writing and visiting, a plan advisable. */
const ADVOCATE_CASE = {
  audience: 'supporter', nation: 'england', care: 'hospital', cause: 'no', status: 'visa', visaType: 'visit', special: 'none',
  bill: 'yes', collectors: ['letters', 'visits'], planAgreed: 'no', billAmount: 700000, invoiceAge: 'under-two-months', treatmentDate: 'since-2021',
  act: 'both', region: 'bristol',
};

test("an advocate with a member's £7,000 bill: the actions fit, one voice per mode, and the member's language covers every text", async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  const answers = ADVOCATE_CASE;
  await answerCase(page, answers, 'nation');
  await page.getByLabel("Show the questions in your member's language too").selectOption('ar');
  await page.locator('.parallel[lang="ar"]').first().waitFor();

  const problems: string[] = [];
  /** Both voices on the page showing now. */
  const checkPage = async () => {
    const step = await stepOf(page);
    await page.locator('.parallel[lang="ar"]').first().waitFor();
    for (const sentence of await youOfTheMember(page)) problems.push(`${step}: English says "you" of the member: ${sentence}`);
    const view = await memberView(page, 'ar');
    for (const text of view.untranslated) problems.push(`${step}: not in the member's language: ${text}`);
    for (const word of view.english) problems.push(`${step}: English in the member's language: ${word}`);
  };
  for (let i = 0; i < 30 && (await stepOf(page)) !== 'signposting'; i++) {
    await checkPage();
    const step = (await stepOf(page))!;
    // Hospital care may be urgent: it must not be put off; then an adviser, and every letter kept.
    if (step === 'result') expect(await actionsShown(page)).toEqual(['urgent-care-england', 'call-adviser', 'keep-letters']);
    if (step === 'supportAdvice') expect(await actionsShown(page)).toEqual(['collector-letter', 'log-contacts', 'call-adviser']);
    if (step === 'planResult') {
      expect(await page.locator('[data-plan]').getAttribute('data-plan')).toBe('advisable');
      // Under two months since the invoice: act before it can be reported, ask for a plan, work out what is affordable.
      expect(await actionsShown(page)).toEqual(['pay-before-two-months', 'ask-plan', 'work-out-afford']);
    }
    await answerThisPage(page, answers, step);
  }
  await checkPage();
  expect(problems).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

/** Answers the page showing now (or presses Continue on a page with no question), and waits for the next. */
async function answerThisPage(page: Page, answers: Record<string, string | string[] | number>, step: string) {
  const value = answers[step];
  if (typeof value === 'number') await page.locator(`#${step}`).fill(String(value / 100));
  else if (value !== undefined) for (const v of ([] as string[]).concat(value)) await page.locator(`input[name="${step}"][value="${v}"]`).check();
  await page.locator('main .button:not(.button--secondary)').first().click();
  await expect.poll(() => stepOf(page), { message: `stuck at ${step}` }).not.toBe(step);
}

test("the advocate's case summary PDF holds the bill fields, the income sheet, the contact log and what to do next, then the member's language from a new page", async () => {
  const { context, page, errors } = await phonePage(browser);
  await gotoApp(page);
  await answerCase(page, ADVOCATE_CASE, 'nation');
  await page.getByLabel("Show the questions in your member's language too").selectOption('ar');
  await answerCase(page, ADVOCATE_CASE, 'planResult');
  await page.locator('[data-action]').first().waitFor();
  // What the outcome, support and plan pages told the advocate to do, in the order they were met.
  const told = ['urgent-care-england', 'call-adviser', 'keep-letters', 'collector-letter', 'log-contacts', 'pay-before-two-months', 'ask-plan', 'work-out-afford'];

  // The income sheet and a contact, on the letters and tools page.
  await page.getByRole('button', { name: 'Letters and tools' }).click();
  await page.getByLabel('Earnings from work').fill('1,150');
  await page.getByLabel('Rent or mortgage').fill('600');
  await page.getByRole('button', { name: 'Work it out' }).click();
  await page.getByLabel('Date').fill('2026-11-20');
  await page.getByLabel('Time').fill('09:30');
  await page.getByLabel('Who contacted').fill('Northgate Recoveries');
  await page.getByLabel('How').selectOption('visit');
  await page.getByLabel('What was said').fill('Came to the door and asked for the full amount');
  await page.getByRole('button', { name: 'Add to the log' }).click();
  await page.locator('.log-entries').waitFor();
  await page.locator('.back-link').first().click();

  // The bill's details, on the summary itself.
  await page.getByRole('button', { name: 'Case summary to print' }).click();
  await page.getByLabel('NHS trust that sent the bill').fill('North Bristol NHS Trust');
  await page.getByLabel('Invoice number').fill('NBT-20931');
  await page.getByLabel('Invoice date').fill('2026-10-30');
  await page.getByLabel('Debt collection agency, if any').fill('Northgate Recoveries');
  await page.getByLabel("Debt collector's reference").fill('NR-55120');
  await page.locator('section[lang="ar"][dir="rtl"]').waitFor();
  expect(await page.locator('section[lang="en"] .summary__next-steps [data-action]').evaluateAll((els) => els.map((el) => el.getAttribute('data-action')))).toEqual(told);

  const pages = await printedPages(page);
  const arabic = /[\u0600-\u06FF]/;
  const firstArabic = pages.findIndex((p) => arabic.test(p));
  // The member's language starts on a page of its own: no page holds both languages.
  expect(firstArabic).toBeGreaterThan(0);
  expect(pages[firstArabic]).not.toContain('Case summary');
  // pdftotext lays a line out as it is printed: join the lines, so a wrapped phrase still reads.
  const english = pages.slice(0, firstArabic).join('\n').replace(/\s+/g, ' ');
  expect(english).not.toMatch(arabic);
  const expected = [
    // The bill: the amount the member gave in the questions, and the fields filled in on the summary.
    'North Bristol NHS Trust', 'NBT-20931', '30 October 2026', '£7,000', 'Northgate Recoveries', 'NR-55120',
    // The income sheet.
    'Income and expenditure', 'Earnings from work', '£1,150', 'Rent or mortgage', '£600', 'Left each month: £550',
    // The contact log.
    'Contact log', 'Came to the door and asked for the full amount',
    // What to do next, of the member, as the pages said it.
    'What to do next', 'Write to the debt collector. Say your member is getting advice', 'Work out what your member can afford',
  ];
  for (const phrase of expected) expect(english, phrase).toContain(phrase);
  expect(errors).toEqual([]);
  await context.close();
});
