/**
 * NHS debt and immigration applications. The Immigration Rules' own words (Part Suitability) could
 * not be read in the stored copies; GOV.UK's page for people who owe the NHS says each point plainly,
 * so the rules rest on it and say so. Thresholds carry the dates they apply to.
 */
import { records } from './record';
import { DEBT_THRESHOLDS } from '../thresholds';

export { DEBT_THRESHOLDS };
export type { DebtThreshold } from '../thresholds';

const RULES = 'Immigration Rules';
const PAYING = 'https://www.gov.uk/guidance/paying-an-nhs-debt';
const PAYING_PAGE = { publisher: 'UK Government', title: 'Paying an NHS debt (GOV.UK)', date: 'undated' };
const THRESHOLDS =
  'Citizens of other countries The debt will be added to your immigration record if it’s worth either: - £1,000 or more for treatment since 1 November 2011 - £500 or more for treatment since 6 April 2016';

export const DEBT_RULES = records('uk', {
  'debt-1000-2011-2016': { group: 'debt', instrument: RULES, provision: 'Part Suitability (NHS debt of £1,000 or more, treatment from 1 Nov 2011)', url: PAYING, guidance: PAYING_PAGE, quote: THRESHOLDS },
  'debt-500-since-2016': { group: 'debt', instrument: RULES, provision: 'Part Suitability (NHS debt of £500 or more, treatment from 6 Apr 2016)', url: PAYING, guidance: PAYING_PAGE, quote: THRESHOLDS },
  'debt-500-eea-since-2021': {
    group: 'debt', instrument: RULES, provision: 'Part Suitability (citizens of the EU, Norway, Iceland or Liechtenstein: treatment from 1 Jul 2021)', url: PAYING, guidance: PAYING_PAGE,
    quote: 'Citizens of the EU, Norway, Iceland or Liechtenstein The debt will be added to your immigration record if it’s worth £500 or more for treatment since 1 July 2021.',
  },
  'debt-two-months': {
    group: 'debt', instrument: RULES, provision: 'Part Suitability (two months from the invoice)', url: PAYING, guidance: PAYING_PAGE,
    quote: 'You’ll have 2 months from the date on your invoice to pay. If you do not, the debt may be added to your immigration record. This depends on how much debt you have.',
  },
  'debt-not-counted': { group: 'debt', instrument: RULES, provision: 'Part Suitability (debt below the thresholds, or for treatment before 1 Nov 2011)', url: PAYING, guidance: PAYING_PAGE, quote: THRESHOLDS },
  'debt-plan-reduces-risk': {
    group: 'debt', instrument: RULES, provision: 'Part Suitability (a debt being paid in instalments)', url: PAYING, guidance: PAYING_PAGE,
    quote: 'If you cannot pay the debt in full, you may be allowed to pay it in instalments. … The debt will be removed from your immigration record after you’ve either: - paid in full - agreed to pay in instalments This means it will not affect any visa applications or your entry to the UK.',
  },
  'debt-plan-missed': { group: 'debt', instrument: RULES, provision: 'Part Suitability (missed instalments)', url: PAYING },
  'debt-undocumented-risk': {
    group: 'debt', instrument: RULES, provision: 'Part Suitability (NHS bodies tell the Home Office of unpaid charges)',
    url: 'https://www.gov.uk/government/publications/suitability-debt-to-the-nhs-caseworker-guidance',
    guidance: { publisher: 'Home Office', title: 'Suitability: debt to the NHS, caseworker guidance (GOV.UK)', date: '2022-12-14' },
    quote: 'A person is considered to have debt to the NHS (NHS debt) if a relevant NHS body has informed the Home Office that the applicant has failed to pay a charge to the NHS.',
  },
  'debt-devolved-reporting': { group: 'debt', instrument: RULES, provision: 'Part Suitability ("relevant NHS body": health boards and trusts in Scotland, Wales and Northern Ireland)', url: PAYING },
});
