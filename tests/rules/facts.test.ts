import { expect, test } from 'vitest';
import { ruleFactsModule } from '../../scripts/ruleFacts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_FACTS } from '../../src/rules/facts';
import { RULES } from '../../src/rules/catalogue';

test('src/rules/facts.ts matches the catalogue (run `npm run docs`)', () => {
  expect(readFileSync(join(__dirname, '../../src/rules/facts.ts'), 'utf8')).toBe(ruleFactsModule());
  for (const r of RULES) expect(RULE_FACTS[r.id], r.id).toEqual({ group: r.group, settled: r.settled });
  expect(Object.keys(RULE_FACTS).length).toBe(RULES.length);
});
