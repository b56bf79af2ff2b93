/**
 * NHS debt and immigration applications. Thresholds carry the dates they apply to, because the rule
 * changed over time and depends on when the treatment happened.
 */
import type { Rule } from '../types';
import { GUIDANCE, IMMIGRATION_RULES_SUITABILITY, REVIEWED } from '../sources';

import { DEBT_THRESHOLDS } from '../thresholds';

export { DEBT_THRESHOLDS };
export type { DebtThreshold } from '../thresholds';

const debtRule = (id: string, provision: string, url = IMMIGRATION_RULES_SUITABILITY): Rule => ({
  id,
  group: 'debt',
  nation: 'uk',
  instrument: 'Immigration Rules',
  provision,
  sourceUrl: url,
  lastReviewed: REVIEWED,
  // The words of Part Suitability could not be read in the stored copies: every debt rule hedges.
  settled: false,
});

export const DEBT_RULES: Rule[] = [
  debtRule('debt-1000-2011-2016', 'Part Suitability, SUI 16.1 (NHS debt of £1,000 or more, treatment 1 Nov 2011 to 5 Apr 2016)'),
  debtRule('debt-500-since-2016', 'Part Suitability, SUI 16.1 (NHS debt of £500 or more, treatment from 6 Apr 2016)'),
  debtRule('debt-500-eea-since-2021', 'Part Suitability (EEA/EFTA citizens: treatment from 1 Jul 2021)'),
  debtRule('debt-two-months', 'DHSC data-sharing practice (debt unpaid two months after the invoice)', GUIDANCE),
  debtRule('debt-not-counted', 'Part Suitability, SUI 16.1 (debt below the threshold or for treatment before 1 Nov 2011)'),
  debtRule('debt-plan-reduces-risk', 'DHSC guidance: trusts report debt where there is no reasonable repayment schedule', GUIDANCE),
  debtRule('debt-undocumented-risk', 'DHSC guidance: trusts share debtors\u2019 details with the Home Office', GUIDANCE),
];
