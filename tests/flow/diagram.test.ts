import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { flowDocument } from '../../scripts/flowDiagram';

test('docs/flow.md matches the machine (run `npm run diagram` after changing the flow)', () => {
  const committed = readFileSync(join(__dirname, '../../docs/flow.md'), 'utf8');
  expect(committed).toBe(flowDocument());
});

test('the diagram names the guards on the arrows', () => {
  const doc = flowDocument();
  expect(doc).toContain('care --> result: isCareFreeForEveryone');
  expect(doc).toContain('status --> visaType: asksAboutSurcharge');
  expect(doc).toContain('status --> asylumStage: status is asylum');
});

test('docs/scenarios.md matches the step, rule and organisation data (run `npm run docs`)', async () => {
  const { vocabularyDocument } = await import('../../scripts/scenarioVocabulary');
  expect(readFileSync(join(__dirname, '../../docs/scenarios.md'), 'utf8')).toBe(vocabularyDocument());
});
