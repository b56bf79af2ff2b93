/**
 * Which organisations fit a person, and why: by where they are and by the needs their answers
 * show. Pure functions over a list, so the screens can load the (large) data lazily.
 */
import type { Answers } from '../questions/steps';
import type { OutcomeId } from '../rules';
import type { Audience, Need, Organisation, Phone, Region } from './types';

export type Nation = 'england' | 'scotland' | 'wales' | 'northern-ireland';

export const ENGLAND_REGIONS: readonly Region[] = ['london', 'west-midlands', 'bristol', 'england-other'];

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

export function nationOfRegion(region: Region): Nation {
  return ENGLAND_REGIONS.includes(region) ? 'england' : (region as Nation);
}

/** Where the person is: a region when known, else the nation they named (England before its region is asked). */
export interface Place {
  region?: Region;
  nation?: Nation;
}

export function placeOf(a: Answers): Place {
  const region = regionOf(a);
  if (region) return { region, nation: nationOfRegion(region) };
  return a.nation === 'england' ? { nation: 'england' } : {};
}

/** Asylum support the person already has: they are not told they may need it. */
const HAS_ASYLUM_SUPPORT = new Set(['s95', 's4', 'council']);

export function needsOf(a: Answers, outcome: OutcomeId): Need[] {
  const needs = new Set<Need>(['healthcare-access', 'local-support']);
  if (a.care === 'maternity') needs.add('maternity');
  if (a.special === 'immigration-detention') needs.add('detention');
  if (a.special === 'trafficking') needs.add('modern-slavery');
  if (a.cause === 'yes') {
    needs.add('domestic-abuse');
    needs.add('sexual-violence');
  }
  if (a.bill === 'yes' || a.bill === 'upfront' || (a.collectors && !a.collectors.includes('none'))) needs.add('debt');
  if (a.status === 'asylum' && !HAS_ASYLUM_SUPPORT.has(String(a.asylumSupport))) needs.add('asylum-support');
  if (a.status === 'asylum' || a.status === 'no-leave') needs.add('asylum-legal');
  if (outcome === 'advice' || outcome === 'charged' || a.status === 'unsure') needs.add('immigration-law');
  if (a.act === 'casework' || a.act === 'both') needs.add('casework');
  if (a.act === 'campaign' || a.act === 'both') needs.add('campaign');
  return [...needs];
}

/** Who the person is, for organisations that serve only some people. */
export function audiencesOf(a: Answers): Audience[] {
  const out: Audience[] = [];
  if (a.special === 'immigration-detention') out.push('detained');
  if (a.care === 'maternity') out.push('pregnant');
  if (a.status === 'asylum' || a.status === 'protection') out.push('asylum');
  return out;
}

/** Everything the matching needs to know of the person: where they are, what they need, who they are. */
export interface Seeker {
  place: Place;
  needs: Need[];
  audiences: Audience[];
}

export function seekerOf(a: Answers, outcome: OutcomeId): Seeker {
  return { place: placeOf(a), needs: needsOf(a, outcome), audiences: audiencesOf(a) };
}

/** The order needs are met in: the most specific and urgent first. */
export const NEED_ORDER: readonly Need[] = [
  'modern-slavery',
  'domestic-abuse',
  'sexual-violence',
  'detention',
  'maternity',
  'debt',
  'asylum-support',
  'asylum-legal',
  'local-support',
  'healthcare-access',
  'immigration-law',
  'casework',
  'campaign',
];

/** How close an organisation is: only in the person's region, across their nation, or across nations. */
export type Reach = 'local' | 'nation' | 'uk';

export function reachOf(org: Organisation, place: Place): Reach | undefined {
  if (org.regions === 'uk') return 'uk';
  const { region, nation } = place;
  if (region && org.regions.includes(region)) {
    if (org.regions.length === 1) return 'local';
    return org.regions.every((r) => nationOfRegion(r) === nationOfRegion(region)) ? 'nation' : 'uk';
  }
  // England before its region is asked: only organisations working across all of England.
  if (!region && nation === 'england' && ENGLAND_REGIONS.every((r) => (org.regions as Region[]).includes(r))) {
    return org.regions.every((r) => ENGLAND_REGIONS.includes(r)) ? 'nation' : 'uk';
  }
  return undefined;
}

export interface Match {
  org: Organisation;
  reach: Reach;
  /** The person's needs this organisation meets, in NEED_ORDER. */
  needs: Need[];
}

const REACH_ORDER: Record<Reach, number> = { local: 0, nation: 1, uk: 2 };

function rank(needs: readonly Need[]): number {
  return Math.min(...needs.map((n) => NEED_ORDER.indexOf(n)));
}

/**
 * Organisations working where the person is, serving people like them, and meeting at least one of
 * their needs: the most specific need first, then a specialist for people like them, then the one
 * meeting more of the person's needs, then local before national before UK-wide. An organisation with no sourced phone, email or address is
 * offered with its website. Reported-closed ones are never offered.
 */
export function matchOrganisations(list: readonly Organisation[], { place, needs, audiences }: Seeker): Match[] {
  const matches: Match[] = [];
  for (const org of list) {
    if (org.withheld) continue;
    if (org.serves && !audiences.includes(org.serves)) continue;
    const reach = reachOf(org, place);
    const met = NEED_ORDER.filter((n) => needs.includes(n) && org.needs.includes(n));
    if (reach && met.length) matches.push({ org, reach, needs: met });
  }
  // A specialist for people like this one (a maternity charity for a pregnant woman) before a general service.
  const specialist = (m: Match) => (m.org.serves ? 0 : 1);
  return matches.sort(
    (x, y) => rank(x.needs) - rank(y.needs) || specialist(x) - specialist(y) || y.needs.length - x.needs.length || REACH_ORDER[x.reach] - REACH_ORDER[y.reach],
  );
}

/** Needs about the charge itself: the ones an adviser line on an outcome page is for. */
const ADVICE_NEEDS: readonly Need[] = ['detention', 'maternity', 'healthcare-access', 'asylum-support', 'debt', 'immigration-law'];

/** An advice line of an advice service (not an NHS line, not a campaign group). */
export function adviceLine(org: Organisation): Phone | undefined {
  if (org.kind !== 'service' || org.withheld) return undefined;
  return org.phones?.find((p) => p.purpose === 'advice');
}

/** True only when the source says the call, or the organisation's help, is free. */
export function isFree(org: Organisation, phone: Phone): boolean {
  return phone.free === true || org.free?.value === true;
}

export interface Adviser extends Match {
  phone: Phone;
  free: boolean;
}

/**
 * The one advice line that fits this person best: an organisation meeting their most specific
 * need about the charge, nearest first, and a free one before one whose cost we could not read.
 */
export function adviserFor(list: readonly Organisation[], seeker: Seeker): Adviser | undefined {
  const relevant = seeker.needs.filter((n) => ADVICE_NEEDS.includes(n));
  const matches = matchOrganisations(list, { ...seeker, needs: relevant.length ? relevant : ['healthcare-access'] });
  const order = (m: Match) => Math.min(...m.needs.map((n) => ADVICE_NEEDS.indexOf(n)));
  const advisers = matches.flatMap((m): Adviser[] => {
    const phone = adviceLine(m.org);
    return phone ? [{ ...m, phone, free: isFree(m.org, phone) }] : [];
  });
  return advisers.sort(
    (x, y) => Number(y.free) - Number(x.free) || order(x) - order(y) || REACH_ORDER[x.reach] - REACH_ORDER[y.reach],
  )[0];
}
