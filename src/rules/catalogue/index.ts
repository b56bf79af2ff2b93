import type { Rule } from '../types';
import { DEBT_RULES } from './debt';
import { ENGLAND_RULES } from './england';
import { NATION_RULES } from './nations';

/** Every rule the app knows, in one list: the exemptions page and the tests read this. */
export const RULES: readonly Rule[] = [...ENGLAND_RULES, ...NATION_RULES, ...DEBT_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown rule id: ${id}`);
  return found;
}

export { DEBT_THRESHOLDS } from './debt';
