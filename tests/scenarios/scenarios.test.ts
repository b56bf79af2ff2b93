/**
 * The scenario tables: cases anyone can read and add to (tests/scenarios/*.json, vocabulary in
 * docs/scenarios.md), each driven through the real machine.
 */
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/rules/catalogue';
import { currentRuleId, loadScenarios, rulesNamedBy, runCase, type ScenarioCase } from './runner';

const files = loadScenarios();
const cases = files.flatMap((f) => f.cases);

describe.each(files.map((f) => [f.file, f] as const))('%s', (_file, { cases: fileCases }) => {
  test.each(fileCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { errors, actual } = runCase(c);
    expect(errors).toEqual([]);
    expect(actual!.outcome).toBe(c.expect.outcome);
    expect(actual!.basis).toBe(currentRuleId(c.expect.basis, actual!.basis));
    if (c.expect.reasons) expect(actual!.reasons).toEqual(c.expect.reasons);
    if (c.expect.notes) expect([...actual!.notes!].sort()).toEqual([...c.expect.notes].sort());
    expect(actual!.plan ?? null).toEqual(c.expect.plan ? { notes: actual!.plan?.notes, ...c.expect.plan } : null);
    expect([...actual!.organisations].sort()).toEqual([...c.expect.organisations].sort());
  });
});

describe('the scenario tables', () => {
  test('hold at least 160 cases, with unique names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(160);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  test.each(['england', 'scotland', 'wales', 'northern-ireland'])('hold at least 20 cases for %s, each answered from its own rules', (nation) => {
    const own = cases.filter((c) => c.answers.nation === nation);
    expect(own.length).toBeGreaterThanOrEqual(20);
    const foreign = own.flatMap((c) => rulesNamedBy(c)).filter((id) => !['uk', nation].includes(RULES.find((r) => r.id === id)?.nation ?? ''));
    expect(foreign).toEqual([]);
  });

  test('name every rule as the basis of at least one case', () => {
    const named = new Set(cases.flatMap(rulesNamedBy));
    const unused = RULES.map((r) => r.id).filter((id) => !named.has(id));
    expect(unused).toEqual([]);
  });

  test('name only rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(cases.flatMap(rulesNamedBy).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the runner', () => {
  const base: ScenarioCase = {
    name: 'a GP visit',
    answers: { audience: 'self', nation: 'england', care: 'gp', bill: 'no', act: 'not-now', region: 'london' },
    expect: { outcome: 'free-service', basis: 'primary-care-free', organisations: [] },
  };

  test('fails a case that leaves out a question the machine asks, naming it', () => {
    const { region: _region, ...answers } = base.answers;
    expect(runCase({ ...base, answers }).errors).toEqual(['the machine asks "region" but the case does not answer it']);
  });

  test('fails a case that answers a question the machine never asks, naming it', () => {
    expect(runCase({ ...base, answers: { ...base.answers, status: 'british' } }).errors).toEqual([
      'the case answers "status", which the machine never asks on this path',
    ]);
  });

  test('fails a case whose answer is not in the vocabulary', () => {
    expect(runCase({ ...base, answers: { ...base.answers, care: 'dentist' } }).errors[0]).toBe('"dentist" is not an answer to "care" (see docs/scenarios.md)');
  });

  test('accepts an old, split rule id only where the result rests on one of the ids it became', () => {
    expect(currentRuleId('scotland-free-services', 'scotland-gp-free')).toBe('scotland-gp-free');
    expect(currentRuleId('scotland-free-services', 'scotland-not-modelled')).toBe('scotland-free-services');
    expect(currentRuleId('reg9a-accident-emergency', 'reg9e-sti')).toBe('reg9a-accident-emergency');
  });

  test('reads money written as people write it', () => {
    const c: ScenarioCase = {
      ...base,
      answers: { audience: 'self', nation: 'england', care: 'hospital', cause: 'no', status: 'visa', visaType: 'visit', special: 'none', bill: 'yes', collectors: ['none'], planAgreed: 'no', billAmount: '£1,200.50', invoiceAge: 'unsure', treatmentDate: 'since-2021', act: 'not-now', region: 'london' },
    };
    const { errors, actual } = runCase(c);
    expect(errors).toEqual([]);
    expect(actual!.plan).toMatchObject({ decision: 'advisable' });
  });
});
