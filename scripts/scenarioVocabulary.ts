/**
 * Writes the vocabulary of the scenario tables (docs/scenarios.md) from the same step, rule and
 * organisation data the app uses, so the documentation cannot drift from the machine.
 */
import questions from '../locales/en/questions.json';
import rules from '../locales/en/rules.json';
import { withValues } from './textValues';
import { QUESTION_IDS, STEPS, optionsOf } from '../src/questions/steps';
import { ORGANISATIONS } from '../src/organisations/data';
import { RULES } from '../src/rules/catalogue';
import { SPLIT_RULE_IDS } from '../tests/scenarios/runner';

type QuestionTexts = Record<string, { title: string; options?: Record<string, { label: string }> }>;
const q = questions as unknown as QuestionTexts;
const r = rules as unknown as Record<string, { title: string }>;

export function vocabularyDocument(): string {
  const out: string[] = [
    '# Scenario tables: the vocabulary',
    '',
    'Generated from the app\'s own data by `npm run docs`; a test fails when this file is out of date.',
    'These ids are a public interface: they are only ever added to, never renamed.',
    '',
    '## A scenario file',
    '',
    'Each `tests/scenarios/*.json` file holds a title and a list of cases. A case has a `name`, the',
    '`answers` a person gives (by question id), and what they should be told (`expect`):',
    '',
    '```json',
    '{',
    '  "title": "England: free services",',
    '  "cases": [',
    '    {',
    '      "name": "A GP visit is free whatever the immigration status",',
    '      "answers": { "audience": "self", "nation": "england", "care": "gp", "bill": "no", "act": "not-now", "region": "london" },',
    '      "expect": {',
    '        "outcome": "free-service",',
    '        "basis": "primary-care-free",',
    '        "organisations": ["praxis", "doctors-of-the-world"]',
    '      }',
    '    }',
    '  ]',
    '}',
    '```',
    '',
    '- `answers` must answer **exactly** the questions the app asks on that path: a missing answer, or',
    '  an answer to a question that is never asked, fails the case with a message naming the question.',
    '  `docs/flow.md` shows which question follows which.',
    '- Checkbox questions take a list (`["letters", "calls"]`). Money questions take the amount as',
    '  people write it (`"£1,200.50"`, `"1200"`) or as a number of pounds.',
    '- `expect.outcome`, `expect.basis` (the rule the outcome rests on) and `expect.organisations` (the',
    '  organisations signposted, in any order) are required.',
    '- Optional: `expect.reasons` (the rules named in the "why" list, in order), `expect.notes` (further',
    '  rules shown with the outcome, any order) and `expect.plan` (`decision`, `basis`, and optionally',
    '  `notes`), which must be given exactly when the path reaches the Plan result.',
    '- Run them with `npx vitest run tests/scenarios`.',
    '',
    '## Questions and answers',
    '',
  ];
  for (const id of QUESTION_IDS) {
    out.push(`### \`${id}\`: ${withValues(q[id]!.title)}`, '');
    if (STEPS[id].kind === 'money') out.push('An amount of money.', '');
    else {
      if (STEPS[id].kind === 'checkboxes') out.push('A list of one or more of:', '');
      out.push('| value | means |', '| --- | --- |');
      for (const o of optionsOf(id)) out.push(`| \`${o}\` | ${withValues(q[id]!.options![o]!.label)} |`);
      out.push('');
    }
  }
  out.push('## Outcomes', '', '| outcome | means |', '| --- | --- |');
  for (const [id, text] of [
    ['not-overseas-visitor', 'not an overseas visitor: the charging rules do not apply'],
    ['free-service', 'the care is free for everyone'],
    ['exempt', 'the person is exempt'],
    ['charged', 'likely to be charged'],
    ['advice', 'get advice: the answers or the law do not settle it'],
  ]) out.push(`| \`${id}\` | ${text} |`);
  out.push('', '## Plan decisions', '', '`advisable`, `not-needed`, `check-risk-first`, `keep-paying` (a plan agreed and kept to), `missed-payment` (a plan agreed, a payment missed).', '');
  out.push('## Rules', '', '| rule id | nation | provision | settled |', '| --- | --- | --- | --- |');
  for (const rule of RULES) out.push(`| \`${rule.id}\` | ${rule.nation} | ${rule.provision} (${rule.instrument}) — ${withValues(r[rule.id]!.title)} | ${rule.settled ? 'yes' : 'no: routes to advice'} |`);
  out.push('', '### Old rule ids', '', 'When the rules were re-read from each nation\'s own text, one id was split and one withdrawn. A case that', 'expects an old split id passes when the result rests on one of its successors:', '');
  for (const [old, now] of Object.entries(SPLIT_RULE_IDS)) out.push(`- \`${old}\` became ${now.map((id) => `\`${id}\``).join(', ')}.`);
  out.push('- `ni-gp-chargeable` was withdrawn: NISR 2015/27 has no rule that GP care can be charged except in an emergency.');
  out.push('', '## Organisations', '', '| id | name |', '| --- | --- |');
  for (const o of ORGANISATIONS) out.push(`| \`${o.id}\` | ${o.name} |`);
  out.push('');
  return out.join('\n');
}
