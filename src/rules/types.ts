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
  /** The provision's own page (or the page where the quoted words were read). */
  sourceUrl: string;
  /**
   * The words of the law the rule rests on, quoted exactly as read on legislation.gov.uk (or in the
   * official statement cited), at most about 300 characters. Every settled rule has one.
   */
  quote?: string;
  /** Where the quote stands when it is not the provision itself, e.g. "reg 25(1A)" or "as made, 2015". */
  quotedFrom?: string;
  /**
   * The rung of the source ladder the quote stands on: the words of the law, or, where the law's
   * own words could not be read, the exact words of official guidance (a government department,
   * the NHS or an NHS body). Charity and campaign pages never settle a rule. The screens say which.
   */
  quoteKind?: 'law' | 'guidance';
  /** For a quote from guidance: who published it, its title and the page's own date. */
  guidance?: Guidance;
  /**
   * ISO date on which the developers last checked this rule against the stored text of its source.
   * No lawyer has reviewed the rules yet: the screens say so.
   */
  lastReviewed: string;
  /**
   * false where the words could not be read or the law does not settle the point: the app then
   * says "may" and sends the person to an adviser, never a certainty. What is missing is said in
   * locales/<lang>/rules.json under `<id>.missing`.
   */
  settled: boolean;
}

/** Official guidance a rule is settled on, where the law's own words could not be read. */
export interface Guidance {
  /** The government department, NHS body or nation's government, e.g. "DHSC", "Scottish Government". */
  publisher: string;
  title: string;
  /** The page's own date ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY', or 'undated' when it shows none), never the day we read it. */
  date: string;
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
  /** Facts that hold whatever the answers, minus any already shown above: never the same note twice. */
  always: string[];
}
