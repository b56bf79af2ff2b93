/** Who is suggested, in what order, and why; and the one adviser line every outcome page shows. */
import { describe, expect, it } from 'vitest';
import { ORGANISATIONS } from '../../src/organisations/data';
import { adviserFor, matchOrganisations, needsOf, placeOf, toolkitWithoutContact } from '../../src/organisations/match';
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
    const ids = matchOrganisations(ORGANISATIONS, placeOf(answers), needsOf(answers, 'exempt')).map((m) => m.org.id);
    expect(ids.indexOf('scotland-domestic-abuse-forced-marriage-helpline')).toBeLessThan(ids.indexOf('stepchange'));
    expect(ids).not.toContain('national-domestic-abuse-helpline');
    expect(ids).not.toContain('live-fear-free');
  });
});

describe('organisations without a sourced contact', () => {
  it('are never offered as a contact, but toolkit ones are named', () => {
    const answers: Answers = { nation: 'england', region: 'london', care: 'maternity', status: 'unsure', act: 'both' };
    const needs = needsOf(answers, 'advice');
    const offered = matchOrganisations(ORGANISATIONS, placeOf(answers), needs).map((m) => m.org.id);
    const named = toolkitWithoutContact(ORGANISATIONS, placeOf(answers), needs).map((m) => m.org.id);
    expect(named).toContain('maternity-action');
    expect(offered).not.toContain('maternity-action');
    expect(named.every((id) => ORGANISATIONS.find((o) => o.id === id)!.fromToolkit)).toBe(true);
  });
});

describe('the adviser line', () => {
  const places: Answers[] = [{}, { nation: 'england' }, ...REGIONS.map((region): Answers => ({ nation: nationOf(region), region }))];

  it.each(places.map((p) => [JSON.stringify(p), p] as const))('exists for %s, free, and is an advice service', (_label, place) => {
    for (const typical of Object.values(TYPICAL)) {
      const answers = { ...typical, ...place };
      const adviser = adviserFor(ORGANISATIONS, placeOf(answers), needsOf(answers, decide(answers).outcome));
      expect(adviser).toBeDefined();
      expect(adviser!.free).toBe(true);
      expect(adviser!.org.kind).toBe('service');
      expect(adviser!.phone.purpose).toBe('advice');
    }
  });

  it('never picks an NHS line, a campaign group or a referral-only number', () => {
    const nhs: Organisation = { ...ORGANISATIONS.find((o) => o.id === 'nhs-111')! };
    const adviser = adviserFor([nhs], { region: 'london', nation: 'england' }, ['healthcare-access']);
    expect(adviser).toBeUndefined();
  });

  it('prefers a line the sources say is free over one whose cost we could not read', () => {
    const base = ORGANISATIONS.find((o) => o.id === 'doctors-of-the-world')!;
    const unknownCost: Organisation = { ...base, id: 'unknown-cost', regions: ['london'], free: undefined };
    const adviser = adviserFor([unknownCost, base], { region: 'london', nation: 'england' }, ['healthcare-access']);
    expect(adviser!.org.id).toBe('doctors-of-the-world');
    expect(adviserFor([unknownCost], { region: 'london', nation: 'england' }, ['healthcare-access'])!.free).toBe(false);
  });
});
