/**
 * Names are names, not prose: the readability check leaves them out. Organisation names, the public
 * bodies whose words a rule rests on, and the nations of the UK (a reader knows "Northern Ireland"
 * without having to decode it, however many syllables it has).
 */
import { ALL_ORGANISATIONS } from '../../src/organisations/data';

const PUBLIC_BODIES = [
  'Home Office',
  'Scottish Government',
  'Welsh Government',
  'NHS Scotland',
  'NHS Wales',
  'NHS England',
  'NI Direct',
  'DHSC',
  'GOV.UK',
];
const NATIONS = ['Northern Ireland', 'Scotland', 'England', 'Wales', 'United Kingdom'];

export const ORGANISATION_NAMES: readonly string[] = [...ALL_ORGANISATIONS.map((o) => o.name), ...PUBLIC_BODIES, ...NATIONS].sort((a, b) => b.length - a.length);
