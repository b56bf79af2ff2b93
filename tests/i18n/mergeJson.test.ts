// @vitest-environment node
/**
 * The key-by-key merge driver for locales/*.json (scripts/merge-json.mjs), run as git runs it:
 * base, ours and theirs as files, the result written over ours.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

function mergeFiles(base: object, ours: object, theirs: object) {
  const dir = mkdtempSync(join(tmpdir(), 'merge-json-'));
  const [o, a, b] = ['base', 'ours', 'theirs'].map((n) => join(dir, `${n}.json`));
  writeFileSync(o, JSON.stringify(base, null, 2));
  writeFileSync(a, JSON.stringify(ours, null, 2));
  writeFileSync(b, JSON.stringify(theirs, null, 2));
  const run = spawnSync(process.execPath, [join(process.cwd(), 'scripts', 'merge-json.mjs'), o, a, b, 'locales/fr/rules.json'], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, result: JSON.parse(readFileSync(a, 'utf8')) };
}

const base = { a: { title: 'A', summary: 'old A' }, b: { summary: 'old B' } };

test('texts added or changed side by side on two branches merge without a conflict', () => {
  const { status, result } = mergeFiles(base, { ...base, a: { ...base.a, summary: 'our A' } }, { ...base, b: { summary: 'their B' }, c: { summary: 'their new C' } });
  expect(status).toBe(0);
  expect(result).toEqual({ a: { title: 'A', summary: 'our A' }, b: { summary: 'their B' }, c: { summary: 'their new C' } });
});

test('a text changed on both sides stops the merge and names it, and every other change of theirs in the file is kept', () => {
  const { status, stderr, result } = mergeFiles(
    base,
    { ...base, b: { summary: 'our B' } },
    { a: { title: 'A', summary: 'their A' }, b: { summary: 'their B' }, c: { summary: 'their new C' } },
  );
  expect(status).toBe(1);
  expect(stderr).toContain('locales/fr/rules.json: changed on both sides (our value kept): b.summary');
  // their changes beside the conflict survive: only b.summary waits for a person to choose
  expect(result).toEqual({ a: { title: 'A', summary: 'their A' }, b: { summary: 'our B' }, c: { summary: 'their new C' } });
});
