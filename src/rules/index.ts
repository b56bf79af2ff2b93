/** The rules: pure functions and dated, cited data. The flow's guards call these. */
export * from './types';
export { RULES, ruleById, DEBT_THRESHOLDS } from './catalogue';
export * from './services';
export * from './residence';
export * from './exemptions';
export * from './decide';
export * from './debt';
