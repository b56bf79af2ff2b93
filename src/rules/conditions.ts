/**
 * Schedule 1: the infectious conditions whose diagnosis and treatment are free. The question offers
 * them in plain words; each nation's own list decides. A condition missing from a nation's table
 * was not found in the text we could read there, so it routes to advice, never to "free".
 */
import type { Answers } from '../questions/steps';
import type { Nation } from './types';

type Condition = NonNullable<Answers['condition']>;

/** England's Schedule 1 (read in full, as in force from 23 October 2017, plus Monkeypox in 2022). */
const ENGLAND: Partial<Record<Condition, string>> = {
  tb: 'reg9d-infectious-disease',
  hiv: 'reg9d-infectious-disease',
  hepatitis: 'reg9d-infectious-disease',
  malaria: 'reg9d-infectious-disease',
  'measles-mumps-rubella': 'reg9d-infectious-disease',
  'whooping-cough': 'reg9d-infectious-disease',
  'strep-a': 'reg9d-infectious-disease',
  meningitis: 'reg9d-infectious-disease',
  'food-poisoning': 'reg9d-infectious-disease',
  'pandemic-flu': 'reg9d-infectious-disease',
  'other-listed': 'reg9d-infectious-disease',
  // Diagnosis of a listed condition is free, whatever the result (reg 9(d): "diagnosis and treatment").
  testing: 'reg9d-infectious-disease',
  mpox: 'reg9d-mpox',
  covid: 'reg9d-covid',
};

/** Only the entries whose insertion we could read are settled in Scotland, Wales and Northern Ireland. */
const SCOTLAND: Partial<Record<Condition, string>> = { hiv: 'scotland-schedule-1', 'whooping-cough': 'scotland-schedule-1', covid: 'scotland-schedule-1', mpox: 'scotland-schedule-1' };
const WALES: Partial<Record<Condition, string>> = { mpox: 'wales-schedule-1' };
const NORTHERN_IRELAND: Partial<Record<Condition, string>> = { mpox: 'ni-schedule-1', hiv: 'ni-hiv' };
const UNREAD: Record<Exclude<Nation, 'england'>, string> = {
  scotland: 'scotland-free-services-unread',
  wales: 'wales-free-services-unread',
  'northern-ireland': 'ni-schedule-1-unread',
};
const TABLES: Record<Nation, Partial<Record<Condition, string>>> = { england: ENGLAND, scotland: SCOTLAND, wales: WALES, 'northern-ireland': NORTHERN_IRELAND };

/** The rule under which care for this condition is free in this nation, or null if it is not listed. */
export function conditionRule(nation: Nation, condition: Condition | undefined): string | null {
  if (!condition || condition === 'not-listed') return null;
  return TABLES[nation][condition] ?? (nation === 'england' ? null : UNREAD[nation]);
}
