import type { Rule } from '../types';
import { DEBT_RULES } from './debt';
import { ENGLAND_RULES } from './england';
import { NORTHERN_IRELAND_RULES } from './northern-ireland';
import { SCOTLAND_RULES } from './scotland';
import { UK_RULES } from './uk';
import { WALES_RULES } from './wales';

/** Every rule the app knows, in one list: the exemptions page and the tests read this. */
export const RULES: readonly Rule[] = [...ENGLAND_RULES, ...SCOTLAND_RULES, ...WALES_RULES, ...NORTHERN_IRELAND_RULES, ...UK_RULES, ...DEBT_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown rule id: ${id}`);
  return found;
}

export { DEBT_THRESHOLDS } from './debt';
