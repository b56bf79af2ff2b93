// @vitest-environment node
/**
 * Plain English: person-facing English at a Flesch–Kincaid grade of 4.5 or less (a reading age of
 * about 9), and no sentence over 25 words. Letters go to a hospital and are scored but not gated.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_NAMES } from './organisationNames';
import { LETTERS, PERSON_FACING, namespaces, problemsIn, score, worstTen } from './readability';

describe('readability of the English texts', () => {
  it('scores every namespace, and prints the grades and the ten longest sentences', () => {
    const rows = namespaces().map((ns) => {
      const s = score(ns, ORGANISATION_NAMES);
      const gate = PERSON_FACING.includes(ns) ? 'gated' : LETTERS.includes(ns) ? 'letters' : 'not gated';
      return `${ns.padEnd(14)} grade ${s.grade.toFixed(2).padStart(5)}  ${String(s.sentences).padStart(4)} sentences  ${(s.words / s.sentences).toFixed(1).padStart(4)} words each  longest ${s.longest?.words ?? 0}  (${gate})`;
    });
    console.log(['Readability (Flesch–Kincaid grade):', ...rows, '', 'Ten longest person-facing sentences:', ...worstTen(PERSON_FACING, ORGANISATION_NAMES)].join('\n'));
    // Every namespace is either gated, or a letter: a new namespace must choose.
    expect(namespaces().filter((ns) => !PERSON_FACING.includes(ns) && !LETTERS.includes(ns))).toEqual([]);
  });

  it('keeps person-facing English at grade 4.5 or less, with no sentence over 25 words', () => {
    expect(problemsIn(PERSON_FACING, ORGANISATION_NAMES).map((p) => p.message)).toEqual([]);
  });

  it('catches a long sentence and a hard namespace (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readability-'));
    const long =
      'If the hospital decides that you are not ordinarily resident in the United Kingdom then it is obliged to recover the charges for any relevant services that it provides to you from you.';
    writeFileSync(join(dir, 'sample.json'), JSON.stringify({ a: 'Yes.', b: long }));
    const messages = problemsIn(['sample'], [], dir).map((p) => p.kind);
    expect(messages).toContain('long-sentence');
    expect(messages).toContain('grade');
    writeFileSync(join(dir, 'sample.json'), JSON.stringify({ a: 'You may have to pay.', b: 'Ask the hospital for help.' }));
    expect(problemsIn(['sample'], [], dir)).toEqual([]);
  });

  it('does not count citations, names or placeholders as hard words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readability-'));
    writeFileSync(
      join(dir, 'sample.json'),
      JSON.stringify({ a: 'This is free under regulation 9(d) of the National Health Service (Charges to Overseas Visitors) Regulations 2015.', b: 'Call {{organisation}} today.' }),
    );
    expect(score('sample', [], dir).all.map((s) => s.words)).toEqual([8, 3]);
  });
});
