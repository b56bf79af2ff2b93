#!/usr/bin/env node
// node scripts/check-translation.mjs <code> [<code> ...]
// Compares locales/<code>/ with locales/en/: missing or extra keys (plural forms allowed per the
// language's CLDR categories), lost or invented {{placeholders}} and <n> tags, arrays of another
// length, and values left identical to the English. Exits 1 when anything is wrong.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const NAMESPACES = ['common', 'questions', 'outcomes', 'rules', 'organisations', 'advocate', 'letters', 'embed', 'review'];
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Values that may stay as they are in English in every language. */
export const SAME_AS_ENGLISH = /^(NHS|GP|A&E|111|NHS 111|NHS 24|EHIC|GHIC|S1|S2|FGM|HIV|TB|COVID-19|mpox|MERS|SARS|\{\{[^}]+\}\}|[\d\s.,:£/()-]*)$/i;

const flatten = (v, p = '', out = new Map()) => {
  if (typeof v === 'string') out.set(p, v);
  else if (Array.isArray(v)) out.set(p, v);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, p ? `${p}.${k}` : k, out);
  return out;
};
// A placeholder with its format ("{{debtThreshold2016, money}}"): losing ", money" would show raw pence.
const tokens = (s) =>
  [...String(s).matchAll(/\{\{\s*([\w.]+)\s*(?:,\s*(\w+))?[^}]*\}\}|<\/?(\d+)>/g)].map((m) => (m[1] ? (m[2] ? `${m[1]}, ${m[2]}` : m[1]) : `<${m[3]}>`)).sort();

export function checkLanguage(code, root = ROOT) {
  const problems = [];
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  for (const ns of NAMESPACES) {
    const file = join(root, 'locales', code, `${ns}.json`);
    if (!existsSync(file)) {
      problems.push(`${ns}: file missing`);
      continue;
    }
    let data;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push(`${ns}: not valid JSON (${e.message})`);
      continue;
    }
    const en = flatten(JSON.parse(readFileSync(join(root, 'locales', 'en', `${ns}.json`), 'utf8')));
    const tr = flatten(data);
    const base = (k) => k.replace(PLURAL, '');
    const enBases = new Set([...en.keys()].map(base));
    for (const [key, value] of en) {
      const plural = PLURAL.test(key);
      if (plural) {
        if (!key.endsWith('_other')) continue;
        const b = base(key);
        for (const c of categories) if (!tr.has(`${b}_${c}`)) problems.push(`${ns}:${b}_${c}: missing plural form`);
        continue;
      }
      if (!tr.has(key)) {
        problems.push(`${ns}:${key}: missing`);
        continue;
      }
      const t = tr.get(key);
      if (Array.isArray(value) !== Array.isArray(t) || (Array.isArray(value) && value.length !== t.length)) {
        problems.push(`${ns}:${key}: array of another length`);
        continue;
      }
      const pairs = Array.isArray(value) ? value.map((v, i) => [v, t[i]]) : [[value, t]];
      for (const [e, x] of pairs) {
        if (typeof x !== 'string' || !x.trim()) problems.push(`${ns}:${key}: empty`);
        else {
          if (tokens(e).join() !== tokens(x).join()) problems.push(`${ns}:${key}: placeholders ${tokens(e)} became ${tokens(x)}`);
          if (x === e && !SAME_AS_ENGLISH.test(e.trim())) problems.push(`${ns}:${key}: identical to the English`);
        }
      }
    }
    for (const key of tr.keys()) {
      if (!en.has(key) && !(PLURAL.test(key) && enBases.has(base(key)))) problems.push(`${ns}:${key}: not in the English`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let bad = 0;
  for (const code of process.argv.slice(2)) {
    const problems = checkLanguage(code);
    console.log(`${code}: ${problems.length ? `${problems.length} problem(s)` : 'complete'}`);
    for (const p of problems.slice(0, 200)) console.log(`  ${p}`);
    bad += problems.length;
  }
  process.exit(bad ? 1 : 0);
}
