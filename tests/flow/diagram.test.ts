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
  expect(doc).toContain('status --> visaType: status is visa');
});
