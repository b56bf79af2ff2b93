/** Every language has every text, and every text a screen builds a key for exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { QUESTION_IDS, STEPS, optionsOf } from '../../src/questions/steps';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { ORGANISATIONS } from '../../src/organisations/data';
import { RULES } from '../../src/rules/catalogue';

const LOCALES = join(__dirname, '../../locales');
type Tree = { [key: string]: string | string[] | Tree };
const load = (lng: string, ns: string): Tree => JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8'));
/** Files starting with "_" (the term base) are not texts: never sent to the page, never translated key by key. */
const NAMESPACES = readdirSync(join(LOCALES, 'en'))
  .filter((f) => !f.startsWith('_'))
  .map((f) => f.replace(/\.json$/, ''));

const PLURAL = /_(zero|one|two|few|many|other)$/;
function flatten(tree: Tree, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (typeof value === 'string' || Array.isArray(value)) out.set(path, value);
    else for (const [k, v] of flatten(value, `${path}.`)) out.set(k, v);
  }
  return out;
}
/** Plural forms (_one, _few, ...) count as one key: Arabic has six forms where English has two. */
const keysOf = (flat: Map<string, unknown>) => new Set([...flat.keys()].map((k) => k.replace(PLURAL, '')));
const placeholders = (text: string | string[]) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('%s', (lng) => {
  test.each(NAMESPACES)('has every %s text that English has, and no other', (ns) => {
    const en = flatten(load('en', ns));
    const other = flatten(load(lng, ns));
    expect([...keysOf(other)].sort()).toEqual([...keysOf(en)].sort());
    for (const [key, value] of en) {
      const translated = other.get(key) ?? other.get(key.replace(PLURAL, '_other'));
      if (translated === undefined) continue; // a plural form this language does not use
      if (PLURAL.test(key)) {
        // A plural form may leave the number out ("one rule"), but may not invent a placeholder.
        for (const name of placeholders(translated)) expect(placeholders(value), `${ns}:${key}`).toContain(name);
      } else {
        expect(placeholders(translated), `${ns}:${key}`).toEqual(placeholders(value));
      }
      if (Array.isArray(value)) expect((translated as string[]).length, `${ns}:${key}`).toBe(value.length);
    }
  });

  test('plural texts have every Arabic plural form', () => {
    if (lng !== 'ar') return;
    const common = flatten(load('ar', 'common'));
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(common.has(`exemptions.count_${form}`)).toBe(true);
  });
});

describe.each(LANGUAGE_CODES)('the keys screens build, in %s', (lng) => {
  // Each file read and flattened once: reading it again for every key took seconds per language.
  const files = new Map<string, Map<string, string | string[]>>();
  const has = (ns: string, key: string) => {
    if (!files.has(ns)) files.set(ns, flatten(load(lng, ns)));
    return files.get(ns)!.has(key);
  };

  test('every question has a title, a short name, an error saying what to choose, and a label for every option', () => {
    for (const q of QUESTION_IDS) {
      expect(has('questions', `${q}.title`), q).toBe(true);
      expect(has('questions', `${q}.short`), q).toBe(true);
      // A money question's errors say what is wrong with the amount (common:errors.money).
      if (STEPS[q].kind !== 'money') expect(has('questions', `${q}.error`), `${q}.error`).toBe(true);
      for (const o of optionsOf(q)) expect(has('questions', `${q}.options.${o}.label`), `${q}.${o}`).toBe(true);
    }
  });

  test('every rule has a title and a summary, and every group a name', () => {
    for (const r of RULES) {
      expect(has('rules', `${r.id}.title`), r.id).toBe(true);
      expect(has('rules', `${r.id}.summary`), r.id).toBe(true);
      expect(has('rules', `groups.${r.group}`), r.group).toBe(true);
    }
  });

  test('every outcome and plan decision has its texts', () => {
    for (const o of ['not-overseas-visitor', 'free-service', 'exempt', 'charged', 'advice']) {
      for (const key of [`result.titles.${o}`, `result.titles_supporter.${o}`, `result.leads.${o}`]) expect(has('outcomes', key), key).toBe(true);
    }
    for (const d of ['advisable', 'not-needed', 'check-risk-first']) {
      expect(has('outcomes', `planResult.title.${d}`)).toBe(true);
      expect(has('outcomes', `planResult.lead.${d}`)).toBe(true);
    }
  });

  test('every organisation says what it does', () => {
    for (const o of ORGANISATIONS) expect(has('organisations', o.id), o.id).toBe(true);
  });
});
