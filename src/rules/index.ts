/** The rules: pure functions and dated, cited data. The flow's guards call these. */
export * from './types';
// The rule records (citations, quotes) are in ./catalogue: imported by the screens that show them,
// so the decision code on the first pages does not carry them.
export { DEBT_THRESHOLDS } from './thresholds';
export { RULE_FACTS } from './facts';
export * from './services';
export * from './residence';
export * from './exemptions';
export * from './decide';
export * from './debt';
