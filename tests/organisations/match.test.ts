/** Who is suggested, in what order, and why; and the one adviser line every outcome page shows. */
import { describe, expect, it } from 'vitest';
import { ORGANISATIONS } from '../../src/organisations/data';
import { adviserFor, matchOrganisations, needsOf, seekerOf, type Seeker } from '../../src/organisations/match';
import type { Answers } from '../../src/questions/steps';
import { STEPS } from '../../src/questions/steps';
import type { Organisation, Region } from '../../src/organisations/types';
import { decide } from '../../src/rules';
import { TYPICAL, nationOf, typicalList } from './typical';

const REGIONS = STEPS.region.options as readonly Region[];
const listFor = typicalList;

describe('every region the region question offers', () => {
  describe.each(Object.entries(TYPICAL))('for %s', (_who, typical) => {
    it.each(REGIONS)('%s: at least three organisations, one of them local or national to the nation', (region) => {
      const list = listFor(region, typical);
      expect(list.length, list.map((m) => m.org.id).join(', ')).toBeGreaterThanOrEqual(3);
      expect(list.some((m) => m.reach !== 'uk')).toBe(true);
    });
  });

  it.each(REGIONS)('%s: never suggests another nation’s own organisations', (region) => {
    const list = listFor(region, TYPICAL['someone without leave, with a hospital bill']);
    for (const { org } of list) if (org.regions !== 'uk') expect(org.regions).toContain(region);
  });
});

describe('needs from the answers', () => {
  it('a bill or debt collectors mean debt advice; violence means abuse helplines; trafficking means modern slavery', () => {
    expect(needsOf({ bill: 'yes' }, 'charged')).toContain('debt');
    expect(needsOf({ collectors: ['letters'] }, 'charged')).toContain('debt');
    expect(needsOf({ collectors: ['none'], bill: 'no' }, 'exempt')).not.toContain('debt');
    expect(needsOf({ cause: 'yes' }, 'exempt')).toEqual(expect.arrayContaining(['domestic-abuse', 'sexual-violence']));
    expect(needsOf({ special: 'trafficking' }, 'exempt')).toContain('modern-slavery');
    expect(needsOf({ status: 'asylum' }, 'exempt')).toEqual(expect.arrayContaining(['asylum-support', 'asylum-legal']));
  });

  it('a Scottish helpline for violence comes before UK-wide debt help, and only in Scotland', () => {
    const answers: Answers = { nation: 'scotland', care: 'hospital', cause: 'yes', bill: 'yes' };
    const ids = matchOrganisations(ORGANISATIONS, seekerOf(answers, 'exempt')).map((m) => m.org.id);
    expect(ids.indexOf('scotland-domestic-abuse-forced-marriage-helpline')).toBeLessThan(ids.indexOf('stepchange'));
    expect(ids).not.toContain('national-domestic-abuse-helpline');
    expect(ids).not.toContain('live-fear-free');
  });
});

const ids = (answers: Answers) => matchOrganisations(ORGANISATIONS, seekerOf(answers, decide(answers).outcome)).map((m) => m.org.id);

describe("the campaign guide's organisations", () => {
  it('are offered with their website when no phone or email could be sourced, never with an invented number', () => {
    const pregnant: Answers = { nation: 'england', region: 'london', care: 'maternity', status: 'no-leave', bill: 'yes', act: 'not-now' };
    const list = matchOrganisations(ORGANISATIONS, seekerOf(pregnant, decide(pregnant).outcome));
    const maternityAction = list.find((m) => m.org.id === 'maternity-action')!;
    expect(maternityAction).toBeDefined();
    expect(maternityAction.org.phones ?? []).toEqual([]);
    expect(maternityAction.org.website.url).toMatch(/^https:\/\//);
  });

  it('put Maternity Action first for a pregnant woman', () => {
    expect(ids({ nation: 'england', region: 'london', care: 'maternity', status: 'no-leave', bill: 'yes', act: 'not-now' })[0]).toBe('maternity-action');
    expect(ids({ nation: 'scotland', care: 'maternity', status: 'visa', bill: 'no', act: 'not-now' })[0]).toBe('maternity-action');
  });

  it('offer the local drop-in to a London or Bristol migrant, whatever the care', () => {
    for (const care of ['hospital', 'gp', 'ae', 'community'] as const) {
      expect(ids({ nation: 'england', region: 'london', care, status: 'no-leave', act: 'not-now' })).toContain('praxis');
      expect(ids({ nation: 'england', region: 'bristol', care, status: 'visa', act: 'not-now' })).toContain('bristol-refugee-rights');
    }
  });

  it('show a detention charity only to someone in detention, and a maternity charity only for pregnancy care', () => {
    const operation: Answers = { nation: 'england', region: 'london', care: 'hospital', status: 'no-leave', bill: 'yes', act: 'both' };
    expect(ids(operation)).not.toContain('medical-justice');
    expect(ids(operation)).not.toContain('maternity-action');
    expect(ids({ ...operation, status: 'visa', special: 'immigration-detention' })).toContain('medical-justice');
  });
});

describe('needs the person already has met', () => {
  it('someone on section 95 or section 4 support is not told they may need asylum support', () => {
    expect(needsOf({ status: 'asylum', asylumStage: 'refused', asylumSupport: 's4' }, 'exempt')).not.toContain('asylum-support');
    expect(needsOf({ status: 'asylum', asylumStage: 'refused', asylumSupport: 's95' }, 'exempt')).not.toContain('asylum-support');
    expect(needsOf({ status: 'asylum', asylumStage: 'refused', asylumSupport: 'none' }, 'charged')).toContain('asylum-support');
    expect(needsOf({ status: 'asylum', asylumStage: 'pending' }, 'exempt')).toContain('asylum-support');
  });
});

const LONDON: Seeker = { place: { region: 'london', nation: 'england' }, needs: ['healthcare-access'], audiences: [] };

describe('the adviser line', () => {
  const places: Answers[] = [{}, { nation: 'england' }, ...REGIONS.map((region): Answers => ({ nation: nationOf(region), region }))];

  it.each(places.map((p) => [JSON.stringify(p), p] as const))('exists for %s, free, and is an advice service', (_label, place) => {
    for (const typical of Object.values(TYPICAL)) {
      const answers = { ...typical, ...place };
      const adviser = adviserFor(ORGANISATIONS, seekerOf(answers, decide(answers).outcome));
      expect(adviser).toBeDefined();
      expect(adviser!.free).toBe(true);
      expect(adviser!.org.kind).toBe('service');
      expect(adviser!.phone.purpose).toBe('advice');
    }
  });

  it('never picks an NHS line, a campaign group or a referral-only number', () => {
    const nhs: Organisation = { ...ORGANISATIONS.find((o) => o.id === 'nhs-111')! };
    const adviser = adviserFor([nhs], LONDON);
    expect(adviser).toBeUndefined();
  });

  it('prefers a line the sources say is free over one whose cost we could not read', () => {
    const base = ORGANISATIONS.find((o) => o.id === 'doctors-of-the-world')!;
    const unknownCost: Organisation = { ...base, id: 'unknown-cost', regions: ['london'], free: undefined };
    const adviser = adviserFor([unknownCost, base], LONDON);
    expect(adviser!.org.id).toBe('doctors-of-the-world');
    expect(adviserFor([unknownCost], LONDON)!.free).toBe(false);
  });
});
