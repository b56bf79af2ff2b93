import type { Guidance, Nation, Rule, RuleGroup } from '../types';
import { REREAD, REREAD_IDS, REVIEWED } from '../sources';

export interface RuleInput {
  group: RuleGroup;
  instrument: string;
  provision: string;
  url: string;
  quote?: string;
  quotedFrom?: string;
  /**
   * Set when the quote is official guidance, not the law: `url` is then the guidance page. Only
   * where the law's own words could not be read (docs/status.md says why for each).
   */
  guidance?: Guidance;
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
    ...(r.quote ? { quoteKind: r.guidance ? ('guidance' as const) : ('law' as const) } : {}),
    ...(r.guidance ? { guidance: r.guidance } : {}),
    lastReviewed: REREAD_IDS.has(id) ? REREAD : REVIEWED,
    settled: r.settled ?? r.quote !== undefined,
  }));
}
