import { describe, expect, test } from 'vitest';
import type { Answers } from '../../src/questions/steps';
import { alwaysTrue, decide, planDecision } from '../../src/rules';
import { RULES } from '../../src/rules/catalogue';

const england = (a: Answers): Answers => ({ nation: 'england', care: 'hospital', cause: 'no', ...a });

describe('services free to everyone (England)', () => {
  test.each([
    ['gp', 'primary-care-free'],
    ['family-planning', 'reg9c-family-planning'],
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
    expect(decide(england({ cause: 'fgm', cameForTreatment: 'no' }))).toMatchObject({ outcome: 'free-service', basis: 'reg9f-violence' });
  });

  test('when the person came to the UK for that treatment, the exception we could not read sends them to advice', () => {
    const d = decide(england({ cause: 'yes', cameForTreatment: 'yes', status: 'visa', visaType: 'visit', special: 'none' }));
    expect(d).toMatchObject({ outcome: 'advice', basis: 'reg9f-came-for-treatment' });
  });

  test('but an exemption still applies to someone who came for the treatment', () => {
    expect(decide(england({ cause: 'yes', cameForTreatment: 'yes', status: 'protection' }))).toMatchObject({ outcome: 'exempt', basis: 'reg15a-refugee' });
  });

  test('NHS 111 and hospice palliative care are free: the law could not be read, but NHS guidance says so (the source ladder)', () => {
    expect(decide({ nation: 'england', care: 'nhs111' })).toMatchObject({ outcome: 'free-service', basis: 'reg9-nhs111' });
    expect(decide({ nation: 'england', care: 'palliative' })).toMatchObject({ outcome: 'free-service', basis: 'reg9-palliative-care' });
    expect(RULES.find((r) => r.id === 'reg9-nhs111')).toMatchObject({ settled: true, quoteKind: 'guidance' });
  });
  test('COVID-19 is free, on NHS guidance', () => {
    expect(decide({ nation: 'england', care: 'infectious-disease', condition: 'covid' })).toMatchObject({ outcome: 'free-service', basis: 'reg9d-covid' });
  });
});

describe('infectious diseases: only Schedule 1 (finding 1)', () => {
  test.each(['tb', 'hiv', 'malaria', 'measles-mumps-rubella', 'other-listed', 'testing'] as const)('%s is free under reg 9(d)', (condition) => {
    expect(decide({ nation: 'england', care: 'infectious-disease', condition })).toMatchObject({ outcome: 'free-service', basis: 'reg9d-infectious-disease' });
  });
  test('mpox is free (SI 2022/614)', () => {
    expect(decide({ nation: 'england', care: 'infectious-disease', condition: 'mpox' })).toMatchObject({ outcome: 'free-service', basis: 'reg9d-mpox' });
  });
  test('ordinary flu or pneumonia is not on the list, so it can be charged', () => {
    const d = decide({ nation: 'england', care: 'infectious-disease', condition: 'not-listed', cause: 'no', status: 'visa', visaType: 'visit', special: 'none' });
    expect(d).toMatchObject({ outcome: 'charged', basis: 'visit-not-exempt' });
    expect(d.chain.find((l) => l.step === 'condition')?.ruleId).toBe('reg9d-not-listed');
  });
  test('each nation reads its own list: HIV in Scotland, mpox in Wales, and other entries route to advice', () => {
    expect(decide({ nation: 'scotland', care: 'infectious-disease', condition: 'hiv' })).toMatchObject({ outcome: 'free-service', basis: 'scotland-schedule-1' });
    expect(decide({ nation: 'wales', care: 'infectious-disease', condition: 'mpox' })).toMatchObject({ outcome: 'free-service', basis: 'wales-schedule-1' });
    expect(decide({ nation: 'wales', care: 'infectious-disease', condition: 'tb' })).toMatchObject({ outcome: 'advice', basis: 'wales-free-services-unread' });
  });
});

describe('maternity and violence (finding 5)', () => {
  test('pregnancy care needed because of FGM is free (reg 8(2)(b))', () => {
    expect(decide(england({ care: 'maternity', cause: 'fgm', cameForTreatment: 'no' }))).toMatchObject({ outcome: 'free-service', basis: 'reg8-fgm-maternity' });
  });
  test('after other violence, pregnancy care is never called free, and not certainly charged either: advice', () => {
    const d = decide(england({ care: 'maternity', cause: 'yes', status: 'no-leave', special: 'none' }));
    expect(d).toMatchObject({ outcome: 'advice', basis: 'reg8-pregnancy-not-covered' });
    expect(d.chain.find((l) => l.step === 'cause')?.ruleId).toBe('reg8-pregnancy-not-covered');
    expect(d.notes).toContain('maternity-immediately-necessary');
  });
});

describe('abortion (finding 9)', () => {
  test('is charged, but treated as urgent rather than paid in advance', () => {
    const d = decide(england({ care: 'termination', status: 'no-leave', special: 'none' }));
    expect(d.notes).toContain('termination-urgent');
    expect(d.notes).not.toContain('upfront-non-urgent');
  });
});

describe('surcharge and fertility treatment (finding 4)', () => {
  test('the surcharge does not cover IVF (GOV.UK): charged, never "exempt"', () => {
    expect(decide(england({ care: 'fertility', status: 'visa', visaType: 'surcharge' }))).toMatchObject({ outcome: 'charged', basis: 'reg10-assisted-conception' });
  });
  test('nor does the Ukraine rule', () => {
    expect(decide(england({ care: 'fertility', status: 'visa', visaType: 'visit', special: 'ukraine' }))).toMatchObject({ outcome: 'charged', basis: 'reg22a-assisted-conception' });
  });
  test('Wales: the surcharge rule has exceptions we could not read, so fertility treatment goes to advice', () => {
    expect(decide({ nation: 'wales', care: 'fertility', status: 'visa', visaType: 'surcharge' })).toMatchObject({ outcome: 'advice', basis: 'wales-surcharge-limits' });
    expect(decide({ nation: 'wales', care: 'hospital', status: 'visa', visaType: 'surcharge' })).toMatchObject({ outcome: 'exempt', basis: 'wales-surcharge' });
  });
});

describe('not an overseas visitor', () => {
  test('a British citizen living in England', () => {
    expect(decide(england({ status: 'british', livesInUk: 'yes' }))).toMatchObject({ outcome: 'not-overseas-visitor', basis: 'ordinary-residence' });
  });
  test('settled or pre-settled status, living here: not an overseas visitor (DHSC guidance)', () => {
    expect(decide(england({ status: 'settled', livesInUk: 'yes' }))).toMatchObject({ outcome: 'not-overseas-visitor', basis: 'euss-status' });
  });
  test.each(['england', 'scotland', 'wales', 'northern-ireland'] as const)('an Irish citizen living here is not an overseas visitor in %s (the Common Travel Area)', (nation) => {
    expect(decide({ nation, care: 'hospital', cause: nation === 'england' ? 'no' : undefined, status: 'irish', livesInUk: 'yes' })).toMatchObject({ outcome: 'not-overseas-visitor', basis: 'irish-citizen' });
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
    [{ status: 'no-leave', special: 'mental-health-act' }, 'reg18-detained-or-court-order'],
    [{ status: 'british', livesInUk: 'no', special: 'crown' }, 'reg20-22-crown-forces'],
    [{ status: 'visa', visaType: 'visit', special: 'reciprocal', agreement: 's1' }, 'reg13-s1'],
    [{ status: 'visa', visaType: 'visit', special: 'reciprocal', agreement: 'ehic', careTiming: 'during-visit' }, 'reg12a-ehic'],
    [{ status: 'visa', visaType: 'visit', special: 'ukraine' }, 'reg22a-ukraine'],
    [{ status: 'british', livesInUk: 'no', special: 'war-pension' }, 'reg22-war-pension'],
    [{ status: 'visa', visaType: 'visit', special: 'humanitarian' }, 'reg17-humanitarian'],
    [{ status: 'visa', visaType: 'visit', special: 'social-charter', careTiming: 'during-visit' }, 'reg24-social-charter'],
  ] as [Answers, string][])('%o is exempt under %s', (answers, basis) => {
    expect(decide(england(answers))).toMatchObject({ outcome: 'exempt', basis });
  });

  test.each([
    [{ status: 'asylum', asylumStage: 'fresh-claim' }, 'reg15b-fresh-claim'],
    [{ status: 'no-leave', special: 'immigration-detention' }, 'reg19-prisoner-detainee'],
    [{ status: 'no-leave', special: 'prison' }, 'reg19-prisoner-detainee'],
    [{ status: 'visa', visaType: 'visit', special: 'reciprocal', agreement: 'bilateral', careTiming: 'during-visit' }, 'reg13-14-healthcare-agreement'],
  ] as [Answers, string][])('%o may be exempt, but is routed to advice (%s is unconfirmed)', (answers, basis) => {
    expect(decide(england(answers))).toMatchObject({ outcome: 'advice', basis });
  });

  test('planned care is not covered by an EHIC or a bilateral agreement (NHS guidance)', () => {
    const planned = { status: 'visa', visaType: 'visit', special: 'reciprocal', careTiming: 'planned' } as const;
    expect(decide(england({ ...planned, agreement: 'ehic' }))).toMatchObject({ outcome: 'charged', basis: 'reg14-planned-needs-s2' });
    expect(decide(england({ ...planned, agreement: 'bilateral' }))).toMatchObject({ outcome: 'charged', basis: 'reg14-bilateral-planned' });
  });
  test('planned care is not covered by the Social Charter exemption', () => {
    expect(decide(england({ status: 'visa', visaType: 'visit', special: 'social-charter', careTiming: 'planned' }))).toMatchObject({ outcome: 'charged', basis: 'reg24-planned-not-covered' });
  });
  test('section 17 Children Act help does not exempt (finding 2), and the outcome says why', () => {
    const d = decide(england({ status: 'asylum', asylumStage: 'refused', asylumSupport: 'children-act', special: 'none' }));
    expect(d).toMatchObject({ outcome: 'charged', basis: 'refused-unsupported' });
    expect(d.notes).toContain('reg15-section-17-not-listed');
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

describe('family of an exempt person, and babies born in the UK (England)', () => {
  const family = (a: Answers) => england({ status: 'visa', visaType: 'visit', special: 'family-of-exempt', ...a });
  test.each([
    [{ relativeExemption: 'trafficking', status: 'no-leave' }, 'reg25-family-modern-slavery'],
    [{ relativeExemption: 'forces' }, 'reg25-family'],
    [{ relativeExemption: 's1' }, 'reg25-family'],
    [{ relativeExemption: 'ukraine' }, 'reg25-family'],
    [{ relativeExemption: 'war-pension' }, 'reg25-family-war-pension'],
    [{ relativeExemption: 'refugee', dependant: 'yes' }, 'reg15aa-refugee-dependant'],
    [{ relativeExemption: 'refugee', dependant: 'born-here' }, 'reg15aa-refugee-dependant'],
    [{ relativeExemption: 'asylum', dependant: 'yes' }, 'reg15ba-asylum-dependant'],
    [{ relativeExemption: 'surcharge', babyBornHere: 'young', babyLeftUk: 'no' }, 'reg25-newborn'],
    [{ relativeExemption: 'pre-2015', babyBornHere: 'young', babyLeftUk: 'no' }, 'reg25-newborn'],
  ] as [Answers, string][])('%o is exempt under %s', (answers, basis) => {
    expect(decide(family(answers))).toMatchObject({ outcome: 'exempt', basis });
  });
  test.each([
    [{ relativeExemption: 'surcharge', babyBornHere: 'no' }, 'reg10-surcharge-per-person'],
    [{ relativeExemption: 'work', babyBornHere: 'no' }, 'reg10-surcharge-per-person'],
    [{ relativeExemption: 'surcharge', babyBornHere: 'older' }, 'reg25-newborn-not-covered'],
    [{ relativeExemption: 'surcharge', babyBornHere: 'young', babyLeftUk: 'yes' }, 'reg25-newborn-not-covered'],
    [{ relativeExemption: 'refugee', dependant: 'no' }, 'reg15-not-dependant'],
    [{ relativeExemption: 's1', status: 'no-leave' }, 'reg25-not-lawfully-present'],
  ] as [Answers, string][])('%o is charged: %s', (answers, basis) => {
    expect(decide(family(answers))).toMatchObject({ outcome: 'charged', basis });
  });
  test.each([
    [{ relativeExemption: 'other' }],
    [{ relativeExemption: 'unsure' }],
    [{ relativeExemption: 'surcharge', babyBornHere: 'unsure' }],
    [{ relativeExemption: 'surcharge', babyBornHere: 'young', babyLeftUk: 'unsure' }],
    [{ relativeExemption: 's1', status: 'unsure' }],
  ] as [Answers][])('"not sure" or another reason goes to advice: %o', (answers) => {
    expect(decide(family(answers)).outcome).toBe('advice');
  });
});

describe('maternity', () => {
  test('is billed to someone not exempt, and the outcome says it is never delayed', () => {
    const d = decide(england({ care: 'maternity', status: 'no-leave', special: 'none' }));
    expect(d.outcome).toBe('charged');
    expect(d.notes).toContain('maternity-immediately-necessary');
  });
});

describe('the other nations (finding 10)', () => {
  test('a refused asylum seeker without support is exempt in Wales', () => {
    expect(decide({ nation: 'wales', care: 'hospital', status: 'asylum' })).toMatchObject({ outcome: 'exempt', basis: 'wales-asylum' });
  });
  test('Scotland: asylum seekers, refugees and people with asylum support are exempt (NHS inform); a refused claim without support goes to advice', () => {
    const scot = (a: Answers) => decide({ nation: 'scotland', care: 'hospital', ...a });
    expect(scot({ status: 'asylum', asylumStage: 'pending' })).toMatchObject({ outcome: 'exempt', basis: 'scotland-asylum' });
    expect(scot({ status: 'protection' })).toMatchObject({ outcome: 'exempt', basis: 'scotland-refugee' });
    expect(scot({ status: 'asylum', asylumStage: 'refused', asylumSupport: 's4' })).toMatchObject({ outcome: 'exempt', basis: 'scotland-asylum-supported' });
    expect(scot({ status: 'asylum', asylumStage: 'refused', asylumSupport: 'none', special: 'none' })).toMatchObject({ outcome: 'advice', basis: 'scotland-asylum-refused' });
  });
  test('Scotland: GP care is free, and people here to work are exempt (reg 4(1)(a))', () => {
    expect(decide({ nation: 'scotland', care: 'gp' })).toMatchObject({ outcome: 'free-service', basis: 'scotland-gp-free' });
    expect(decide({ nation: 'scotland', care: 'hospital', status: 'visa', ukPurpose: 'work' })).toMatchObject({ outcome: 'exempt', basis: 'scotland-work-or-settle' });
  });
  test('Northern Ireland: care outside hospital is free unless the person travelled there for it (reg 4)', () => {
    expect(decide({ nation: 'northern-ireland', care: 'community', cameForTreatment: 'no' })).toMatchObject({ outcome: 'free-service', basis: 'ni-outside-hospital' });
    const d = decide({ nation: 'northern-ireland', care: 'community', cameForTreatment: 'yes', status: 'visa', ukPurpose: 'none', lawfulYear: 'no', special: 'none' });
    expect(d).toMatchObject({ outcome: 'charged', basis: 'ni-charged' });
    expect(d.chain.find((l) => l.step === 'cameForTreatment')?.ruleId).toBe('ni-travelled-for-care');
  });
  test('Northern Ireland: GP care is free only for the groups reg 24 lists; NI Direct says others are charged outside an emergency', () => {
    expect(decide({ nation: 'northern-ireland', care: 'gp', status: 'visa', ukPurpose: 'none', lawfulYear: 'no', special: 'ukraine' })).toMatchObject({ outcome: 'charged', basis: 'ni-gp-not-exempt' });
    expect(decide({ nation: 'northern-ireland', care: 'hospital', status: 'visa', ukPurpose: 'none', lawfulYear: 'no', special: 'ukraine' })).toMatchObject({ outcome: 'exempt', basis: 'ni-ukraine' });
    expect(decide({ nation: 'northern-ireland', care: 'gp', status: 'protection' })).toMatchObject({ outcome: 'exempt', basis: 'ni-refugee-asylum' });
  });
  test('indefinite leave to remain, living here, is not an overseas visitor; EU Settlement Scheme status is advice', () => {
    expect(decide(england({ status: 'ilr', livesInUk: 'yes' }))).toMatchObject({ outcome: 'not-overseas-visitor', basis: 'ordinary-residence' });
  });
  test('Northern Ireland: 12 months of lawful residence exempts (reg 5); GP care for others is charged outside an emergency', () => {
    expect(decide({ nation: 'northern-ireland', care: 'hospital', status: 'visa', ukPurpose: 'none', lawfulYear: 'yes' })).toMatchObject({ outcome: 'exempt', basis: 'ni-lawful-residence' });
    const gp = decide({ nation: 'northern-ireland', care: 'gp', status: 'no-leave', special: 'none' });
    expect(gp).toMatchObject({ outcome: 'charged', basis: 'ni-gp-not-exempt' });
  });
  test.each([
    ['scotland', 'scotland-charged', 'scotland-urgent-care'],
    ['wales', 'wales-charged', 'wales-clinical-priority'],
    ['northern-ireland', 'ni-charged', 'ni-upfront-non-urgent'],
  ] as const)('%s: a visitor with no exemption is likely to be charged, under its own rules (%s), with its own note on urgent care', (nation, basis, note) => {
    const d = decide({ nation, care: 'hospital', status: 'no-leave', special: 'none' });
    expect(d).toMatchObject({ outcome: 'charged', basis });
    expect([...d.notes, ...d.always]).toContain(note);
    for (const id of [d.basis, ...d.notes, ...d.always]) expect(['uk', nation]).toContain(RULES.find((r) => r.id === id)!.nation);
  });
  test.each(['scotland', 'wales', 'northern-ireland'] as const)('%s: a group whose rule could not be read goes to advice, never to England\'s rules', (nation) => {
    const d = decide({ nation, care: 'hospital', status: 'no-leave', special: 'humanitarian' });
    expect(d.outcome).toBe(nation === 'northern-ireland' ? 'exempt' : 'advice');
    for (const id of [d.basis, ...d.notes, ...d.always]) expect(['uk', nation]).toContain(RULES.find((r) => r.id === id)!.nation);
  });
  test('Wales: for GP care the practice decides, so advice; Scotland: free', () => {
    expect(decide({ nation: 'wales', care: 'gp', status: 'visa' })).toMatchObject({ outcome: 'advice', basis: 'wales-gp-practice-decides' });
    expect(decide({ nation: 'wales', care: 'gp', status: 'british', livesInUk: 'yes' })).toMatchObject({ outcome: 'not-overseas-visitor' });
  });
  test('an unknown nation goes to advice', () => {
    expect(decide({ nation: 'unsure', care: 'gp' })).toMatchObject({ outcome: 'advice', basis: 'nation-unknown' });
  });
});

describe('an outcome never shows the same note twice', () => {
  test.each([
    { nation: 'scotland', care: 'hospital', status: 'no-leave', special: 'none' },
    { nation: 'england', care: 'ae', aeAdmitted: 'no' },
    { nation: 'wales', care: 'gp' },
    { nation: 'england', care: 'maternity', cause: 'no', status: 'no-leave', special: 'none' },
  ] as Answers[])('%o', (answers) => {
    const d = decide(answers);
    // The basis is named in the reasons too, by design; notes and the "whatever your situation" box never repeat either.
    const shown = [...new Set([d.basis, ...d.chain.flatMap((l) => (l.ruleId ? [l.ruleId] : []))]), ...d.notes, ...d.always];
    expect(new Set(shown).size).toBe(shown.length);
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
  test('an undocumented person is told to check the risk first, and whether the bill can count', () => {
    const undocumented = england({ status: 'no-leave', special: 'none', bill: 'yes', billAmount: 3200_00, treatmentDate: 'since-2021' });
    expect(planDecision(undocumented)).toMatchObject({ decision: 'check-risk-first', thresholdPence: 500_00, notes: ['debt-500-since-2016', 'debt-two-months'] });
  });
  test('a plan agreed and kept to: keep paying (GOV.UK: the bill comes off the immigration record)', () => {
    expect(planDecision({ ...charged, planAgreed: 'keeping' })).toMatchObject({ decision: 'keep-paying', basis: 'debt-plan-reduces-risk' });
  });
  test('a missed payment: what happens could not be read', () => {
    expect(planDecision({ ...charged, planAgreed: 'missed', billAmount: 900_00, treatmentDate: 'since-2021' })).toMatchObject({ decision: 'missed-payment', basis: 'debt-plan-missed' });
  });
  test('outside England the plan decision says reporting there is not confirmed', () => {
    const scot: Answers = { nation: 'scotland', care: 'hospital', status: 'no-leave', special: 'none', bill: 'yes', planAgreed: 'no', billAmount: 900_00, treatmentDate: 'since-2021' };
    expect(planDecision(scot).notes).toContain('debt-devolved-reporting');
  });
  test('after "get advice", the plan says to find out first whether the person must pay', () => {
    expect(planDecision(england({ status: 'unsure', special: 'none', bill: 'yes', billAmount: 900_00, treatmentDate: 'since-2021' })).chargeUncertain).toBe(true);
    expect(planDecision({ ...charged, billAmount: 900_00, treatmentDate: 'since-2021' }).chargeUncertain).toBeUndefined();
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
  test('Wales: GP care is outside the hospital charging rules, said whatever the answers', () => {
    expect(alwaysTrue('wales')).toContain('wales-primary-care-free');
  });
});
