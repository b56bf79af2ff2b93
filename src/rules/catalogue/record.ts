import type { Nation, Rule, RuleGroup } from '../types';
import { REVIEWED } from '../sources';

export interface RuleInput {
  group: RuleGroup;
  instrument: string;
  provision: string;
  url: string;
  quote?: string;
  quotedFrom?: string;
  /** Defaults to true when there is a quote, false otherwise. */
  settled?: boolean;
}

/** One nation's rule records, from a table of id → details: every record dated and cited the same way. */
export function records(nation: Nation | 'uk', table: Record<string, RuleInput>): Rule[] {
  return Object.entries(table).map(([id, r]) => ({
    id,
    group: r.group,
    nation,
    instrument: r.instrument,
    provision: r.provision,
    sourceUrl: r.url,
    ...(r.quote ? { quote: r.quote } : {}),
    ...(r.quotedFrom ? { quotedFrom: r.quotedFrom } : {}),
    lastReviewed: REVIEWED,
    settled: r.settled ?? r.quote !== undefined,
  }));
}
