/**
 * The house has floors: a folder of src/ may import from its own floor or below, never above. The
 * vocabulary and small helpers are at the bottom, the rules over them, then the flow, the running
 * session, the shared building blocks, and the screens at the top (under only App and the entry
 * points). An import that runs back up the house is named here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsOf } from '../support/imports';

const SRC = resolve(__dirname, '../../src');

/** Bottom first. Folders on one line share a floor and may not import each other's floor-mates above them. */
export const FLOORS: readonly (readonly string[])[] = [
  ['lib'],
  ['questions'],
  ['rules'],
  ['organisations', 'actions'],
  ['flow'],
  ['i18n'],
  ['session'],
  ['privacy', 'offline'],
  ['components'],
  ['advocate', 'embed'],
  ['screens'],
  ['.'],
];

function floorOf(folder: string): number {
  return FLOORS.findIndex((f) => f.includes(folder));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The top folder of src/ a path is in ('.' for a file directly in src/), or null outside src/. */
export function folderOf(path: string): string | null {
  const rel = relative(SRC, path);
  if (rel.startsWith('..')) return null;
  if (rel.includes('/')) return rel.split('/')[0]!;
  return existsSync(path) && statSync(path).isDirectory() ? rel : '.';
}

/** What is wrong with one import, or null. */
export function upwardImport(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const from = folderOf(file)!;
  const to = folderOf(resolve(dirname(file), spec));
  if (to === null || to === from) return null;
  const [a, b] = [floorOf(from), floorOf(to)];
  if (a < 0 || b < 0) return `${from} -> ${to}: a folder with no floor (add it to FLOORS)`;
  return b <= a && !(b === a && from !== to && FLOORS[a]!.length > 1) ? null : `${from} -> ${to}`;
}

describe('the floors of src/', () => {
  test('no import runs back up the house', () => {
    const bad = filesUnder(SRC).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((spec) => {
        const why = upwardImport(file, spec);
        return why ? [`${relative(SRC, file)}: ${why} (${spec})`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });

  test('the check catches what it is for', () => {
    expect(upwardImport(join(SRC, 'components/QuickExit.tsx'), '../screens/historySync')).toBe('components -> screens');
    expect(upwardImport(join(SRC, 'rules/decide.ts'), '../flow/machine')).toBe('rules -> flow');
    expect(upwardImport(join(SRC, 'advocate/store.tsx'), '../embed/params')).toBe('advocate -> embed');
    expect(upwardImport(join(SRC, 'screens/Wizard.tsx'), '../session/flowActor')).toBeNull();
    expect(upwardImport(join(SRC, 'screens/Wizard.tsx'), './QuestionScreen')).toBeNull();
    expect(upwardImport(join(SRC, 'screens/Wizard.tsx'), 'react')).toBeNull();
    expect(upwardImport(join(SRC, 'widgets/X.tsx'), '../lib/text')).toBe('widgets -> lib: a folder with no floor (add it to FLOORS)');
  });
});
