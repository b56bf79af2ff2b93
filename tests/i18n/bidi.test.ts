// @vitest-environment node
/**
 * English inside right-to-left texts (a gloss in brackets, a quoted word of the law, a citation with
 * its own brackets) is isolated, so its brackets never land on the wrong side.
 * `npx tsx scripts/translations.ts isolate` fixes what this finds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isolateLatin, unisolatedLatin } from '../../scripts/bidi';
import { NAMESPACES } from '../../scripts/translationSources';
import { LANGUAGES, LANGUAGE_CODES } from '../../src/i18n/languages';

const RTL = LANGUAGE_CODES.filter((c) => LANGUAGES[c].dir === 'rtl');

function strings(value: unknown, key: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([key, value]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, key ? `${key}.${k}` : k, out);
  return out;
}

test('the right-to-left languages are Arabic, Persian, Pashto, Urdu and Sorani', () => {
  expect(RTL).toEqual(['ar', 'fa', 'ps', 'ur', 'ckb']);
});

describe.each(RTL)('%s', (code) => {
  test('every English run in brackets or quotes is isolated', () => {
    const bare = NAMESPACES.flatMap((ns) =>
      strings(JSON.parse(readFileSync(join(process.cwd(), 'locales', code, `${ns}.json`), 'utf8')), '').flatMap(([key, text]) =>
        unisolatedLatin(text).map((run) => `${ns}:${key}: ${run}`),
      ),
    );
    expect(bare, 'run: npx tsx scripts/translations.ts isolate').toEqual([]);
  });
});

describe('the check', () => {
  test('finds a bare gloss, a quoted English phrase and an English title with brackets', () => {
    expect(unisolatedLatin('وزارت کشور (Home Office) تصمیم')).toEqual(['Home Office']);
    expect(unisolatedLatin('عبارت «Subject to paragraph (2A)» را')).toEqual(['Subject to paragraph (2A)']);
    expect(unisolatedLatin('طبق Mental Health (Northern Ireland) Order است')).toEqual(['Mental Health (Northern Ireland) Order']);
  });

  test('passes isolated runs, placeholders, and English outside brackets', () => {
    expect(unisolatedLatin('وزارت کشور (\u2068Home Office\u2069) تصمیم')).toEqual([]);
    expect(unisolatedLatin('شما گفتید «{{answer}}» ({{question}})')).toEqual([]);
    expect(unisolatedLatin('هزینه‌های NHS را')).toEqual([]);
  });

  test('isolating is done once: a second pass changes nothing', () => {
    const once = isolateLatin('مدیر (Overseas Visitors Manager) و «regulation 9(f)»');
    expect(once).toBe('مدیر (\u2068Overseas Visitors Manager\u2069) و «\u2068regulation 9(f)\u2069»');
    expect(isolateLatin(once)).toBe(once);
  });
});
