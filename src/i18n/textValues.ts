/**
 * Amounts and dates that texts state, kept here rather than written into 23 languages: a text says
 * "{{debtThreshold2016, money}}" or "{{debt500From, date}}", and ./formatting writes the value in
 * the reader's own conventions ("£500", "500 £", "ሚያዝያ 6, 2016"). The debt figures are the rules'
 * own (src/rules/thresholds.ts): tests/i18n/formatting.test.ts fails if they ever differ. They are
 * written out rather than imported so that the first download does not carry the rules.
 */
export const TEXT_VALUES = {
  /** Pence: unpaid NHS debt reported for care from November 2011 to April 2016 (rule debt-1000-2011-2016). */
  debtThreshold2011: 1000_00,
  /** Pence: unpaid NHS debt reported for care since April 2016 (rule debt-500-since-2016). */
  debtThreshold2016: 500_00,
  debt1000From: '2011-11-01',
  debt1000To: '2016-04-05',
  debt500From: '2016-04-06',
  /** EEA and Swiss citizens: care from this day (rule debt-500-eea-since-2021). */
  debtEeaFrom: '2021-07-01',
  debtEeaDayBefore: '2021-06-30',
  /** The immigration health surcharge began: a visa applied for before it is exempt (rule reg11-before-surcharge). */
  surchargeFrom: '2015-04-06',
  /** Community (non-hospital) NHS care could be charged from this day (rule community-chargeable, SI 2017/756). */
  communityChargesFrom: '2017-10-23',
  /** Most chargeable people are billed 150% of the cost (rule charge-150). */
  chargeRate: 1.5,
} as const;
