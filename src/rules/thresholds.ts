/** The debt thresholds for immigration applications, by treatment date (their rules are in catalogue/debt.ts). */
export interface DebtThreshold {
  ruleId: string;
  /** Treatment dates the threshold covers (ISO, inclusive). */
  from: string;
  to: string | null;
  /** In whole pence. */
  thresholdPence: number;
  /** Whether it applies to EEA/EFTA citizens too. */
  appliesToEea: boolean;
}

export const DEBT_THRESHOLDS: DebtThreshold[] = [
  { ruleId: 'debt-1000-2011-2016', from: '2011-11-01', to: '2016-04-05', thresholdPence: 1000_00, appliesToEea: false },
  { ruleId: 'debt-500-since-2016', from: '2016-04-06', to: null, thresholdPence: 500_00, appliesToEea: false },
  { ruleId: 'debt-500-eea-since-2021', from: '2021-07-01', to: null, thresholdPence: 500_00, appliesToEea: true },
];
