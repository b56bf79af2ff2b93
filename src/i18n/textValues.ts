/**
 * Amounts and dates that texts state, kept here rather than written into 23 languages: a text says
 * "{{debtThreshold2016, money}}" or "{{debt500From, date}}", and ./formatting writes the value in
 * the reader's own conventions ("£500", "500 £", "ሕዳር 1, 2011"). The debt figures come from the rules'
 * own data, so a text can never state another threshold or date than the rule applies.
 */
import { DEBT_THRESHOLDS } from '../rules/thresholds';

function threshold(ruleId: string) {
  const found = DEBT_THRESHOLDS.find((t) => t.ruleId === ruleId);
  if (!found) throw new Error(`No debt threshold for ${ruleId}`);
  return found;
}

/** The day before an ISO date. */
function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const debt1000 = threshold('debt-1000-2011-2016');
const debt500 = threshold('debt-500-since-2016');
const debtEea = threshold('debt-500-eea-since-2021');

export const TEXT_VALUES = {
  /** Pence: unpaid NHS debt reported for care from November 2011 to April 2016. */
  debtThreshold2011: debt1000.thresholdPence,
  /** Pence: unpaid NHS debt reported for care since April 2016. */
  debtThreshold2016: debt500.thresholdPence,
  debt1000From: debt1000.from,
  debt1000To: debt1000.to!,
  debt500From: debt500.from,
  debtEeaFrom: debtEea.from,
  debtEeaDayBefore: dayBefore(debtEea.from),
  /** The immigration health surcharge began: a visa applied for before it is exempt (rule reg11-before-surcharge). */
  surchargeFrom: '2015-04-06',
  /** Community (non-hospital) NHS care could be charged from this day (rule community-chargeable, SI 2017/756). */
  communityChargesFrom: '2017-10-23',
  /** Most chargeable people are billed 150% of the cost (rule charge-150). */
  chargeRate: 1.5,
} as const;
