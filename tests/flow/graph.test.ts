/**
 * Model-based tests: xstate/graph walks every situation of the real machine, trying every answer
 * at every question (see paths.ts for what a node and a path are).
 */
import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import { answersOnPath } from '../../src/flow/context';
import { flowMachine } from '../../src/flow/machine';
import { STEP_IDS, STEPS, type StepId } from '../../src/questions/steps';
import { decide } from '../../src/rules';
import { adjacency, distinctPaths } from './paths';

const paths = distinctPaths();
const ORDER = ['start', 'check', 'support', 'plan', 'act', 'signpost'];

describe('every path of the machine', () => {
  test('is counted', () => {
    console.log(`situations visited: ${Object.keys(adjacency).length}; distinct paths: ${paths.length}`);
    expect(paths.length).toBeGreaterThan(100);
  });

  test('is followed by the real machine when its answers are replayed', () => {
    for (const path of paths) expect(path.replayed).toEqual(path.steps);
  });

  test('reaches signposting: no situation is a dead end', () => {
    const stuck = Object.values(adjacency)
      .filter((node) => Object.keys(node.transitions).length === 0 && node.state.value !== 'signposting')
      .map((node) => node.state.value);
    expect(stuck).toEqual([]);
    expect(paths.every((p) => p.steps.at(-1) === 'signposting')).toBe(true);
  });

  test('goes through Check, Support, Plan and Act in that order, never skipping the outcome or Act', () => {
    for (const { steps } of paths) {
      const rank = steps.map((s) => ORDER.indexOf(STEPS[s].phase));
      expect(rank).toEqual([...rank].sort((a, b) => a - b));
      expect(steps).toContain('result');
      expect(steps).toContain('act');
    }
  });

  test('never asks the same question twice', () => {
    for (const { steps } of paths) expect(new Set(steps).size).toBe(steps.length);
  });

  test('ends with an outcome resting on a rule, from answers the person was asked', () => {
    for (const { state } of paths) {
      const { answers, history } = state.context;
      expect(decide(answersOnPath(answers, history)).basis).toBeTruthy();
      expect(Object.keys(answers).every((q) => history.includes(q as StepId))).toBe(true);
    }
  });

  test('reaches the Plan questions only when a bill has arrived and a charge applies or may apply', () => {
    for (const { steps, state } of paths) {
      if (!steps.includes('planAgreed')) continue;
      const answers = answersOnPath(state.context.answers, state.context.history);
      expect(['charged', 'advice']).toContain(decide(answers).outcome);
      expect(answers.bill).toBe('yes');
    }
  });

  test('offers the Plan step in every nation', () => {
    const nations = new Set(paths.filter((p) => p.steps.includes('planResult')).map((p) => answersOnPath(p.state.context.answers, p.state.context.history).nation));
    expect([...nations].sort()).toEqual(['england', 'northern-ireland', 'scotland', 'unsure', 'wales']);
  });

  test('can be walked back, step by step, to the start', () => {
    for (const { state, steps } of paths) {
      const actor = createActor(flowMachine, { input: {}, snapshot: state }).start();
      const visited = [...steps].reverse().slice(1);
      for (const expected of visited) {
        actor.send({ type: 'back' });
        expect(actor.getSnapshot().value).toBe(expected);
      }
      expect(actor.getSnapshot().can({ type: 'back' })).toBe(false);
    }
  });
});

describe('every state', () => {
  // One real snapshot of each step, taken from the walk.
  const samples = new Map(Object.values(adjacency).map((node) => [node.state.value as StepId, node.state]));
  const reached = new Set(Object.values(adjacency).map((node) => node.state.value as string));

  test('is reachable (except "Your answers", which opens from any step)', () => {
    const unreachable = Object.keys(flowMachine.root.states).filter((s) => !reached.has(s) && s !== 'review');
    expect(unreachable).toEqual([]);
  });

  test('is a step with a kind of screen, and every step is a state', () => {
    expect(Object.keys(flowMachine.root.states).sort()).toEqual([...STEP_IDS].sort());
  });

  test('opens "Your answers" and returns to the same step', () => {
    for (const [step, snapshot] of samples) {
      const actor = createActor(flowMachine, { input: {}, snapshot }).start();
      actor.send({ type: 'review.open', from: step });
      expect(actor.getSnapshot().value).toBe('review');
      actor.send({ type: 'review.close' });
      expect(actor.getSnapshot().value).toBe(step);
    }
  });
});
