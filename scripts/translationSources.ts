/** The English each translated key was made from: hashes kept in locales/<code>/_source.json. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES = join(process.cwd(), 'locales');
export const NAMESPACES = ['common', 'questions', 'outcomes', 'rules', 'organisations', 'advocate', 'letters', 'embed', 'review'];

function flatten(value: unknown, prefix: string, out: Record<string, unknown>) {
  if (typeof value === 'string' || Array.isArray(value)) out[prefix] = value;
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

export const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

/** "ns:key" → hash of the current English text. */
export function englishHashes(locales = LOCALES): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ns of NAMESPACES) {
    const flat = flatten(JSON.parse(readFileSync(join(locales, 'en', `${ns}.json`), 'utf8')), '', {});
    for (const [key, value] of Object.entries(flat)) out[`${ns}:${key}`] = hashOf(value);
  }
  return out;
}

export function sourcesOf(code: string, locales = LOCALES): Record<string, string> {
  return JSON.parse(readFileSync(join(locales, code, '_source.json'), 'utf8'));
}

/** Keys whose English changed since this language's text was made (or that were never stamped). */
export function staleKeys(code: string, locales = LOCALES, english = englishHashes(locales)): string[] {
  let sources: Record<string, string> = {};
  try {
    sources = sourcesOf(code, locales);
  } catch {
    return Object.keys(english);
  }
  return Object.keys(english).filter((key) => sources[key] !== english[key]);
}
