/** Shared shapes of the rules. Pure TypeScript: no React, XState or i18next here. */

export type Nation = 'england' | 'scotland' | 'wales' | 'northern-ireland';

export type RuleGroup =
  | 'not-overseas-visitor'
  | 'free-service'
  | 'exempt-person'
  | 'chargeable'
  | 'urgency'
  | 'debt'
  | 'nation';

export interface Rule {
  /** Stable id, shared by the rules data, the texts, the scenario tables and the reasoning. */
  id: string;
  group: RuleGroup;
  nation: Nation | 'uk';
  /** The instrument, e.g. "SI 2015/238" (the NHS (Charges to Overseas Visitors) Regulations 2015). */
  instrument: string;
  /** The provision inside it, e.g. "reg 15(b)". */
  provision: string;
  sourceUrl: string;
  /** ISO date on which a person last checked this rule against its source. */
  lastReviewed: string;
  /**
   * false where the source brief marks the point [check]: the app then says "may" and sends the
   * person to an adviser, and never states it as a certainty.
   */
  settled: boolean;
}

export type OutcomeId = 'not-overseas-visitor' | 'free-service' | 'exempt' | 'charged' | 'advice';

/** One link of the reasoning: "You said X (answer to step), so rule Y applies". */
export interface ReasonLink {
  step: string;
  value: string;
  ruleId?: string;
}

export interface Decision {
  outcome: OutcomeId;
  /** The rule that decided the outcome. */
  basis: string;
  chain: ReasonLink[];
  /** Extra notes to show with the outcome, as rule ids (their texts explain them). */
  notes: string[];
}
