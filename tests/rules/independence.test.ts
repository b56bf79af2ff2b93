/**
 * The law stands on its own: the rules may read the question vocabulary (src/questions) and small
 * helpers (src/lib), but never the wizard's routing, the screens, React, XState or i18next.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsOf } from '../support/imports';

const SRC = resolve(__dirname, '../../src');
const RULES = join(SRC, 'rules');
const ALLOWED = ['rules', 'questions', 'lib'].map((d) => join(SRC, d));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** What is wrong with one import of a file under src/rules, or null. */
export function forbiddenImport(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return `${spec} (a package)`;
  const target = resolve(dirname(file), spec);
  return ALLOWED.some((dir) => target === dir || target.startsWith(dir + '/')) ? null : relative(SRC, target);
}

describe('src/rules', () => {
  test('imports nothing but rules, the question vocabulary and lib: no flow, screens, React, XState or i18next', () => {
    const bad = filesUnder(RULES).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((spec) => {
        const why = forbiddenImport(file, spec);
        return why ? [`${relative(SRC, file)} imports ${why}`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });

  test('the check itself catches an import of the flow, of React and of i18next', () => {
    const file = join(RULES, 'services.ts');
    expect(importsOf(`import type { Answers } from '../flow/steps';\nimport { useState } from 'react';\nexport * from 'i18next';`)).toEqual([
      '../flow/steps',
      'react',
      'i18next',
    ]);
    expect(forbiddenImport(file, '../flow/steps')).toBe('flow/steps');
    expect(forbiddenImport(file, 'react')).toBe('react (a package)');
    expect(forbiddenImport(file, 'xstate')).toBe('xstate (a package)');
    expect(forbiddenImport(file, '../questions/steps')).toBeNull();
    expect(forbiddenImport(file, './catalogue')).toBeNull();
  });
});
