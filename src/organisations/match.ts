/** Which organisations fit a person: by region and by the needs their answers show. */
import type { Answers } from '../questions/steps';
import type { OutcomeId } from '../rules';
import { ORGANISATIONS, type Need, type Organisation, type Region } from './data';

const NATION_REGION: Record<string, Region> = {
  scotland: 'scotland',
  wales: 'wales',
  'northern-ireland': 'northern-ireland',
};

/** The region the list is for: asked in England (or when unsure), taken from the nation otherwise. */
export function regionOf(a: Answers): Region | undefined {
  return a.region ?? (a.nation ? NATION_REGION[a.nation] : undefined);
}

export function asksForRegion(a: Answers): boolean {
  return !a.nation || !(a.nation in NATION_REGION);
}

export function needsOf(a: Answers, outcome: OutcomeId): Need[] {
  const needs = new Set<Need>(['healthcare-access']);
  if (a.care === 'maternity') needs.add('maternity');
  if (a.special === 'immigration-detention') needs.add('detention');
  if (a.bill === 'yes' || a.bill === 'upfront' || (a.collectors && !a.collectors.includes('none'))) needs.add('debt');
  if (a.status === 'asylum' || a.status === 'no-leave') needs.add('asylum-legal');
  if (outcome === 'advice' || outcome === 'charged' || a.status === 'unsure') needs.add('immigration-law');
  if (a.act === 'casework' || a.act === 'both') needs.add('casework');
  if (a.act === 'campaign' || a.act === 'both') needs.add('campaign');
  return [...needs];
}

const NEED_ORDER: Need[] = ['maternity', 'detention', 'debt', 'asylum-legal', 'healthcare-access', 'immigration-law', 'casework', 'campaign'];

function firstNeed(org: Organisation, needs: Need[]): number {
  return Math.min(...org.needs.filter((n) => needs.includes(n)).map((n) => NEED_ORDER.indexOf(n)));
}

/** Organisations working in the region and meeting at least one need; local ones first. */
export function matchOrganisations(region: Region | undefined, needs: Need[]): Organisation[] {
  return ORGANISATIONS.filter(
    (o) => (o.regions === 'uk' || (region !== undefined && o.regions.includes(region))) && o.needs.some((n) => needs.includes(n)),
  ).sort((x, y) => {
    const local = Number(x.regions === 'uk') - Number(y.regions === 'uk');
    return local || firstNeed(x, needs) - firstNeed(y, needs);
  });
}
