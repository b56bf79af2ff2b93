/**
 * Draws the machine as a Mermaid state diagram, with the guard names on the arrows. Only the
 * forward routes are drawn; Back, "Your answers", Change and Start again are available from every
 * step and would only clutter the picture.
 */
import { flowMachine } from '../src/flow/machine';

type GuardLike = string | { type: string; params?: Record<string, unknown> } | { guards?: GuardLike[] } | undefined;

function describeGuard(guard: GuardLike): string {
  if (!guard) return '';
  if (typeof guard === 'string') return guard;
  if ('guards' in guard && guard.guards) return guard.guards.map(describeGuard).filter(Boolean).join(' and ');
  if ('type' in guard) {
    if (guard.type === 'isAnswerTo') return '';
    if (guard.type === 'answerIs') {
      const { question, values } = guard.params as { question: string; values: string[] };
      return `${question} is ${values.join(' or ')}`;
    }
    return guard.type;
  }
  return '';
}

export function flowDiagram(): string {
  const lines = ['stateDiagram-v2', '  direction TB', '  [*] --> start'];
  for (const [id, node] of Object.entries(flowMachine.root.states)) {
    for (const [event, transitions] of node.transitions) {
      if (event !== 'answer' && event !== 'next') continue;
      let fallback = false;
      for (const t of transitions) {
        const target = t.target?.[0]?.key;
        if (!target) continue;
        const label = describeGuard(t.guard as GuardLike);
        const text = label || (transitions.length > 1 ? 'otherwise' : '');
        if (!label) fallback = true;
        lines.push(`  ${id} --> ${target}${text ? `: ${text}` : ''}`);
        if (fallback) break;
      }
    }
  }
  lines.push('  signposting --> [*]');
  return lines.join('\n');
}

export function flowDocument(): string {
  return [
    '# The decision flow',
    '',
    'Generated from `src/flow/machine.ts` by `npm run diagram`; a test fails when this file is out of date.',
    'Arrows carry the guard that chooses them (guards call the rules in `src/rules`). Back, "Your answers",',
    'Change and Start again work from every step and are left out of the picture.',
    '',
    '```mermaid',
    flowDiagram(),
    '```',
    '',
  ].join('\n');
}
