/**
 * Runs the scenario tables (tests/scenarios/*.json) against the real machine. The vocabulary they
 * use is documented in docs/scenarios.md, which is generated from the same step definitions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { answersOnPath } from '../../src/flow/context';
import { flowMachine } from '../../src/flow/machine';
import { STEPS, isQuestion, isValidAnswer, type AnswerValue, type StepId } from '../../src/questions/steps';
import { parseMoney } from '../../src/lib/money';
import { ORGANISATIONS } from '../../src/organisations/data';
import { matchOrganisations, seekerOf } from '../../src/organisations/match';
import { decide, planDecision } from '../../src/rules';

export interface ScenarioCase {
  name: string;
  answers: Record<string, string | string[] | number>;
  expect: {
    outcome: string;
    basis: string;
    reasons?: string[];
    notes?: string[];
    plan?: { decision: string; basis: string; notes?: string[] };
    organisations: string[];
  };
}

export interface ScenarioFile {
  file: string;
  title: string;
  cases: ScenarioCase[];
}

export function loadScenarios(dir = __dirname): ScenarioFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<ScenarioFile, 'file'>) }));
}

/** A case's answer in the machine's terms: money may be written "£1,200.50" or as pounds. */
function toAnswer(step: StepId, raw: unknown): AnswerValue | string {
  if (STEPS[step].kind !== 'money') return raw as AnswerValue;
  const parsed = parseMoney(String(raw));
  return parsed.ok && parsed.pence !== null ? parsed.pence : `unreadable amount ${JSON.stringify(raw)}`;
}

export interface CaseResult {
  errors: string[];
  steps: StepId[];
  actual?: ScenarioCase['expect'];
}

/** Answers each question the machine asks from the case, then compares what the person is told. */
export function runCase(c: ScenarioCase): CaseResult {
  const errors: string[] = [];
  const actor = createActor(flowMachine, { input: {} }).start();
  const asked = new Set<string>();
  const steps: StepId[] = [];
  for (let i = 0; i < 60; i++) {
    const step = actor.getSnapshot().value as StepId;
    steps.push(step);
    if (step === 'signposting') break;
    if (isQuestion(step)) {
      if (!(step in c.answers)) {
        errors.push(`the machine asks "${step}" but the case does not answer it`);
        return { errors, steps };
      }
      asked.add(step);
      const value = toAnswer(step, c.answers[step]);
      if (!isValidAnswer(step, value)) {
        errors.push(`${JSON.stringify(c.answers[step])} is not an answer to "${step}" (see docs/scenarios.md)`);
        return { errors, steps };
      }
      actor.send({ type: 'answer', step, value });
    } else {
      actor.send({ type: 'next' });
    }
  }
  for (const question of Object.keys(c.answers)) {
    if (!asked.has(question)) errors.push(`the case answers "${question}", which the machine never asks on this path`);
  }
  const { context } = actor.getSnapshot();
  const answers = answersOnPath(context.answers, context.history);
  const decision = decide(answers);
  const plan = steps.includes('planResult') ? planDecision(answers) : undefined;
  const actual: ScenarioCase['expect'] = {
    outcome: decision.outcome,
    basis: decision.basis,
    reasons: decision.chain.flatMap((l) => (l.ruleId ? [l.ruleId] : [])),
    notes: decision.notes,
    ...(plan ? { plan: { decision: plan.decision, basis: plan.basis, notes: plan.notes } } : {}),
    organisations: matchOrganisations(ORGANISATIONS, seekerOf(answers, decision.outcome)).map((m) => m.org.id),
  };
  return { errors, steps, actual };
}

/**
 * Rule ids that were split when the rules were re-read from each nation's own text. A case written
 * with the old id still passes when the result rests on one of the ids it became. (`ni-gp-chargeable`
 * was withdrawn: no such rule exists in NISR 2015/27.)
 */
export const SPLIT_RULE_IDS: Record<string, readonly string[]> = {
  'scotland-free-services': ['scotland-gp-free', 'scotland-accident-emergency', 'scotland-schedule-1', 'scotland-free-services-unread'],
};

/** The id to expect: the case's own, or, for an old split id, the new id the result rests on. */
export function currentRuleId(expected: string, actual: string): string {
  return SPLIT_RULE_IDS[expected]?.includes(actual) ? actual : expected;
}

/** Every rule a case says its result rests on. */
export function rulesNamedBy(c: ScenarioCase): string[] {
  const e = c.expect;
  return [e.basis, ...(e.reasons ?? []), ...(e.notes ?? []), ...(e.plan ? [e.plan.basis, ...(e.plan.notes ?? [])] : [])];
}
