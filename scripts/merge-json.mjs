#!/usr/bin/env node
/**
 * A git merge driver for the text files in locales/: a three-way merge of JSON objects by key, so
 * that two branches adding or changing different texts (in any of the 23 languages, or in a
 * language's _source.json) merge cleanly even when their lines sit side by side. A key changed on
 * both sides to different values is a real conflict: the driver keeps our value for that key,
 * merges the rest of the file, says which keys conflicted and fails, so the merge stops for a
 * person to choose.
 *
 *   git config merge.localejson.driver "node scripts/merge-json.mjs %O %A %B %P"
 *
 * (.gitattributes names the files; the line above is needed once per clone.)
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [basePath, oursPath, theirsPath, name = oursPath] = process.argv.slice(2);
const read = (p) => {
  try {
    return JSON.parse(readFileSync(p, 'utf8'));
  } catch {
    return undefined;
  }
};
const base = read(basePath) ?? {};
const ours = read(oursPath);
const theirs = read(theirsPath);
if (ours === undefined || theirs === undefined) process.exit(1);

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const conflicts = [];

function merge(b, o, t, path) {
  if (same(o, t)) return o;
  if (same(b, o)) return t;
  if (same(b, t)) return o;
  if (isObject(o) && isObject(t)) {
    const bb = isObject(b) ? b : {};
    const out = {};
    // Our order, with their new keys placed after the key that precedes them on their side.
    const keys = Object.keys(o);
    const theirKeys = Object.keys(t);
    theirKeys.forEach((k, i) => {
      if (keys.includes(k) || k in bb) return;
      const before = theirKeys.slice(0, i).reverse().find((p) => keys.includes(p));
      keys.splice(before ? keys.indexOf(before) + 1 : 0, 0, k);
    });
    for (const k of keys) {
      const v = merge(bb[k], o[k], t[k], `${path}${k}.`);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  conflicts.push(path.slice(0, -1) || '(whole file)');
  return o;
}

const merged = merge(base, ours, theirs, '');
const sorted = (o) => JSON.stringify(Object.keys(o)) === JSON.stringify(Object.keys(o).sort());
const out = isObject(merged) && sorted(base) && sorted(ours) ? Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : 1))) : merged;
const indent = /^\{\n( +)/.exec(readFileSync(oursPath, 'utf8'))?.[1]?.length ?? 2;
writeFileSync(oursPath, JSON.stringify(out, null, indent) + '\n');
// The merged file is written even when some keys conflict (they keep our value), so that every
// change the other side made elsewhere in the file survives the resolution.
if (conflicts.length) {
  console.error(`${name}: changed on both sides (our value kept): ${conflicts.join(', ')}`);
  process.exit(1);
}
