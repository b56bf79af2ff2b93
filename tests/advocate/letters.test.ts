import i18next from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildLetter, lettersFor } from '../../src/advocate/letters';
import { ruleById } from '../../src/rules/catalogue';
import { initI18n, loadRemainingTexts } from '../../src/i18n/init';
import { decide, planDecision } from '../../src/rules';
import type { Answers } from '../../src/questions/steps';

beforeAll(async () => {
  if (!i18next.isInitialized) await initI18n('en');
  await loadRemainingTexts();
  await i18next.loadLanguages('ar');
});

const en = () => i18next.getFixedT('en');
const facts = (answers: Answers) => ({ decision: decide(answers), plan: planDecision(answers) });
const pending: Answers = { nation: 'england', care: 'hospital', cause: 'no', status: 'asylum', asylumStage: 'pending' };

test('the Overseas Visitors Manager letter cites the exact exemption and asks to cancel, refund and hold', () => {
  const letter = buildLetter('ovm', facts(pending), en());
  expect(letter).toContain('exempt from charges under reg 15(b) and (ba) of SI 2015/238');
  expect(letter).toContain('cancel the charge');
  expect(letter).toContain('refund any payment');
  expect(letter).toContain('put the account on hold');
  expect(letter).toContain('[Name of the NHS trust]');
});

test('for a free service it says no charge may be made, citing the regulation', () => {
  expect(buildLetter('ovm', facts({ nation: 'england', care: 'sti' }), en())).toContain('No charge may be made for this treatment under reg 9(e) of SI 2015/238');
});

test('when the rules do not settle it, the letter asks for a review and leaves the reason to the advocate', () => {
  const letter = buildLetter('ovm', facts({ ...pending, status: 'unsure', asylumStage: undefined, special: 'none' }), en());
  expect(letter).toContain('may be exempt');
  expect(letter).toContain('[Explain here why the patient should not be charged.]');
  expect(letter).not.toContain('reg 15');
});

test('the debt collector letter disputes the charge, asks for a hold and limits contact', () => {
  const letter = buildLetter('collector', facts(pending), en());
  expect(letter).toContain('The charge is disputed');
  expect(letter).toContain('put this account on hold');
  expect(letter).toContain('not contact the patient at unreasonable times, or at their place of work');
});

test('the payment plan letter carries the bill and the affordable amount from the sheet', () => {
  const answers: Answers = { ...pending, status: 'visa', visaType: 'visit', special: 'none', bill: 'yes', billAmount: 640000, treatmentDate: 'since-2021' };
  const letter = buildLetter('plan', { ...facts(answers), billPence: 640000, instalmentPence: 4500 }, en());
  expect(letter).toContain('for £6,400');
  expect(letter).toContain('can afford £45 a month');
});

test('the plan letter says the income sheet is enclosed only when it is printed with it', () => {
  const answers: Answers = { ...pending, status: 'visa', visaType: 'visit', special: 'none', bill: 'yes', billAmount: 640000, treatmentDate: 'since-2021' };
  expect(buildLetter('plan', { ...facts(answers), instalmentPence: 4500 }, en())).not.toContain('enclosed');
  expect(buildLetter('plan', { ...facts(answers), instalmentPence: 4500, sheetEnclosed: true }, en())).toContain('The enclosed income and expenditure statement shows this.');
});

test('the dispute letter quotes the words of the law the exemption rests on', () => {
  const decision = decide(pending);
  const rule = ruleById(decision.basis);
  expect(rule.quote).toBeTruthy();
  expect(buildLetter('ovm', facts(pending), en())).toContain(`"${rule.quote}"`);
});

describe('the letter offered first is the one the case calls for', () => {
  const visitor: Answers = { ...pending, status: 'visa', visaType: 'visit', special: 'none' };
  const advisable: Answers = { ...visitor, bill: 'yes', billAmount: 640000, invoiceAge: 'over-two-months', treatmentDate: 'since-2021' };
  test.each([
    ['exempt: a dispute', pending, false, { first: 'ovm', reason: 'exempt' }],
    ['exempt, with collectors in touch: still the dispute', pending, true, { first: 'ovm', reason: 'exempt' }],
    ['a free service', { nation: 'england', care: 'sti' } as Answers, false, { first: 'ovm', reason: 'free-service' }],
    ['charged, collectors in touch', visitor, true, { first: 'collector', reason: 'collectors' }],
    ['charged, a plan advisable', advisable, false, { first: 'plan', reason: 'plan' }],
    ['charged, no plan advisable and no collectors', visitor, false, { first: 'ovm', reason: 'review' }],
  ])('%s', (_name, answers, collectors, expected) => {
    expect(lettersFor({ ...facts(answers), collectors })).toMatchObject(expected);
  });
  test('the plan letter is offered only when a plan is advisable', () => {
    expect(planDecision(advisable).decision).toBe('advisable');
    expect(lettersFor(facts(advisable)).offered).toContain('plan');
    expect(lettersFor(facts(visitor)).offered).toEqual(['ovm', 'collector']);
    expect(lettersFor({ ...facts(pending), plan: null }).offered).toEqual(['ovm', 'collector']);
  });
});

test('the member gets the same letter to read in Arabic', () => {
  const letter = buildLetter('ovm', facts(pending), i18next.getFixedT('ar'));
  // Every value in a right-to-left text comes between Unicode isolates: the regulation reads left to right inside Arabic.
  expect(letter).toContain('المريض معفى من الرسوم بموجب \u2068reg 15(b) and (ba)\u2069 من \u2068SI 2015/238\u2069');
});
