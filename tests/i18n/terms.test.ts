// @vitest-environment node
/**
 * Legal terms held steady: each language has one agreed rendering of each legal or NHS term (its
 * term base), and every translation of an English text that contains a term uses it.
 *
 * The term base (format in full at the top of scripts/terms.ts):
 *   src/i18n/englishTerms.json  term id → { patterns: [regex], definition }
 *                               an English text contains the term when a pattern matches it
 *   locales/<code>/_terms.json  term id → { rendering, forms: [regex], wrong?: [regex], explanation? }
 *                               the translation of such a text must match one of `forms`; no text
 *                               of the language may match one of `wrong`
 * Patterns and forms are JavaScript regular expressions, matched with the flags "iu".
 * To see every problem at once: `npx tsx scripts/terms.ts check [code]`.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkTerms, englishTermsOf, englishUses, ENGLISH_TERMS, termsDocument } from '../../scripts/terms';
import { LANGUAGE_CODES } from '../../src/i18n/languages';

const OTHERS = LANGUAGE_CODES.filter((c) => c !== 'en');
const USES = englishUses();

test('the English term base finds the terms it is meant to find, and nothing else', () => {
  const english = englishTermsOf();
  expect(Object.keys(english).length).toBeGreaterThanOrEqual(30);
  for (const [id, t] of Object.entries(english)) expect(t.definition, id).toBeTruthy();
  expect(USES.trust).toContain('outcomes:supportAdvice.dispute');
  expect(USES['debt-collector']).toContain('questions:collectors.title');
  expect(USES['not-have-to-pay']).toContain('rules:reg15b-asylum-pending.summary');
  // the Overseas Visitors Manager is not an overseas visitor; a family member is not "your member"
  expect(USES['overseas-visitor']).not.toContain('letters:ovm.greeting');
  expect(USES['your-member']).not.toContain('rules:reg25-family.summary');
});

describe.each(OTHERS)('%s', (code) => {
  test('uses the agreed rendering of every legal and NHS term, and no wrong one', () => {
    expect(checkTerms(code, process.cwd(), USES)).toEqual([]);
  });
});

describe('the term check fails when a term is changed by hand', () => {
  function sandbox(code: string) {
    const root = mkdtempSync(join(tmpdir(), 'terms-'));
    for (const c of ['en', code]) cpSync(join(process.cwd(), 'locales', c), join(root, 'locales', c), { recursive: true });
    cpSync(join(process.cwd(), ENGLISH_TERMS), join(root, ENGLISH_TERMS));
    return root;
  }
  const edit = (root: string, code: string, ns: string, change: (d: Record<string, any>) => void) => {
    const file = join(root, 'locales', code, `${ns}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    change(data);
    writeFileSync(file, JSON.stringify(data));
  };

  test('a text that drops the agreed rendering', () => {
    const root = sandbox('es');
    edit(root, 'es', 'questions', (d) => (d.collectors.title = '¿Le han contactado sobre la factura?'));
    expect(checkTerms('es', root, englishUses(root))).toEqual([
      expect.stringMatching(/^debt-collector: questions:collectors\.title does not use the agreed/),
    ]);
  });

  test('a text that uses a rendering listed as wrong (Chinese "trust" as a financial trust)', () => {
    const root = sandbox('zh');
    edit(root, 'zh', 'outcomes', (d) => (d.supportAdvice.complain = `${d.supportAdvice.complain}信托`));
    expect(checkTerms('zh', root, englishUses(root))).toEqual([expect.stringMatching(/^trust: outcomes:supportAdvice\.complain uses the wrong rendering/)]);
  });

  test('a wrong rendering counts only where the English does not say the same thing', () => {
    // "nie wolno płacić" is "must not pay": wrong for "does not have to pay", and wrong in a text
    // that says nothing of paying; the check lets it pass only where the English says "should not pay"
    const root = sandbox('pl');
    edit(root, 'pl', 'outcomes', (d) => {
      d.result.leads['free-service'] = `${d.result.leads['free-service']} Nie wolno płacić.`;
      d.result.titles['not-overseas-visitor'] = `${d.result.titles['not-overseas-visitor']} Nie wolno płacić.`;
    });
    expect(checkTerms('pl', root, englishUses(root))).toEqual([
      expect.stringMatching(/^not-have-to-pay: outcomes:result\.leads\.free-service uses the wrong rendering/),
    ]);
  });

  test('a language without a term base, or missing a term', () => {
    const root = sandbox('fr');
    const file = join(root, 'locales', 'fr', '_terms.json');
    const terms = JSON.parse(readFileSync(file, 'utf8'));
    delete terms.trust;
    writeFileSync(file, JSON.stringify(terms));
    expect(checkTerms('fr', root, englishUses(root))).toEqual(['trust: no agreed rendering']);
    expect(checkTerms('xx', root, englishUses(root))).toEqual(['locales/xx/_terms.json is missing']);
  });
});

test('docs/terms.md is up to date with the term bases (run `npx tsx scripts/terms.ts docs`)', () => {
  expect(readFileSync(join(process.cwd(), 'docs', 'terms.md'), 'utf8')).toBe(termsDocument());
});
