import { describe, expect, test } from 'vitest';
import type { Answers } from '../../src/questions/steps';
import { alwaysTrue, decide, planDecision, RULES } from '../../src/rules';

const england = (a: Answers): Answers => ({ nation: 'england', care: 'hospital', cause: 'no', ...a });

describe('services free to everyone (England)', () => {
  test.each([
    ['gp', 'primary-care-free'],
    ['nhs111', 'reg9-nhs111'],
    ['family-planning', 'reg9c-family-planning'],
    ['infectious-disease', 'reg9d-infectious-disease'],
    ['sti', 'reg9e-sti'],
  ] as const)('%s is free, under %s', (care, basis) => {
    expect(decide({ nation: 'england', care })).toMatchObject({ outcome: 'free-service', basis });
  });

  test('A&E is free while the person stays in A&E', () => {
    expect(decide({ nation: 'england', care: 'ae', aeAdmitted: 'no' })).toMatchObject({ outcome: 'free-service', basis: 'reg9a-accident-emergency' });
  });

  test('A&E stops being free once the person is admitted', () => {
    const d = decide({ nation: 'england', care: 'ae', aeAdmitted: 'yes', cause: 'no', status: 'no-leave', special: 'none' });
    expect(d.outcome).toBe('charged');
    expect(d.chain.find((l) => l.step === 'aeAdmitted')?.ruleId).toBe('ae-after-admission');
  });

  test('abortion is not free family planning', () => {
    const d = decide(england({ care: 'termination', status: 'no-leave', special: 'none' }));
    expect(d.outcome).toBe('charged');
    expect(d.chain.find((l) => l.step === 'care')?.ruleId).toBe('termination-chargeable');
  });

  test('care caused by torture, FGM, domestic abuse or sexual violence is free', () => {
    expect(decide(england({ cause: 'yes', cameForTreatment: 'no' }))).toMatchObject({ outcome: 'free-service', basis: 'reg9f-violence' });
  });

  test('but not when the person came to the UK for that treatment', () => {
    const d = decide(england({ cause: 'yes', cameForTreatment: 'yes', status: 'visa', visaType: 'visit', special: 'none' }));
    expect(d).toMatchObject({ outcome: 'charged', basis: 'visit-not-exempt' });
    expect(d.chain.find((l) => l.step === 'cameForTreatment')?.ruleId).toBe('reg9f-came-for-treatment');
  });
});

describe('not an overseas visitor', () => {
  test('a British citizen living in England', () => {
    expect(decide(england({ status: 'british', livesInUk: 'yes' }))).toMatchObject({ outcome: 'not-overseas-visitor', basis: 'ordinary-residence' });
  });
  test('settled or pre-settled status', () => {
    expect(decide(england({ status: 'settled', livesInUk: 'yes' }))).toMatchObject({ outcome: 'not-overseas-visitor', basis: 'euss-status' });
  });
  test('an Irish citizen living here is routed to advice, because the point is unconfirmed', () => {
    expect(decide(england({ status: 'irish', livesInUk: 'yes' }))).toMatchObject({ outcome: 'advice', basis: 'irish-citizen' });
  });
  test('a British citizen living abroad is an overseas visitor', () => {
    expect(decide(england({ status: 'british', livesInUk: 'no', special: 'none' }))).toMatchObject({ outcome: 'charged', basis: 'not-resident' });
  });
});

describe('personal exemptions (England, Part 4)', () => {
  test.each([
    [{ status: 'visa', visaType: 'surcharge' }, 'reg10-surcharge'],
    [{ status: 'visa', visaType: 'pre-2015' }, 'reg11-before-surcharge'],
    [{ status: 'protection' }, 'reg15a-refugee'],
    [{ status: 'asylum', asylumStage: 'pending' }, 'reg15b-asylum-pending'],
    [{ status: 'asylum', asylumStage: 'refused', asylumSupport: 's95' }, 'reg15c-section-95'],
    [{ status: 'asylum', asylumStage: 'refused', asylumSupport: 's4' }, 'reg15d-refused-supported'],
    [{ status: 'asylum', asylumStage: 'further-submissions', asylumSupport: 'council' }, 'reg15d-refused-supported'],
    [{ status: 'no-leave', special: 'looked-after-child' }, 'reg15e-looked-after-child'],
    [{ status: 'no-leave', special: 'trafficking' }, 'reg16-modern-slavery'],
    [{ status: 'other', special: 'humanitarian' }, 'reg17-humanitarian'],
    [{ status: 'no-leave', special: 'mental-health-act' }, 'reg18-detained-or-court-order'],
    [{ status: 'no-leave', special: 'immigration-detention' }, 'reg19-prisoner-detainee'],
    [{ status: 'no-leave', special: 'prison' }, 'reg19-prisoner-detainee'],
    [{ status: 'british', livesInUk: 'no', special: 'crown' }, 'reg20-22-crown-forces'],
    [{ status: 'visa', visaType: 'visit', special: 'reciprocal' }, 'reg13-14-healthcare-agreement'],
  ] as [Answers, string][])('%o is exempt under %s', (answers, basis) => {
    expect(decide(england(answers))).toMatchObject({ outcome: 'exempt', basis });
  });

  test.each([
    [{ status: 'asylum', asylumStage: 'fresh-claim' }, 'reg15b-fresh-claim'],
    [{ status: 'visa', visaType: 'visit', special: 'ukraine' }, 'reg22a-ukraine'],
    [{ status: 'no-leave', special: 'family-of-exempt' }, 'reg25-family'],
    [{ status: 'visa', visaType: 'visit', special: 'social-charter' }, 'reg24-social-charter'],
  ] as [Answers, string][])('%o may be exempt, but is routed to advice (%s is unconfirmed)', (answers, basis) => {
    expect(decide(england(answers))).toMatchObject({ outcome: 'advice', basis });
  });

  test('a visit visa alone does not exempt', () => {
    expect(decide(england({ status: 'visa', visaType: 'visit', special: 'none' }))).toMatchObject({ outcome: 'charged', basis: 'visit-not-exempt' });
  });
  test('a refused asylum seeker without support is not exempt in England', () => {
    expect(decide(england({ status: 'asylum', asylumStage: 'refused', asylumSupport: 'none', special: 'none' }))).toMatchObject({ outcome: 'charged', basis: 'refused-unsupported' });
  });
  test('no permission to stay and nothing else applies: charged', () => {
    expect(decide(england({ status: 'no-leave', special: 'none' }))).toMatchObject({ outcome: 'charged', basis: 'not-resident' });
  });
  test.each([
    [{ status: 'unsure', special: 'none' }],
    [{ status: 'other', special: 'none' }],
    [{ status: 'no-leave', special: 'unsure' }],
    [{ status: 'visa', visaType: 'unsure', special: 'none' }],
    [{ status: 'asylum', asylumStage: 'unsure', asylumSupport: 'unsure', special: 'none' }],
  ] as [Answers][])('"not sure" never becomes "charged": %o', (answers) => {
    expect(decide(england(answers)).outcome).toBe('advice');
  });
});

describe('maternity', () => {
  test('is billed to someone not exempt, and the outcome says it is never delayed', () => {
    const d = decide(england({ care: 'maternity', status: 'no-leave', special: 'none' }));
    expect(d.outcome).toBe('charged');
    expect(d.notes).toContain('maternity-immediately-necessary');
  });
});

describe('the other nations', () => {
  test('a refused asylum seeker without support is exempt in Wales', () => {
    expect(decide({ nation: 'wales', care: 'hospital', status: 'asylum' })).toMatchObject({ outcome: 'exempt', basis: 'wales-asylum' });
  });
  test('and in Scotland', () => {
    expect(decide({ nation: 'scotland', care: 'hospital', status: 'asylum' })).toMatchObject({ outcome: 'exempt', basis: 'scotland-asylum' });
  });
  test('Scotland: GP care is free', () => {
    expect(decide({ nation: 'scotland', care: 'gp' })).toMatchObject({ outcome: 'free-service', basis: 'scotland-free-services' });
  });
  test('Northern Ireland: GP care is not treated as free, and the person is sent to advice', () => {
    expect(decide({ nation: 'northern-ireland', care: 'gp', status: 'no-leave', special: 'none' })).toMatchObject({ outcome: 'advice', basis: 'ni-not-modelled' });
  });
  test.each(['scotland', 'wales', 'northern-ireland'] as const)('%s: situations not modelled go to advice, never to England\'s rules', (nation) => {
    const d = decide({ nation, care: 'hospital', status: 'visa', visaType: 'surcharge' });
    expect(d.outcome).toBe('advice');
    expect(d.basis).toMatch(/not-modelled$/);
  });
  test('an unknown nation goes to advice', () => {
    expect(decide({ nation: 'unsure', care: 'gp' })).toMatchObject({ outcome: 'advice', basis: 'nation-unknown' });
  });
});

describe('reasoning', () => {
  test('lists each answer in the order asked, with the deciding rule on the last', () => {
    const d = decide(england({ status: 'asylum', asylumStage: 'pending' }));
    expect(d.chain.map((l) => l.step)).toEqual(['nation', 'care', 'cause', 'status', 'asylumStage']);
    expect(d.chain.at(-1)).toEqual({ step: 'asylumStage', value: 'pending', ruleId: 'reg15b-asylum-pending' });
  });
  test('every basis and chain rule exists in the rules data', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const d = decide(england({ status: 'no-leave', special: 'none' }));
    for (const id of [d.basis, ...d.notes, ...d.chain.flatMap((l) => (l.ruleId ? [l.ruleId] : []))]) expect(ids).toContain(id);
  });
});

describe('payment plans', () => {
  const charged = england({ status: 'visa', visaType: 'visit', special: 'none', bill: 'yes' });
  test('advisable for £500 or more for treatment since April 2016', () => {
    expect(planDecision({ ...charged, billAmount: 500_00, treatmentDate: 'since-2021' })).toMatchObject({ decision: 'advisable', basis: 'debt-500-since-2016' });
  });
  test('not needed below £500', () => {
    expect(planDecision({ ...charged, billAmount: 499_99, treatmentDate: 'since-2021' }).decision).toBe('not-needed');
  });
  test('the £1,000 threshold for treatment from November 2011 to April 2016', () => {
    expect(planDecision({ ...charged, billAmount: 800_00, treatmentDate: 'between-2011-2016', eeaNational: 'no' }).decision).toBe('not-needed');
    expect(planDecision({ ...charged, billAmount: 1000_00, treatmentDate: 'between-2011-2016', eeaNational: 'no' })).toMatchObject({ decision: 'advisable', basis: 'debt-1000-2011-2016' });
  });
  test('treatment before November 2011 does not count', () => {
    expect(planDecision({ ...charged, billAmount: 5000_00, treatmentDate: 'before-2011' }).decision).toBe('not-needed');
  });
  test('EEA citizens: only treatment from July 2021 counts', () => {
    expect(planDecision({ ...charged, billAmount: 5000_00, treatmentDate: 'between-2016-2021', eeaNational: 'yes' }).decision).toBe('not-needed');
    expect(planDecision({ ...charged, billAmount: 5000_00, treatmentDate: 'between-2016-2021', eeaNational: 'no' }).decision).toBe('advisable');
  });
  test('an undocumented person is told to check the risk first', () => {
    expect(planDecision(england({ status: 'no-leave', special: 'none', bill: 'yes' })).decision).toBe('check-risk-first');
  });
});

describe('facts shown whatever the answers', () => {
  test('England: GP, A&E, urgent and maternity care', () => {
    expect(alwaysTrue('england')).toEqual(['primary-care-free', 'reg9a-accident-emergency', 'urgent-care-not-withheld', 'maternity-immediately-necessary']);
  });
  test.each(['scotland', 'wales', 'northern-ireland'] as const)('%s: never England\'s rules', (nation) => {
    const ids = alwaysTrue(nation);
    for (const id of ids) expect(['uk', nation]).toContain(RULES.find((r) => r.id === id)!.nation);
  });
  test('Wales: GP care is free', () => {
    expect(decide({ nation: 'wales', care: 'gp' })).toMatchObject({ outcome: 'free-service', basis: 'wales-primary-care-free' });
  });
});
