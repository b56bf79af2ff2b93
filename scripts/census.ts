/**
 * The hedging census (issue 18): every distinct Check journey of the real machine, walked with
 * xstate/graph as the model-based tests do, counted per nation by the outcome it ends in, and for
 * "get advice" by the rule that caused it. For each journey that can bring a bill (charged or
 * advice), it also follows a bill with debt collectors calling and says whether the person reaches
 * the Plan step.
 *
 *   npx tsx scripts/census.ts            a table in Markdown
 *   npx tsx scripts/census.ts --json     the same figures as JSON
 *
 * A Check journey is one distinct set of answers that reaches the outcome page (the audience
 * question aside: it changes the wording, never the outcome).
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { answersOnPath, type FlowEvent } from '../src/flow/context';
import { flowMachine } from '../src/flow/machine';
import { STEPS, type Answers, type StepId } from '../src/questions/steps';
import { decide } from '../src/rules';
import { eventsAt } from '../tests/flow/events';

type Snap = SnapshotFrom<typeof flowMachine>;

interface Census {
  journeys: number;
  outcomes: Record<string, number>;
  adviceBecause: Record<string, number>;
  /** Journeys with a possible bill (charged or advice), and how many of those reach Plan when a bill comes. */
  billJourneys: number;
  reachPlan: number;
}

const add = (o: Record<string, number>, k: string) => (o[k] = (o[k] ?? 0) + 1);

/** Check answers only, the audience aside: two journeys with the same key end the same way. */
function checkKey(s: Snap): string {
  const { audience: _audience, ...answers } = answersOnPath(s.context.answers, s.context.history);
  return JSON.stringify([s.value, answers]);
}

/** Every answer at every Check question; nothing after the outcome page. */
const checkEvents = (s: Snap): FlowEvent[] => (s.value === 'result' ? [] : eventsAt(s));

/** From the outcome: a bill has come, debt collectors are phoning. Does the person reach Plan? */
function reachesPlan(answers: Answers): boolean {
  const actor = createActor(flowMachine, { input: { answers } }).start();
  const walk: FlowEvent[] = [{ type: 'next' }];
  // Replay the journey's answers in order, then the bill.
  for (let i = 0; i < 80; i++) {
    const s = actor.getSnapshot();
    const step = s.value as StepId;
    if (STEPS[step].phase === 'plan') return true;
    if (step === 'act' || step === 'signposting') return false;
    const given = (answers as Record<string, unknown>)[step];
    if (step === 'bill') actor.send({ type: 'answer', step, value: 'yes' });
    else if (step === 'collectors') actor.send({ type: 'answer', step, value: ['calls'] });
    else if (given !== undefined) actor.send({ type: 'answer', step: step as never, value: given as never });
    else actor.send(walk[0]!);
    if (actor.getSnapshot().value === step) return false;
  }
  return false;
}

export function census(): Record<string, Census> {
  const adjacency = getAdjacencyMap(flowMachine, { events: checkEvents, serializeState: checkKey });
  const byNation: Record<string, Census> = {};
  for (const node of Object.values(adjacency)) {
    const s = node.state as Snap;
    if (s.value !== 'result') continue;
    const { audience: _audience, ...answers } = answersOnPath(s.context.answers, s.context.history);
    const nation = answers.nation ?? 'none';
    const c = (byNation[nation] ??= { journeys: 0, outcomes: {}, adviceBecause: {}, billJourneys: 0, reachPlan: 0 });
    const decision = decide(answers);
    c.journeys++;
    add(c.outcomes, decision.outcome);
    if (decision.outcome === 'advice') add(c.adviceBecause, decision.basis);
    if (decision.outcome === 'charged' || decision.outcome === 'advice') {
      c.billJourneys++;
      if (reachesPlan({ audience: 'self', ...answers })) c.reachPlan++;
    }
  }
  return byNation;
}

const OUTCOMES = ['not-overseas-visitor', 'free-service', 'exempt', 'charged', 'advice'];

function markdown(figures: Record<string, Census>): string {
  const out = [
    '| nation | journeys | ' + OUTCOMES.join(' | ') + ' | advice share | with a bill, reach Plan |',
    '| --- | ---: | ' + OUTCOMES.map(() => '---:').join(' | ') + ' | ---: | ---: |',
  ];
  for (const [nation, c] of Object.entries(figures)) {
    const advice = c.outcomes.advice ?? 0;
    out.push(`| ${nation} | ${c.journeys} | ${OUTCOMES.map((o) => c.outcomes[o] ?? 0).join(' | ')} | ${((100 * advice) / c.journeys).toFixed(0)}% | ${c.reachPlan} of ${c.billJourneys} |`);
  }
  for (const [nation, c] of Object.entries(figures)) {
    const reasons = Object.entries(c.adviceBecause).sort((a, b) => b[1] - a[1]);
    if (reasons.length) out.push('', `**${nation}: "get advice" because of**: ` + reasons.map(([id, n]) => `${id} ${n}`).join(', '));
  }
  return out.join('\n');
}

const figures = census();
console.log(process.argv.includes('--json') ? JSON.stringify(figures, null, 2) : markdown(figures));
